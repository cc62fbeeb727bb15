import { DateTime } from 'luxon';
import { periodName } from '../../cards/answers';
import { deliveryOf, type AnnualCycleContribution, type AnnualCycleRenderContext, type NetworkSnapshot } from '../../core/annualCycle';
import type { Delivery } from '../../core/store';
import { show, type Reply } from '../../core/turn';
import { annualCycleOf, type AnnualCycleEvent } from '../../domain/annualCycle';
import { agendaOf, agendasOn, dueMeetingEvents, MEETING_PREPARE, MEETING_REPORT, meetingLeadOf, parseMeetingPeriod, type Body } from '../../domain/bodies';
import { ZONE } from '../../domain/period';
import { meetingCutoff } from '../../domain/reports';
import { leads, userKey } from '../../domain/roles';
import { fileBodyReport } from '../reports/build';
import { reportUrl } from '../reports/links';
import { meetingReportCard, prepareCard } from './cards';

/** A meeting's links work until a week after the meeting: long enough to read the papers again in the meeting. */
const LINK_DAYS_AFTER_MEETING = 7;

/** The body and meeting an event or delivery is about, while the meeting is still in the body's list. */
function meetingOf(snapshot: NetworkSnapshot, period: string): { body: Body; day: string } | undefined {
  const meeting = parseMeetingPeriod(period);
  const body = meeting && snapshot.network.bodies?.find((b) => b.id === meeting.bodyId);
  return body && body.meetings.includes(meeting.day) ? { body, day: meeting.day } : undefined;
}

/** «Forbered status» to each leader of each collaboration on the agenda, once per meeting day; the report to the body's channel and each member. */
function plan(snapshot: NetworkSnapshot, event: AnnualCycleEvent): Delivery[] {
  const meeting = meetingOf(snapshot, event.period);
  if (!meeting) return [];
  const { body } = meeting;
  if (event.kind === MEETING_PREPARE) {
    return agendaOf(body, snapshot.collaborations)
      .filter((c) => agendasOn(snapshot.network.bodies ?? [], meeting.day, c)[0]?.id === body.id)
      .flatMap((c) => c.leaders.map((leader) => ({ ...deliveryOf(snapshot, event, MEETING_PREPARE, `${c.id}|${userKey(leader)}`, leader), collaborationId: c.id })));
  }
  return [
    ...(body.channel ? [deliveryOf(snapshot, event, MEETING_REPORT, 'channel', undefined, body.channel)] : []),
    ...body.members.map((member) => deliveryOf(snapshot, event, MEETING_REPORT, userKey(member), member))
  ];
}

/** The card, unless the collaboration left the agenda or the person no longer leads it. */
async function renderPrepare(delivery: Delivery, { snapshot, t }: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const meeting = meetingOf(snapshot, delivery.period);
  const collaboration = meeting && agendaOf(meeting.body, snapshot.collaborations).find((c) => c.id === delivery.collaborationId);
  if (!meeting || !collaboration || !delivery.person || !leads(collaboration, delivery.person)) return undefined;
  const cutoff = meetingCutoff(meeting.day, meetingLeadOf(snapshot.network).reportBefore)!;
  const last = collaboration.status.periods[0]?.period;
  const bodies = agendasOn(snapshot.network.bodies ?? [], meeting.day, collaboration);
  return show(prepareCard({ network: snapshot.network, bodies, meeting: meeting.day, collaboration, cutoff: cutoff.toISOString(), ...(last ? { lastReported: periodName(last, t) } : {}) }, t));
}

/**
 * Files the body's report as of the cut-off (the channel's copy, or the member's as their roles
 * let them read it) and sends the signed link; nothing when the reader may no longer have it.
 */
async function renderReport(delivery: Delivery, context: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const { snapshot, t, store, documents, links, now } = context;
  const meeting = meetingOf(snapshot, delivery.period);
  if (!meeting) return undefined;
  const { body, day } = meeting;
  const channel = delivery.person ? undefined : delivery.reference?.conversationId;
  const profile = delivery.person && (await store.profiles.get(delivery.person));
  const reader = channel !== undefined ? { channel } : profile ? { profile } : undefined;
  if (!reader) return undefined;
  const filed = await fileBodyReport({ store, documents }, () => t, reader, snapshot.network.id, body.id, day, now);
  if (!filed) return undefined;
  const expires = DateTime.fromISO(day, { zone: ZONE }).plus({ days: LINK_DAYS_AFTER_MEETING }).endOf('day').toJSDate();
  const grant = { user: delivery.person ? userKey(delivery.person) : '', report: body.report, networkId: snapshot.network.id, meeting: day, body: body.id, ...(channel !== undefined ? { channel } : {}), exp: Math.floor(expires.getTime() / 1000) };
  const cutoff = meetingCutoff(day, meetingLeadOf(snapshot.network).reportBefore)!;
  const agenda = agendaOf(body, snapshot.collaborations).length;
  return show(meetingReportCard({ body, meeting: day, cutoff: cutoff.toISOString(), url: reportUrl(links.baseUrl, grant, links.secret), expires: expires.toISOString(), agenda }, t));
}

/** Before each meeting of each body: «Forbered status» to the leaders, then the report to the body. */
export const meetingEvents: AnnualCycleContribution = {
  due: ({ network }, now) => dueMeetingEvents(network, annualCycleOf(network).sendHour, now),
  plan,
  render: { [MEETING_PREPARE]: renderPrepare, [MEETING_REPORT]: renderReport }
};
