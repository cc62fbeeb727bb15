import type { Collaboration, Profile, Role, UserId } from './types';

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
