import { TeamsInfo, type ChannelAccount, type TurnContext } from 'botbuilder';
import type { ConversationReference, TeamMemberReference } from '../../domain/types';
import { personOf, referenceOf, teamIdOf, tenantOf, toActivity } from '../activity';
import type { RouteOptions } from '../app';
import { welcomeOf } from '../welcome';
import { outsideStoreDeadline } from '../../core/deadline';

/** Teams' largest page of team members. */
const ROSTER_PAGE_SIZE = 500;
const ROSTER_WRITES_AT_ONCE = 8;

/**
 * The bot was added to a personal chat, a group chat or a team: remember the conversation so
 * the bot can speak there later, and say hello once per installation.
 */
export async function onInstalled(context: TurnContext, options: RouteOptions, now: Date): Promise<void> {
  const { store } = options;
  const reference = referenceOf(context.activity);
  // Teams (and the Playground, on every page load) repeat install events: greet a new installation only.
  const team = (context.activity.channelData as { team?: { id?: string; name?: string } } | undefined)?.team;
  const installed = { isNew: false };
  await store.conversations.update(reference.conversationId, (known) => {
    installed.isNew = !known?.active;
    if (!installed.isNew) return undefined;
    return { ...reference, name: context.activity.conversation.name ?? team?.name, ...(team?.id ? { teamId: team.id } : {}), active: true, updatedAt: now.toISOString() };
  });
  if (!installed.isNew) return;
  const personal = reference.conversationType === 'personal';
  if (personal) await rememberWelcome(context, options, now);
  const welcome = welcomeOf(options, personal ? 'personal' : 'shared');
  if (welcome) await context.sendActivity(toActivity(welcome));
  if (team) await rememberTeamMembers(context, options, await teamRoster(context, options));
}

/** Everyone in the team, page by page; none when Teams will not say (the welcome still stands). */
async function teamRoster(context: TurnContext, options: RouteOptions): Promise<ChannelAccount[]> {
  const members: ChannelAccount[] = [];
  let continuationToken: string | undefined;
  try {
    do {
      const page = await TeamsInfo.getPagedMembers(context, ROSTER_PAGE_SIZE, continuationToken);
      members.push(...page.members);
      continuationToken = page.continuationToken;
    } while (continuationToken);
  } catch (error) {
    options.log.warn({ err: error }, 'team roster not available');
  }
  return members;
}

/**
 * Members of a team the bot is in: the bot may open a 1:1 chat with them later (to send the
 * check-in), though they never wrote to it. Written only when something changed.
 */
export async function rememberTeamMembers(context: TurnContext, { store }: RouteOptions, members: ChannelAccount[]): Promise<void> {
  const { recipient, serviceUrl, channelId } = context.activity;
  const teamId = teamIdOf(context.activity);
  const tenantId = tenantOf(context.activity);
  if (!teamId || !tenantId) return;
  const remember = async (member: ChannelAccount & { aadObjectId: string }) => {
    const person = { tenantId, aadObjectId: member.aadObjectId, name: member.name ?? '' };
    const teamMember: TeamMemberReference = {
      serviceUrl, tenantId, botId: recipient.id, ...(recipient.name ? { botName: recipient.name } : {}), channelId, teamId, userId: member.id
    };
    await store.profiles.update(person, (profile) =>
      profile?.teamMember?.userId === member.id && profile.teamMember.serviceUrl === serviceUrl ? undefined : { ...(profile ?? { ...person, memberships: [] }), teamMember }
    );
  };
  const people = members.filter((m): m is ChannelAccount & { aadObjectId: string } => !!m.aadObjectId && m.id !== recipient.id);
  // A team of a thousand takes longer than a turn's store deadline one by one: a few at a time, without the deadline.
  await outsideStoreDeadline(async () => {
    for (let i = 0; i < people.length; i += ROSTER_WRITES_AT_ONCE) await Promise.all(people.slice(i, i + ROSTER_WRITES_AT_ONCE).map(remember));
  });
}

/** So the person's first message is not welcomed a second time. */
async function rememberWelcome(context: TurnContext, { store }: RouteOptions, now: Date): Promise<void> {
  const person = personOf(context.activity);
  if (!person) return;
  await store.profiles.update(person, (stored) => {
    const profile = stored ?? { ...person, memberships: [] };
    return profile.welcomedAt ? undefined : { ...profile, welcomedAt: now.toISOString(), personalConversation: referenceOf(context.activity) };
  });
}

/** The bot was removed: keep the record for the audit trail but never send there again. */
export async function onUninstalled(context: TurnContext, options: RouteOptions, now: Date): Promise<void> {
  await options.store.conversations.update(context.activity.conversation.id, (existing) => existing && { ...existing, active: false, updatedAt: now.toISOString() });
}

/**
 * Team channels and group chats are remembered on every message and member change too, so a
 * conversation that was marked unreachable comes back as soon as Teams shows it is alive.
 */
export async function rememberConversation(options: RouteOptions, reference: ConversationReference, now: Date, teamId?: string): Promise<void> {
  if (reference.conversationType === 'personal') return;
  await options.store.conversations.update(reference.conversationId, (known) =>
    known?.active && known.serviceUrl === reference.serviceUrl && known.teamId === teamId
      ? undefined
      : { ...known, ...reference, ...(teamId ? { teamId } : {}), active: true, updatedAt: now.toISOString() }
  );
}
