import { z } from 'zod';
import { chooseCollaborationCard, type ChoiceAction } from '../cards/choose';
import { resolveName } from '../domain/matching';
import { withoutWrittenAnswers } from '../domain/reporting';
import { memberNetworkIds, readsCollaboration, readsWrittenAnswers, userKey } from '../domain/roles';
import type { Collaboration, Network, Profile, UserId } from '../domain/types';
import type { NetworkContents, NetworkDirectory } from '../core/store';
import { say, show, type Reply } from '../core/turn';
import { type FeatureOptions } from '../core/options';

/** The networks a person may look into, with all their collaborations: one query. */
export interface Scope extends NetworkContents {
  profile: Profile;
}

/** People whose last networks an instance remembers for the early read below; the oldest are forgotten first. */
const REMEMBERED_PEOPLE = 10_000;

/**
 * The networks each person last looked into, per directory. A typed message starts reading them
 * while the profile is read, so `status` waits for one store round trip instead of two. The guess
 * is checked against the profile (loadScope): when it is wrong, the read is wasted and made again.
 */
const lastLookedInto = new WeakMap<NetworkDirectory, Map<string, string[]>>();

/** The read started for a profile before it arrived, and the networks it was for. */
const readEarly = new WeakMap<Profile, { networkIds: string[]; contents: Promise<NetworkContents> }>();

const sameNetworks = (a: string[], b: string[]) => a.length === b.length && a.every((id) => b.includes(id));

/**
 * The person as features see them: a person the bot has never seen has no memberships yet, and
 * memberships in networks that do not allow the person's tenant are left out. Never stored back.
 * With `readsNetworks`, the networks the person last looked into are read at the same time.
 */
export async function loadProfile({ store, tenants }: Pick<FeatureOptions, 'store' | 'tenants'>, user: UserId, readsNetworks = false): Promise<Profile> {
  const guessed = readsNetworks ? lastLookedInto.get(store.directory)?.get(userKey(user)) : undefined;
  const early = guessed?.length ? { networkIds: guessed, contents: store.directory.loadNetworks(guessed) } : undefined;
  // A guess that turns out wrong is never awaited: its failure must not go unhandled.
  early?.contents.catch(() => undefined);
  const [profile, access] = await Promise.all([store.profiles.get(user), tenants.access(user.tenantId)]);
  const found = profile ?? { ...user, name: '', memberships: [] };
  const seen = { ...found, memberships: found.memberships.filter((m) => access.networkIds.has(m.networkId)) };
  if (early) readEarly.set(seen, early);
  return seen;
}

function remember(directory: NetworkDirectory, profile: Profile, networkIds: string[]): void {
  let people = lastLookedInto.get(directory);
  if (!people) lastLookedInto.set(directory, (people = new Map()));
  const key = userKey(profile);
  people.delete(key);
  people.set(key, networkIds);
  if (people.size > REMEMBERED_PEOPLE) people.delete(people.keys().next().value!);
}

/** A collaboration as the person may read it: without what leaders wrote, for a politician whose network keeps it from them. */
export function asReadBy(profile: Profile, network: Network, collaboration: Collaboration): Collaboration {
  return readsWrittenAnswers(profile, network) ? collaboration : withoutWrittenAnswers(collaboration);
}

/** A folkevalgt sees only their own municipality's collaborations (readsCollaboration), and leaders' words only when the network allows. */
export async function loadScope({ store }: FeatureOptions, profile: Profile): Promise<Scope> {
  const networkIds = memberNetworkIds(profile);
  remember(store.directory, profile, networkIds);
  const early = readEarly.get(profile);
  const contents = await (early && sameNetworks(early.networkIds, networkIds) ? early.contents : store.directory.loadNetworks(networkIds));
  const collaborations = contents.collaborations
    .filter((c) => readsCollaboration(profile, c))
    .map((c) => asReadBy(profile, contents.networks.find((n) => n.id === c.networkId)!, c));
  return { profile, networks: contents.networks, collaborations };
}

/** Ids from a card button, checked against the user's networks before anything is read. */
export const target = z
  .object({
    networkId: z.string().min(1).max(100),
    collaborationId: z.string().min(1).max(100)
  })
  .strict();

export type Target = z.infer<typeof target>;

export async function loadTarget(
  { store }: FeatureOptions,
  profile: Profile,
  target: Target
): Promise<{ network: Network; collaboration: Collaboration } | undefined> {
  if (!memberNetworkIds(profile).includes(target.networkId)) return undefined;
  const [network, found] = await Promise.all([
    store.directory.getNetwork(target.networkId),
    store.directory.getCollaboration(target.networkId, target.collaborationId)
  ]);
  return network && found && readsCollaboration(profile, found.value) ? { network, collaboration: asReadBy(profile, network, found.value) } : undefined;
}

export function networkOf(scope: NetworkContents, collaboration: Collaboration): Network {
  return scope.networks.find((n) => n.id === collaboration.networkId)!;
}

/**
 * Finds the collaboration a user named, or the reply to give instead: buttons to pick between
 * several that fit, or a did-you-mean list when none does.
 */
export function findCollaboration(
  { t }: FeatureOptions,
  scope: NetworkContents,
  name: string,
  action: ChoiceAction
): { collaboration: Collaboration } | { reply: Reply } {
  const resolution = resolveName(name, scope.collaborations);
  if (resolution.kind === 'one') return { collaboration: resolution.item };
  const options = (resolution.kind === 'several' ? resolution.items : resolution.suggestions).map((c) => ({
    collaboration: c,
    network: networkOf(scope, c)
  }));
  if (resolution.kind === 'several') return { reply: show(chooseCollaborationCard(t.names.several(name), options, action, t)) };
  if (options.length === 0) return { reply: say(t.names.notFound(name)) };
  return { reply: show(chooseCollaborationCard(`${t.names.notFound(name)} ${t.names.didYouMean}`, options, action, t)) };
}

/** What a command shows for one collaboration the person may read. */
export type CollaborationReply = (network: Network, collaboration: Collaboration) => Reply | Promise<Reply>;

/**
 * `<command> <samarbeid>`: the reply for the named collaboration, or what to say instead (the name
 * is missing, the person is in no network, several fit, none fits).
 */
export async function forNamedCollaboration(
  options: FeatureOptions,
  profile: Profile,
  name: string | undefined,
  { needsName, verb }: { needsName: string; verb: string },
  reply: CollaborationReply
): Promise<Reply> {
  if (!name) return say(needsName);
  const scope = await loadScope(options, profile);
  if (scope.networks.length === 0) return say(options.t.general.notMember);
  const found = findCollaboration(options, scope, name, { verb });
  return 'reply' in found ? found.reply : reply(networkOf(scope, found.collaboration), found.collaboration);
}

/** The same from a choice button: the ids are checked again. */
export async function forTargetCollaboration(options: FeatureOptions, profile: Profile, ids: Target, reply: CollaborationReply): Promise<Reply> {
  const found = await loadTarget(options, profile, ids);
  return found ? reply(found.network, found.collaboration) : say(options.t.general.invalidAction);
}
