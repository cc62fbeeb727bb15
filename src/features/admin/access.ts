import { memberNetworkIds, rolesIn, sameUser } from '../../domain/roles';
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

/**
 * Why this person may not set up a network, or undefined when they may: admins of a network may
 * start another, and so may the deployment's first admins. Locally whoever comes first may set
 * up the first network; in production nobody else can, so a stranger cannot claim a deployment.
 */
export async function networkCreationRefusal({ store, t, firstAdmins }: FeatureOptions, profile: Profile): Promise<string | undefined> {
  if (profile.memberships.some((m) => m.roles.includes('admin'))) return undefined;
  if (firstAdmins !== 'whoeverComesFirst' && firstAdmins.some((admin) => sameUser(admin, profile))) return undefined;
  if ((await store.directory.listNetworkIds()).length > 0) return t.admin.onlyAdminsAny;
  return firstAdmins === 'whoeverComesFirst' ? undefined : t.admin.noNetworkYet;
}

const newProfile = (person: UserId & { name: string }): Profile => ({ tenantId: person.tenantId, aadObjectId: person.aadObjectId, name: person.name, memberships: [] });

/** The profile as stored, for writing: the one features see leaves out networks closed to the tenant. */
export async function storedProfile(store: Store, person: UserId & { name: string }): Promise<Profile> {
  return (await store.profiles.get(person)) ?? newProfile(person);
}

/** Changes the profile as stored (see storedProfile) under its ETag, so simultaneous grants all land. */
export function updateStoredProfile(store: Store, person: UserId & { name: string }, change: (stored: Profile) => Profile | undefined): Promise<Profile | undefined> {
  return store.profiles.update(person, (stored) => change(stored ?? newProfile(person)));
}
