import type { TurnContext } from 'botbuilder';
import { z } from 'zod';
import { loadProfile } from '../../features/scope';
import { STATUS_REFRESH } from '../../features/status/cards';
import { refreshStatusCard } from '../../features/status/show';
import { say, type Reply, type Turn } from '../../core/turn';
import type { BotOptions } from '../app';

const refreshTarget = z.object({ networkId: z.string().min(1).max(100), collaborationId: z.string().min(1).max(100).optional() }).strict();

/**
 * Universal Actions (`adaptiveCard/action` invokes). The new card goes back only in the invoke
 * response, for the person who pressed or opened it: the bot never rewrites the message for
 * everyone, so automatic refreshes cannot loop or overwrite what others see.
 */
export async function onExecute(context: TurnContext, options: BotOptions, turn: Turn | undefined): Promise<void> {
  const action = (context.activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  const target = refreshTarget.safeParse(action?.data);
  const reply: Reply = !turn
    ? say(options.t.general.notIdentified)
    : action?.verb === STATUS_REFRESH && target.success
      ? await refreshStatusCard(options, turn, await loadProfile(options, turn.user), target.data)
      : say(options.t.general.invalidAction);
  await context.sendActivity({
    type: 'invokeResponse',
    value: {
      status: 200,
      body:
        'card' in reply
          ? { statusCode: 200, type: 'application/vnd.microsoft.card.adaptive', value: reply.card }
          : { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: reply.text }
    }
  });
}
