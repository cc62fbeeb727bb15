import type { DateTime } from 'luxon';
import { addWorkingDays, nthWorkingDay, WORKING_HOURS } from './calendar';
import { periodAt, periodBounds, shiftPeriod, type PeriodKey } from './period';
import type { AnnualCycle, Cadence, Network } from './types';

/** What a network gets unless its admins change it: open 3 working days before the end, close on the 5th of the next period. */
export const DEFAULT_ANNUAL_CYCLE: AnnualCycle = {
  opensBefore: 3,
  reminders: [2, 4],
  closesAfter: 5,
  digest: { cadence: 'tertial', workingDay: 6 },
  sendHour: 9
};

const ANNUAL_CYCLE_LIMITS = { maxWorkingDays: 15, maxReminders: 3 };

/** A network's own årshjul, or the default one. */
export const annualCycleOf = (network: Network): AnnualCycle => network.cycle ?? DEFAULT_ANNUAL_CYCLE;

/** One moment of the årshjul for one network and period. */
export interface AnnualCycleEvent {
  /** Owned by the module whose årshjul contribution makes the event: 'open', 'digest', … */
  kind: string;
  period: PeriodKey;
  /** 1-based, for reminders. */
  reminder?: number;
  at: Date;
  /** After this the event is stale: a bot that was down does not send yesterday's news. */
  until: Date;
}

/** Deterministic, so several instances and restarts agree on what an event is. */
export const eventKey = (networkId: string, event: Pick<AnnualCycleEvent, 'kind' | 'period' | 'reminder'>): string =>
  [networkId, event.kind + (event.reminder ?? ''), event.period].join('|');

/** Why a cycle cannot be used, or undefined when it can. */
export function annualCycleProblem(cycle: AnnualCycle): 'opensBefore' | 'reminders' | 'closesAfter' | 'digest' | 'sendHour' | undefined {
  const days = (n: number) => Number.isInteger(n) && n >= 1 && n <= ANNUAL_CYCLE_LIMITS.maxWorkingDays;
  if (!days(cycle.opensBefore)) return 'opensBefore';
  const closeOffset = cycle.opensBefore - 1 + cycle.closesAfter;
  if (!days(cycle.closesAfter)) return 'closesAfter';
  const remindersOk = cycle.reminders.length <= ANNUAL_CYCLE_LIMITS.maxReminders && cycle.reminders.every((r, i) => days(r) && r < closeOffset && (i === 0 || r > cycle.reminders[i - 1]));
  if (!remindersOk) return 'reminders';
  if (!days(cycle.digest.workingDay)) return 'digest';
  if (!Number.isInteger(cycle.sendHour) || cycle.sendHour < WORKING_HOURS.from || cycle.sendHour >= WORKING_HOURS.to) return 'sendHour';
  return undefined;
}

const at = (day: DateTime, hour: number): Date => day.set({ hour, minute: 0, second: 0, millisecond: 0 }).toJSDate();

/** The window of one period: open, reminders and close, all at the cycle's send hour. */
export function windowOf(cycle: AnnualCycle, period: PeriodKey): AnnualCycleEvent[] {
  const { end } = periodBounds(period);
  const openDay = nthWorkingDay(end, -cycle.opensBefore);
  const closeDay = nthWorkingDay(end, cycle.closesAfter);
  const close = at(closeDay, cycle.sendHour);
  const reminderTimes = cycle.reminders.map((r) => at(addWorkingDays(openDay, r), cycle.sendHour));
  const starts = [at(openDay, cycle.sendHour), ...reminderTimes, close];
  // Each event is superseded by the next: a bot back from downtime sends the latest one only.
  const events: AnnualCycleEvent[] = [{ kind: 'open', period, at: starts[0], until: starts[1] }];
  reminderTimes.forEach((time, i) => events.push({ kind: 'reminder', period, reminder: i + 1, at: time, until: starts[i + 2] }));
  events.push({ kind: 'close', period, at: close, until: at(addWorkingDays(closeDay, 3), cycle.sendHour) });
  return events;
}

export function digestOf(cycle: AnnualCycle, period: PeriodKey): AnnualCycleEvent {
  const day = nthWorkingDay(periodBounds(period).end, cycle.digest.workingDay);
  return { kind: 'digest', period, at: at(day, cycle.sendHour), until: at(addWorkingDays(day, 5), cycle.sendHour) };
}

const byTime = (events: AnnualCycleEvent[]): AnnualCycleEvent[] => [...events].sort((a, b) => a.at.getTime() - b.at.getTime());

/** The check-in windows of the periods around `now`, for the given collaboration cadences, in time order. */
export function windowsAround(cycle: AnnualCycle, cadences: Cadence[], now: Date): AnnualCycleEvent[] {
  const around = (cadence: Cadence) => [-1, 0, 1].map((step) => shiftPeriod(periodAt(cadence, now), step));
  return byTime([...new Set(cadences)].flatMap((cadence) => around(cadence).flatMap((p) => windowOf(cycle, p))));
}

/** The digests of the last periods, in time order: a digest comes after its period has ended. */
export function digestsAround(cycle: AnnualCycle, now: Date): AnnualCycleEvent[] {
  return [-2, -1, 0].map((step) => digestOf(cycle, shiftPeriod(periodAt(cycle.digest.cadence, now), step)));
}

/** Every event of the periods around `now`, windows and digests, in time order. */
function eventsAround(cycle: AnnualCycle, cadences: Cadence[], now: Date): AnnualCycleEvent[] {
  return byTime([...windowsAround(cycle, cadences, now), ...digestsAround(cycle, now)]);
}

/** Those of `events` whose time has come and that are not stale yet. */
export const dueAt = (events: AnnualCycleEvent[], now: Date): AnnualCycleEvent[] => events.filter((e) => e.at <= now && now < e.until);

/** Events whose time has come and that are not stale yet. */
export function dueEvents(cycle: AnnualCycle, cadences: Cadence[], now: Date): AnnualCycleEvent[] {
  return dueAt(eventsAround(cycle, cadences, now), now);
}

/** The next events from `now` on, for the `årshjul` card. */
export function upcomingEvents(cycle: AnnualCycle, cadences: Cadence[], now: Date, count: number): AnnualCycleEvent[] {
  return eventsAround(cycle, cadences, now).filter((e) => e.at > now).slice(0, count);
}
