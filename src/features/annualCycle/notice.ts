import { adminsOf, deliveryOf, type AnnualCycleRenderContext, type NetworkSnapshot } from '../../core/annualCycle';
import type { Delivery } from '../../core/store';
import { show, type Reply } from '../../core/turn';
import { userKey } from '../../domain/roles';
import type { AnnualCycleEvent } from '../../domain/annualCycle';
import type { Catalogue } from '../../core/i18n/catalogue';
import { noticeCard } from './cards';

/**
 * The scheduler's own delivery kind, whatever module planned the event: the admins' notice about
 * who could not be reached.
 */
export const NOTICE = 'notice';

const missedOf = (deliveries: Delivery[]) => deliveries.filter((d) => d.state === 'undeliverable' && d.kind !== NOTICE);

/** When an event's sends are done and some did not arrive, the admins hear who could not be reached. */
export function planNotices(snapshot: NetworkSnapshot, event: AnnualCycleEvent, deliveries: Delivery[]): Delivery[] {
  if (missedOf(deliveries).length === 0 || deliveries.some((d) => d.kind === NOTICE)) return [];
  return adminsOf(snapshot).map((admin) => deliveryOf(snapshot, event, NOTICE, `notice|${userKey(admin)}`, admin));
}

/** A line per person or channel a delivery could not reach. */
function unreachableLine(delivery: Delivery, t: Catalogue): string {
  if (delivery.person) return t.annualCycle.unreachablePerson(delivery.person.name);
  return delivery.failure === 'noChannel' ? t.annualCycle.noChannel : t.annualCycle.unreachableChannel(delivery.channelName ?? '');
}

/** What the missed messages were, by the kind the module gave them; a kind without a text is just «the message». */
function whatOf(kind: string, t: Catalogue): string {
  const what: Readonly<Record<string, string>> = t.annualCycle.noticeWhat;
  return Object.hasOwn(what, kind) ? what[kind] : what.notice;
}

export async function renderNotice(delivery: Delivery, context: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const { snapshot, t } = context;
  const missed = missedOf(await context.deliveriesOf(delivery.eventKey));
  if (missed.length === 0) return undefined;
  return show(noticeCard(snapshot.network, whatOf(missed[0].kind, t), [...new Set(missed.map((d) => unreachableLine(d, t)))], t));
}
