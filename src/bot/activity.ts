import { CardFactory, MessageFactory, TeamsInfo, type Activity, type TurnContext } from 'botbuilder';
import type { ConversationReference, Person } from '../domain/types';
import type { Citation, Reply } from '../core/turn';
import { Entity as EntityMapper } from 'botframework-connector/lib/connectorApi/models/mappers';

/**
 * The connector client serializes an entity by its mapper, which knows only mentions' fields and
 * would drop the AI label and citations; let it keep an entity's other fields as they are.
 */
(EntityMapper.type as { additionalProperties?: unknown }).additionalProperties = { type: { name: 'Object' } };

/** A feature's reply as a Bot Framework activity. */
export function toActivity(reply: Reply): Partial<Activity> {
  if ('card' in reply) return MessageFactory.attachment(CardFactory.adaptiveCard(reply.card));
  const activity = MessageFactory.text(reply.text);
  return reply.aiGenerated ? { ...activity, entities: [aiEntity(reply.aiGenerated.citations)] } : activity;
}

/** Teams' AI label (schema.org Message with AIGeneratedContent) and the citations numbered [1], [2] … in the text. */
function aiEntity(citations: Citation[]): NonNullable<Activity['entities']>[number] {
  return {
    type: 'https://schema.org/Message',
    '@type': 'Message',
    '@context': 'https://schema.org',
    '@id': '',
    additionalType: ['AIGeneratedContent'],
    citation: citations.map((c, i) => ({
      '@type': 'Claim',
      position: i + 1,
      // Teams shows at most 80 characters of the name and 160 of the abstract.
      appearance: { '@type': 'DigitalDocument', name: c.title.slice(0, 80), abstract: c.abstract.slice(0, 160) }
    }))
  };
}

/** Teams puts the tenant on the conversation; older payloads only in channelData. */
export function tenantOf(activity: Activity): string | undefined {
  return activity.conversation?.tenantId ?? (activity.channelData as { tenant?: { id?: string } } | undefined)?.tenant?.id;
}

/** The team a channel activity belongs to. */
export function teamIdOf(activity: Activity): string | undefined {
  return (activity.channelData as { team?: { id?: string } } | undefined)?.team?.id;
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

interface TeamsChannelData {
  channel?: { id?: string; name?: string };
  team?: { id?: string; name?: string };
}

/**
 * The channel's name: Teams puts it on a few events only, so otherwise it is asked for through
 * the team's channel list. The General channel has the team's id and no name of its own.
 */
export async function channelNameOf(context: TurnContext, generalName: string): Promise<string | undefined> {
  const data = context.activity.channelData as TeamsChannelData | undefined;
  if (data?.channel?.name) return data.channel.name;
  const channelId = data?.channel?.id;
  if (!channelId || !data?.team?.id) return undefined;
  if (channelId === data.team.id) return generalName;
  try {
    const channels = await TeamsInfo.getTeamChannels(context, data.team.id);
    return channels.find((c) => c.id === channelId)?.name ?? undefined;
  } catch {
    return undefined;
  }
}
