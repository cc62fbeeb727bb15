import { randomUUID } from 'node:crypto';
import type { AuditEntry } from '../../domain/audit';
import { checkInId } from '../../domain/checkIns';
import { sameUser } from '../../domain/roles';
import type { CheckIn, Collaboration, Network, Person, UserId } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { Store } from '../../core/store';
import { recordChange } from '../audit/record';

export interface ErasureReport {
  answers: number;
  networks: number;
}

/**
 * `slett mine data`: answers stay as the collaboration's history under a pseudonym that cannot
 * be traced back; the person leaves every leader list (their roles go with the profile); the
 * audit trail keeps what they changed under the same pseudonym, named «Slettet person …», so
 * admins still see that one person made those changes. The profile (roles, chats, state) and
 * the scheduled messages to the person are deleted. Safe to run again after a failure part-way:
 * the profile, which holds the name to look for, goes last.
 */
export async function erasePerson(store: Store, user: Person, now: Date, t: Catalogue): Promise<ErasureReport> {
  const pseudonym: Person = { tenantId: user.tenantId, aadObjectId: `erased-${randomUUID()}`, name: '' };
  const [profile, checkIns, deliveries] = await Promise.all([store.profiles.get(user), store.checkIns.listByRespondent(user), store.jobs.deliveriesTo(user)]);
  for (const checkIn of checkIns) {
    const replacement: CheckIn = { ...checkIn, id: checkInId(checkIn.period, pseudonym), respondent: pseudonym };
    await store.checkIns.replaceWith(checkIn, replacement);
  }
  const { networks, collaborations } = await store.directory.loadNetworks(await store.directory.listNetworkIds());
  for (const collaboration of collaborations.filter((c) => mentions(c, user))) await forgetInCollaboration(store, collaboration, user, pseudonym);
  for (const network of networks.filter((n) => linkedDigest(n, user))) {
    await store.directory.updateNetwork(network.id, (current) => (linkedDigest(current, user) ? withoutLinker(current, pseudonym) : undefined));
  }
  const names = [...new Set([user.name, profile?.name ?? ''])].filter(Boolean);
  const actor: Person = { ...pseudonym, name: t.audit.erasedPerson(pseudonym.aadObjectId.slice('erased-'.length, 'erased-'.length + 6)) };
  for (const network of networks) await forgetInAudit(store, network.id, user, names, actor);
  // Their ids name the person; an event whose sends are gone is simply settled.
  for (const delivery of deliveries) await store.jobs.deleteDelivery(delivery);
  const networkIds = (profile?.memberships ?? []).map((m) => m.networkId);
  await store.profiles.delete(user);
  for (const network of networks.filter((n) => networkIds.includes(n.id))) {
    await recordChange(store, now, undefined, { networkId: network.id, action: 'person.erased', subject: network.name });
  }
  return { answers: checkIns.length, networks: networkIds.length };
}

const mentions = (c: Collaboration, user: UserId): boolean =>
  c.leaders.some((l) => sameUser(l, user)) || c.status.latest.some((d) => sameUser(d.respondent, user)) || (c.channel !== undefined && sameUser(c.channel.linkedBy, user));

/** Out of the leader list; under the pseudonym as a latest respondent and as the one who linked the channel. */
function withoutPerson(c: Collaboration, user: UserId, pseudonym: Person): Collaboration {
  const { tenantId, aadObjectId } = pseudonym;
  return {
    ...c,
    leaders: c.leaders.filter((l) => !sameUser(l, user)),
    status: { ...c.status, latest: c.status.latest.map((d) => (sameUser(d.respondent, user) ? { ...d, respondent: pseudonym } : d)) },
    ...(c.channel && sameUser(c.channel.linkedBy, user) ? { channel: { ...c.channel, linkedBy: { tenantId, aadObjectId } } } : {})
  };
}

const linkedDigest = (network: Network, user: UserId): boolean => network.digestChannel !== undefined && sameUser(network.digestChannel.linkedBy, user);

const withoutLinker = (network: Network, { tenantId, aadObjectId }: UserId): Network => ({ ...network, digestChannel: { ...network.digestChannel!, linkedBy: { tenantId, aadObjectId } } });

/** Rewritten under the collaboration's ETag, so a check-in folded in meanwhile is kept. */
async function forgetInCollaboration(store: Store, collaboration: Collaboration, user: UserId, pseudonym: Person): Promise<void> {
  await store.directory.updateCollaboration(collaboration.networkId, collaboration.id, (current) =>
    mentions(current, user) ? withoutPerson(current, user, pseudonym) : undefined
  );
}

/**
 * Audit entries name a person as the actor, as the subject of a role change, in leader lists and
 * in imported people (by name and object id). Each mention becomes the pseudonym's label; a name
 * is replaced only as a whole word, so «Ola» leaves «Olav» alone.
 */
async function forgetInAudit(store: Store, networkId: string, user: UserId, names: string[], actor: Person): Promise<void> {
  const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${[user.aadObjectId, ...names].map(literal).join('|')})(?![\\p{L}\\p{N}])`, 'gu');
  const scrub = (text: string) => text.replace(pattern, actor.name);
  const rewrite = (value: unknown): unknown => {
    if (typeof value === 'string') return scrub(value);
    if (Array.isArray(value)) return value.map(rewrite);
    if (value === null || typeof value !== 'object') return value;
    return Object.fromEntries(Object.entries(value).map(([key, inner]) => [scrub(key), rewrite(inner)]));
  };
  for (const entry of await store.audit.all(networkId)) {
    const scrubbed: AuditEntry = {
      ...entry,
      subject: scrub(entry.subject),
      before: rewrite(entry.before),
      after: rewrite(entry.after),
      ...(entry.actor && sameUser(entry.actor, user) ? { actor } : {})
    };
    if (JSON.stringify(scrubbed) !== JSON.stringify(entry)) await store.audit.replace(scrubbed);
  }
}
