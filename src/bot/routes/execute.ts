import type { TurnContext } from 'botbuilder';
import { loadProfile } from '../../features/scope';
import { say, type Reply, type Turn } from '../../core/turn';
import type { RouteOptions } from '../app';

/**
 * Universal Actions (`adaptiveCard/action` invokes). The new card goes back only in the invoke
 * response, for the person who pressed or opened it: the bot never rewrites the message for
 * everyone, so automatic refreshes cannot loop or overwrite what others see.
 */
export async function onExecute(context: TurnContext, options: RouteOptions, turn: Turn | undefined): Promise<void> {
  const action = (context.activity.value as { action?: { verb?: unknown; data?: unknown } } | undefined)?.action;
  const data = action?.data;
  const valid = typeof data === 'object' && data !== null && !Array.isArray(data);
  const answer = !turn
    ? say(options.t.general.notIdentified)
    : valid
      ? await options.actions.run(options, turn, () => loadProfile(options, turn.user), { ...data, verb: action?.verb }, 'invoke')
      : say(options.t.general.invalidAction);
  // An invoke has exactly one response: the first reply.
  const reply: Reply = [answer].flat()[0] ?? say(options.t.general.invalidAction);
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
