import { rewriteCollaborations, type PersonalDataDeclaration } from '../../core/personalData';
import { sameUser } from '../../domain/roles';
import type { Collaboration, UserId } from '../../domain/types';

/** Leader lists on collaborations; the person's network roles live on the profile (privacy). */
export const leaderData: PersonalDataDeclaration = {
  holds: 'collaborations’ leader lists',
  // Among the networks the person has roles in, as `mine data` always listed them.
  async collect(store, user) {
    const profile = await store.profiles.get(user);
    const { collaborations } = await store.directory.loadNetworks((profile?.memberships ?? []).map((m) => m.networkId));
    return { leads: collaborations.filter((c) => leads(c, user)).map((c) => ({ networkId: c.networkId, collaborationId: c.id, name: c.name })) };
  },
  // Out of the list: a role of someone erased cannot be kept.
  erase: (store, user) => rewriteCollaborations(store, (c) => leads(c, user), (c) => ({ ...c, leaders: c.leaders.filter((l) => !sameUser(l, user)) }))
};

const leads = (c: Collaboration, user: UserId): boolean => c.leaders.some((l) => sameUser(l, user));
