import type { AdaptiveCard } from '../cards/adaptive';
import type { ConversationReference, Person, TeamMemberReference } from '../domain/types';
import type { Catalogue } from '../i18n/nb';
import type { Store } from '../store/types';
import type { TenantGate } from './tenants';
import type { ExportLinks } from './export/offer';
import type { TemplateVersions } from './templates/versions';

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

/** Speaks first in a conversation the bot has a reference to (channel summaries, reminders). */
export interface Messenger {
  /** Throws DeliveryFailure when the connector refuses or cannot be reached. */
  send(reference: ConversationReference, reply: Reply): Promise<void>;
  /** Opens (or finds) the bot's 1:1 chat with a team member; throws DeliveryFailure like send. */
  openPersonalChat(member: TeamMemberReference): Promise<ConversationReference>;
  /** One page of a team's members (Teams' paged member lookup); throws DeliveryFailure like send. */
  teamMembers(team: { serviceUrl: string; teamId: string }, pageSize: number, continuationToken?: string): Promise<RosterPage>;
}

/** A page of a team's roster as Teams gives it. */
export interface RosterPage {
  members: { userId: string; aadObjectId: string; name: string }[];
  continuationToken?: string;
}

/** A send the connector did not take: its HTTP status (0 when unreachable) and any Retry-After. */
export class DeliveryFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly retryAfterMs?: number
  ) {
    super(message);
    this.name = 'DeliveryFailure';
  }

  /** The bot was removed or blocked, or the conversation is gone: never try there again. */
  get unreachable(): boolean {
    return this.status === 403 || this.status === 404;
  }

  /** Throttled or briefly failing: try again later. Anything else will fail the same way again. */
  get transient(): boolean {
    return this.status === 0 || [408, 412, 429, 500, 502, 503, 504].includes(this.status);
  }
}

/** Structured logging without personal data: ids only, never names or answer text. */
export interface Logger {
  info(fields: object, message: string): void;
  warn(fields: object, message: string): void;
  error(fields: object, message: string): void;
}

/** What every feature handler is given; built once at the composition root. */
export interface FeatureOptions {
  store: Store;
  templates: TemplateVersions;
  messenger: Messenger;
  log: Logger;
  t: Catalogue;
  exportLinks: ExportLinks;
  tenants: TenantGate;
}

export const say = (text: string): Reply => ({ text });
export const show = (card: AdaptiveCard): Reply => ({ card });
