import Holidays from 'date-holidays';
import { DateTime } from 'luxon';
import { ZONE } from './period';

/**
 * Norwegian working days. Public holidays come from a maintained library (movable ones like
 * Easter and Ascension included); julaften and nyttårsaften count as days off too, as they do
 * in the municipalities.
 */
const holidays = new Holidays('NO', { timezone: ZONE, types: ['public', 'bank'] });
const daysOffByYear = new Map<number, Set<string>>();

function daysOff(year: number): Set<string> {
  let days = daysOffByYear.get(year);
  if (!days) {
    // "2026-12-31 14:00:00": a partial day off still counts as a whole one.
    days = new Set(holidays.getHolidays(year).map((h) => h.date.slice(0, 10)));
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
