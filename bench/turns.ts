import { performance } from 'node:perf_hooks';
import { periodAt } from '../src/domain/period';
import { createHarness, filledCheckIn } from '../tests/support/conversation';
import { addPlanning, BENCH_USER, ms, NETWORK_ID, percentile, seedNetwork } from './support';
import { startTestStore } from '../tests/support/store';

export interface TurnFigures {
  p50: number;
  p95: number;
  requestsPerTurn: number;
}

const WARMUP = 20;
const SAMPLES = 200;

/** Runs `turn` repeatedly through the real bot and store, timing each and counting store requests. */
export async function measure(requests: () => number, turn: (i: number) => Promise<unknown>): Promise<TurnFigures> {
  for (let i = 0; i < WARMUP; i++) await turn(i);
  const times: number[] = [];
  const before = requests();
  for (let i = 0; i < SAMPLES; i++) {
    const start = performance.now();
    await turn(i);
    times.push(performance.now() - start);
  }
  return { p50: percentile(times, 50), p95: percentile(times, 95), requestsPerTurn: (requests() - before) / SAMPLES };
}

/**
 * `status`, `status <samarbeid>` and (optionally) a check-in submit on a network of 50
 * collaborations with `months` of history each. The submit's one query is a single-partition
 * range query on Azure, but the embedded server scans every stored check-in for it, so the
 * submit is measured on the 1× history only. With `planned`, every collaboration also carries a
 * checklist of 40 items and 10 benefits with five years of values.
 */
export async function benchTurns(months: number, withSubmit: boolean, planned = false): Promise<Partial<Record<'status' | 'detail' | 'submit', TurnFigures>>> {
  const now = new Date();
  const bench = await startTestStore();
  try {
    const collaborations = await seedNetwork(bench.store, 50, months, now);
    if (planned) await addPlanning(bench.store, collaborations);
    const harness = await createHarness(bench.store, { now });
    const chat = harness.personal(BENCH_USER);
    await chat.send('hjelp');
    const requests = () => bench.server.requests;
    const period = periodAt('monthly', now);
    const figures = {
      status: await measure(requests, () => chat.send('status')),
      detail: await measure(requests, (i) => chat.send(`status Samarbeid ${i % 50}`)),
      ...(withSubmit
        ? {
            submit: await measure(requests, (i) =>
              chat.submit({ verb: 'checkin.submit', networkId: NETWORK_ID, collaborationId: `bench-${i % 50}`, period, templateVersion: 1, ...filledCheckIn() })
            )
          }
        : {})
    };
    await harness.close();
    return figures;
  } finally {
    await bench.close();
  }
}

export function describeTurns(label: string, figures: Partial<Record<string, TurnFigures>>): string[] {
  return Object.entries(figures as Record<string, TurnFigures>).map(
    ([name, f]) => `${label.padEnd(18)} ${name.padEnd(7)} p50 ${ms(f.p50).padStart(9)}  p95 ${ms(f.p95).padStart(9)}  store requests/turn ${f.requestsPerTurn.toFixed(2)}`
  );
}
