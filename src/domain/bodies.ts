import { DateTime } from 'luxon';
import { nthWorkingDay } from './calendar';
import { MAX_NAME, type Problem } from './network';
import { ZONE } from './period';
import type { AnnualCycleEvent } from './annualCycle';
import type { ChannelLink, Collaboration, Network, Person } from './types';

/**
 * The governing bodies (organ) of a network and their meetings: who sits in them, where their
 * channel is, which report they get and which collaborations are on their agenda (DOMAIN.md).
 */
export const BODY_KINDS = ['kdu', 'regionråd', 'formannskap', 'kommunestyre', 'styringsgruppe'] as const;
export type BodyKind = (typeof BODY_KINDS)[number];

/** The tertial status (KDU, regionråd), a municipality's overview (kommunestyre) or one collaboration's annual report (styringsgruppe). */
export const BODY_REPORTS = ['tertial', 'overview', 'annual'] as const;
export type BodyReport = (typeof BODY_REPORTS)[number];

export interface Body {
  id: string;
  name: string;
  kind: BodyKind;
  /** A kommunestyre's municipality. */
  municipalityId?: string;
  /** A styringsgruppe's collaboration. */
  collaborationId?: string;
  /** People from the network's roster; they get the report 1:1. */
  members: Person[];
  /** A team channel the bot is in, linked from chat only: the file never holds it. */
  channel?: ChannelLink;
  /** Meeting days, YYYY-MM-DD (Oslo), in order. */
  meetings: string[];
  report: BodyReport;
  /** Collaboration ids; the body's own collaborations (agendaOf) when not set. */
  agenda?: string[];
}

/** Working days before a meeting: the leaders are asked to make their status current, then the report is cut off and sent. */
export interface MeetingLead {
  prepareBefore: number;
  reportBefore: number;
}

export const DEFAULT_MEETING_LEAD: MeetingLead = { prepareBefore: 10, reportBefore: 3 };
export const MEETING_LEAD_MAX = 30;
export const MAX_MEETINGS = 24;
export const MAX_MEMBERS = 60;

export const meetingLeadOf = (network: Pick<Network, 'meetingLead'>): MeetingLead => network.meetingLead ?? DEFAULT_MEETING_LEAD;

export function meetingLeadProblem(lead: MeetingLead): 'prepareBefore' | 'reportBefore' | undefined {
  const days = (n: number) => Number.isInteger(n) && n >= 1 && n <= MEETING_LEAD_MAX;
  if (!days(lead.reportBefore)) return 'reportBefore';
  if (!days(lead.prepareBefore) || lead.prepareBefore <= lead.reportBefore) return 'prepareBefore';
  return undefined;
}

/** The report a kind of body gets unless its admins choose another. */
export const defaultReport = (kind: BodyKind): BodyReport => (kind === 'kommunestyre' ? 'overview' : kind === 'styringsgruppe' ? 'annual' : 'tertial');

/** «10.12.2026», «10.12.26» or «2026-12-10» as YYYY-MM-DD, or undefined when it is not a real day. */
export function parseDay(text: string): string | undefined {
  const trimmed = text.trim();
  const norwegian = /^(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})$/.exec(trimmed);
  const iso = norwegian ? `${norwegian[3].length === 2 ? `20${norwegian[3]}` : norwegian[3]}-${norwegian[2].padStart(2, '0')}-${norwegian[1].padStart(2, '0')}` : trimmed;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(iso)) return undefined;
  const day = DateTime.fromISO(iso, { zone: ZONE });
  return day.isValid && day.year >= 2000 && day.year <= 2100 ? iso : undefined;
}

/** A list of days as typed («10.12.2026, 11.03.2027»): the days in order, or the first entry that is not one. */
export function parseDays(text: string): { days: string[] } | { bad: string } {
  const entries = text.split(/[,;\s]+/).filter(Boolean);
  const days: string[] = [];
  for (const entry of entries) {
    const day = parseDay(entry);
    if (!day) return { bad: entry };
    days.push(day);
  }
  return { days: [...new Set(days)].sort() };
}

/** The collaborations on the body's agenda: those chosen, or all of the network's, a kommunestyre's municipality's, a steering group's one. */
export function agendaOf(body: Body, collaborations: Collaboration[]): Collaboration[] {
  if (body.agenda?.length) return collaborations.filter((c) => body.agenda!.includes(c.id));
  if (body.kind === 'styringsgruppe') return collaborations.filter((c) => c.id === body.collaborationId);
  if (body.kind === 'kommunestyre') {
    return collaborations.filter((c) => c.hostMunicipalityId === body.municipalityId || c.participantIds.includes(body.municipalityId ?? ''));
  }
  return collaborations;
}

/**
 * The bodies meeting on `day` with `collaboration` on their agenda, by id: its leader gets one
 * «Forbered status» naming them all, sent with the first one's meeting (four kommunestyrer on one
 * evening would otherwise mean four cards about the same collaboration).
 */
export function agendasOn(bodies: Body[], day: string, collaboration: Collaboration): Body[] {
  return bodies
    .filter((b) => b.meetings.includes(day) && agendaOf(b, [collaboration]).length > 0)
    .sort((a, b) => a.id.localeCompare(b.id));
}

/** The political bodies: their channels read no leader's written answers, as politicians do not. */
export const isPolitical = (kind: BodyKind): boolean => kind === 'regionråd' || kind === 'formannskap' || kind === 'kommunestyre';

/**
 * What must hold for a body, in chat and in a file: `others` are the network's other bodies
 * (names are unique), `collaborationIds` the network's collaborations.
 */
export function bodyProblems(body: Body, network: Pick<Network, 'municipalities'>, collaborationIds: ReadonlySet<string>, others: Body[]): Problem[] {
  const name = body.name.trim();
  const taken = new Set(others.map((o) => o.name.trim().toLocaleLowerCase('nb-NO')));
  const knownMunicipality = (id: string | undefined) => id !== undefined && network.municipalities.some((m) => m.id === id);
  return [
    ...(!name ? [{ field: 'name', code: 'required' as const }] : name.length > MAX_NAME ? [{ field: 'name', code: 'tooLong' as const }] : taken.has(name.toLocaleLowerCase('nb-NO')) ? [{ field: 'name', code: 'duplicate' as const }] : []),
    ...(body.kind === 'kommunestyre' && body.municipalityId === undefined ? [{ field: 'municipalityId', code: 'required' as const }] : []),
    ...(body.municipalityId !== undefined && !knownMunicipality(body.municipalityId) ? [{ field: 'municipalityId', code: 'unknownMunicipality' as const }] : []),
    ...(body.kind === 'styringsgruppe' && body.collaborationId === undefined ? [{ field: 'collaborationId', code: 'required' as const }] : []),
    ...(body.collaborationId !== undefined && !collaborationIds.has(body.collaborationId) ? [{ field: 'collaborationId', code: 'unknownCollaboration' as const }] : []),
    ...(body.report === 'overview' && body.municipalityId === undefined ? [{ field: 'report', code: 'reportNeedsMunicipality' as const }] : []),
    ...(body.report === 'annual' && body.collaborationId === undefined ? [{ field: 'report', code: 'reportNeedsCollaboration' as const }] : []),
    ...((body.agenda ?? []).some((id) => !collaborationIds.has(id)) ? [{ field: 'agenda', code: 'unknownCollaboration' as const }] : []),
    ...(body.meetings.length > MAX_MEETINGS ? [{ field: 'meetings', code: 'tooMany' as const }] : []),
    ...(body.meetings.some((day) => parseDay(day) !== day) ? [{ field: 'meetings', code: 'date' as const }] : []),
    ...(body.members.length > MAX_MEMBERS ? [{ field: 'members', code: 'tooMany' as const }] : [])
  ];
}

/** The årshjul's kinds for a meeting: the leaders' «Forbered status», then the report. */
export const MEETING_PREPARE = 'meetingPrepare';
export const MEETING_REPORT = 'meetingReport';

/** An event's `period` names the meeting: its day and the body, so every meeting has its own events. */
export const meetingPeriod = (day: string, bodyId: string): string => `${day}@${bodyId}`;

export function parseMeetingPeriod(period: string): { day: string; bodyId: string } | undefined {
  const at = period.indexOf('@');
  return at === 10 ? { day: period.slice(0, 10), bodyId: period.slice(11) } : undefined;
}

const meetingDay = (day: string) => DateTime.fromISO(day, { zone: ZONE });

/**
 * One meeting's two events at the network's send hour. «Forbered status» is stale once the report
 * is due; the report is stale after the meeting day: yesterday's case papers help nobody.
 */
export function meetingEvents(day: string, bodyId: string, lead: MeetingLead, sendHour: number): AnnualCycleEvent[] {
  const at = (d: DateTime) => d.set({ hour: sendHour, minute: 0, second: 0, millisecond: 0 }).toJSDate();
  const prepare = at(nthWorkingDay(meetingDay(day), -lead.prepareBefore));
  const report = at(nthWorkingDay(meetingDay(day), -lead.reportBefore));
  const period = meetingPeriod(day, bodyId);
  return [
    { kind: MEETING_PREPARE, period, at: prepare, until: report },
    { kind: MEETING_REPORT, period, at: report, until: meetingDay(day).endOf('day').toJSDate() }
  ];
}

/** Every body's meeting events whose time has come and that are not stale yet. */
export function dueMeetingEvents(network: Network, sendHour: number, now: Date): AnnualCycleEvent[] {
  const lead = meetingLeadOf(network);
  const today = DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
  return (network.bodies ?? []).flatMap((body) =>
    body.meetings
      .filter((day) => day >= today)
      .flatMap((day) => meetingEvents(day, body.id, lead, sendHour))
      .filter((e) => e.at <= now && now < e.until)
  );
}

/** The next meeting of a body from `now` on, if any. */
export function nextMeeting(body: Body, now: Date): string | undefined {
  const today = DateTime.fromJSDate(now, { zone: ZONE }).toISODate()!;
  return body.meetings.find((day) => day >= today);
}
