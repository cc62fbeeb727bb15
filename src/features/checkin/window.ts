import { periodName } from '../../cards/answers';
import { adminsOf, deliveryOf, type CycleContribution, type CycleRenderContext, type NetworkSnapshot } from '../../core/cycle';
import type { Delivery } from '../../core/store';
import { show, type Reply } from '../../core/turn';
import { cycleOf, dueAt, windowOf, windowsAround, type CycleEvent } from '../../domain/annualCycle';
import { dueToReport, hasAnswered, missingReports } from '../../domain/reporting';
import { leads, userKey } from '../../domain/roles';
import { escalationCard } from '../schedule/cards';
import { checkInCard } from './cards';

/** Leaders who have not answered the period yet get the check-in card: at the open, then at each reminder. */
function askLeaders(snapshot: NetworkSnapshot, event: CycleEvent, kind: string): Delivery[] {
  return dueToReport(snapshot.collaborations, event.period).flatMap((c) =>
    c.leaders
      .filter((leader) => !hasAnswered(c, leader, event.period))
      .map((leader) => ({ ...deliveryOf(snapshot, event, kind, `${c.id}|${userKey(leader)}`, leader), collaborationId: c.id }))
  );
}

/** At the close, the admins hear about the collaborations that have not reported, if any. */
function escalate(snapshot: NetworkSnapshot, event: CycleEvent): Delivery[] {
  if (missingReports(snapshot.collaborations, event.period).length === 0) return [];
  return adminsOf(snapshot).map((admin) => deliveryOf(snapshot, event, 'escalation', userKey(admin), admin));
}

function plan(snapshot: NetworkSnapshot, event: CycleEvent): Delivery[] {
  if (event.kind === 'open') return askLeaders(snapshot, event, 'invitation');
  if (event.kind === 'reminder') return askLeaders(snapshot, event, 'reminder');
  return escalate(snapshot, event);
}

/** The check-in card with a line saying why it came, unless the leader has answered meanwhile. */
async function renderCheckIn(delivery: Delivery, context: CycleRenderContext): Promise<Reply | undefined> {
  const { snapshot, t } = context;
  const { network } = snapshot;
  const collaboration = snapshot.collaborations.find((c) => c.id === delivery.collaborationId);
  const person = delivery.person!;
  if (!collaboration || !leads(collaboration, person) || hasAnswered(collaboration, person, delivery.period)) return undefined;
  const version = await context.version(network.id, collaboration.templateId, delivery.period);
  if (!version) return undefined;
  const close = windowOf(cycleOf(network), delivery.period).at(-1)!.at;
  const say = delivery.kind === 'invitation' ? t.schedule.invitation : t.schedule.reminder;
  const notice = say(periodName(delivery.period, t), t.schedule.deadline(close.toISOString()));
  return show(checkInCard({ network, collaboration, version, period: delivery.period, notice }, t));
}

/** Who is still overdue when the admin's message is sent; nothing when everybody has caught up. */
async function renderEscalation(delivery: Delivery, { snapshot, t }: CycleRenderContext): Promise<Reply | undefined> {
  const overdue = missingReports(snapshot.collaborations, delivery.period);
  return overdue.length ? show(escalationCard(snapshot.network, delivery.period, overdue, t)) : undefined;
}

/** The check-in window of each period: open and reminders to the leaders, the close to the admins. */
export const checkInWindow: CycleContribution = {
  due: ({ network, collaborations }, now) => dueAt(windowsAround(cycleOf(network), collaborations.map((c) => c.cadence), now), now),
  plan,
  render: { invitation: renderCheckIn, reminder: renderCheckIn, escalation: renderEscalation }
};
