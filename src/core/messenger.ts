import type { Reply } from './turn';
import type { ConversationReference, TeamMemberReference } from '../domain/types';

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
