import type { AdaptiveCard } from './card';
import type { ConversationReference, Person } from '../domain/types';

/** What a handler may send back: a line of text or a card. */
export type Reply = { text: string } | { card: AdaptiveCard };

/**
 * One incoming turn as the features see it: who is asking, where, and how to answer.
 * The bot layer builds it from the Teams activity, so features never touch botbuilder.
 */
export interface Turn {
  user: Person;
  conversation: ConversationReference;
  /** The channel's name (team channels only); looked up on demand because Teams rarely sends it. */
  channelName(): Promise<string | undefined>;
  now: Date;
  /** The Teams activity's id: Teams delivers an activity again, with the same id, when a turn took too long. */
  activityId?: string;
  reply(reply: Reply): Promise<void>;
}

export const say = (text: string): Reply => ({ text });
export const show = (card: AdaptiveCard): Reply => ({ card });
