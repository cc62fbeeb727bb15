import { flagsOf, needsAttention, scoreOf } from './flags';
import { emptyStatus } from './status';
import type { Collaboration, Colour, PeriodSummary } from './types';

const NOW = new Date('2026-11-25T10:00:00+01:00');

const summary = (period: string, overall: Colour, score: number, decisionNeeded = false): PeriodSummary => ({
  period, overall, means: { goals: score, trust: score }, respondents: 1, decisionNeeded, lastSubmittedAt: '2026-11-02T09:00:00Z'
});

const collaboration = (periods: PeriodSummary[]): Collaboration => ({
  id: 'in-lonn', networkId: 'indre-namdal', name: 'Lønn', aliases: [], sector: 'HR', legalForm: 'administrativt vertskommunesamarbeid',
  participantIds: [], leaders: [], cadence: 'monthly', templateId: 'felles-statusmal', reportingSince: '2024-01-01',
  status: { ...emptyStatus(), periods }
});

describe('flagsOf', () => {
  it('raises nothing for a green collaboration that reported this month with good answers', () => {
    const flags = flagsOf(collaboration([summary('2026-M11', 'green', 4), summary('2026-M10', 'green', 4)]), NOW);
    expect(flags).toEqual({ overdue: false, red: false, decisionNeeded: false, falling: false, mismatch: false, missingAnchoring: false, viewsDiffer: false, benefitLate: false, withoutBenefitsPlan: false });
    expect(needsAttention(flags)).toBe(false);
  });

  it('marks red, a decision asked for, and an overdue check-in', () => {
    expect(flagsOf(collaboration([summary('2026-M11', 'red', 2, true)]), NOW)).toMatchObject({ red: true, decisionNeeded: true, overdue: false });
    expect(flagsOf(collaboration([summary('2026-M08', 'green', 4)]), NOW).overdue).toBe(true);
    expect(flagsOf(collaboration([]), NOW).overdue).toBe(true);
  });

  it('sees a falling trend only when the score fell twice in a row over three periods', () => {
    const falling = [summary('2026-M11', 'yellow', 3), summary('2026-M10', 'green', 3.5), summary('2026-M09', 'green', 4)];
    expect(flagsOf(collaboration(falling), NOW).falling).toBe(true);
    const recovering = [summary('2026-M11', 'green', 3.6), summary('2026-M10', 'green', 3.5), summary('2026-M09', 'green', 4)];
    expect(flagsOf(collaboration(recovering), NOW).falling).toBe(false);
    expect(flagsOf(collaboration(falling.slice(0, 2)), NOW).falling).toBe(false);
  });

  it('sees «Ulikt syn» only where the partners are a point or more below the leader on a dimension both rate', () => {
    const view = (means: Record<string, number>) => ({ roundId: 'evaluering-2026', closedAt: '2026-03-20T08:00:00Z', respondents: 5, means });
    const rated = (means: Record<string, number>) => ({ ...collaboration([summary('2026-M11', 'green', 4)]), partnerView: view(means) });
    expect(flagsOf(rated({ trust: 3 }), NOW).viewsDiffer).toBe(true);
    expect(needsAttention(flagsOf(rated({ trust: 3 }), NOW))).toBe(true);
    expect(flagsOf(rated({ trust: 3.1 }), NOW).viewsDiffer).toBe(false);
    expect(flagsOf(rated({ trust: 4.8 }), NOW).viewsDiffer).toBe(false);
    // «Nok igjen for pengene» has no counterpart in the leader's check-in: nothing to compare.
    expect(flagsOf(rated({ value: 1 }), NOW).viewsDiffer).toBe(false);
    expect(flagsOf(collaboration([summary('2026-M11', 'green', 4)]), NOW).viewsDiffer).toBe(false);
  });

  it('flags green reported over low answers as a mismatch', () => {
    expect(flagsOf(collaboration([summary('2026-M11', 'green', 2.4)]), NOW).mismatch).toBe(true);
    expect(flagsOf(collaboration([summary('2026-M11', 'yellow', 2.4)]), NOW).mismatch).toBe(false);
  });

  it('flags a late benefit and a collaboration in operation without a benefits plan', () => {
    const green = collaboration([summary('2026-M11', 'green', 4)]);
    const benefit = { id: 'b', kind: 'economic' as const, indicator: 'Sparte kroner', baseline: 0, target: 100, since: '2025-01-01', targetDate: '2026-06-30', realised: [] };
    const late = flagsOf({ ...green, phase: 'drift', benefits: { benefits: [benefit], years: [] } }, NOW);
    expect(late).toMatchObject({ benefitLate: true, withoutBenefitsPlan: false });
    expect(needsAttention(late)).toBe(true);
    const reached = { ...benefit, realised: [{ period: '2026-M06', value: 100, submittedAt: '2026-06-30T10:00:00Z' }] };
    expect(flagsOf({ ...green, phase: 'drift', benefits: { benefits: [reached], years: [] } }, NOW).benefitLate).toBe(false);
    expect(flagsOf({ ...green, phase: 'drift' }, NOW).withoutBenefitsPlan).toBe(true);
  });
});

describe('scoreOf', () => {
  it('averages the scale means, and has nothing to say without them', () => {
    expect(scoreOf({ ...summary('2026-M11', 'green', 0), means: { goals: 4, trust: 2 } })).toBe(3);
    expect(scoreOf({ ...summary('2026-M11', 'green', 0), means: {} })).toBeUndefined();
    expect(scoreOf(undefined)).toBeUndefined();
  });
});
