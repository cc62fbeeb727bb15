import type { ConversationReference, Person } from '../../domain/types';
import type { Delivery, Store } from '../../core/store';

/**
 * A conversation the connector refused for good (403 blocked or uninstalled, 404 gone): mark it
 * inactive and drop it from the person or network, so nobody tries it again until Teams gives
 * the bot a new one (the person writes, or the app is installed again).
 */
async function forgetConversation(store: Store, reference: ConversationReference, now: Date): Promise<void> {
  await store.conversations.update(reference.conversationId, (known) => ({ ...(known ?? reference), active: false, updatedAt: now.toISOString() }));
}

/** A 1:1 chat the bot just opened: the person's chat from now on. */
export async function rememberPersonalChat(store: Store, person: Person, reference: ConversationReference): Promise<void> {
  await store.profiles.update(person, (profile) => profile && { ...profile, personalConversation: reference });
}

export async function forgetDeliveryTarget(store: Store, delivery: Delivery, now: Date): Promise<void> {
  const reference = delivery.reference;
  if (!reference) return forgetTeamMember(store, delivery);
  await forgetConversation(store, reference, now);
  if (delivery.person) {
    await store.profiles.update(delivery.person, (profile) => {
      if (profile?.personalConversation?.conversationId !== reference.conversationId) return undefined;
      const { personalConversation, ...rest } = profile;
      return rest;
    });
    return;
  }
  await store.directory.updateNetwork(delivery.networkId, (network) => {
    if (network.digestChannel?.reference.conversationId !== reference.conversationId) return undefined;
    const { digestChannel, ...rest } = network;
    return rest;
  });
}

/** Teams refused to open a chat with someone (app blocked, left the tenant): stop trying. */
async function forgetTeamMember(store: Store, delivery: Delivery): Promise<void> {
  const { person, member } = delivery;
  if (!person || !member) return;
  await store.profiles.update(person, (profile) => {
    if (profile?.teamMember?.userId !== member.userId) return undefined;
    const { teamMember, ...rest } = profile;
    return rest;
  });
}
