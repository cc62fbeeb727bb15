import { DateTime } from 'luxon';
import { deliveryOf, type AnnualCycleContribution, type AnnualCycleRenderContext, type NetworkSnapshot } from '../../core/annualCycle';
import type { Delivery } from '../../core/store';
import { show, type Reply } from '../../core/turn';
import { annualCycleOf, type AnnualCycleEvent } from '../../domain/annualCycle';
import { nthWorkingDay } from '../../domain/calendar';
import { overdueItems } from '../../domain/checklist';
import { sameUser, userKey } from '../../domain/roles';
import { osloDate } from '../../domain/template';
import type { Person } from '../../domain/types';
import { itemName, overdueReminderCard } from './cards';

export const OVERDUE_KIND = 'checklistOverdue';

/** The items past their due date in a network, with their owners. */
function overdueOf(snapshot: NetworkSnapshot, today: string) {
  return snapshot.collaborations.flatMap((collaboration) =>
    overdueItems(collaboration.checklist, today).flatMap((item) => (item.owner ? [{ collaboration, item, owner: item.owner }] : []))
  );
}

/** Once a week, on its first working day at the network's send hour, while any owned item is overdue. */
function due(snapshot: NetworkSnapshot, now: Date): AnnualCycleEvent[] {
  const monday = DateTime.fromJSDate(now, { zone: 'Europe/Oslo' }).startOf('week');
  const at = nthWorkingDay(monday, 1).set({ hour: annualCycleOf(snapshot.network).sendHour }).toJSDate();
  const until = monday.plus({ weeks: 1 }).toJSDate();
  if (now < at || now >= until || overdueOf(snapshot, osloDate(now)).length === 0) return [];
  return [{ kind: OVERDUE_KIND, period: monday.toISODate()!, at, until }];
}

function plan(snapshot: NetworkSnapshot, event: AnnualCycleEvent): Delivery[] {
  const owners = new Map<string, Person>(overdueOf(snapshot, osloDate(event.at)).map(({ owner }) => [userKey(owner), owner]));
  return [...owners.entries()].map(([key, owner]) => deliveryOf(snapshot, event, OVERDUE_KIND, key, owner));
}

/** What the owner still has overdue when the message goes; nothing when they have caught up. */
async function render(delivery: Delivery, { snapshot, t }: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const owner = delivery.person;
  if (!owner) return undefined;
  // The render context has no clock: the day the reminder was due is the day overdue is counted from.
  const today = osloDate(new Date(delivery.notBefore));
  const lines = overdueOf(snapshot, today)
    .filter((o) => sameUser(o.owner, owner))
    .map(({ collaboration, item }) => ({ collaboration: collaboration.name, label: itemName(snapshot.network, item), due: item.due! }));
  return lines.length ? show(overdueReminderCard(lines, t)) : undefined;
}

/** The checklist's part of the årshjul: owners are reminded of items past their due date. */
export const overdueReminders: AnnualCycleContribution = { due, plan, render: { [OVERDUE_KIND]: render } };
