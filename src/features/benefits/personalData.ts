import { rewriteCollaborations, type PersonalDataDeclaration } from '../../core/personalData';
import { sameUser } from '../../domain/roles';
import type { Collaboration, UserId } from '../../domain/types';

const owns = (c: Collaboration, user: UserId) => (c.benefits?.benefits ?? []).some((b) => b.owner && sameUser(b.owner, user));

/** Benefit owners, named on the collaboration's benefits plan. */
export const benefitsData: PersonalDataDeclaration = {
  holds: 'owners of planned benefits, on the collaborations',
  async collect(store, user) {
    const profile = await store.profiles.get(user);
    const { collaborations } = await store.directory.loadNetworks((profile?.memberships ?? []).map((m) => m.networkId));
    return {
      responsibilities: collaborations.flatMap((c) =>
        (c.benefits?.benefits ?? []).filter((b) => b.owner && sameUser(b.owner, user)).map((b) => ({ networkId: c.networkId, what: `${c.name}: ${b.indicator}` }))
      )
    };
  },
  // The benefit and its values stay; it has no owner until a leader picks a new one.
  erase: (store, user) =>
    rewriteCollaborations(store, (c) => owns(c, user), (c) => ({
      ...c,
      benefits: { ...c.benefits!, benefits: c.benefits!.benefits.map(({ owner, ...benefit }) => (owner && sameUser(owner, user) ? benefit : { ...benefit, ...(owner ? { owner } : {}) })) }
    }))
};
