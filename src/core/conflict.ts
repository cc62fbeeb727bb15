import { ConcurrencyConflict } from './store';

/** Every writer that loses an ETag race tries again; with n simultaneous writers one wins per round. */
export const MAX_CONFLICT_RETRIES = 30;

/** Full jitter, doubling to a cap: the more writers lost a round, the wider they spread out for the next. */
const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * Math.min(5 * 2 ** attempt, 250)));

/** Runs a read-change-write again after a ConcurrencyConflict, with a short jittered pause; a bounded number of times. */
export async function retryOnConflict<T>(readChangeWrite: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await readChangeWrite();
    } catch (error) {
      if (!(error instanceof ConcurrencyConflict) || attempt >= MAX_CONFLICT_RETRIES) throw error;
      await backoff(attempt);
    }
  }
}
