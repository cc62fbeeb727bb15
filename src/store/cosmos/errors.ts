import { beforeDeadline } from '../../core/deadline';
import { ConcurrencyConflict, StoreUnavailable } from '../../core/store';

/** Status codes worth another try: a store that is briefly away. 429 is retried by the SDK itself. */
const TRANSIENT = new Set([408, 500, 502, 503, 504]);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN']);

interface CosmosFault {
  code?: number | string;
  name?: string;
  cause?: { code?: unknown };
}

/** The SDK puts the HTTP status in `code` and network errors' names (ECONNREFUSED…) there too. */
export function statusCodeOf(error: unknown): number | undefined {
  const code = (error as CosmosFault)?.code;
  return typeof code === 'number' ? code : undefined;
}

function isTransient(error: unknown): boolean {
  const status = statusCodeOf(error);
  if (status !== undefined) return TRANSIENT.has(status);
  const fault = error as CosmosFault;
  const code = typeof fault?.code === 'string' ? fault.code : fault?.cause?.code;
  return (typeof code === 'string' && NETWORK_CODES.has(code)) || fault?.name === 'TimeoutError';
}

export interface RetryPolicy {
  attempts: number;
  baseDelayMs: number;
}

/** Short on purpose: a user is waiting on the other end of the turn. */
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseDelayMs: 100 };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Runs a store operation, retrying transient faults with exponential backoff and jitter
 * (the SDK already honours Retry-After on 429 itself), and maps failures to domain errors.
 * Inside a bot turn it stops at the turn's deadline (see ../deadline).
 */
export async function withRetry<T>(operation: () => Promise<T>, policy: RetryPolicy = DEFAULT_RETRY): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await beforeDeadline(operation);
    } catch (error) {
      if (error instanceof StoreUnavailable) throw error;
      if (statusCodeOf(error) === 412) throw new ConcurrencyConflict();
      if (!isTransient(error)) throw error;
      if (attempt >= policy.attempts) throw new StoreUnavailable(error);
      const delay = policy.baseDelayMs * 2 ** (attempt - 1);
      await sleep(delay / 2 + Math.random() * delay);
    }
  }
}

export const isNotFound = (error: unknown): boolean => statusCodeOf(error) === 404;
