import { randomUUID } from 'node:crypto';
import { DateTime } from 'luxon';
import type { Store } from '../core/store';
import { ZONE } from '../domain/period';
import type { Level } from '../domain/roles';
import {
  BAROMETER_TEMPLATE_ID, DEFAULT_THRESHOLD, EVALUATION_TEMPLATE_ID, countAnswer, defaultBarometer, defaultEvaluation, emptyTally, evaluationCells, inviteGroup, storedCells,
  type ScaleAnswer, type SurveyAnswer, type SurveyRound, type SurveyTally
} from '../domain/survey';
import { currentVersion } from '../domain/template';
import { evaluationId, evaluationOpensAt, keepPartnerView } from '../features/survey/evaluation';
import { windowFrom } from '../features/survey/rounds';
import { seededRandom } from './history';
import { DEMO_NETWORKS } from './networks';

const NETWORK = 'indre-namdal';
const network = () => DEMO_NETWORKS.find((d) => d.network.id === NETWORK)!.network;

/** One person of a past round's roster: they have left the demo roster since, as people do after an election. */
interface PastRespondent {
  municipalityId: string;
  level: Level;
  answers: SurveyAnswer;
}

/**
 * A closed round as the survey machinery leaves it: the groups decided from who was invited,
 * every answer added to the counters by `countAnswer` under its own token, the tokens forgotten
 * and no receipt left (the close deletes them).
 */
function settledTally(round: SurveyRound, networkId: string, respondents: PastRespondent[], subjectId?: string): SurveyTally {
  const counted = respondents.reduce((tally, r) => countAnswer(tally, round, r, r.answers, randomUUID())!, emptyTally(networkId, round.id, undefined, subjectId));
  return { ...counted, applied: [] };
}

const invitedOf = (roster: { municipalityId: string; level: Level }[]) =>
  roster.reduce<Record<string, number>>((counts, r) => ({ ...counts, [inviteGroup(r.municipalityId, r.level)]: (counts[inviteGroup(r.municipalityId, r.level)] ?? 0) + 1 }), {});

/** A number 1–5 around `centre`, from the seeded random source so the demo is the same every time. */
const around = (centre: number, random: () => number): ScaleAnswer => Math.max(1, Math.min(5, Math.round(centre + (random() - 0.5) * 2.4))) as ScaleAnswer;

/**
 * Last year's tillitsbarometer in Indre Namdal: 34 invited leaders and politicians, 32 answered.
 * As in the PwC study (seed 000), the politicians doubt the common goal more than the administration.
 */
function pastBarometer(now: Date): { round: SurveyRound; respondents: PastRespondent[] } {
  const random = seededRandom('demo-barometer');
  const roster = [
    ...(['royrvik', 'lierne', 'namsskogan', 'grong'] as const).flatMap((municipalityId, i) => [
      ...Array.from({ length: [4, 5, 4, 6][i] }, () => ({ municipalityId, level: 'administrative' as const })),
      ...Array.from({ length: [3, 4, 3, 5][i] }, () => ({ municipalityId, level: 'political' as const }))
    ])
  ];
  const questions = currentVersion(defaultBarometer(NETWORK)).questions.filter((q) => q.kind === 'scale');
  const political: Record<string, number> = { commonGoal: 2.8, community: 3, closer: 3.4, control: 3.8 };
  const administrative: Record<string, number> = { commonGoal: 3.7, community: 3.6, closer: 4, control: 3 };
  const respondents = roster
    .filter((_, i) => i !== 5 && i !== 28)
    .map((r, i): PastRespondent => ({
      ...r,
      answers: {
        scale: Object.fromEntries(questions.map((q) => [q.key, random() < 0.06 ? 'dontKnow' : around((r.level === 'political' ? political : administrative)[q.key] ?? 3.3, random)])),
        ...(i % 9 === 0 ? { text: ['Flere felles møter mellom formannskapene.', 'Vi må bli enige om hva vi vil med samarbeidet.', 'Digitaliseringen går for sakte.', 'Bra samarbeid, men for lite informasjon til kommunestyret.'][i / 9] } : {})
      }
    }));
  const opens = DateTime.fromJSDate(now, { zone: ZONE }).minus({ years: 1 }).set({ hour: 10, minute: 0, second: 0, millisecond: 0 }).toJSDate();
  const invited = invitedOf(roster);
  const round: SurveyRound = {
    id: `barometer-${opens.toISOString().replace(/[:.]/g, '-')}`,
    templateId: BAROMETER_TEMPLATE_ID,
    templateVersion: 1,
    ...windowFrom(network(), opens, 3),
    threshold: DEFAULT_THRESHOLD,
    cells: storedCells(invited, DEFAULT_THRESHOLD),
    invited,
    receiptsDeleted: true
  };
  return { round, respondents };
}

/** Last year's evaluation of Lønn by its partners: the chief executive and a contact in each of its three municipalities; five answered. */
function pastLonnEvaluation(now: Date): { round: SurveyRound; respondents: PastRespondent[] } {
  const year = DateTime.fromJSDate(now, { zone: ZONE }).year - 1;
  const roster = ['royrvik', 'lierne', 'namsskogan'].flatMap((municipalityId) => [{ municipalityId, level: 'administrative' as const }, { municipalityId, level: 'administrative' as const }]);
  const scores: ScaleAnswer[][] = [[3, 3, 2, 4], [2, 3, 2, 3], [3, 'dontKnow', 3, 4], [2, 2, 2, 4], [3, 3, 3, 'dontKnow']];
  const respondents = roster.slice(0, 5).map((r, i): PastRespondent => {
    const [quality, value, control, trust] = scores[i];
    return { ...r, answers: { scale: { quality, value, control, trust }, ...(i === 1 ? { text: 'Lønnskjøringen er stabil, men vi får for lite innsyn i hvordan kostnadene fordeles.' } : {}) } };
  });
  const invited = invitedOf(roster);
  const round: SurveyRound = {
    id: evaluationId(year),
    kind: 'evaluation',
    templateId: EVALUATION_TEMPLATE_ID,
    templateVersion: 1,
    ...windowFrom(network(), evaluationOpensAt(network(), year), 3),
    threshold: DEFAULT_THRESHOLD,
    cells: [],
    invited: {},
    subjects: { 'in-lonn': { invited, cells: evaluationCells(invited, DEFAULT_THRESHOLD) } },
    receiptsDeleted: true
  };
  return { round, respondents };
}

/**
 * Indre Namdal's survey history, through the same counters a real round fills: last year's
 * tillitsbarometer (split by level and municipality) and the partners' evaluation of Lønn, which
 * `status lønn` shows beside Alex's own ratings.
 */
export async function seedSurveys(store: Store, now: Date): Promise<void> {
  await store.directory.putTemplate(defaultBarometer(NETWORK));
  await store.directory.putTemplate(defaultEvaluation(NETWORK));
  const barometer = pastBarometer(now);
  const evaluation = pastLonnEvaluation(now);
  await store.surveys.createTally(settledTally(barometer.round, NETWORK, barometer.respondents));
  await store.surveys.createTally(settledTally({ ...evaluation.round, ...evaluation.round.subjects!['in-lonn'] }, NETWORK, evaluation.respondents, 'in-lonn'));
  const rounds = [barometer.round, evaluation.round].sort((a, b) => a.opensAt.localeCompare(b.opensAt));
  const stored = await store.directory.updateNetwork(NETWORK, (current) => ({ ...current, survey: { threshold: DEFAULT_THRESHOLD, rounds } }));
  if (stored) await keepPartnerView(store, stored, evaluation.round, 'in-lonn');
}
