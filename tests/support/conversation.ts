import { randomUUID } from 'node:crypto';
import { INVOKE_RESPONSE_KEY, type Activity, type TurnContext } from 'botbuilder';
import pino from 'pino';
import type { AdaptiveCard } from '../../src/core/card';
import { createAdapter } from '../../src/bot/adapter';
import { createBot, type Bot } from '../../src/bot/app';
import { ConnectorMessenger } from '../../src/bot/messenger';
import type { Person } from '../../src/domain/types';
import { TemplateVersions } from '../../src/core/templateVersions';
import { modules, catalogues } from '../../src/features';
import { TenantGate } from '../../src/core/tenants';
import type { Messenger } from '../../src/core/messenger';
import type { FirstAdmins } from '../../src/core/options';
import { seedDemo } from '../../src/demo/seed';
import type { Assistant } from '../../src/core/assistant';
import type { Store } from '../../src/core/store';
import { ConnectorStandIn } from './connector';
import { startTestStore, type TestStore } from './store';
import { lazyTestDocuments } from './documents';
import type { DocumentStore } from '../../src/core/documents';

const { nb } = catalogues;

export const BOT = { id: '28:sampuls-bot', name: 'Sampuls' };
export const TEAM_ID = '19:indre-namdal-general@thread.tacv2';

/** A person for a test, their object id a GUID ending in `number` (each test file keeps to its own range). */
export const testPerson = (tenantId: string, number: number, name: string): Person => ({
  tenantId,
  aadObjectId: `00000000-0000-0000-0000-${String(number).padStart(12, '0')}`,
  name
});

export interface Harness {
  bot: Bot;
  connector: ConnectorStandIn;
  /** A 1:1 chat with the bot as this person. */
  personal(person: Person): Chat;
  /** A team channel (conversation id is the channel's thread id). */
  channel(person: Person, channel: { id: string; name: string }): Chat;
  setNow(now: Date): void;
  /** What the bot signs its download links with. */
  links: { baseUrl: string; secret: string };
  close(): Promise<void>;
}

export interface Chat {
  /** Sends text or a card submission and returns what the bot answered in this conversation. */
  send(input: string | Partial<Activity>): Promise<Partial<Activity>[]>;
  /** Submits a card's action data with input values merged in, as Teams does. */
  submit(data: Record<string, unknown>): Promise<Partial<Activity>[]>;
  /** Presses an Action.Execute (a Universal Action): its answer goes only to the presser, as the invoke's response. */
  execute(verb: string, data: Record<string, unknown>): Promise<ExecuteResponse>;
}

/** The invoke response to an Action.Execute: a card that replaces the pressed one, or a message. */
export type ExecuteResponse = { type: 'application/vnd.microsoft.card.adaptive'; value: AdaptiveCard } | { type: 'application/vnd.microsoft.activity.message'; value: string };

export const cardsOf = (replies: Partial<Activity>[]): AdaptiveCard[] =>
  replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as AdaptiveCard));

export const textsOf = (replies: Partial<Activity>[]): string[] => replies.flatMap((r) => (r.text ? [r.text] : []));

/** Everything a card says, for assertions on what a user would read. */
export const cardText = (card: AdaptiveCard): string => JSON.stringify(card);

export async function createHarness(
  store: Store,
  options: { now?: Date; messenger?: Messenger; firstAdmins?: FirstAdmins; turnDeadlineMs?: number; documents?: DocumentStore; assistant?: Assistant } = {}
): Promise<Harness> {
  const connector = await new ConnectorStandIn().start();
  let now = options.now ?? new Date('2026-11-25T10:00:00+01:00');
  const log = pino({ level: 'silent' });
  // The real adapter in local mode: replies travel over HTTP to the connector stand-in, as in Teams.
  const adapter = createAdapter(undefined, log);
  const messenger = options.messenger ?? new ConnectorMessenger({ loopbackOnly: true });
  const links = { baseUrl: 'http://127.0.0.1:3978', secret: 'test-secret-that-is-long-enough-for-hmac' };
  const tenants = new TenantGate(store.directory, () => now.getTime());
  const firstAdmins = options.firstAdmins ?? 'whoeverComesFirst';
  const ownDocuments = options.documents ? undefined : lazyTestDocuments();
  const documents = options.documents ?? ownDocuments!.documents;
  const bot = createBot({
    store, documents, templates: new TemplateVersions(store.directory), messenger, log, t: nb, catalogues, clock: () => now, links, tenants, firstAdmins, modules,
    deployment: {
      version: '1.2.3', store: { kind: 'embedded', directory: '/srv/sampuls/.data' }, privacyContact: 'personvern@indre-namdal.no',
      ...(options.assistant ? { languageModel: '127.0.0.1' } : {})
    },
    ...(options.assistant ? { assistant: options.assistant } : {}),
    ...(options.turnDeadlineMs ? { turnDeadlineMs: options.turnDeadlineMs } : {})
  });

  const chat = (person: Person, conversation: Record<string, unknown>, channelData: Record<string, unknown>): Chat => {
    const deliver = async (base: Partial<Activity>, after: (context: TurnContext) => void = () => undefined) => {
      // An activity may name its id, as Teams' redeliveries repeat the first delivery's.
      const id = base.id ?? randomUUID();
      const before = connector.sent.length;
      await adapter.processActivityDirect('', {
        id,
        channelId: 'msteams',
        serviceUrl: connector.url,
        from: { id: `29:${person.aadObjectId}`, name: person.name, aadObjectId: person.aadObjectId },
        recipient: BOT,
        conversation: { ...conversation, tenantId: person.tenantId } as Activity['conversation'],
        channelData: { tenant: { id: person.tenantId }, ...channelData },
        ...base
      } as Activity, async (context) => {
        await bot.run(context);
        after(context);
      });
      return connector.sent.slice(before).filter((s) => s.replyToId === id).map((s) => s.activity as Partial<Activity>);
    };
    const send = (input: string | Partial<Activity>) => deliver(typeof input === 'string' ? { type: 'message', text: input } : input);
    const execute = async (verb: string, data: Record<string, unknown>) => {
      let response: ExecuteResponse | undefined;
      const sent = await deliver({ type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb, data } } }, (context) => {
        response = (context.turnState.get(INVOKE_RESPONSE_KEY) as { value?: { body?: ExecuteResponse } } | undefined)?.value?.body;
      });
      // An invoke is answered only in its response: nothing else may reach the conversation.
      if (sent.length) throw new Error(`Action.Execute ${verb} also sent ${sent.length} message(s)`);
      if (!response) throw new Error(`Action.Execute ${verb} got no invoke response`);
      return response;
    };
    return { send, submit: (data) => send({ type: 'message', value: data }), execute };
  };

  return {
    bot,
    connector,
    personal: (person) => chat(person, { id: `a:personal-${person.aadObjectId}`, conversationType: 'personal' }, {}),
    channel: (person, channel) => {
      // Like Teams, channel messages carry only ids; the name comes from the team's channel list.
      const channelId = channel.id.split(';')[0];
      const known = connector.teams.get(TEAM_ID) ?? [{ id: TEAM_ID }];
      connector.teams.set(TEAM_ID, [...known.filter((c) => c.id !== channelId), { id: channelId, name: channel.name }]);
      return chat(person, { id: channel.id, conversationType: 'channel', isGroup: true }, { team: { id: TEAM_ID }, channel: { id: channelId } });
    },
    setNow: (next) => {
      now = next;
    },
    links,
    close: async () => {
      await connector.stop();
      await ownDocuments?.close();
    }
  };
}

/** What Teams sends when a card's button is pressed: the button's data with every input's current value. */
export function submittedForm(card: AdaptiveCard, buttonTitle: string, changes: Record<string, unknown> = {}): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (typeof element.type === 'string' && element.type.startsWith('Input.')) values[element.id as string] = element.value ?? '';
      Object.values(element).forEach(visit);
    }
  };
  visit(card.body);
  const button = card.actions!.find((a) => a.title === buttonTitle)!;
  return { ...(button.data as Record<string, unknown>), ...values, ...changes };
}

/** Values for every question of the default template, as the card would send them. */
export function filledCheckIn(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    overall: 'yellow',
    overallComment: 'Sykefravær i lønnsteamet, men vi har kontroll.',
    goals: '4',
    quality: '4',
    economy: 'within',
    economyComment: '',
    benefits: '3',
    trust: '5',
    control: '3',
    anchoring: '4',
    capacity: '2',
    risks: 'Én nøkkelperson går av med pensjon i mars.',
    decisionNeeded: 'false',
    decisionText: '',
    celebrate: 'Alle lønnskjøringer gikk feilfritt.',
    ...overrides
  };
}

export type { Person };

/** A real store seeded with the demo networks and a bot talking to it, as `npm start` has them. */
export async function startDemo(now: Date): Promise<{ testStore: TestStore; harness: Harness; close(): Promise<void> }> {
  const testStore = await startTestStore();
  await seedDemo(testStore.store, now);
  const harness = await createHarness(testStore.store, { now });
  return {
    testStore,
    harness,
    close: async () => {
      await harness.close();
      await testStore.close();
    }
  };
}

/** Every element and action in a card's body, depth first. */
function elementsOf(card: AdaptiveCard): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      if (typeof (node as { type?: unknown }).type === 'string') found.push(node as Record<string, unknown>);
      Object.values(node).forEach(visit);
    }
  };
  visit(card.body);
  return found;
}

/** A card's network picker: its choices (title → network id), the one chosen, and its button's title. */
export function networkPickerOf(card: AdaptiveCard): { choices: Record<string, string>; value: string; button: string } | undefined {
  const input = elementsOf(card).find((e) => e.id === 'chosenNetwork');
  const button = elementsOf(card).find((e) => e.type === 'Action.Execute');
  if (!input || !button) return undefined;
  const choices = Object.fromEntries((input.choices as { title: string; value: string }[]).map((c) => [c.title, c.value]));
  return { choices, value: input.value as string, button: button.title as string };
}

/** Chooses a network in a card's picker and presses its button, sending every input of the card as Teams does. */
export function pickNetwork(chat: Chat, card: AdaptiveCard, networkId: string): Promise<ExecuteResponse> {
  const elements = elementsOf(card);
  const button = elements.find((e) => e.type === 'Action.Execute') as { verb: string; data: Record<string, unknown> };
  const values = Object.fromEntries(elements.filter((e) => String(e.type).startsWith('Input.')).map((e) => [e.id as string, e.value ?? '']));
  return chat.execute(button.verb, { ...button.data, ...values, chosenNetwork: networkId });
}
