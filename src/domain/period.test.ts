import { DateTime } from 'luxon';
import {
  answerablePeriods,
  isOverdue,
  osloDay,
  parsePeriod,
  periodAt,
  periodBounds,
  periodStartDate,
  previousPeriod,
  shiftPeriod,
  ZONE
} from './period';

const at = (iso: string) => new Date(iso);

describe('periodAt: period keys per cadence', () => {
  it('names months with two digits, quarters and tertials with one', () => {
    const march = at('2026-03-15T12:00:00Z');
    expect(periodAt('monthly', march)).toBe('2026-M03');
    expect(periodAt('quarterly', march)).toBe('2026-Q1');
    expect(periodAt('tertial', march)).toBe('2026-T1');
  });

  it.each([
    ['2026-01-10T12:00:00Z', '2026-T1'],
    ['2026-04-30T12:00:00Z', '2026-T1'],
    ['2026-05-01T12:00:00Z', '2026-T2'],
    ['2026-08-31T12:00:00Z', '2026-T2'],
    ['2026-09-01T12:00:00Z', '2026-T3'],
    ['2026-12-31T10:00:00Z', '2026-T3']
  ])('puts %s in tertial %s (T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec)', (instant, key) => {
    expect(periodAt('tertial', at(instant))).toBe(key);
  });

  it.each([
    ['2026-03-31T12:00:00Z', '2026-Q1'],
    ['2026-04-01T12:00:00Z', '2026-Q2'],
    ['2026-09-30T12:00:00Z', '2026-Q3'],
    ['2026-10-01T12:00:00Z', '2026-Q4']
  ])('puts %s in quarter %s', (instant, key) => {
    expect(periodAt('quarterly', at(instant))).toBe(key);
  });

  it('uses Oslo time: 23:30 UTC on 31 December is already January in Norway', () => {
    const newYearInOslo = at('2025-12-31T23:30:00Z');
    expect(periodAt('monthly', newYearInOslo)).toBe('2026-M01');
    expect(periodAt('quarterly', newYearInOslo)).toBe('2026-Q1');
    expect(periodAt('tertial', newYearInOslo)).toBe('2026-T1');
    // Half an hour earlier it is still 23:00 on New Year's Eve in Oslo.
    expect(periodAt('monthly', at('2025-12-31T22:59:59Z'))).toBe('2025-M12');
    expect(periodAt('tertial', at('2025-12-31T22:59:59Z'))).toBe('2025-T3');
  });

  it('uses summer time (UTC+2) after the March change: 22:30 UTC on 31 March is April in Oslo', () => {
    expect(periodAt('monthly', at('2026-03-31T21:59:59Z'))).toBe('2026-M03');
    expect(periodAt('monthly', at('2026-03-31T22:30:00Z'))).toBe('2026-M04');
    expect(periodAt('quarterly', at('2026-03-31T22:30:00Z'))).toBe('2026-Q2');
  });

  it('stays in March across the DST jump itself (29 March 2026, 02:00 → 03:00)', () => {
    expect(periodAt('monthly', at('2026-03-29T00:59:59Z'))).toBe('2026-M03');
    expect(periodAt('monthly', at('2026-03-29T01:00:00Z'))).toBe('2026-M03');
  });

  it('uses summer time until the October change and winter time (UTC+1) after it', () => {
    // 30 September 22:30 UTC is 1 October 00:30 summer time: Q4, T3.
    expect(periodAt('quarterly', at('2026-09-30T22:30:00Z'))).toBe('2026-Q4');
    expect(periodAt('monthly', at('2026-09-30T22:30:00Z'))).toBe('2026-M10');
    // After the 25 October change Oslo is UTC+1: 31 October 22:30 UTC is still October.
    expect(periodAt('monthly', at('2026-10-31T22:30:00Z'))).toBe('2026-M10');
    expect(periodAt('monthly', at('2026-10-31T23:00:00Z'))).toBe('2026-M11');
  });

  it('gives the Oslo day of every minute around midnight, New Year and both clock changes', () => {
    for (const [from, to] of [['2026-03-28T20:00:00Z', '2026-03-29T04:00:00Z'], ['2026-10-24T20:00:00Z', '2026-10-25T04:00:00Z'], ['2026-12-31T20:00:00Z', '2027-01-01T02:00:00Z']] as const) {
      for (let time = at(from).getTime(); time <= at(to).getTime(); time += 60_000) {
        const local = DateTime.fromMillis(time, { zone: ZONE });
        expect(osloDay(new Date(time))).toEqual({ year: local.year, month: local.month, isoDate: local.toISODate() });
      }
    }
  });

  it('does not depend on the server time zone', () => {
    expect(ZONE).toBe('Europe/Oslo');
    const original = process.env.TZ;
    try {
      process.env.TZ = 'America/Los_Angeles';
      expect(periodAt('monthly', at('2025-12-31T23:30:00Z'))).toBe('2026-M01');
    } finally {
      if (original === undefined) delete process.env.TZ;
      else process.env.TZ = original;
    }
  });
});

describe('shiftPeriod', () => {
  it('moves within a year', () => {
    expect(shiftPeriod('2026-M03', 1)).toBe('2026-M04');
    expect(shiftPeriod('2026-Q2', -1)).toBe('2026-Q1');
    expect(shiftPeriod('2026-T2', 1)).toBe('2026-T3');
    expect(shiftPeriod('2026-M05', 0)).toBe('2026-M05');
  });

  it('crosses the year boundary forwards', () => {
    expect(shiftPeriod('2026-M12', 1)).toBe('2027-M01');
    expect(shiftPeriod('2026-Q4', 1)).toBe('2027-Q1');
    expect(shiftPeriod('2026-T3', 1)).toBe('2027-T1');
    expect(shiftPeriod('2026-M11', 14)).toBe('2028-M01');
  });

  it('crosses the year boundary backwards', () => {
    expect(shiftPeriod('2026-M01', -1)).toBe('2025-M12');
    expect(shiftPeriod('2026-Q1', -1)).toBe('2025-Q4');
    expect(shiftPeriod('2026-T1', -1)).toBe('2025-T3');
    expect(shiftPeriod('2026-T1', -7)).toBe('2023-T3');
    expect(shiftPeriod('2026-M02', -26)).toBe('2023-M12');
  });

  it('previousPeriod is one step back', () => {
    expect(previousPeriod('2026-M01')).toBe('2025-M12');
    expect(previousPeriod('2026-T2')).toBe('2026-T1');
  });

  it('refuses a malformed key instead of inventing a period', () => {
    expect(() => shiftPeriod('2026-M13', 1)).toThrow(/Invalid period key/);
    expect(() => previousPeriod('x')).toThrow(/Invalid period key/);
  });
});

describe('periodBounds', () => {
  it('starts at Oslo midnight on the first day and ends where the next period starts', () => {
    const { start, end } = periodBounds('2026-T2');
    expect(start.toISO()).toBe('2026-05-01T00:00:00.000+02:00');
    expect(end.toISO()).toBe('2026-09-01T00:00:00.000+02:00');
    expect(start.zoneName).toBe('Europe/Oslo');
  });

  it('handles a month that spans the DST change (March is 743 hours long)', () => {
    const { start, end } = periodBounds('2026-M03');
    expect(start.toUTC().toISO()).toBe('2026-02-28T23:00:00.000Z');
    expect(end.toUTC().toISO()).toBe('2026-03-31T22:00:00.000Z');
    expect(end.diff(start, 'hours').hours).toBe(31 * 24 - 1);
  });

  it('ends the last period of the year at New Year in Oslo', () => {
    expect(periodBounds('2026-Q4').end.toISO()).toBe('2027-01-01T00:00:00.000+01:00');
    expect(periodBounds('2026-T3').start.toISODate()).toBe('2026-09-01');
    expect(periodBounds('2026-M12').end.toISODate()).toBe('2027-01-01');
  });

  it('agrees with periodAt on either side of each bound', () => {
    for (const key of ['2026-M01', '2026-M03', '2026-M10', '2026-Q2', '2026-T3']) {
      const { start, end } = periodBounds(key);
      const cadence = parsePeriod(key)!.cadence;
      expect(periodAt(cadence, start.toJSDate())).toBe(key);
      expect(periodAt(cadence, new Date(end.toMillis() - 1))).toBe(key);
      expect(periodAt(cadence, end.toJSDate())).toBe(shiftPeriod(key, 1));
    }
  });

  it('names the first day of every period as periodStartDate does', () => {
    for (const key of ['2026-M01', '2026-M12', '2026-Q3', '2026-T2', '2026-T3']) expect(periodStartDate(key)).toBe(periodBounds(key).start.toISODate());
  });
});

describe('parsePeriod', () => {
  it('reads valid keys of each cadence', () => {
    expect(parsePeriod('2026-M03')).toEqual({ year: 2026, cadence: 'monthly', index: 3 });
    expect(parsePeriod('2026-M12')).toEqual({ year: 2026, cadence: 'monthly', index: 12 });
    expect(parsePeriod('2026-Q4')).toEqual({ year: 2026, cadence: 'quarterly', index: 4 });
    expect(parsePeriod('2026-T3')).toEqual({ year: 2026, cadence: 'tertial', index: 3 });
  });

  it.each(['2026-M13', '2026-M00', '2026-Q5', '2026-Q0', '2026-T4', '2026-M3', '2026-Q01', '2026-T01', 'x', '', '26-M03', '2026-m03', '2026-X1', ' 2026-M03', '2026-M03 '])(
    'rejects %p',
    (key) => {
      expect(parsePeriod(key)).toBeUndefined();
    }
  );
});

describe('answerablePeriods', () => {
  it('offers the current period and the one just ended', () => {
    expect(answerablePeriods('tertial', at('2026-05-02T08:00:00Z'))).toEqual(['2026-T2', '2026-T1']);
    expect(answerablePeriods('quarterly', at('2026-07-01T08:00:00Z'))).toEqual(['2026-Q3', '2026-Q2']);
  });

  it('reaches back into last year in January, by Oslo time', () => {
    expect(answerablePeriods('monthly', at('2025-12-31T23:30:00Z'))).toEqual(['2026-M01', '2025-M12']);
    expect(answerablePeriods('tertial', at('2026-01-15T08:00:00Z'))).toEqual(['2026-T1', '2025-T3']);
  });
});

describe('isOverdue', () => {
  const now = at('2026-06-10T08:00:00Z'); // 2026-T2, 2026-Q2, 2026-M06
  const longAgo = '2024-01-01';

  it('is not overdue when the current period is answered', () => {
    expect(isOverdue('tertial', '2026-T2', longAgo, now)).toBe(false);
  });

  it('is not overdue when the just-ended period is answered (grace period)', () => {
    expect(isOverdue('tertial', '2026-T1', longAgo, now)).toBe(false);
    expect(isOverdue('monthly', '2026-M05', longAgo, now)).toBe(false);
  });

  it('is overdue when the latest answer is older than the previous period', () => {
    expect(isOverdue('tertial', '2025-T3', longAgo, now)).toBe(true);
    expect(isOverdue('monthly', '2026-M04', longAgo, now)).toBe(true);
    expect(isOverdue('quarterly', '2025-Q4', longAgo, now)).toBe(true);
  });

  it('is overdue when nothing has ever been answered', () => {
    expect(isOverdue('tertial', undefined, longAgo, now)).toBe(true);
  });

  it('is overdue when reporting began on the first day of the previous period and nothing came in', () => {
    expect(isOverdue('tertial', undefined, '2026-01-01', now)).toBe(true);
  });

  it('is not overdue for a collaboration that began reporting in the current period', () => {
    expect(isOverdue('tertial', undefined, '2026-05-01', now)).toBe(false);
    expect(isOverdue('monthly', undefined, '2026-06-01T00:00:00.000Z', now)).toBe(false);
  });

  it('is not overdue before reporting has even started', () => {
    expect(isOverdue('tertial', undefined, '2026-09-01', now)).toBe(false);
  });

  it('does not count a latest period of a different cadence', () => {
    // The collaboration switched from monthly to tertial; a monthly key is no tertial answer.
    expect(isOverdue('tertial', '2026-M06', longAgo, now)).toBe(true);
    expect(isOverdue('monthly', '2026-T2', longAgo, now)).toBe(true);
    expect(isOverdue('quarterly', '2026-T2', longAgo, now)).toBe(true);
  });

  it('ignores a malformed latest period', () => {
    expect(isOverdue('tertial', 'garbage', longAgo, now)).toBe(true);
  });

  it('compares months numerically, not as text (M10 is after M09)', () => {
    const november = at('2026-11-05T08:00:00Z');
    expect(isOverdue('monthly', '2026-M10', longAgo, november)).toBe(false);
    expect(isOverdue('monthly', '2026-M09', longAgo, november)).toBe(true);
  });

  it('counts the previous year as the previous period in January', () => {
    const january = at('2026-01-20T08:00:00Z');
    expect(isOverdue('tertial', '2025-T3', longAgo, january)).toBe(false);
    expect(isOverdue('tertial', '2025-T2', longAgo, january)).toBe(true);
  });
});
