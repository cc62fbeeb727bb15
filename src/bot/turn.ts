import type { TurnContext } from 'botbuilder';
import type { Person } from '../domain/types';
import { say, type Reply, type Turn } from '../core/turn';
import { TEAMS_MESSAGE_BUDGET, teamsSize } from '../core/card';
import type { Catalogue } from '../core/i18n/catalogue';
import type { Logger } from '../core/log';
import { channelNameOf, personOf, referenceOf, toActivity } from './activity';

/**
 * A card Teams would refuse (413 MessageSizeTooBig) becomes a line saying so: the person gets an
 * answer instead of silence. Cards that can grow, like the network overview, fit themselves first.
 */
function withinTeamsLimit(reply: Reply, { t, log }: { t: Catalogue; log: Logger }): Reply {
  if (!('card' in reply)) return reply;
  const bytes = teamsSize(reply.card);
  if (bytes <= TEAMS_MESSAGE_BUDGET) return reply;
  log.warn({ bytes, budget: TEAMS_MESSAGE_BUDGET }, 'card too large for Teams; sent a line instead');
  return say(t.general.tooLarge);
}

/** The features' view of a Teams turn, or undefined when Teams did not tell who is writing. */
export function toTurn(context: TurnContext, now: Date, options: { t: Catalogue; log: Logger }): Turn | undefined {
  const { t } = options;
  const user: Person | undefined = personOf(context.activity);
  if (!user) return undefined;
  return {
    user,
    conversation: referenceOf(context.activity),
    channelName: () => channelNameOf(context, t.link.generalChannel),
    now,
    ...(context.activity.id ? { activityId: context.activity.id } : {}),
    reply: async (reply: Reply) => {
      await context.sendActivity(toActivity(withinTeamsLimit(reply, options)));
    }
  };
}
