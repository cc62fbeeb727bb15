import type { PersonalDataDeclaration } from '../../core/personalData';
import { sameUser } from '../../domain/roles';
import type { Body } from '../../domain/bodies';
import type { Network, UserId } from '../../domain/types';

const sitsIn = (body: Body, user: UserId) => body.members.some((m) => sameUser(m, user));
const linked = (body: Body, user: UserId) => body.channel !== undefined && sameUser(body.channel.linkedBy, user);
const mentions = (network: Network, user: UserId) => (network.bodies ?? []).some((b) => sitsIn(b, user) || linked(b, user));

/** Members of the governing bodies, and who chose a body's channel, on the network. */
export const bodiesData: PersonalDataDeclaration = {
  holds: 'members of governing bodies and who chose their channels, on the network',
  async collect(store, user) {
    const { networks } = await store.directory.loadNetworks(await store.directory.listNetworkIds());
    return { responsibilities: networks.flatMap((n) => (n.bodies ?? []).filter((b) => sitsIn(b, user)).map((b) => ({ networkId: n.id, what: b.name }))) };
  },
  // They leave the bodies; a channel they chose stays, chosen by the pseudonym.
  async erase(store, user, { pseudonym: { tenantId, aadObjectId } }) {
    const { networks } = await store.directory.loadNetworks(await store.directory.listNetworkIds());
    for (const network of networks.filter((n) => mentions(n, user))) {
      await store.directory.updateNetwork(network.id, (current) =>
        mentions(current, user)
          ? {
              ...current,
              bodies: (current.bodies ?? []).map((b) => ({
                ...b,
                members: b.members.filter((m) => !sameUser(m, user)),
                ...(b.channel && linked(b, user) ? { channel: { ...b.channel, linkedBy: { tenantId, aadObjectId } } } : {})
              }))
            }
          : undefined
      );
    }
  }
};
