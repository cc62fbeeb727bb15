import type { ConversationReference } from '../../domain/types';
import type { Delivery, Store } from '../../store/types';

/**
 * A conversation the connector refused for good (403 blocked or uninstalled, 404 gone): mark it
 * inactive and drop it from the person or network, so nobody tries it again until Teams gives
 * the bot a new one (the person writes, or the app is installed again).
 */
async function forgetConversation(store: Store, reference: ConversationReference, now: Date): Promise<void> {
  const known = await store.conversations.get(reference.conversationId);
  await store.conversations.put({ ...(known ?? reference), active: false, updatedAt: now.toISOString() });
}

export async function forgetDeliveryTarget(store: Store, delivery: Delivery, now: Date): Promise<void> {
  const reference = delivery.reference;
  if (!reference) return;
  await forgetConversation(store, reference, now);
  if (delivery.person) {
    const profile = await store.profiles.get(delivery.person);
    if (profile?.personalConversation?.conversationId === reference.conversationId) {
      const { personalConversation, ...rest } = profile;
      await store.profiles.put(rest);
    }
    return;
  }
  const network = await store.directory.getNetwork(delivery.networkId);
  if (network?.digestChannel?.reference.conversationId === reference.conversationId) {
    const { digestChannel, ...rest } = network;
    await store.directory.putNetwork(rest);
  }
}
