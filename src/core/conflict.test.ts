import { MAX_CONFLICT_RETRIES, retryOnConflict } from './conflict';
import { ConcurrencyConflict } from './store';

/** A document with an ETag, as the store keeps it: a write over an older version is a conflict. */
function versionedCounter() {
  const stored = { count: 0, etag: 0 };
  const pause = () => new Promise((resolve) => setTimeout(resolve, 5 + Math.random() * 15));
  return {
    stored,
    async increment(): Promise<void> {
      const { count, etag } = stored;
      await pause();
      if (stored.etag !== etag) throw new ConcurrencyConflict();
      stored.count = count + 1;
      stored.etag++;
    }
  };
}

describe('retryOnConflict', () => {
  it('lets 40 simultaneous writers on one document all land, each once', async () => {
    const counter = versionedCounter();
    await Promise.all(Array.from({ length: 40 }, () => retryOnConflict(() => counter.increment())));
    expect(counter.stored.count).toBe(40);
  });

  it('gives up after a bounded number of tries, and passes other errors on at once', async () => {
    let tries = 0;
    await expect(retryOnConflict(async () => {
      tries++;
      throw new ConcurrencyConflict();
    })).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(tries).toBe(MAX_CONFLICT_RETRIES);

    tries = 0;
    await expect(retryOnConflict(async () => {
      tries++;
      throw new Error('store unavailable');
    })).rejects.toThrow('store unavailable');
    expect(tries).toBe(1);
  }, 30_000);
});
