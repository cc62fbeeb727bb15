import { DEFAULT_CYCLE, eventKey, type CycleEvent } from '../../domain/annualCycle';
import { dueToReport, hasAnswered, missingReports } from '../../domain/reporting';
import { rolesIn, userKey } from '../../domain/roles';
import type { AnnualCycle, Collaboration, Network, Person, Profile } from '../../domain/types';
import type { Delivery, DeliveryKind } from '../../core/store';

/** What the scheduler knows about one network while it plans and sends. */
export interface NetworkSnapshot {
  network: Network;
  collaborations: Collaboration[];
  /** Profiles of everybody with a role in the network, and of the leaders. */
  people: Map<string, Profile>;
}

export const cycleOf = (network: Network): AnnualCycle => network.cycle ?? DEFAULT_CYCLE;

function adminsOf(snapshot: NetworkSnapshot): Profile[] {
  return [...snapshot.people.values()].filter((p) => rolesIn(p, snapshot.network.id).includes('admin'));
}

function delivery(key: string, event: CycleEvent, snapshot: NetworkSnapshot, kind: DeliveryKind, id: string, person?: Person): Delivery {
  const profile = person ? snapshot.people.get(userKey(person)) : undefined;
  const reference = person ? profile?.personalConversation : snapshot.network.digestChannel?.reference;
  // No 1:1 chat yet, but seen in a team with the bot: the chat is opened at send time.
  const member = reference ? undefined : profile?.teamMember;
  const reachable = Boolean(reference ?? member);
  return {
    id: `${key}|${id}`,
    networkId: snapshot.network.id,
    eventKey: key,
    kind,
    period: event.period,
    ...(person
      ? { person: { tenantId: person.tenantId, aadObjectId: person.aadObjectId, name: person.name } }
      : { channelName: snapshot.network.digestChannel?.channelName }),
    ...(reference ? { reference } : {}),
    ...(member ? { member } : {}),
    state: reachable ? 'pending' : 'undeliverable',
    ...(reachable ? {} : { failure: person ? 'noConversation' : 'noChannel' }),
    attempts: 0,
    notBefore: event.at.toISOString(),
    until: event.until.toISOString()
  };
}

/**
 * The messages one årshjul event needs, decided from the network as it is now. Leaders who
 * already answered are not asked; people the bot cannot reach are recorded as such at once.
 */
export function planEvent(snapshot: NetworkSnapshot, event: CycleEvent): Delivery[] {
  const key = eventKey(snapshot.network.id, event);
  switch (event.kind) {
    case 'open':
    case 'reminder':
      return dueToReport(snapshot.collaborations, event.period).flatMap((c) =>
        c.leaders
          .filter((leader) => !hasAnswered(c, leader, event.period))
          .map((leader) => ({
            ...delivery(key, event, snapshot, event.kind === 'open' ? 'invitation' : 'reminder', `${c.id}|${userKey(leader)}`, leader),
            collaborationId: c.id
          }))
      );
    case 'close':
      if (missingReports(snapshot.collaborations, event.period).length === 0) return [];
      return adminsOf(snapshot).map((admin) => delivery(key, event, snapshot, 'escalation', userKey(admin), admin));
    case 'digest':
      return [delivery(key, event, snapshot, 'digest', 'channel')];
  }
}

/** When an event's sends are done and some did not arrive, the admins hear who could not be reached. */
export function planNotices(snapshot: NetworkSnapshot, event: CycleEvent, deliveries: Delivery[]): Delivery[] {
  const missed = deliveries.filter((d) => d.state === 'undeliverable' && d.kind !== 'notice');
  if (missed.length === 0 || deliveries.some((d) => d.kind === 'notice')) return [];
  const key = eventKey(snapshot.network.id, event);
  return adminsOf(snapshot).map((admin) => delivery(key, event, snapshot, 'notice', `notice|${userKey(admin)}`, admin));
}
