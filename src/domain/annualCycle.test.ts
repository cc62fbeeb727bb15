import { DateTime } from 'luxon';
import { annualCycleProblem, DEFAULT_ANNUAL_CYCLE, digestOf, digestsAround, dueAt, dueEvents, eventKey, upcomingEvents, windowOf, windowsAround } from './annualCycle';
import { ZONE } from './period';
import type { AnnualCycle } from './types';

const oslo = (text: string) => DateTime.fromISO(text, { zone: ZONE }).toJSDate();
const times = (events: { at: Date }[]) => events.map((e) => e.at.toISOString());

describe('the window of a period', () => {
  it('opens before the period ends, reminds, and closes in the next period, at the send hour', () => {
    const events = windowOf(DEFAULT_ANNUAL_CYCLE, '2026-M11');
    expect(events.map((e) => e.kind + (e.reminder ?? ''))).toEqual(['open', 'reminder1', 'reminder2', 'close']);
    expect(times(events)).toEqual([
      oslo('2026-11-26T09:00').toISOString(),
      oslo('2026-11-30T09:00').toISOString(),
      oslo('2026-12-02T09:00').toISOString(),
      oslo('2026-12-07T09:00').toISOString()
    ]);
  });

  it('each event is stale when the next one comes, so a late bot does not send old reminders', () => {
    const [open, first, second, close] = windowOf(DEFAULT_ANNUAL_CYCLE, '2026-M11');
    expect(open.until).toEqual(first.at);
    expect(first.until).toEqual(second.at);
    expect(second.until).toEqual(close.at);
    expect(close.until).toEqual(oslo('2026-12-10T09:00'));
  });

  it('steps over Easter 2026 and 2027, whose dates move', () => {
    expect(windowOf(DEFAULT_ANNUAL_CYCLE, '2026-M03').at(-1)!.at).toEqual(oslo('2026-04-10T09:00'));
    expect(windowOf(DEFAULT_ANNUAL_CYCLE, '2027-M03')[0].at).toEqual(oslo('2027-03-24T09:00'));
  });

  it('steps over Christmas and new year', () => {
    const events = windowOf(DEFAULT_ANNUAL_CYCLE, '2026-T3');
    expect(events[0].at).toEqual(oslo('2026-12-28T09:00'));
    expect(events.at(-1)!.at).toEqual(oslo('2027-01-08T09:00'));
  });

  it('keeps 09:00 Oslo time across the daylight-saving changes', () => {
    const march = windowOf(DEFAULT_ANNUAL_CYCLE, '2026-M03');
    expect(march[0].at.toISOString()).toBe('2026-03-27T08:00:00.000Z'); // CET, before 29 March
    expect(march[1].at.toISOString()).toBe('2026-03-31T07:00:00.000Z'); // CEST
    const october = windowOf(DEFAULT_ANNUAL_CYCLE, '2026-M10');
    expect(october[0].at.toISOString()).toBe('2026-10-28T08:00:00.000Z'); // CET again after 25 October
    expect(windowOf(DEFAULT_ANNUAL_CYCLE, '2026-Q3').at(-1)!.at.toISOString()).toBe('2026-10-07T07:00:00.000Z');
  });

  it('the digest comes on its working day of the next period', () => {
    expect(digestOf(DEFAULT_ANNUAL_CYCLE, '2026-T3').at).toEqual(oslo('2027-01-11T09:00'));
    expect(digestOf({ ...DEFAULT_ANNUAL_CYCLE, digest: { cadence: 'monthly', workingDay: 1 } }, '2026-M04').at).toEqual(oslo('2026-05-04T09:00'));
  });
});

describe('what is due', () => {
  it('is the events that have started and are not stale, for the cadences the network uses', () => {
    const due = dueEvents(DEFAULT_ANNUAL_CYCLE, ['monthly', 'tertial'], oslo('2026-11-26T09:00'));
    expect(due.map((e) => eventKey('n', e))).toEqual(['n|open|2026-M11']);
    const later = dueEvents(DEFAULT_ANNUAL_CYCLE, ['monthly'], oslo('2026-12-07T10:00'));
    expect(later.map((e) => eventKey('n', e))).toEqual(['n|close|2026-M11']);
  });

  it('is only the latest step of a window when the bot was down for several', () => {
    const due = dueEvents(DEFAULT_ANNUAL_CYCLE, ['monthly'], oslo('2026-11-30T12:00'));
    expect(due.map((e) => eventKey('n', e))).toEqual(['n|reminder1|2026-M11']);
  });

  it('is nothing before the send hour', () => {
    expect(dueEvents(DEFAULT_ANNUAL_CYCLE, ['monthly'], oslo('2026-11-26T08:59'))).toEqual([]);
  });

  it('includes the digest on its day', () => {
    const due = dueEvents(DEFAULT_ANNUAL_CYCLE, ['quarterly'], oslo('2027-01-11T09:30'));
    expect(due.map((e) => eventKey('n', e))).toContain('n|digest|2026-T3');
  });

  it('is the union of the windows and the digests, which the check-in and årshjul modules each contribute', () => {
    const now = oslo('2027-01-11T09:30');
    const windows = dueAt(windowsAround(DEFAULT_ANNUAL_CYCLE, ['quarterly', 'monthly'], now), now);
    const digests = dueAt(digestsAround(DEFAULT_ANNUAL_CYCLE, now), now);
    expect(windows.every((e) => e.kind !== 'digest')).toBe(true);
    expect(digests.map((e) => eventKey('n', e))).toEqual(['n|digest|2026-T3']);
    const union = [...windows, ...digests].sort((a, b) => a.at.getTime() - b.at.getTime());
    expect(union).toEqual(dueEvents(DEFAULT_ANNUAL_CYCLE, ['quarterly', 'monthly'], now));
  });

  it('lists what is coming for the årshjul card', () => {
    const next = upcomingEvents(DEFAULT_ANNUAL_CYCLE, ['monthly'], oslo('2026-11-25T12:00'), 3);
    expect(next.map((e) => eventKey('n', e))).toEqual(['n|open|2026-M11', 'n|reminder1|2026-M11', 'n|reminder2|2026-M11']);
  });
});

describe('cycle settings', () => {
  const change = (patch: Partial<AnnualCycle>) => annualCycleProblem({ ...DEFAULT_ANNUAL_CYCLE, ...patch });

  it('accepts the default', () => {
    expect(annualCycleProblem(DEFAULT_ANNUAL_CYCLE)).toBeUndefined();
  });

  it.each([
    [{ opensBefore: 0 }, 'opensBefore'],
    [{ opensBefore: 1.5 }, 'opensBefore'],
    [{ closesAfter: 16 }, 'closesAfter'],
    [{ reminders: [4, 2] }, 'reminders'],
    [{ reminders: [7] }, 'reminders'],
    [{ reminders: [1, 2, 3, 4] }, 'reminders'],
    [{ digest: { cadence: 'monthly', workingDay: 0 } }, 'digest'],
    [{ sendHour: 7 }, 'sendHour'],
    [{ sendHour: 16 }, 'sendHour']
  ] as [Partial<AnnualCycle>, string][])('refuses %j', (patch, problem) => {
    expect(change(patch)).toBe(problem);
  });
});
