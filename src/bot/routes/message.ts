import type { TurnContext } from 'botbuilder';
import type { Profile } from '../../domain/types';
import { loadProfile } from '../../features/scope';
import { say, type Reply, type Turn } from '../../core/turn';
import { teamIdOf } from '../activity';
import { rememberConversation, rememberTeamMembers } from './install';
import type { RouteOptions } from '../app';
import { welcomeOf } from '../welcome';

/** Longer than any command or name; a wall of text is not a command. */
const MAX_COMMAND_LENGTH = 500;

/**
 * A message from a tenant no network lists: only a command open to outsiders (`bli med <kode>`) is answered, and nothing about
 * the person or the conversation is stored unless the code lets their tenant in.
 */
export async function onOutsiderMessage(context: TurnContext, options: RouteOptions, turn: Turn | undefined): Promise<boolean> {
  const { text, value } = context.activity;
  const parsed = text && (value === undefined || value === null) ? options.commands.parse(text) : undefined;
  if (!turn || !parsed?.command?.outsiders) return false;
  const stranger: Profile = { ...turn.user, memberships: [] };
  for (const reply of [await parsed.command.run(options, turn, stranger, parsed.argument)].flat()) await turn.reply(reply);
  return true;
}

/** Every message: a typed command, or a card's Action.Submit (a message with `value`). */
export async function onMessage(context: TurnContext, options: RouteOptions, turn: Turn): Promise<void> {
  const { text, value } = context.activity;
  await rememberConversation(options, turn.conversation, turn.now, teamIdOf(context.activity));
  if (turn.conversation.conversationType === 'channel') await rememberTeamMembers(context, options, [context.activity.from]);
  const replies =
    text || value === undefined || value === null
      ? await runCommand(options, turn, text ?? '')
      : [await runSubmission(options, turn, value)].flat();
  for (const reply of replies) await turn.reply(reply);
}

/** Action.Submit data: must be a plain object; what it may contain is checked per action. */
function runSubmission(options: RouteOptions, turn: Turn, value: unknown): Promise<Reply | Reply[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return Promise.resolve(say(options.t.general.invalidAction));
  return options.actions.run(options, turn, () => loadProfile(options, turn.user), value as Record<string, unknown>, 'submit');
}

/**
 * A typed message: the command whose words start it, else the first module's fallback that answers
 * it. Fallbacks read the person's networks, as most commands do.
 */
async function runCommand(options: RouteOptions, turn: Turn, text: string): Promise<Reply[]> {
  const parsed = text.length > MAX_COMMAND_LENGTH ? undefined : options.commands.parse(text);
  const profile = await greetOnFirstContact(options, turn, await loadProfile(options, turn.user, parsed?.command?.readsNetworks !== false));
  if (!parsed) return [say(options.t.general.tooLong)];
  if (parsed.command) return [await parsed.command.run(options, turn, profile, parsed.argument)].flat();
  for (const module of options.modules) {
    const answer = await module.fallback?.(options, turn, parsed.text, profile);
    if (answer) return [answer].flat();
  }
  return [];
}

/**
 * Welcomes a person the first time they write, and remembers their 1:1 conversation so the
 * bot can reach them later. Writes only when something changed, to keep turns cheap.
 */
async function greetOnFirstContact(options: RouteOptions, turn: Turn, profile: Profile): Promise<Profile> {
  const personal = turn.conversation.conversationType === 'personal';
  const known = profile.personalConversation;
  const moved = personal && (known?.conversationId !== turn.conversation.conversationId || known?.serviceUrl !== turn.conversation.serviceUrl);
  const firstContact = !profile.welcomedAt && personal;
  if (!moved && !firstContact) return profile;
  const changes = {
    name: turn.user.name,
    ...(personal ? { personalConversation: turn.conversation } : {}),
    welcomedAt: profile.welcomedAt ?? turn.now.toISOString()
  };
  // Written over the stored profile: the one features see leaves out networks closed to this tenant.
  await options.store.profiles.update(turn.user, (stored) => ({ ...(stored ?? profile), ...changes }));
  const updated: Profile = { ...profile, ...changes };
  const welcome = firstContact && welcomeOf(options, 'personal');
  if (welcome) await turn.reply(welcome);
  return updated;
}
