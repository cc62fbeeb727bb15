import { SendPacer } from './pacer';

/** Drives the pacer on a fake clock, sending whenever it allows, and returns the send times. */
function simulate(pacer: SendPacer, clock: { now: number }, sends: { tenant: string; conversation: string }[]): number[] {
  const times: number[] = [];
  for (const send of sends) {
    for (let wait = pacer.reserve(send.tenant, send.conversation); wait > 0; wait = pacer.reserve(send.tenant, send.conversation)) {
      clock.now += wait;
    }
    times.push(clock.now);
  }
  return times;
}

const maxInWindow = (times: number[], windowMs: number) =>
  Math.max(...times.map((start) => times.filter((t) => t >= start && t < start + windowMs).length));

describe('the send pacer', () => {
  it('keeps one conversation within 7/s, 8/2 s and 60/30 s', () => {
    const clock = { now: 0 };
    const pacer = new SendPacer({ tenantPerSecond: 1000, now: () => clock.now });
    const times = simulate(pacer, clock, Array.from({ length: 130 }, () => ({ tenant: 't', conversation: 'c' })));
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(7);
    expect(maxInWindow(times, 2000)).toBeLessThanOrEqual(8);
    expect(maxInWindow(times, 30_000)).toBeLessThanOrEqual(60);
    // And no slower than the limits demand: 130 sends need a bit over two 30-second windows.
    expect(times.at(-1)!).toBeLessThan(70_000);
  });

  it('keeps 1800 per hour for one conversation', () => {
    const clock = { now: 0 };
    const pacer = new SendPacer({ tenantPerSecond: 1000, now: () => clock.now });
    const times = simulate(pacer, clock, Array.from({ length: 1801 }, () => ({ tenant: 't', conversation: 'c' })));
    expect(times[1800] - times[0]).toBeGreaterThanOrEqual(3_600_000);
  });

  it('holds a tenant to its ceiling across conversations, and tenants apart', () => {
    const clock = { now: 0 };
    const pacer = new SendPacer({ tenantPerSecond: 50, now: () => clock.now });
    const sends = Array.from({ length: 500 }, (_, i) => ({ tenant: 't1', conversation: `c${i}` }));
    const times = simulate(pacer, clock, sends);
    expect(maxInWindow(times, 1000)).toBeLessThanOrEqual(50);
    const rate = 500 / ((times.at(-1)! + 1) / 1000);
    expect(rate).toBeGreaterThan(45);
    expect(pacer.reserve('t2', 'other')).toBe(0);
  });

  it('sends nothing to a conversation held after a 429 until Retry-After has passed', () => {
    const clock = { now: 0 };
    const pacer = new SendPacer({ tenantPerSecond: 50, now: () => clock.now });
    pacer.hold('c', 3000);
    expect(pacer.reserve('t', 'c')).toBe(3000);
    expect(pacer.reserve('t', 'other')).toBe(0);
    clock.now = 3000;
    expect(pacer.reserve('t', 'c')).toBe(0);
  });
});
