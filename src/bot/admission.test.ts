import { admission } from './admission';

describe('admission', () => {
  it('runs at most the limit at once, the rest in arrival order, and every one to the end', async () => {
    const admit = admission(2);
    let running = 0;
    let most = 0;
    const order: number[] = [];
    const turn = (i: number) =>
      admit(async () => {
        running++;
        most = Math.max(most, running);
        await new Promise((resolve) => setImmediate(resolve));
        order.push(i);
        running--;
        return i;
      });
    expect(await Promise.all([0, 1, 2, 3, 4].map(turn))).toEqual([0, 1, 2, 3, 4]);
    expect(most).toBe(2);
    expect(order).toEqual([0, 1, 2, 3, 4]);
  });

  it('frees the slot when a turn fails', async () => {
    const admit = admission(1);
    await expect(admit(() => Promise.reject(new Error('boom')))).rejects.toThrow('boom');
    expect(await admit(async () => 'next')).toBe('next');
  });
});
