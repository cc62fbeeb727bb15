import { periodAt, periodBounds, type PeriodKey } from './period';
import { sameUser } from './roles';
import type { Collaboration, UserId } from './types';

/** Who has reported what, from the status kept on the collaboration. Pure. */

export function hasReported(collaboration: Collaboration, period: PeriodKey): boolean {
  return collaboration.status.periods.some((p) => p.period === period);
}

export function hasAnswered(collaboration: Collaboration, user: UserId, period: PeriodKey): boolean {
  return collaboration.status.latest.some((d) => d.period === period && sameUser(d.respondent, user));
}

/** Collaborations asked to report for the period: its cadence, and reporting by the period's end. */
export function dueToReport(collaborations: Collaboration[], period: PeriodKey): Collaboration[] {
  const { start, end } = periodBounds(period);
  const lastDay = end.minus({ days: 1 }).toISODate()!;
  return collaborations.filter((c) => periodAt(c.cadence, start.toJSDate()) === period && c.reportingSince.slice(0, 10) <= lastDay);
}

/** Collaborations that were due to report for the period and have not. */
export function missingReports(collaborations: Collaboration[], period: PeriodKey): Collaboration[] {
  return dueToReport(collaborations, period).filter((c) => !hasReported(c, period));
}

/** What the leaders wrote for one question in the latest period (reasons, decisions, results). */
export function writtenAnswers(collaboration: Collaboration, key: string): string[] {
  return collaboration.status.latest.map((d) => d.answers[key]).filter((v): v is string => typeof v === 'string' && v !== '');
}

/** The collaboration's own period that ends a digest period (the last month of a tertial, say). */
export function periodEnding(collaboration: Collaboration, digestPeriod: PeriodKey): PeriodKey {
  return periodAt(collaboration.cadence, periodBounds(digestPeriod).end.minus({ days: 1 }).toJSDate());
}

/** The only string answers that are not free text: the choices of the colour and economy questions. */
const CHOICES: ReadonlySet<string> = new Set(['green', 'yellow', 'red', 'within', 'minor', 'major']);

const withoutComment = <T extends { comment?: string }>({ comment: _comment, ...kept }: T): Omit<T, 'comment'> => kept;

/**
 * The collaboration as read by someone who may not see what named leaders wrote: every free-text
 * answer of the latest period and every benefit comment left out; colours, scores, economy and
 * the decision flag stay. Pure; the stored collaboration is untouched.
 */
export function withoutWrittenAnswers(collaboration: Collaboration): Collaboration {
  const latest = collaboration.status.latest.map((digest) => ({
    ...digest,
    answers: Object.fromEntries(Object.entries(digest.answers).filter(([, value]) => typeof value !== 'string' || CHOICES.has(value))),
    ...(digest.benefits ? { benefits: Object.fromEntries(Object.entries(digest.benefits).map(([id, answer]) => [id, withoutComment(answer)])) } : {})
  }));
  const benefits = collaboration.benefits && {
    ...collaboration.benefits,
    benefits: collaboration.benefits.benefits.map((b) => ({ ...b, realised: b.realised.map(withoutComment) }))
  };
  return { ...collaboration, status: { ...collaboration.status, latest }, ...(benefits ? { benefits } : {}) };
}
