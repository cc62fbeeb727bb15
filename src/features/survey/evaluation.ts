import { DateTime } from 'luxon';
import type { NetworkSnapshot } from '../../core/annualCycle';
import type { Logger } from '../../core/log';
import type { Store } from '../../core/store';
import { annualCycleOf } from '../../domain/annualCycle';
import { addWorkingDays, nthWorkingDay } from '../../domain/calendar';
import { ZONE } from '../../domain/period';
import { leads } from '../../domain/roles';
import { DEFAULT_EVALUATION_DATE, EVALUATION_TEMPLATE_ID, type EvaluationDate, defaultEvaluation, emptyTally, evaluationCells, nextPartnerView, partOf, partnerViewOf, type SurveyPart, type SurveyRound } from '../../domain/survey';
import { osloDate, templateVersion, versionFor, type Template } from '../../domain/template';
import type { Collaboration, Network, Profile } from '../../domain/types';
import { recordChange } from '../audit/record';
import { everyRound, invitedCounts, refOf, thresholdOf, windowFrom, type Invitee } from './rounds';

/** The yearly evaluation stays open three weeks, like the tillitsbarometer's default. */
const EVALUATION_WEEKS = 3;
/** A scheduler that was down may still start the year's evaluation this many working days late, not later. */
const START_WITHIN_DAYS = 5;

export type EvaluatorProblem = 'notParticipant' | 'host' | 'leader';

/**
 * Why a person does not evaluate a collaboration, or undefined when they do: the kommunedirektør
 * and the named contacts (members with a municipality) of each participating municipality. The
 * host does not evaluate itself, nor do the collaboration's own leaders.
 */
export function evaluatorProblem(person: Profile, collaboration: Collaboration): EvaluatorProblem | undefined {
  const membership = person.memberships.find((m) => m.networkId === collaboration.networkId);
  const municipalityId = membership?.municipalityId;
  if (!membership || !municipalityId || !membership.roles.some((r) => r === 'kommunedirektør' || r === 'member')) return 'notParticipant';
  if (municipalityId === collaboration.hostMunicipalityId) return 'host';
  if (!collaboration.participantIds.includes(municipalityId)) return 'notParticipant';
  return leads(collaboration, person) ? 'leader' : undefined;
}

/** Whom the evaluation of one collaboration asks, each in their municipality; all count as administrative. */
export function evaluatorsOf(people: Iterable<Profile>, collaboration: Collaboration): Invitee[] {
  return [...people].flatMap((person) => {
    if (evaluatorProblem(person, collaboration)) return [];
    const municipalityId = person.memberships.find((m) => m.networkId === collaboration.networkId)!.municipalityId!;
    return [{ person, municipalityId, level: 'administrative' as const }];
  });
}

export const evaluationId = (year: number): string => `evaluering-${year}`;

/** The month and working day the network's evaluation opens on each year. */
export const evaluationDateOf = (network: Network): EvaluationDate => network.evaluationDate ?? DEFAULT_EVALUATION_DATE;

/** The year's opening: the network's working day of its month, at the årshjul's send hour. */
export function evaluationOpensAt(network: Network, year: number): Date {
  const { month, workingDay } = evaluationDateOf(network);
  const day = nthWorkingDay(DateTime.fromObject({ year, month, day: 1 }, { zone: ZONE }), workingDay);
  return day.set({ hour: annualCycleOf(network).sendHour }).toJSDate();
}

/** The next opening after `now`: this year's while it is still to come and this year's has not run, else next year's. */
export function nextEvaluationOpening(network: Network, now: Date): Date {
  const year = DateTime.fromJSDate(now, { zone: ZONE }).year;
  const thisYear = evaluationOpensAt(network, year);
  const ran = everyRound(network).some((r) => r.id === evaluationId(year));
  return thisYear > now && !ran ? thisYear : evaluationOpensAt(network, year + 1);
}

/**
 * The year's round from the network as it is: one part per collaboration with at least N
 * partners to ask. A collaboration with fewer is not asked at all, since no answer of it could
 * ever be shown.
 */
export function evaluationRound(snapshot: NetworkSnapshot, year: number, version: number): SurveyRound | undefined {
  const { network } = snapshot;
  const n = thresholdOf(network);
  const subjects: Record<string, SurveyPart> = {};
  for (const collaboration of snapshot.collaborations) {
    const invited = invitedCounts(evaluatorsOf(snapshot.people.values(), collaboration));
    if (Object.values(invited).reduce((a, b) => a + b, 0) >= n) subjects[collaboration.id] = { invited, cells: evaluationCells(invited, n) };
  }
  if (Object.keys(subjects).length === 0) return undefined;
  return {
    id: evaluationId(year),
    kind: 'evaluation',
    templateId: EVALUATION_TEMPLATE_ID,
    templateVersion: version,
    ...windowFrom(network, evaluationOpensAt(network, year), EVALUATION_WEEKS),
    threshold: n,
    cells: [],
    invited: {},
    subjects
  };
}

/** A network's question set, created from the defaults the first time it is needed. */
export async function questionSet(store: Store, networkId: string, defaults: (networkId: string) => Template, templateId: string): Promise<Template> {
  const stored = await store.directory.getTemplate(networkId, templateId);
  if (stored) return stored;
  const template = defaults(networkId);
  await store.directory.putTemplate(template);
  return template;
}

/**
 * On its day in the årshjul the year's evaluation starts, once: the counters of every part first,
 * then the round on the network, written only if no instance has put it there meanwhile.
 */
export async function startDueEvaluation(store: Store, log: Logger, snapshot: NetworkSnapshot, now: Date): Promise<void> {
  const { network } = snapshot;
  const year = DateTime.fromJSDate(now, { zone: ZONE }).year;
  const opens = evaluationOpensAt(network, year);
  const late = addWorkingDays(DateTime.fromJSDate(opens, { zone: ZONE }), START_WITHIN_DAYS).toJSDate();
  if (now < opens || now >= late || everyRound(network).some((r) => r.id === evaluationId(year))) return;
  const template = await questionSet(store, network.id, defaultEvaluation, EVALUATION_TEMPLATE_ID);
  const round = evaluationRound(snapshot, year, versionFor(template, osloDate(now)).version);
  if (!round) return;
  for (const subjectId of Object.keys(round.subjects!)) await store.surveys.createTally(emptyTally(network.id, round.id, undefined, subjectId));
  const updated = await store.directory.updateNetwork(network.id, (current) =>
    everyRound(current).some((r) => r.id === round.id) ? undefined : { ...current, survey: { ...current.survey, rounds: [...everyRound(current), round] } }
  );
  if (!updated) return;
  await recordChange(store, now, undefined, { networkId: network.id, action: 'evaluation.started', subject: network.name, after: { closes: round.closesAt.slice(0, 10), collaborations: Object.keys(round.subjects!).length } });
  log.info({ networkId: network.id, roundId: round.id, parts: Object.keys(round.subjects!).length }, 'yearly evaluation started');
}

/**
 * At the close, each collaboration keeps what its partners said, if at least N answered: status
 * compares it with the leader's own ratings. A withheld year removes the previous year's view.
 */
export async function keepPartnerView(store: Store, network: Network, round: SurveyRound, subjectId: string): Promise<void> {
  const [tally, template] = await Promise.all([store.surveys.getTally(refOf(network, round, subjectId)), store.directory.getTemplate(network.id, round.templateId)]);
  const version = template && templateVersion(template, round.templateVersion);
  const part = partOf(round, subjectId);
  if (!tally || !version || !part) return;
  const view = partnerViewOf(part, tally, version.questions);
  await store.directory.updateCollaboration(network.id, subjectId, (collaboration) => {
    if (!view && !collaboration.partnerView) return undefined;
    const { partnerView: kept, ...rest } = collaboration;
    const next = nextPartnerView(kept, view);
    return next ? { ...rest, partnerView: next } : rest;
  });
}
