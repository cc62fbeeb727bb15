import { DateTime } from 'luxon';
import type { Cadence } from './types';

/** All reporting happens in Norwegian time, whatever the server's zone. */
export const ZONE = 'Europe/Oslo';

/**
 * A period key sorts lexically within one cadence: "2026-M03" (month), "2026-Q1" (quarter),
 * "2026-T1" (tertial: T1 Jan–Apr, T2 May–Aug, T3 Sep–Dec).
 */
export type PeriodKey = string;

const MONTHS_PER_STEP: Record<Cadence, number> = { monthly: 1, quarterly: 3, tertial: 4 };
const LETTER: Record<Cadence, string> = { monthly: 'M', quarterly: 'Q', tertial: 'T' };
const CADENCE_OF: Record<string, Cadence> = { M: 'monthly', Q: 'quarterly', T: 'tertial' };
const PERIOD_PATTERN = /^(\d{4})-([MQT])(\d{2}|\d)$/;

export interface ParsedPeriod {
  year: number;
  cadence: Cadence;
  index: number;
}

export function parsePeriod(key: PeriodKey): ParsedPeriod | undefined {
  const match = PERIOD_PATTERN.exec(key);
  if (!match) return undefined;
  const cadence = CADENCE_OF[match[2]];
  const index = Number(match[3]);
  const steps = 12 / MONTHS_PER_STEP[cadence];
  if (index < 1 || index > steps || (cadence === 'monthly') !== (match[3].length === 2)) return undefined;
  return { year: Number(match[1]), cadence, index };
}

function formatPeriod({ year, cadence, index }: ParsedPeriod): PeriodKey {
  const number = cadence === 'monthly' ? String(index).padStart(2, '0') : String(index);
  return `${year}-${LETTER[cadence]}${number}`;
}

function mustParse(key: PeriodKey): ParsedPeriod {
  const parsed = parsePeriod(key);
  if (!parsed) throw new Error(`Invalid period key: ${key}`);
  return parsed;
}

/** An instant's calendar day in Oslo. */
export interface OsloDay {
  year: number;
  month: number;
  /** ISO date, e.g. "2026-11-30". */
  isoDate: string;
}

const HOUR_MS = 3_600_000;

let lastDay: { hour: number; day: OsloDay } | undefined;

/**
 * The instant's day in Oslo. A time-zone conversion is the costliest step of a status card, and
 * every instant of one UTC hour has the same Oslo day (Oslo's midnight and its clock changes fall
 * on whole UTC hours), so the answer for the last hour asked about is kept.
 */
export function osloDay(instant: Date): OsloDay {
  const hour = Math.floor(instant.getTime() / HOUR_MS);
  if (lastDay?.hour !== hour) {
    const local = DateTime.fromMillis(hour * HOUR_MS, { zone: ZONE });
    lastDay = { hour, day: { year: local.year, month: local.month, isoDate: local.toISODate()! } };
  }
  return lastDay.day;
}

/** The period containing the instant, in Oslo time. */
export function periodAt(cadence: Cadence, instant: Date): PeriodKey {
  const { year, month } = osloDay(instant);
  return formatPeriod({ year, cadence, index: Math.floor((month - 1) / MONTHS_PER_STEP[cadence]) + 1 });
}

/** The period `steps` before (negative) or after (positive) the given one. */
export function shiftPeriod(key: PeriodKey, steps: number): PeriodKey {
  const parsed = mustParse(key);
  const perYear = 12 / MONTHS_PER_STEP[parsed.cadence];
  const ordinal = parsed.year * perYear + (parsed.index - 1) + steps;
  return formatPeriod({ ...parsed, year: Math.floor(ordinal / perYear), index: (ordinal % perYear) + 1 });
}

export function previousPeriod(key: PeriodKey): PeriodKey {
  return shiftPeriod(key, -1);
}

/** The ISO date of the period's first day. */
export function periodStartDate(key: PeriodKey): string {
  const { year, cadence, index } = mustParse(key);
  return `${year}-${String((index - 1) * MONTHS_PER_STEP[cadence] + 1).padStart(2, '0')}-01`;
}

/** Start (inclusive) and end (exclusive) of the period, in Oslo time. */
export function periodBounds(key: PeriodKey): { start: DateTime; end: DateTime } {
  const parsed = mustParse(key);
  const months = MONTHS_PER_STEP[parsed.cadence];
  const start = DateTime.fromObject(
    { year: parsed.year, month: (parsed.index - 1) * months + 1, day: 1 },
    { zone: ZONE }
  );
  return { start, end: start.plus({ months }) };
}

/**
 * Periods a leader may still answer: the current one and, as a grace, the one just ended,
 * so a card opened on the last day of a month can be sent the next morning.
 */
export function answerablePeriods(cadence: Cadence, now: Date): PeriodKey[] {
  const current = periodAt(cadence, now);
  return [current, previousPeriod(current)];
}

/**
 * A check-in is overdue when neither the current nor the just-ended period has one,
 * unless the collaboration only started reporting in the current period.
 */
export function isOverdue(
  cadence: Cadence,
  latestPeriod: PeriodKey | undefined,
  reportingSince: string,
  now: Date
): boolean {
  const current = periodAt(cadence, now);
  const previous = previousPeriod(current);
  if (latestPeriod && parsePeriod(latestPeriod)?.cadence === cadence && latestPeriod >= previous) return false;
  return periodStartDate(previous) >= reportingSince.slice(0, 10);
}
