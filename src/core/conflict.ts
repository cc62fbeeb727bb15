import { ConcurrencyConflict } from './store';

/**
 * A pure edit of a stored document: the next version from the current one, or undefined when
 * there is nothing to write. It may run several times (once per ETag race lost), so it must not
 * have side effects; it may read other documents.
 */
export type Change<T> = (current: T) => T | undefined | Promise<T | undefined>;

/** Every writer that loses an ETag race tries again; with n simultaneous writers one wins per round. */
export const MAX_CONFLICT_RETRIES = 30;

const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * Math.min(attempt, 5)));

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
