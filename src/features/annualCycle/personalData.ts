import type { PersonalDataDeclaration } from '../../core/personalData';
import { sameUser } from '../../domain/roles';
import type { Network, UserId } from '../../domain/types';

/** Scheduled messages to the person, and who linked a network's digest channel. */
export const scheduleData: PersonalDataDeclaration = {
  holds: 'scheduled deliveries to the person; who linked the digest channel',
  async collect(store, user) {
    const deliveries = await store.jobs.deliveriesTo(user);
    return { messages: deliveries.map((d) => ({ kind: d.kind, period: d.period, state: d.state, ...(d.sentAt ? { sentAt: d.sentAt } : {}) })) };
  },
  async erase(store, user, { pseudonym: { tenantId, aadObjectId } }) {
    // Their ids name the person; an event whose sends are gone is simply settled.
    for (const delivery of await store.jobs.deliveriesTo(user)) await store.jobs.deleteDelivery(delivery);
    const { networks } = await store.directory.loadNetworks(await store.directory.listNetworkIds());
    for (const network of networks.filter((n) => linkedDigest(n, user))) {
      await store.directory.updateNetwork(network.id, (current) =>
        linkedDigest(current, user) ? { ...current, digestChannel: { ...current.digestChannel!, linkedBy: { tenantId, aadObjectId } } } : undefined
      );
    }
  }
};

const linkedDigest = (network: Network, user: UserId): boolean => network.digestChannel !== undefined && sameUser(network.digestChannel.linkedBy, user);
