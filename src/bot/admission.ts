/**
 * Runs at most `limit` turns at once; the others wait in arrival order. A burst (a reminder
 * answered by hundreds at the same minute) then meets fewer ETag races on the same collaboration,
 * and each turn's store deadline counts from when it starts work, not from when it queued.
 */
export function admission(limit: number): <T>(work: () => Promise<T>) => Promise<T> {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async (work) => {
    if (active >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    else active++;
    try {
      return await work();
    } finally {
      // Hand the slot straight to the next in line, or free it.
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
