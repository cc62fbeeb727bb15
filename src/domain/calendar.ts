import { DateTime } from 'luxon';
import { ZONE } from './period';

/**
 * Norwegian working days. The public holidays are those of helligdagsloven plus 1 and 17 May;
 * julaften and nyttårsaften count as days off too, as they do in the municipalities. Computed
 * here rather than loaded from a holiday library, which holds every country's rules (~20 MB).
 */
const daysOffByYear = new Map<number, Set<string>>();

/** Easter Sunday in the Gregorian calendar (the anonymous algorithm, as given by Meeus). */
export function easterSunday(year: number): DateTime {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return DateTime.fromObject({ year, month, day }, { zone: ZONE });
}

/** Days from Easter Sunday: skjærtorsdag, langfredag, 1. and 2. påskedag, Kristi himmelfart, 1. and 2. pinsedag. */
const EASTER_OFFSETS = [-3, -2, 0, 1, 39, 49, 50];
const FIXED_DAYS_OFF = ['01-01', '05-01', '05-17', '12-24', '12-25', '12-26', '12-31'];

export function daysOff(year: number): Set<string> {
  let days = daysOffByYear.get(year);
  if (!days) {
    const easter = easterSunday(year);
    days = new Set([
      ...FIXED_DAYS_OFF.map((monthDay) => `${year}-${monthDay}`),
      ...EASTER_OFFSETS.map((offset) => easter.plus({ days: offset }).toISODate()!)
    ]);
    daysOffByYear.set(year, days);
  }
  return days;
}

/** Sends go out in office hours only: 08:00 to 16:00 Oslo time. */
export const WORKING_HOURS = { from: 8, to: 16 };

export function isWorkingDay(day: DateTime): boolean {
  const local = day.setZone(ZONE);
  return local.weekday <= 5 && !daysOff(local.year).has(local.toISODate()!);
}

/**
 * The n-th working day counted from a date: n ≥ 1 counts forwards from `from` itself
 * (1 = `from` when it is a working day), n ≤ -1 counts backwards from the day before `from`.
 */
export function nthWorkingDay(from: DateTime, n: number): DateTime {
  if (n === 0) throw new Error('Working days are counted from 1 or -1');
  const step = n > 0 ? 1 : -1;
  let day = (n > 0 ? from : from.minus({ days: 1 })).setZone(ZONE).startOf('day');
  for (let left = Math.abs(n); ; day = day.plus({ days: step })) {
    if (isWorkingDay(day) && --left === 0) return day;
  }
}

/** The working day `count` working days after `day` (0 = the day itself). */
export function addWorkingDays(day: DateTime, count: number): DateTime {
  return count === 0 ? day : nthWorkingDay(day.plus({ days: 1 }), count);
}

export function isWorkingTime(instant: Date): boolean {
  const local = DateTime.fromJSDate(instant, { zone: ZONE });
  return isWorkingDay(local) && local.hour >= WORKING_HOURS.from && local.hour < WORKING_HOURS.to;
}
