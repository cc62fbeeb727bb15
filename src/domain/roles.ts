import type { Collaboration, Network, Profile, Role, UserId } from './types';

export const sameUser = (a: UserId, b: UserId): boolean =>
  a.tenantId === b.tenantId && a.aadObjectId === b.aadObjectId;

export const userKey = (user: UserId): string => `${user.tenantId}:${user.aadObjectId}`;

export function rolesIn(profile: Profile | undefined, networkId: string): Role[] {
  return profile?.memberships.find((m) => m.networkId === networkId)?.roles ?? [];
}

/** Everybody with a role in a network may read its status. */
export function memberNetworkIds(profile: Profile | undefined): string[] {
  return (profile?.memberships ?? []).filter((m) => m.roles.length > 0).map((m) => m.networkId);
}

export function leads(collaboration: Collaboration, user: UserId): boolean {
  return collaboration.leaders.some((leader) => sameUser(leader, user));
}

/** Linking a channel decides where summaries go: the collaboration's leaders and the network's admins may. */
export function mayLinkChannel(profile: Profile | undefined, collaboration: Collaboration, user: UserId): boolean {
  return leads(collaboration, user) || rolesIn(profile, collaboration.networkId).includes('admin');
}

/** Roles that belong to one municipality (Membership.municipalityId). */
export const MUNICIPAL_ROLES: readonly Role[] = ['kommunedirektør', 'folkevalgt'];

/**
 * Survey respondents count as administrative (kommunedirektør, leaders, members, admins) or
 * political (folkevalgt): the PwC study's most telling results were the gaps between the two.
 */
export type Level = 'administrative' | 'political';

export const levelOf = (roles: readonly Role[]): Level => (roles.includes('folkevalgt') ? 'political' : 'administrative');

/**
 * A politician whose only role in the network is folkevalgt reads the collaborations their own
 * municipality hosts or takes part in; everybody else reads the whole network.
 */
export function readsOnlyOwnMunicipality(profile: Profile | undefined, networkId: string): string | undefined {
  const membership = profile?.memberships.find((m) => m.networkId === networkId);
  if (!membership || membership.roles.some((r) => r !== 'folkevalgt')) return undefined;
  return membership.municipalityId ?? '';
}

/** Whether the person may see this collaboration in status, trends and reports. */
export function readsCollaboration(profile: Profile | undefined, collaboration: Collaboration): boolean {
  const own = readsOnlyOwnMunicipality(profile, collaboration.networkId);
  return own === undefined || collaboration.hostMunicipalityId === own || collaboration.participantIds.includes(own);
}

/**
 * Whether the person reads the free text named leaders wrote (reasons, risks, decisions asked for,
 * results, benefit comments): everybody but a politician, and a politician when the network allows it.
 */
export function readsWrittenAnswers(profile: Profile | undefined, network: Network): boolean {
  return readsOnlyOwnMunicipality(profile, network.id) === undefined || network.politiciansReadWrittenAnswers === true;
}
