import { inOperationWithoutPlan, lateBenefits } from './benefits';
import { missingAnchoring } from './checklist';
import { isOverdue } from './period';
import { osloDate } from './template';
import type { Collaboration, PeriodSummary } from './types';

/**
 * What a chief executive scans the overview for. Pure, so the rules can be read and tested
 * on their own.
 */
export interface Flags {
  overdue: boolean;
  red: boolean;
  decisionNeeded: boolean;
  /** The average score fell from each period to the next over the last three periods. */
  falling: boolean;
  /** Reported green while the answers average below «I noen grad» (3): the colour may hide trouble. */
  mismatch: boolean;
  /** An anchoring item of the phase checklist, in this phase or an earlier one, is still open. */
  missingAnchoring: boolean;
  /** «Ulikt syn»: on a dimension both rate, the partners' yearly evaluation is a point or more below the leader's latest mean. */
  viewsDiffer: boolean;
  /** «Gevinst forsinket»: a planned benefit is past its date, reported red, or well behind its plan. */
  benefitLate: boolean;
  /** «I drift uten gevinstplan»: in operation with no planned benefit. */
  withoutBenefitsPlan: boolean;
}

const MISMATCH_BELOW = 3;
const VIEWS_DIFFER_BY = 1;

/** Whether the partners' mean is a point or more below the leader's (means are kept to one decimal). */
export const differs = (view: { leader: number; partners: number }): boolean => view.leader - view.partners >= VIEWS_DIFFER_BY - 1e-9;

/** The dimensions both the leader and the partners rated, with both means: leader's latest period against the partners' evaluation. */
export function sharedViews(collaboration: Collaboration): { key: string; leader: number; partners: number }[] {
  const leader = collaboration.status.periods[0]?.means ?? {};
  return Object.entries(collaboration.partnerView?.means ?? {}).flatMap(([key, partners]) => (leader[key] === undefined ? [] : [{ key, leader: leader[key], partners }]));
}

/** The average of a period's scale means: one number for "how are we doing". */
export function scoreOf(summary: PeriodSummary | undefined): number | undefined {
  const values = Object.values(summary?.means ?? {});
  return values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined;
}

function fallingOver(periods: PeriodSummary[]): boolean {
  const scores = periods.slice(0, 3).map(scoreOf);
  if (scores.length < 3 || scores.some((s) => s === undefined)) return false;
  const [now, before, first] = scores as number[];
  return now < before && before < first;
}

export function flagsOf(collaboration: Collaboration, now: Date): Flags {
  const [latest] = collaboration.status.periods;
  const score = scoreOf(latest);
  return {
    overdue: isOverdue(collaboration.cadence, latest?.period, collaboration.reportingSince, now),
    red: latest?.overall === 'red',
    decisionNeeded: latest?.decisionNeeded ?? false,
    falling: fallingOver(collaboration.status.periods),
    mismatch: latest?.overall === 'green' && score !== undefined && score < MISMATCH_BELOW,
    missingAnchoring: missingAnchoring(collaboration),
    viewsDiffer: sharedViews(collaboration).some(differs),
    benefitLate: lateBenefits(collaboration, osloDate(now)).length > 0,
    withoutBenefitsPlan: inOperationWithoutPlan(collaboration)
  };
}

/** Anything that asks for a chief executive's attention. */
export const needsAttention = (flags: Flags): boolean =>
  flags.overdue || flags.red || flags.decisionNeeded || flags.falling || flags.mismatch || flags.missingAnchoring || flags.viewsDiffer ||
  flags.benefitLate || flags.withoutBenefitsPlan;

/** The chief executives' own questions: what is red or yellow, what needs a decision, what can we celebrate, who has not checked in. */
export type ExecutiveQuestion = 'red' | 'yellow' | 'decision' | 'celebrate' | 'overdue';
