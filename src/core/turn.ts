import type { AdaptiveCard } from './card';
import type { ConversationReference, Person } from '../domain/types';

/** A source an AI-written text refers to as [1], [2] …: what Teams shows when the marker is hovered. */
export interface Citation {
  title: string;
  abstract: string;
}

/**
 * What a handler may send back: a line of text or a card. A text written by a language model is
 * marked `aiGenerated`, so Teams labels it and lists its citations.
 */
export type Reply = { text: string; aiGenerated?: { citations: Citation[] } } | { card: AdaptiveCard };

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
