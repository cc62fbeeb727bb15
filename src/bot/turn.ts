import type { TurnContext } from 'botbuilder';
import type { Person } from '../domain/types';
import type { Reply, Turn } from '../core/turn';
import type { Catalogue } from '../core/i18n/catalogue';
import { channelNameOf, personOf, referenceOf, toActivity } from './activity';

/** The features' view of a Teams turn, or undefined when Teams did not tell who is writing. */
export function toTurn(context: TurnContext, now: Date, t: Catalogue): Turn | undefined {
  const user: Person | undefined = personOf(context.activity);
  if (!user) return undefined;
  return {
    user,
    conversation: referenceOf(context.activity),
    channelName: () => channelNameOf(context, t.link.generalChannel),
    now,
    ...(context.activity.id ? { activityId: context.activity.id } : {}),
    reply: async (reply: Reply) => {
      await context.sendActivity(toActivity(reply));
    }
  };
}
