import { rewriteCollaborations, type PersonalDataDeclaration } from '../../core/personalData';
import { sameUser } from '../../domain/roles';
import type { Collaboration, UserId } from '../../domain/types';
import { itemName } from './cards';

const owns = (c: Collaboration, user: UserId) => (c.checklist?.items ?? []).some((i) => i.owner && sameUser(i.owner, user));

/** Owners of checklist items, named on the collaboration's checklist. */
export const checklistData: PersonalDataDeclaration = {
  holds: 'owners of checklist items, on the collaborations',
  async collect(store, user) {
    const profile = await store.profiles.get(user);
    const { networks, collaborations } = await store.directory.loadNetworks((profile?.memberships ?? []).map((m) => m.networkId));
    return {
      responsibilities: collaborations.flatMap((c) => {
        const network = networks.find((n) => n.id === c.networkId)!;
        return (c.checklist?.items ?? []).filter((i) => i.owner && sameUser(i.owner, user)).map((i) => ({ networkId: c.networkId, what: `${c.name}: ${itemName(network, i)}` }));
      })
    };
  },
  // The item stays; it just has no owner any more, so someone else can take it.
  erase: (store, user) =>
    rewriteCollaborations(store, (c) => owns(c, user), (c) => ({
      ...c,
      checklist: { ...c.checklist!, items: c.checklist!.items.map(({ owner, ...item }) => (owner && sameUser(owner, user) ? item : { ...item, ...(owner ? { owner } : {}) })) }
    }))
};
