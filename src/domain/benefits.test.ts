import {
  checkBenefit,
  inOperationWithoutPlan,
  isLate,
  isReached,
  municipalityPart,
  netOf,
  parseAmount,
  parseBenefitAnswers,
  plannedProgress,
  progressByYear,
  realisedProgress,
  recordRealisations,
  type BenefitsPlan,
  type PlannedBenefit
} from './benefits';

/** Case handling time for building permits, from 40 days down to 20 by the end of 2026. */
const handlingTime = (realised: PlannedBenefit['realised'] = []): PlannedBenefit => ({
  id: 'tid',
  kind: 'time',
  indicator: 'Saksbehandlingstid byggesak (dager)',
  baseline: 40,
  target: 20,
  since: '2025-01-01',
  targetDate: '2026-12-31',
  realised
});
const at = (period: string, value?: number, colour?: 'green' | 'yellow' | 'red') => ({ period, submittedAt: `${period.slice(0, 4)}-06-01T10:00:00Z`, ...(value === undefined ? {} : { value }), ...(colour ? { colour } : {}) });

describe('benefit progress', () => {
  it('measures the way from baseline to target in either direction', () => {
    expect(realisedProgress(handlingTime([at('2025-T3', 30)]))).toBe(0.5);
    expect(realisedProgress({ ...handlingTime([at('2025-T3', 150)]), baseline: 100, target: 200 })).toBe(0.5);
    expect(realisedProgress(handlingTime())).toBeUndefined();
  });

  it('takes the newest reported value, skipping periods that reported only a colour', () => {
    const benefit = handlingTime([at('2025-T2', 35), at('2025-T3', 28), at('2026-T1', undefined, 'yellow')]);
    expect(realisedProgress(benefit)).toBeCloseTo(0.6);
  });

  it('is reached at the target or beyond it', () => {
    expect(isReached(handlingTime([at('2026-T2', 20)]))).toBe(true);
    expect(isReached(handlingTime([at('2026-T2', 18)]))).toBe(true);
    expect(isReached(handlingTime([at('2026-T2', 21)]))).toBe(false);
  });

  it('plans a straight line from the start to the target date', () => {
    expect(plannedProgress(handlingTime(), '2024-06-01')).toBe(0);
    expect(plannedProgress(handlingTime(), '2025-12-31')).toBeCloseTo(364 / 729, 6);
    expect(plannedProgress(handlingTime(), '2027-06-01')).toBe(1);
  });
});

describe('lateness («Gevinst forsinket»)', () => {
  it('is late when the target date has passed without reaching it', () => {
    expect(isLate(handlingTime([at('2026-T3', 25)]), '2027-01-15')).toBe(true);
    expect(isLate(handlingTime([at('2026-T3', 20)]), '2027-01-15')).toBe(false);
  });

  it('is late when the newest report is red, even with the date ahead', () => {
    expect(isLate(handlingTime([at('2025-T1', 38, 'red')]), '2025-05-01')).toBe(true);
    expect(isLate(handlingTime([at('2025-T1', 38, 'green')]), '2025-05-01')).toBe(false);
  });

  it('is late when the value lags the straight line by more than a fifth of the way', () => {
    // At the end of 2025 the plan is half-way (30 days): 36 days is 20 % of the way, 30 % behind.
    expect(isLate(handlingTime([at('2025-T3', 36)]), '2025-12-31')).toBe(true);
    expect(isLate(handlingTime([at('2025-T3', 33)]), '2025-12-31')).toBe(false);
    expect(isLate(handlingTime(), '2025-12-31')).toBe(false);
  });
});

describe('planned against realised per year', () => {
  it('gives each year the plan at its end (or today) and the newest value up to it', () => {
    const years = progressByYear([handlingTime([at('2025-T2', 35), at('2025-T3', 32), at('2026-T1', 26)])], '2026-06-30');
    expect(years.map((y) => y.year)).toEqual([2025, 2026]);
    expect(years[0].realised).toBeCloseTo(0.4);
    expect(years[1].realised).toBeCloseTo(0.7);
    expect(years[0].planned).toBeCloseTo(plannedProgress(handlingTime(), '2025-12-31'));
    expect(years[1].planned).toBeCloseTo(plannedProgress(handlingTime(), '2026-06-30'));
  });
});

describe('the flag «I drift uten gevinstplan»', () => {
  it('is raised only for a collaboration recorded as in operation without a planned benefit', () => {
    expect(inOperationWithoutPlan({ phase: 'drift' })).toBe(true);
    expect(inOperationWithoutPlan({ phase: 'drift', benefits: { benefits: [], years: [] } })).toBe(true);
    expect(inOperationWithoutPlan({ phase: 'drift', benefits: { benefits: [handlingTime()], years: [] } })).toBe(false);
    expect(inOperationWithoutPlan({ phase: 'utredning' })).toBe(false);
    expect(inOperationWithoutPlan({})).toBe(false);
  });
});

describe('a municipality’s part', () => {
  it('sums its amounts and what the newest values have realised of them', () => {
    const saving = { ...handlingTime(), id: 'kr', kind: 'economic' as const, baseline: 0, target: 1000, amounts: { grong: 600, lierne: 400 }, realised: [at('2026-T1', 500)] };
    const overshoot = { ...saving, id: 'kr2', amounts: { grong: 100 }, realised: [at('2026-T1', 1500)] };
    expect(municipalityPart({ benefits: { benefits: [saving, overshoot, handlingTime()], years: [] } }, 'grong')).toEqual({ planned: 700, realised: 400 });
    expect(municipalityPart({ benefits: { benefits: [handlingTime()], years: [] } }, 'grong')).toBeUndefined();
  });
});

describe('amounts as typed', () => {
  it.each([
    ['1 500 000', 1_500_000],
    ['1,5', 1.5],
    ['-20', -20],
    [250, 250]
  ])('reads %p', (raw, value) => expect(parseAmount(raw)).toBe(value));

  it.each([['abc'], ['1e6'], ['Infinity'], [Number.NaN], ['99999999999999'], [2e12], [''], [{}]])('refuses %p', (raw) => expect(parseAmount(raw)).toBeUndefined());

  it('nets a year: savings and income less one-off and running costs', () => {
    expect(netOf({ year: 2026, oneOff: 400_000, running: 100_000, savings: 650_000, income: 50_000 })).toBe(200_000);
  });
});

describe('check-in answers about benefits', () => {
  const plan: BenefitsPlan = { benefits: [handlingTime()], years: [] };

  it('takes a value, or a colour with a comment', () => {
    expect(parseBenefitAnswers(plan, { 'benefit:tid:value': '31' })).toEqual({ ok: true, answers: { tid: { value: 31 } } });
    expect(parseBenefitAnswers(plan, { 'benefit:tid:colour': 'yellow', 'benefit:tid:comment': 'Ny saksbehandler fra mars' })).toEqual({
      ok: true,
      answers: { tid: { colour: 'yellow', comment: 'Ny saksbehandler fra mars' } }
    });
    expect(parseBenefitAnswers(plan, {})).toEqual({ ok: true, answers: {} });
  });

  it.each([
    ['a value that is not a number', { 'benefit:tid:value': 'mange' }, 'invalid'],
    ['a value out of range', { 'benefit:tid:value': '1e99' }, 'invalid'],
    ['a colour that does not exist', { 'benefit:tid:colour': 'purple' }, 'invalid'],
    ['red without a comment', { 'benefit:tid:colour': 'red' }, 'required'],
    ['another collaboration’s benefit', { 'benefit:other:value': '3' }, 'unknown']
  ])('refuses %s', (_name, raw, code) => {
    const parsed = parseBenefitAnswers(plan, raw);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.errors.map((e) => e.code)).toEqual([code]);
  });

  it('keeps one value per period, the latest submission winning in any order', () => {
    const first = recordRealisations(plan, '2026-T1', { tid: { value: 30 } }, '2026-03-01T10:00:00Z')!;
    const later = recordRealisations(first, '2026-T1', { tid: { value: 28 } }, '2026-03-02T10:00:00Z')!;
    expect(later.benefits[0].realised).toEqual([{ period: '2026-T1', value: 28, submittedAt: '2026-03-02T10:00:00Z' }]);
    expect(recordRealisations(later, '2026-T1', { tid: { value: 30 } }, '2026-03-01T10:00:00Z')).toBe(later);
    const older = recordRealisations(later, '2025-T3', { tid: { value: 33 } }, '2026-03-03T10:00:00Z')!;
    expect(older.benefits[0].realised.map((r) => r.period)).toEqual(['2025-T3', '2026-T1']);
  });
});

describe('an edited benefit', () => {
  const valid = { kind: 'economic', indicator: '  Sparte  kroner per år ', baseline: '0', target: '1 200 000', targetDate: '2027-12-31', amounts: { grong: '600 000', lierne: '' } };

  it('is cleaned and accepted', () => {
    expect(checkBenefit(valid)).toEqual({
      ok: true,
      value: { kind: 'economic', indicator: 'Sparte kroner per år', baseline: 0, target: 1_200_000, targetDate: '2027-12-31', amounts: { grong: 600_000 } }
    });
  });

  it.each([
    ['an unknown kind', { kind: 'magic' }, ['kind']],
    ['an empty indicator', { indicator: ' ' }, ['indicator']],
    ['a target equal to the baseline', { target: '0' }, ['sameAsBaseline']],
    ['a target date in year 0', { targetDate: '0000-12-31' }, ['targetDate']],
    ['an amount that is not a number', { amounts: { grong: 'mye' } }, ['amount']]
  ])('refuses %s', (_name, change, problems) => {
    expect(checkBenefit({ ...valid, ...change })).toEqual({ ok: false, problems });
  });
});
