import { memberNetworkIds, rolesIn } from '../../domain/roles';
import type { Network, Profile, UserId } from '../../domain/types';
import type { Store } from '../../core/store';
import { say, type Reply } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';

export const isAdmin = (profile: Profile, networkId: string) => rolesIn(profile, networkId).includes('admin');

/**
 * The network named by a card, if the person administers it. Ids of a network the person is not
 * in are treated as forged; members without the admin role are told it is for admins.
 */
export async function administered(
  options: FeatureOptions,
  profile: Profile,
  networkId: string,
  onlyAdmins: (network: string) => string = options.t.admin.onlyAdmins
): Promise<{ network: Network } | { reply: Reply }> {
  const { store, t } = options;
  const network = memberNetworkIds(profile).includes(networkId) ? await store.directory.getNetwork(networkId) : undefined;
  if (!network) return { reply: say(t.general.invalidAction) };
  if (!isAdmin(profile, network.id)) return { reply: say(onlyAdmins(network.name)) };
  return { network };
}

/** The first network may be set up by whoever installs Sampuls; after that, by admins of a network. */
export async function mayCreateNetwork(store: Store, profile: Profile): Promise<boolean> {
  return profile.memberships.some((m) => m.roles.includes('admin')) || (await store.directory.listNetworkIds()).length === 0;
}

/** The profile as stored, for writing: the one features see leaves out networks closed to the tenant. */
export async function storedProfile(store: Store, person: UserId & { name: string }): Promise<Profile> {
  return (await store.profiles.get(person)) ?? { tenantId: person.tenantId, aadObjectId: person.aadObjectId, name: person.name, memberships: [] };
}
