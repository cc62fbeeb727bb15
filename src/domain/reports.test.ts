import { sampleData } from '../cards/samples';
import { asOf, meetingCutoff, municipalityOverview, parseMeetingDay } from './reports';

describe('a meeting’s cut-off', () => {
  it('is the start of the third working day before the meeting, skipping weekends and holidays', () => {
    // Thursday 10 December 2026 → Monday 7 December.
    expect(meetingCutoff('2026-12-10')?.toISOString()).toBe('2026-12-06T23:00:00.000Z');
    // Monday 4 January 2027 → 28 December 2026: the weekend, 1 January and 31 December are days off.
    expect(meetingCutoff('2027-01-04')?.toISOString()).toBe('2026-12-27T23:00:00.000Z');
    expect(meetingCutoff('2026-02-31')).toBeUndefined();
  });

  it('reads the meeting’s day as people write it, and says when the text names no meeting', () => {
    expect(parseMeetingDay('møte 10.12.2026')).toBe('2026-12-10');
    expect(parseMeetingDay('Møte 2026-12-10')).toBe('2026-12-10');
    expect(parseMeetingDay('meeting 1.2.2027')).toBe('2027-02-01');
    expect(parseMeetingDay('møte i morgen')).toBeUndefined();
    expect(parseMeetingDay('lønn')).toBe('none');
    expect(parseMeetingDay(undefined)).toBe('none');
  });
});

describe('a collaboration as of a cut-off', () => {
  it('keeps only periods answered before it, and the written answers only with their period', () => {
    const [collaboration] = sampleData().collaborations;
    const newest = collaboration.status.periods[0];
    const cutoff = new Date(newest.lastSubmittedAt);
    const before = asOf(collaboration, cutoff);
    expect(before.status.periods[0]?.period).not.toBe(newest.period);
    expect(before.status.periods.every((p) => p.lastSubmittedAt < newest.lastSubmittedAt)).toBe(true);
    expect(before.status.latest).toEqual([]);
    const after = asOf(collaboration, new Date(new Date(newest.lastSubmittedAt).getTime() + 1));
    expect(after.status).toEqual(collaboration.status);
  });

  it('knows no evaluation closed and no benefit value reported after it', () => {
    const [base] = sampleData().collaborations;
    const collaboration = {
      ...base,
      partnerView: { roundId: 'evaluering-2027', closedAt: '2027-04-01T08:00:00.000Z', respondents: 6, means: { quality: 3 } },
      benefits: {
        years: [],
        benefits: [{
          id: 'b1', kind: 'time' as const, indicator: 'Dager', baseline: 60, target: 30, since: '2026-01-01', targetDate: '2027-12-31',
          realised: [{ period: '2026-T3', value: 48, submittedAt: '2026-12-20T10:00:00.000Z' }, { period: '2027-T1', value: 40, submittedAt: '2027-04-20T10:00:00.000Z' }]
        }]
      }
    };
    const march = asOf(collaboration, new Date('2027-03-01T00:00:00.000Z'));
    expect(march.partnerView).toBeUndefined();
    expect(march.benefits?.benefits[0].realised.map((r) => r.value)).toEqual([48]);
    const may = asOf(collaboration, new Date('2027-05-01T00:00:00.000Z'));
    expect(may.partnerView).toEqual(collaboration.partnerView);
    expect(may.benefits).toEqual(collaboration.benefits);
  });
});

describe('a municipality’s overview', () => {
  it('lists what it hosts or takes part in, with its share under the cost key adding up across participants', () => {
    const { network, collaborations } = sampleData();
    const shares = network.municipalities.map((m) => municipalityOverview(network, collaborations, m.id).lines.find((l) => l.name === collaborations[0].name)?.share ?? 0);
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 6);
  });
});
