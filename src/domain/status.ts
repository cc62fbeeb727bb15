import { parsePeriod, shiftPeriod, type PeriodKey } from './period';
import { sameUser } from './roles';
import type { Answers, CheckIn, CheckInDigest, CollaborationStatus, Colour, Economy, PeriodSummary } from './types';

/** How many periods a collaboration keeps in its status summary: enough for trends, bounded for speed. */
export const STATUS_HISTORY_LENGTH = 8;

const COLOUR_RANK: Record<Colour, number> = { green: 0, yellow: 1, red: 2 };
const ECONOMY_RANK: Record<Economy, number> = { within: 0, minor: 1, major: 2 };

/** When leaders disagree, the period shows the most serious answer: nobody's warning is averaged away. */
const worst = <T extends string>(rank: Record<T, number>, values: T[]): T | undefined =>
  values.reduce<T | undefined>((w, v) => (w === undefined || rank[v] > rank[w] ? v : w), undefined);

/** The first period still inside the status window ending at `current`. */
export function statusWindowStart(current: PeriodKey): PeriodKey {
  return shiftPeriod(current, -(STATUS_HISTORY_LENGTH - 1));
}

/** Scale answers are the numeric ones (null = «Vet ikke»); they are what gets averaged. */
function means(answerSets: Answers[]): Record<string, number> {
  const sums = new Map<string, { total: number; count: number }>();
  for (const answers of answerSets) {
    for (const [key, value] of Object.entries(answers)) {
      if (typeof value !== 'number') continue;
      const entry = sums.get(key) ?? { total: 0, count: 0 };
      sums.set(key, { total: entry.total + value, count: entry.count + 1 });
    }
  }
  return Object.fromEntries([...sums].map(([key, { total, count }]) => [key, Math.round((total / count) * 10) / 10]));
}

/** What a period summary needs of each answer; both check-ins and their digests have it. */
type Answered = Pick<CheckIn, 'answers' | 'submittedAt'>;

export function summarizePeriod(period: PeriodKey, checkIns: Answered[]): PeriodSummary {
  const answers = checkIns.map((c) => c.answers);
  const economy = worst(ECONOMY_RANK, answers.map((a) => a.economy as Economy).filter(Boolean));
  return {
    period,
    overall: worst(COLOUR_RANK, answers.map((a) => a.overall as Colour)) ?? 'green',
    ...(economy ? { economy } : {}),
    means: means(answers),
    respondents: checkIns.length,
    decisionNeeded: answers.some((a) => a.decisionNeeded === true),
    lastSubmittedAt: checkIns.map((c) => c.submittedAt).sort().at(-1) ?? ''
  };
}

/** Folds the check-ins of the status window into the summary kept on the collaboration. */
export function buildStatus(checkIns: CheckIn[]): CollaborationStatus {
  const byPeriod = new Map<PeriodKey, CheckIn[]>();
  for (const checkIn of checkIns) {
    byPeriod.set(checkIn.period, [...(byPeriod.get(checkIn.period) ?? []), checkIn]);
  }
  const periods = [...byPeriod.keys()].sort().reverse().slice(0, STATUS_HISTORY_LENGTH);
  const latest = periods.length ? byPeriod.get(periods[0])! : [];
  return {
    periods: periods.map((p) => summarizePeriod(p, byPeriod.get(p)!)),
    latest: bySubmission(latest.map(digestOf))
  };
}

const digestOf = ({ respondent, period, templateVersion, answers, benefits, submittedAt, revision }: CheckIn): CheckInDigest => ({
  respondent,
  period,
  templateVersion,
  answers,
  ...(benefits ? { benefits } : {}),
  submittedAt,
  ...(revision ? { revision } : {})
});

const bySubmission = (digests: CheckInDigest[]) => [...digests].sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));

/**
 * Adds one check-in to a status without reading history: the newest period's answers are kept
 * on the status itself. Returns undefined when the check-in belongs to an older period (or
 * another cadence); then the status must be rebuilt from the stored check-ins. Returns the
 * status itself when it already shows this revision or a later one: folds may arrive in any order.
 */
export function foldCheckIn(status: CollaborationStatus, checkIn: CheckIn): CollaborationStatus | undefined {
  const newest = status.periods[0]?.period;
  if (newest !== undefined) {
    const sameCadence = parsePeriod(newest)?.cadence === parsePeriod(checkIn.period)?.cadence;
    if (!sameCadence || checkIn.period < newest) return undefined;
  }
  const samePeriod = checkIn.period === newest;
  const shown = samePeriod ? status.latest.find((d) => sameUser(d.respondent, checkIn.respondent)) : undefined;
  if (checkIn.revision !== undefined && (shown?.revision ?? 0) >= checkIn.revision) return status;
  const others = samePeriod ? status.latest.filter((d) => !sameUser(d.respondent, checkIn.respondent)) : [];
  const latest = bySubmission([...others, digestOf(checkIn)]);
  const older = samePeriod ? status.periods.slice(1) : status.periods;
  return {
    periods: [summarizePeriod(checkIn.period, latest), ...older].slice(0, STATUS_HISTORY_LENGTH),
    latest
  };
}

export const emptyStatus = (): CollaborationStatus => ({ periods: [], latest: [] });

export type Direction = 'up' | 'down' | 'same';

/** Compares a scale mean with the previous period's; half a step counts as a change. */
export function direction(current: number | undefined, previous: number | undefined): Direction | undefined {
  if (current === undefined || previous === undefined) return undefined;
  // Means carry one decimal, but their float difference may not: 2.3 − 1.8 is 0.4999999999999998.
  const HALF_STEP = 0.5 - 1e-9;
  if (current - previous >= HALF_STEP) return 'up';
  if (previous - current >= HALF_STEP) return 'down';
  return 'same';
}

/** How one scale question went over the kept periods, oldest first. */
export interface Movement {
  key: string;
  /** The periods with a mean for this question, oldest first. */
  points: { period: string; mean: number }[];
  /** Latest mean minus the earliest kept one. */
  change: number;
}

/**
 * The questions whose means moved most between the earliest and the latest kept period, at most
 * `count`, biggest move first (template order among equals). A question answered in fewer than
 * two periods has not moved and is left out. `periods` are newest first, as stored.
 */
export function mostMoved(periods: readonly PeriodSummary[], keys: readonly string[], count: number): Movement[] {
  const oldestFirst = [...periods].reverse();
  return keys
    .map((key) => {
      const points = oldestFirst.filter((p) => p.means[key] !== undefined).map((p) => ({ period: p.period, mean: p.means[key] }));
      return { key, points, change: points.length > 1 ? points[points.length - 1].mean - points[0].mean : 0 };
    })
    .filter((m) => m.points.length > 1)
    .map((m, order) => ({ m, order }))
    .sort((a, b) => Math.abs(b.m.change) - Math.abs(a.m.change) || a.order - b.order)
    .slice(0, count)
    .map(({ m }) => m);
}
