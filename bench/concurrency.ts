import { periodAt } from '../src/domain/period';
import type { Person } from '../src/domain/types';
import { createHarness, filledCheckIn } from '../tests/support/conversation';
import { BENCH_USER, NETWORK_ID, seedNetwork } from './support';
import { startTestStore } from '../tests/support/store';

export interface ConcurrencyFigures {
  submits: number;
  distinctAnswers: number;
  stored: number;
  lost: number;
  duplicates: number;
  statusesComplete: number;
  seconds: number;
}

/**
 * 500 submits at once: 5 leaders on each of 50 collaborations, every answer sent twice (a double
 * click). Each answer must be stored exactly once and every status must count all its leaders.
 */
export async function benchConcurrentSubmits(): Promise<ConcurrencyFigures> {
  const now = new Date();
  const bench = await startTestStore();
  try {
    const collaborations = await seedNetwork(bench.store, 50, 1, now);
    const leaders: Person[] = Array.from({ length: 5 }, (_, i) => ({ ...BENCH_USER, aadObjectId: `leader-${i}`, name: `Leder ${i}` }));
    for (const c of collaborations) await bench.store.directory.putCollaboration({ ...c, leaders });
    const harness = await createHarness(bench.store, { now });
    const period = periodAt('monthly', now);
    const answers = collaborations.flatMap((c) =>
      leaders.map((leader) => ({ leader, data: { verb: 'checkin.submit', networkId: NETWORK_ID, collaborationId: c.id, period, templateVersion: 1, ...filledCheckIn() } }))
    );
    const start = Date.now();
    await Promise.all(answers.flatMap(({ leader, data }) => [harness.personal(leader).submit(data), harness.personal(leader).submit(data)]));
    const seconds = (Date.now() - start) / 1000;
    await harness.close();
    let stored = 0;
    let distinct = 0;
    let statusesComplete = 0;
    for (const c of collaborations) {
      const rows = (await bench.store.checkIns.listSince(c.id, period)).filter((r) => r.period === period);
      stored += rows.length;
      distinct += new Set(rows.map((r) => r.respondent.aadObjectId)).size;
      const status = (await bench.store.directory.getCollaboration(NETWORK_ID, c.id))!.value.status;
      if (status.periods[0]?.period === period && status.periods[0].respondents === leaders.length) statusesComplete++;
    }
    return {
      submits: answers.length * 2,
      distinctAnswers: answers.length,
      stored,
      lost: answers.length - distinct,
      duplicates: stored - distinct,
      statusesComplete,
      seconds
    };
  } finally {
    await bench.close();
  }
}
