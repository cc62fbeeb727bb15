import { randomUUID } from 'node:crypto';
import { checkInId } from '../../domain/checkIns';
import { sameUser } from '../../domain/roles';
import type { CheckIn, Person, UserId } from '../../domain/types';
import type { Store } from '../../core/store';
import { recordChange } from '../audit/record';

export interface ErasureReport {
  answers: number;
  networks: number;
}

/**
 * `slett mine data`: answers stay as the collaboration's history under a pseudonym that cannot
 * be traced back; the profile (roles, chats, state) and the scheduled messages to the person
 * are deleted. Safe to run again after a failure part-way.
 */
export async function erasePerson(store: Store, user: UserId, now: Date): Promise<ErasureReport> {
  const pseudonym: Person = { tenantId: user.tenantId, aadObjectId: `erased-${randomUUID()}`, name: '' };
  const [profile, checkIns, deliveries] = await Promise.all([store.profiles.get(user), store.checkIns.listByRespondent(user), store.jobs.deliveriesTo(user)]);
  for (const checkIn of checkIns) {
    const replacement: CheckIn = { ...checkIn, id: checkInId(checkIn.period, pseudonym), respondent: pseudonym };
    await store.checkIns.replaceWith(checkIn, replacement);
  }
  const collaborations = new Map(checkIns.map((c) => [c.collaborationId, c.networkId]));
  for (const [collaborationId, networkId] of collaborations) await pseudonymizeLatest(store, networkId, collaborationId, user, pseudonym);
  // Their ids name the person; an event whose sends are gone is simply settled.
  for (const delivery of deliveries) await store.jobs.deleteDelivery(delivery);
  const networkIds = (profile?.memberships ?? []).map((m) => m.networkId);
  await store.profiles.delete(user);
  const { networks } = await store.directory.loadNetworks(networkIds);
  for (const network of networks) await recordChange(store, now, undefined, { networkId: network.id, action: 'person.erased', subject: network.name });
  return { answers: checkIns.length, networks: networkIds.length };
}

/** The status kept on the collaboration names the latest respondents: rename them too. */
async function pseudonymizeLatest(store: Store, networkId: string, collaborationId: string, user: UserId, pseudonym: Person): Promise<void> {
  await store.directory.updateCollaboration(networkId, collaborationId, (current) => {
    if (!current.status.latest.some((d) => sameUser(d.respondent, user))) return undefined;
    const latest = current.status.latest.map((d) => (sameUser(d.respondent, user) ? { ...d, respondent: pseudonym } : d));
    return { ...current, status: { ...current.status, latest } };
  });
}
