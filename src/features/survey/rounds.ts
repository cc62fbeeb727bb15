import { DateTime } from 'luxon';
import { addWorkingDays } from '../../domain/calendar';
import { ZONE } from '../../domain/period';
import { levelOf, rolesIn, type Level } from '../../domain/roles';
import { DEFAULT_THRESHOLD, MIN_THRESHOLD, inviteGroup, isOpen, type SurveyRound, type SurveyRoundRef } from '../../domain/survey';
import type { Network, Profile } from '../../domain/types';
import { annualCycleOf } from '../../domain/annualCycle';

export type { SurveyRoundRef };

/** Every round on the network, tillitsbarometer and evaluation alike: what a write must keep. */
export const everyRound = (network: Network): SurveyRound[] => network.survey?.rounds ?? [];
/** The tillitsbarometer's rounds. */
export const roundsOf = (network: Network): SurveyRound[] => everyRound(network).filter((r) => !r.kind);
/** The yearly evaluations' rounds. */
export const evaluationsOf = (network: Network): SurveyRound[] => everyRound(network).filter((r) => r.kind === 'evaluation');
export const thresholdOf = (network: Network): number => Math.max(MIN_THRESHOLD, network.survey?.threshold ?? DEFAULT_THRESHOLD);
export const openRound = (network: Network, now: Date): SurveyRound | undefined => roundsOf(network).find((r) => isOpen(r, now));
export const refOf = (network: Network, round: SurveyRound, subjectId?: string): SurveyRoundRef => ({ networkId: network.id, roundId: round.id, ...(subjectId ? { subjectId } : {}) });
/** The network with one round changed. */
export const withRound = (network: Network, roundId: string, change: (round: SurveyRound) => SurveyRound): Network => ({
  ...network,
  survey: { ...network.survey!, rounds: everyRound(network).map((r) => (r.id === roundId ? change(r) : r)) }
});

/** Whom a round asks: everybody with a role in the network, each in their municipality and level. */
export interface Invitee {
  person: Profile;
  municipalityId?: string;
  level: Level;
}

export function inviteesOf(profiles: Iterable<Profile>, networkId: string): Invitee[] {
  return [...profiles].flatMap((person) => {
    const roles = rolesIn(person, networkId);
    if (roles.length === 0) return [];
    const municipalityId = person.memberships.find((m) => m.networkId === networkId)?.municipalityId;
    return [{ person, ...(municipalityId ? { municipalityId } : {}), level: levelOf(roles) }];
  });
}

export function invitedCounts(invitees: Invitee[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const i of invitees) counts[inviteGroup(i.municipalityId, i.level)] = (counts[inviteGroup(i.municipalityId, i.level)] ?? 0) + 1;
  return counts;
}

const at = (day: DateTime, hour: number) => day.set({ hour, minute: 0, second: 0, millisecond: 0 }).toUTC().toISO()!;

/**
 * The round's dates on the årshjul's calendar: it closes after `weeks` × 5 working days at the
 * network's send hour, with reminders a third and two thirds of the way, on working days.
 */
export function windowFrom(network: Network, now: Date, weeks: number): Pick<SurveyRound, 'opensAt' | 'closesAt' | 'reminders'> {
  const { sendHour } = annualCycleOf(network);
  const today = DateTime.fromJSDate(now, { zone: ZONE }).startOf('day');
  const days = weeks * 5;
  const reminders = [Math.round(days / 3), Math.round((2 * days) / 3)].filter((d, i, all) => d > 0 && all.indexOf(d) === i);
  return { opensAt: now.toISOString(), closesAt: at(addWorkingDays(today, days), sendHour), reminders: reminders.map((d) => at(addWorkingDays(today, d), sendHour)) };
}

/** A week more, counted in working days from the current close. */
export function extended(network: Network, round: SurveyRound): string {
  const close = DateTime.fromISO(round.closesAt, { zone: ZONE }).startOf('day');
  return at(addWorkingDays(close, 5), annualCycleOf(network).sendHour);
}
