import type { TurnContext } from 'botbuilder';
import { welcomeCard } from '../../features/help/cards';
import { show } from '../../features/turn';
import { channelNameOf, referenceOf, toActivity } from '../activity';
import type { BotOptions } from '../app';

/**
 * The bot was added to a personal chat, a group chat or a team: remember the conversation so
 * the bot can speak there later, and say hello once per installation.
 */
export async function onInstalled(context: TurnContext, options: BotOptions, now: Date): Promise<void> {
  const reference = referenceOf(context.activity);
  // Teams (and the Playground, on every page load) repeat install events: greet a new installation only.
  const known = await options.store.conversations.get(reference.conversationId);
  if (known?.active) return;
  await options.store.conversations.put({
    ...reference,
    name: channelNameOf(context),
    active: true,
    updatedAt: now.toISOString()
  });
  await context.sendActivity(toActivity(show(welcomeCard(options.t))));
}

/** The bot was removed: keep the record for the audit trail but never send there again. */
export async function onUninstalled(context: TurnContext, options: BotOptions, now: Date): Promise<void> {
  const existing = await options.store.conversations.get(context.activity.conversation.id);
  if (!existing) return;
  await options.store.conversations.put({ ...existing, active: false, updatedAt: now.toISOString() });
}
