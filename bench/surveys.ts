import { randomUUID } from 'node:crypto';
import { PLAYGROUND_TENANT } from '../src/demo/people';
import { countAnswer, defaultBarometer, emptyTally, inviteGroup, storedCells, type ScaleAnswer, type SurveyRound, type SurveyTally } from '../src/domain/survey';
import { currentVersion } from '../src/domain/template';
import type { Level } from '../src/domain/roles';
import type { Municipality } from '../src/domain/types';
import { createHarness, textsOf } from '../tests/support/conversation';
import { startTestStore } from '../tests/support/store';
import { BENCH_USER, ms, NETWORK_ID } from './support';
import { measure, type TurnFigures } from './turns';

const MUNICIPALITIES = 40;
const PER_MUNICIPALITY = 30;

/**
 * `tillitsbarometer` on a network of 40 municipalities × 30 respondents (half administrative,
 * half political), every answer counted by the same `countAnswer` as a real round: the results
 * turn must stay within the status budget (≤ 3 store requests).
 */
export async function benchSurveyResults(): Promise<TurnFigures & { respondents: number; municipalitiesShown: number }> {
  const bench = await startTestStore();
  try {
    const municipalities: Municipality[] = Array.from({ length: MUNICIPALITIES }, (_, i) => ({ id: `m${i}`, name: `Kommune ${i}`, number: String(9000 + i), population: 1000 + i }));
    const roster = municipalities.flatMap((m) => Array.from({ length: PER_MUNICIPALITY }, (_, i) => ({ municipalityId: m.id, level: (i % 2 ? 'political' : 'administrative') as Level })));
    const invited: Record<string, number> = {};
    for (const r of roster) invited[inviteGroup(r.municipalityId, r.level)] = (invited[inviteGroup(r.municipalityId, r.level)] ?? 0) + 1;
    const round: SurveyRound = {
      id: 'barometer-bench', templateId: 'tillitsbarometer', templateVersion: 1, opensAt: '2025-01-06T08:00:00.000Z', closesAt: '2025-01-27T08:00:00.000Z',
      reminders: [], threshold: 5, cells: storedCells(invited, 5), invited, receiptsDeleted: true
    };
    const questions = currentVersion(defaultBarometer(NETWORK_ID)).questions.filter((q) => q.kind === 'scale');
    const tally = roster.reduce<SurveyTally>(
      (sum, r, i) => countAnswer(sum, round, r, { scale: Object.fromEntries(questions.map((q, j) => [q.key, (((i + j) % 5) + 1) as ScaleAnswer])), ...(i % 40 === 0 ? { text: `Kommentar ${i}` } : {}) }, randomUUID())!,
      emptyTally(NETWORK_ID, round.id)
    );
    const { store } = bench;
    await store.directory.putTemplate(defaultBarometer(NETWORK_ID));
    await store.directory.putNetwork({ id: NETWORK_ID, name: 'Benkregionen', tenantIds: [PLAYGROUND_TENANT], municipalities, survey: { threshold: 5, rounds: [round] } });
    await store.surveys.createTally({ ...tally, applied: [] });
    await store.profiles.put({ ...BENCH_USER, memberships: [{ networkId: NETWORK_ID, roles: ['admin', 'kommunedirektør'], municipalityId: 'm0' }] });
    const harness = await createHarness(store, { now: new Date('2025-03-01T10:00:00Z') });
    const chat = harness.personal(BENCH_USER);
    await chat.send('hjelp');
    const first = await chat.send('tillitsbarometer');
    if (textsOf(first).length) throw new Error(`results not shown: ${textsOf(first).join(' ')}`);
    const municipalitiesShown = (JSON.stringify(first).match(/Kommune \d+/g) ?? []).length / questions.length;
    const figures = await measure(() => bench.server.requests, () => chat.send('tillitsbarometer'));
    await harness.close();
    return { ...figures, respondents: roster.length, municipalitiesShown };
  } finally {
    await bench.close();
  }
}

export function describeSurveyResults(f: Awaited<ReturnType<typeof benchSurveyResults>>): string[] {
  return [
    `tillitsbarometer results, ${MUNICIPALITIES} municipalities × ${PER_MUNICIPALITY} respondents (${f.respondents}), ${f.municipalitiesShown} municipalities shown per question:`,
    `  p50 ${ms(f.p50)}  p95 ${ms(f.p95)}  store requests/turn ${f.requestsPerTurn.toFixed(2)} (target ≤ 3)`
  ];
}
