import { periodName } from '../../cards/answers';
import { adminsOf, deliveryOf, type AnnualCycleContribution, type AnnualCycleRenderContext, type NetworkSnapshot } from '../../core/annualCycle';
import type { Delivery } from '../../core/store';
import { show, type Reply } from '../../core/turn';
import { annualCycleOf, dueAt, windowOf, windowsAround, type AnnualCycleEvent } from '../../domain/annualCycle';
import { dueToReport, hasAnswered, missingReports } from '../../domain/reporting';
import { leads, userKey } from '../../domain/roles';
import { escalationCard } from '../annualCycle/cards';
import { checkInCard } from './cards';
import { foldPending } from './fold';

/** Leaders who have not answered the period yet get the check-in card: at the open, then at each reminder. */
function askLeaders(snapshot: NetworkSnapshot, event: AnnualCycleEvent, kind: string): Delivery[] {
  return dueToReport(snapshot.collaborations, event.period).flatMap((c) =>
    c.leaders
      .filter((leader) => !hasAnswered(c, leader, event.period))
      .map((leader) => ({ ...deliveryOf(snapshot, event, kind, `${c.id}|${userKey(leader)}`, leader), collaborationId: c.id }))
  );
}

/** At the close, the admins hear about the collaborations that have not reported, if any. */
function escalate(snapshot: NetworkSnapshot, event: AnnualCycleEvent): Delivery[] {
  if (missingReports(snapshot.collaborations, event.period).length === 0) return [];
  return adminsOf(snapshot).map((admin) => deliveryOf(snapshot, event, 'escalation', userKey(admin), admin));
}

function plan(snapshot: NetworkSnapshot, event: AnnualCycleEvent): Delivery[] {
  if (event.kind === 'open') return askLeaders(snapshot, event, 'invitation');
  if (event.kind === 'reminder') return askLeaders(snapshot, event, 'reminder');
  return escalate(snapshot, event);
}

/** The check-in card with a line saying why it came, unless the leader has answered meanwhile. */
async function renderCheckIn(delivery: Delivery, context: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const { snapshot, t } = context;
  const { network } = snapshot;
  const collaboration = snapshot.collaborations.find((c) => c.id === delivery.collaborationId);
  const person = delivery.person!;
  if (!collaboration || !leads(collaboration, person) || hasAnswered(collaboration, person, delivery.period)) return undefined;
  const version = await context.version(network.id, collaboration.templateId, delivery.period);
  if (!version) return undefined;
  const close = windowOf(annualCycleOf(network), delivery.period).at(-1)!.at;
  const say = delivery.kind === 'invitation' ? t.annualCycle.invitation : t.annualCycle.reminder;
  const notice = say(periodName(delivery.period, t), t.annualCycle.deadline(close.toISOString()));
  return show(checkInCard({ network, collaboration, version, period: delivery.period, notice }, t));
}

/** Who is still overdue when the admin's message is sent; nothing when everybody has caught up. */
async function renderEscalation(delivery: Delivery, { snapshot, t }: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const overdue = missingReports(snapshot.collaborations, delivery.period);
  return overdue.length ? show(escalationCard(snapshot.network, delivery.period, overdue, t)) : undefined;
}

/** The check-in window of each period: open and reminders to the leaders, the close to the admins. */
export const checkInWindow: AnnualCycleContribution = {
  due: ({ network, collaborations }, now) => dueAt(windowsAround(annualCycleOf(network), collaborations.map((c) => c.cadence), now), now),
  plan,
  render: { invitation: renderCheckIn, reminder: renderCheckIn, escalation: renderEscalation },
  // First, so reminders, escalations and digests see every stored answer.
  beforeRound: foldPending
};
