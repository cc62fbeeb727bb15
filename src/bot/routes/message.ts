import type { TurnContext } from 'botbuilder';
import { parseCommand } from '../../domain/commands';
import type { Profile } from '../../domain/types';
import { openCheckIn } from '../../features/checkin/open';
import { showCost } from '../../features/cost/cost';
import { offerExport } from '../../features/export/offer';
import { helpCard, welcomeCard } from '../../features/help/cards';
import { linkChannel } from '../../features/link/link';
import { answerQuestion, showTrend } from '../../features/status/questions';
import { showCollaboration, showOverview } from '../../features/status/show';
import { showCycle } from '../../features/schedule/cycle';
import { showLog } from '../../features/audit/log';
import { showTemplates } from '../../features/templates/admin';
import { askErase, showMyData } from '../../features/privacy/privacy';
import { showAdmin } from '../../features/admin/overview';
import { acceptInvitation } from '../../features/admin/invitations';
import { loadProfile } from '../../features/scope';
import { say, show, type FeatureOptions, type Reply, type Turn } from '../../features/turn';
import { teamIdOf } from '../activity';
import { runCardAction } from '../actions';
import { rememberConversation, rememberTeamMembers } from './install';
import type { BotOptions } from '../app';

/** Longer than any command or name; a wall of text is not a command. */
const MAX_COMMAND_LENGTH = 500;

/**
 * A message from a tenant no network lists: only `bli med <kode>` is answered, and nothing about
 * the person or the conversation is stored unless the code lets their tenant in.
 */
export async function onOutsiderMessage(context: TurnContext, options: BotOptions, turn: Turn | undefined): Promise<boolean> {
  const { text, value } = context.activity;
  const command = text && (value === undefined || value === null) ? parseCommand(text) : undefined;
  if (!turn || command?.kind !== 'join') return false;
  await turn.reply(await acceptInvitation(options, turn, command.code));
  return true;
}

/** Every message: a typed command, or a card's Action.Submit (a message with `value`). */
export async function onMessage(context: TurnContext, options: BotOptions, turn: Turn): Promise<void> {
  const { text, value } = context.activity;
  await rememberConversation(options, turn.conversation, turn.now, teamIdOf(context.activity));
  if (turn.conversation.conversationType === 'channel') await rememberTeamMembers(context, options, [context.activity.from]);
  const replies =
    text || value === undefined || value === null
      ? await runCommand(options, turn, await greetOnFirstContact(options, turn, await loadProfile(options, turn.user)), text ?? '')
      : [await runSubmission(options, turn, value)].flat();
  for (const reply of replies) await turn.reply(reply);
}

/** Action.Submit data: must be a plain object; what it may contain is checked per action. */
function runSubmission(options: FeatureOptions, turn: Turn, value: unknown): Promise<Reply | Reply[]> {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return Promise.resolve(say(options.t.general.invalidAction));
  return runCardAction(options, turn, () => loadProfile(options, turn.user), value as Record<string, unknown>);
}

async function runCommand(options: FeatureOptions, turn: Turn, profile: Profile, text: string): Promise<Reply[]> {
  const { t } = options;
  if (text.length > MAX_COMMAND_LENGTH) return [say(t.general.tooLong)];
  const command = parseCommand(text);
  switch (command.kind) {
    case 'help':
      return [show(helpCard(t))];
    case 'checkIn':
      return [await openCheckIn(options, turn, profile, command.name)];
    case 'status':
      return command.name ? [await showCollaboration(options, turn, profile, command.name)] : showOverview(options, turn, profile);
    case 'link':
      return [await linkChannel(options, turn, profile, command.name)];
    case 'question':
      return [await answerQuestion(options, turn, profile, command.question)];
    case 'trend':
      return [await showTrend(options, profile, command.name)];
    case 'cost':
      return [await showCost(options, profile, command.name, command.amount)];
    case 'export':
      return [offerExport(options, turn, profile, command.year)];
    case 'cycle':
      return showCycle(options, turn, profile);
    case 'log':
      return showLog(options, profile);
    case 'template':
      return showTemplates(options, turn, profile);
    case 'myData':
      return [await showMyData(options, turn)];
    case 'eraseMyData':
      return [askErase(options)];
    case 'admin':
      return showAdmin(options, turn, profile);
    case 'join':
      return [await acceptInvitation(options, turn, command.code)];
    case 'unknown':
      return [show(helpCard(t, command.text))];
  }
}

/**
 * Welcomes a person the first time they write, and remembers their 1:1 conversation so the
 * bot can reach them later. Writes only when something changed, to keep turns cheap.
 */
async function greetOnFirstContact(options: BotOptions, turn: Turn, profile: Profile): Promise<Profile> {
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
  await options.store.profiles.put({ ...((await options.store.profiles.get(turn.user)) ?? profile), ...changes });
  const updated: Profile = { ...profile, ...changes };
  if (firstContact) await turn.reply(show(welcomeCard(options.t)));
  return updated;
}
