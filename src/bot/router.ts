import { ActivityTypes, TurnContext, type ChannelAccount } from 'botbuilder';

type Handler = (context: TurnContext) => Promise<void>;

/** What the bot does with each kind of Teams activity it takes part in. */
export interface Routes {
  /** A typed message or a card's Action.Submit (a message with `value`). */
  message: Handler;
  /** Universal Actions: an `adaptiveCard/action` invoke (Action.Execute and automatic refresh). */
  cardAction: Handler;
  /** The bot, or people, joined a conversation. */
  membersAdded: (context: TurnContext, members: ChannelAccount[]) => Promise<void>;
  /** The bot, or people, left a conversation. */
  membersRemoved: (context: TurnContext, members: ChannelAccount[]) => Promise<void>;
  /** The app was installed or removed (Teams also sends a membersAdded for the install). */
  installationUpdate: Handler;
}

/**
 * Dispatches an activity to its route; anything else is left unanswered (an invoke no route
 * takes gets the adapter's 501). Mentions of the bot are taken out of a message's text, so
 * «@Sampuls status» in a channel reads as «status».
 */
export function router(routes: Routes): Handler {
  return async (context) => {
    const { activity } = context;
    switch (activity.type) {
      case ActivityTypes.Message:
        if (typeof activity.text === 'string') TurnContext.removeRecipientMention(activity);
        return routes.message(context);
      case ActivityTypes.Invoke:
        if (activity.name === 'adaptiveCard/action') return routes.cardAction(context);
        return;
      case ActivityTypes.ConversationUpdate:
        if (activity.membersAdded?.length) return routes.membersAdded(context, activity.membersAdded);
        if (activity.membersRemoved?.length) return routes.membersRemoved(context, activity.membersRemoved);
        return;
      case ActivityTypes.InstallationUpdate:
        return routes.installationUpdate(context);
    }
  };
}
