import { DateTime } from 'luxon';
import Holidays from 'date-holidays';
import { addWorkingDays, daysOff, easterSunday, isWorkingDay, isWorkingTime, nthWorkingDay } from './calendar';
import { ZONE } from './period';

const day = (iso: string) => DateTime.fromISO(iso, { zone: ZONE });
const iso = (d: DateTime) => d.toISODate();

describe('Norwegian working days', () => {
  it.each([
    ['2026-01-01', 'nyttårsdag'],
    ['2026-04-02', 'skjærtorsdag'],
    ['2026-04-03', 'langfredag'],
    ['2026-04-06', 'andre påskedag'],
    ['2026-05-01', 'arbeidernes dag'],
    ['2026-05-14', 'Kristi himmelfartsdag'],
    ['2026-05-25', 'andre pinsedag'],
    ['2026-12-24', 'julaften'],
    ['2026-12-25', 'første juledag'],
    ['2026-12-31', 'nyttårsaften'],
    ['2027-03-25', 'skjærtorsdag, a week earlier than in 2026'],
    ['2027-05-06', 'Kristi himmelfartsdag 2027'],
    ['2027-05-17', 'grunnlovsdagen on a Monday']
  ])('%s (%s) is a day off', (date) => {
    expect(isWorkingDay(day(date))).toBe(false);
  });

  it.each(['2026-11-25', '2026-05-08', '2026-06-23', '2026-04-01', '2027-04-01'])('%s is an ordinary working day', (date) => {
    expect(isWorkingDay(day(date))).toBe(true);
  });

  it('skips weekends', () => {
    expect(isWorkingDay(day('2026-11-28'))).toBe(false);
    expect(isWorkingDay(day('2026-11-29'))).toBe(false);
  });

  it('counts working days forwards from a date and backwards from the day before it', () => {
    expect(iso(nthWorkingDay(day('2026-12-01'), 1))).toBe('2026-12-01');
    expect(iso(nthWorkingDay(day('2026-12-01'), -1))).toBe('2026-11-30');
    expect(iso(nthWorkingDay(day('2026-12-01'), -3))).toBe('2026-11-26');
    // Over Easter 2026: 2, 3 and 6 April are off.
    expect(iso(nthWorkingDay(day('2026-04-01'), 2))).toBe('2026-04-07');
    // Back over Easter 2027 (25, 26 and 29 March off).
    expect(iso(nthWorkingDay(day('2027-04-01'), -3))).toBe('2027-03-24');
    // Over Christmas and new year.
    expect(iso(nthWorkingDay(day('2027-01-01'), 1))).toBe('2027-01-04');
    expect(iso(nthWorkingDay(day('2027-01-01'), -1))).toBe('2026-12-30');
    expect(() => nthWorkingDay(day('2026-12-01'), 0)).toThrow();
  });

  it('adds working days', () => {
    expect(iso(addWorkingDays(day('2026-11-26'), 0))).toBe('2026-11-26');
    expect(iso(addWorkingDays(day('2026-11-26'), 2))).toBe('2026-11-30');
    expect(iso(addWorkingDays(day('2026-05-13'), 1))).toBe('2026-05-15');
  });
});

describe('office hours', () => {
  const oslo = (text: string) => DateTime.fromISO(text, { zone: ZONE }).toJSDate();

  it('is working time from 08:00 to 16:00 on working days, Oslo time', () => {
    expect(isWorkingTime(oslo('2026-11-25T08:00'))).toBe(true);
    expect(isWorkingTime(oslo('2026-11-25T15:59'))).toBe(true);
    expect(isWorkingTime(oslo('2026-11-25T16:00'))).toBe(false);
    expect(isWorkingTime(oslo('2026-11-25T07:59'))).toBe(false);
    expect(isWorkingTime(oslo('2026-05-17T10:00'))).toBe(false);
  });
});

describe('Norwegian days off, computed', () => {
  it.each([
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22']
  ])('Easter Sunday %i is %s', (year, date) => {
    expect(easterSunday(year).toISODate()).toBe(date);
  });

  it('are the same days as the date-holidays library gives for Norway, 1990–2100', () => {
    // The library (a devDependency, kept as an oracle only) knows every country and costs ~20 MB loaded.
    const library = new Holidays('NO', { timezone: ZONE, types: ['public', 'bank'] });
    for (let year = 1990; year <= 2100; year++) {
      const expected = [...new Set(library.getHolidays(year).map((h) => h.date.slice(0, 10)))].sort();
      expect([year, [...daysOff(year)].sort()]).toEqual([year, expected]);
    }
  });
});
