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

/** Collaborations of the period's cadence that were due to report for it and have not. */
export function missingReports(collaborations: Collaboration[], period: PeriodKey): Collaboration[] {
  const { start } = periodBounds(period);
  return collaborations.filter(
    (c) =>
      periodAt(c.cadence, start.toJSDate()) === period &&
      c.reportingSince.slice(0, 10) <= periodBounds(period).end.minus({ days: 1 }).toISODate()! &&
      !hasReported(c, period)
  );
}

/** The collaboration's own period that ends a digest period (the last month of a tertial, say). */
export function periodEnding(collaboration: Collaboration, digestPeriod: PeriodKey): PeriodKey {
  return periodAt(collaboration.cadence, periodBounds(digestPeriod).end.minus({ days: 1 }).toJSDate());
}
