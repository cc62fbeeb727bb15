import { CardFactory, MessageFactory, type Activity, type TurnContext } from 'botbuilder';
import type { ConversationReference, Person } from '../domain/types';
import type { Reply } from '../features/turn';

/** A feature's reply as a Bot Framework activity. */
export function toActivity(reply: Reply): Partial<Activity> {
  return 'card' in reply ? MessageFactory.attachment(CardFactory.adaptiveCard(reply.card)) : MessageFactory.text(reply.text);
}

/** Teams puts the tenant on the conversation; older payloads only in channelData. */
export function tenantOf(activity: Activity): string | undefined {
  return activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
}

/** The person behind an activity, or undefined when Teams did not say who it is (never guess from names). */
export function personOf(activity: Activity): Person | undefined {
  const tenantId = tenantOf(activity);
  const aadObjectId = activity.from?.aadObjectId;
  if (!tenantId || !aadObjectId) return undefined;
  return { tenantId, aadObjectId, name: activity.from.name ?? '' };
}

const CONVERSATION_TYPES = ['personal', 'channel', 'groupChat'] as const;

export function referenceOf(activity: Activity): ConversationReference {
  const type = CONVERSATION_TYPES.find((t) => t === activity.conversation?.conversationType) ?? 'personal';
  return {
    serviceUrl: activity.serviceUrl,
    tenantId: tenantOf(activity) ?? '',
    // A post in a channel thread carries ";messageid=…"; summaries belong in the channel itself.
    conversationId: activity.conversation.id.split(';messageid=')[0],
    conversationType: type,
    botId: activity.recipient?.id ?? '',
    ...(activity.recipient?.name ? { botName: activity.recipient.name } : {}),
    channelId: activity.channelId
  };
}

/** Teams sends the channel and team names on some activities only. */
export function channelNameOf(context: TurnContext): string | undefined {
  const data = context.activity.channelData as { channel?: { name?: string }; team?: { name?: string } } | undefined;
  return data?.channel?.name ?? data?.team?.name;
}
