import { ActivityTypes, type ChannelAccount, type TurnContext } from 'botbuilder';
import type { FeatureOptions } from '../core/options';
import type { TenantAccess } from '../core/tenants';
import { say } from '../core/turn';
import { withStoreDeadline } from '../core/deadline';
import { StoreUnavailable } from '../core/store';
import { referenceOf, teamIdOf, tenantOf, toActivity } from './activity';
import { onInstalled, onUninstalled, rememberConversation, rememberTeamMembers } from './routes/install';
import { onExecute } from './routes/execute';
import { onMessage, onOutsiderMessage } from './routes/message';
import { toTurn } from './turn';
import { CardActions } from './actions';
import { admission } from './admission';
import { router } from './router';
import type { Language } from '../core/module';
import type { Catalogue } from '../core/i18n/catalogue';
import { CommandTable } from '../core/commands';
import { catalogueFor } from '../core/i18n/catalogues';

export interface BotOptions extends FeatureOptions {
  /** The time a turn happens at; injected so tests and demos can move it. */
  clock: () => Date;
  /** Every language's catalogue, to answer each person in theirs. */
  catalogues: Record<Language, Catalogue>;
  /** How long a turn's store calls may take in all; TURN_DEADLINE_MS unless a test needs less. */
  turnDeadlineMs?: number;
}

/** What the routes are given: the options plus the command words and card actions of every module. */
export interface RouteOptions extends BotOptions {
  commands: CommandTable;
  actions: CardActions;
}

/**
 * Teams gives up on a turn after about 15 s and delivers it again. Store calls stop 10 s after the
 * turn starts work, which leaves time for the reply.
 */
const TURN_DEADLINE_MS = 10_000;

/** Turns one instance works on at once; more wait their turn (see admission). */
const CONCURRENT_TURNS = 32;

/** The part of the bot the HTTP layer and tests need: run one turn. */
export interface Bot {
  run(context: TurnContext): Promise<void>;
}

/**
 * Routes Teams activities to the features. botbuilder is kept to bot/ so a move to the Teams SDK
 * v2 or the Agents SDK touches little else; no AI library is loaded for routing.
 */
export function createBot(settings: BotOptions): Bot {
  const options: RouteOptions = { ...settings, commands: new CommandTable(settings.modules), actions: new CardActions(settings.modules) };
  const botIn = (context: TurnContext, members: ChannelAccount[]) => members.some((m) => m.id === context.activity.recipient.id);
  const dispatch = router({
    membersAdded: (context, members) =>
      guard(context, options, async (options) => {
        if (botIn(context, members)) await onInstalled(context, options, options.clock());
        else {
          await rememberConversation(options, referenceOf(context.activity), options.clock(), teamIdOf(context.activity));
          await rememberTeamMembers(context, options, members);
        }
      }),
    membersRemoved: (context, members) =>
      guard(context, options, async (options) => {
        if (botIn(context, members)) await onUninstalled(context, options, options.clock());
      }),
    installationUpdate: (context) =>
      guard(context, options, async (options) => {
        // "add" also arrives as membersAdded, which already welcomes; only removal needs handling here.
        if (context.activity.action?.startsWith('remove')) await onUninstalled(context, options, options.clock());
      }),
    cardAction: (context) => guard(context, options, (options) => onExecute(context, options, toTurn(context, options.clock(), options))),
    message: (context) =>
      guard(
        context,
        options,
        async (options) => {
          const turn = toTurn(context, options.clock(), options);
          if (!turn) return void (await context.sendActivity(options.t.general.notIdentified));
          await onMessage(context, options, turn);
        },
        (options) => onOutsiderMessage(context, options, toTurn(context, options.clock(), options))
      )
  });
  const admit = admission(CONCURRENT_TURNS);
  return { run: (context) => admit(() => dispatch(context)) };
}

/**
 * Activities from a tenant no network allows change nothing: a message gets one clear line,
 * anything else (installs, member changes) is dropped without storing a reference. The one
 * exception (`outsider`) is a message giving an invitation code, which is how such a tenant joins.
 */
async function refusedTenant(context: TurnContext, options: RouteOptions, access: TenantAccess, outsider?: Outsider): Promise<boolean> {
  if (access.allowed) return false;
  if (await outsider?.(options)) return true;
  options.log.warn({ activityType: context.activity.type }, 'activity from a tenant no network allows');
  if (context.activity.type === ActivityTypes.Message) await context.sendActivity(options.t.general.tenantRefused);
  if (context.activity.type === ActivityTypes.Invoke) {
    await context.sendActivity({
      type: 'invokeResponse',
      value: { status: 200, body: { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: options.t.general.tenantRefused } }
    });
  }
  return true;
}

/** Handles an activity from a tenant no network allows, if it may be handled at all; true when it was. */
type Outsider = (options: RouteOptions) => Promise<boolean>;

/** Whatever fails inside a turn, the user gets a clear line and the process carries on. */
async function guard(context: TurnContext, shared: RouteOptions, work: (options: RouteOptions) => Promise<void>, outsider?: Outsider): Promise<void> {
  let options = shared;
  try {
    await withStoreDeadline(shared.turnDeadlineMs ?? TURN_DEADLINE_MS, async () => {
      const access = await shared.tenants.access(tenantOf(context.activity) ?? '');
      // Nynorsk or bokmål as Teams reports for the person, else the network's language (see catalogueFor).
      options = { ...shared, t: catalogueFor(shared.catalogues, context.activity.locale, access.language, shared.t) };
      if (await refusedTenant(context, options, access, outsider)) return;
      await work(options);
    });
  } catch (error) {
    const unavailable = error instanceof StoreUnavailable;
    options.log.error({ err: error, activityType: context.activity.type }, unavailable ? 'store unavailable' : 'turn failed');
    await context
      .sendActivity(toActivity(say(unavailable ? options.t.general.storeUnavailable : options.t.general.failed)))
      .catch(() => undefined);
  }
}
