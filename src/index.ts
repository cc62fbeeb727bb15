import { resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { hostname } from 'node:os';
import { connectorToken, createAdapter } from './bot/adapter';
import { createBot } from './bot/app';
import { modules, catalogues } from './features';
import { ConnectorMessenger } from './bot/messenger';
import { loadConfig, type AssistantSettings, type BotIdentity, type Config } from './config';
import { azureOpenAiAssistant } from './bot/assistant';
import type { Assistant } from './core/assistant';
import type { Deployment, Links } from './core/options';
import type { Logger } from './core/log';
import type { Store } from './core/store';
import type { DocumentStore } from './core/documents';
import type { UserId } from './domain/types';
import type restify from 'restify';
import { seedDemo } from './demo/seed';
import { seedBodies } from './demo/bodies';
import { TemplateVersions } from './core/templateVersions';
import { TenantGate } from './core/tenants';
import { Scheduler } from './features/annualCycle/scheduler';
import { createHttpServer } from './http/server';
import { createLogger } from './log';
import { openStore } from './store/open';
import { openDocuments } from './store/documents/open';
import { startTelemetry } from './telemetry';


export interface RunningBot {
  /** Base URL, e.g. http://127.0.0.1:3978 */
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: () => Date;
  /** Receives every log line too (Application Insights). */
  logMirror?: (line: string) => void;
  /** The årshjul starts once this settles: locally, when the playground it sends to is listening. */
  schedulerAfter?: Promise<unknown>;
}

/** Thrown when settings are missing or invalid; the message has one line per setting. */
export class ConfigurationError extends Error {}

export interface AssemblyOptions {
  store: Store;
  documents: DocumentStore;
  log: Logger;
  clock: () => Date;
  /** Production identity; local mode without it. */
  identity?: BotIdentity;
  publicUrl?: string;
  signingSecret?: string;
  /** Production only: who may set up the first networks (nobody but a file import when empty). */
  bootstrapAdmins?: UserId[];
  /** What `om` tells; an unnamed embedded store when not given (tests). */
  deployment?: Deployment;
  /** Azure OpenAI for «Spør Sampuls», when configured. */
  assistant?: Assistant;
}

/** The running version, from package.json (two levels up from both src/ and dist/). */
// eslint-disable-next-line @typescript-eslint/no-require-imports
const VERSION = (require('../package.json') as { version: string }).version;

/** Where this configuration keeps its data, for `om`. */
function deploymentOf(config: Config): Deployment {
  const { endpoint, database } = config.cosmos;
  const store: Deployment['store'] = endpoint ? { kind: 'cosmos', host: new URL(endpoint).host, database } : { kind: 'embedded', directory: resolve(config.dataDir) };
  return {
    version: VERSION,
    store,
    ...(config.privacyContact ? { privacyContact: config.privacyContact } : {}),
    ...(config.assistant ? { languageModel: new URL(config.assistant.endpoint).host } : {})
  };
}

export interface Assembly {
  server: restify.Server;
  links: Links;
  /** Builds the årshjul scheduler on the same store, messenger and clock. */
  scheduler(settings: Config['scheduler']): Scheduler;
}

/** Wires adapter, bot and HTTP server around a store; shared by startBot and the HTTP tests. */
export function assemble(options: AssemblyOptions): Assembly {
  const { store, documents, log, clock, identity } = options;
  const local = identity === undefined;
  const adapter = createAdapter(identity, log);
  const messenger = new ConnectorMessenger({ loopbackOnly: local, ...(identity ? { token: connectorToken(identity) } : {}) });
  const templates = new TemplateVersions(store.directory);
  const links = { baseUrl: options.publicUrl ?? '', secret: options.signingSecret ?? randomBytes(32).toString('hex') };
  const firstAdmins = local ? 'whoeverComesFirst' : (options.bootstrapAdmins ?? []);
  const deployment = options.deployment ?? { version: VERSION, store: { kind: 'embedded', directory: '' } };
  const tenants = new TenantGate(store.directory, () => clock().getTime());
  const bot = createBot({
    store, documents, templates, messenger, log, t: catalogues.nb, catalogues, clock, links, tenants, firstAdmins, modules, deployment,
    ...(options.assistant ? { assistant: options.assistant } : {})
  });
  const exports = { store, templates, links, log, t: catalogues.nb, clock, modules, tenants };
  const server = createHttpServer({ adapter, bot, store, log, loopbackOnly: local, appId: identity?.appId, exports, reports: { store, documents, links, log, catalogues, clock, tenants } });
  const scheduler = (settings: Config['scheduler']) =>
    new Scheduler({
      store, messenger, templates, documents, links, log, catalogues, clock, modules,
      instanceId: `${hostname()}-${process.pid}-${randomBytes(3).toString('hex')}`,
      intervalMs: settings.intervalMs,
      leaseMs: settings.leaseMs,
      tenantPerSecond: settings.tenantPerSecond
    });
  return { server, links, scheduler };
}

/** A turn has 10 s for its store calls; the language model gets 8 s of it, a Retry-After wait included. */
const ASSISTANT_BUDGET_MS = 8_000;

/**
 * Azure OpenAI with a key (from Key Vault), or the bot's managed identity through @azure/identity,
 * loaded only when a question is first asked without a key.
 */
function assistantOf(settings: AssistantSettings, log: Logger): Assistant {
  const { endpoint, deployment, apiVersion, apiKey } = settings;
  let token: (() => Promise<string>) | undefined;
  const signIn = async () => {
    if (!token) {
      const { DefaultAzureCredential, getBearerTokenProvider } = await import('@azure/identity');
      token = getBearerTokenProvider(new DefaultAzureCredential(), 'https://cognitiveservices.azure.com/.default');
    }
    return token();
  };
  return azureOpenAiAssistant({ endpoint, deployment, apiVersion, budgetMs: ASSISTANT_BUDGET_MS, log, ...(apiKey ? { apiKey } : { token: signIn }) });
}

/** Real time, or real time shifted so the bot starts at a chosen instant (demos of the årshjul). */
function clockFrom(start: Date | undefined): () => Date {
  if (!start) return () => new Date();
  const offset = start.getTime() - Date.now();
  return () => new Date(Date.now() + offset);
}

/** The composition root: config → store → bot → HTTP server. */
export async function startBot(env: NodeJS.ProcessEnv = process.env, options: StartOptions = {}): Promise<RunningBot> {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new ConfigurationError(loaded.errors.join('\n'));
  const { config } = loaded;
  const clock = options.clock ?? clockFrom(config.clockStart);
  const log = createLogger(config.logLevel, options.logMirror);
  const storage = await openStore(config, log);
  const { store } = storage;
  const filing = await openDocuments(config, storage.embedded, log);
  // The demo's tenants and people exist only in the playground: a real tenant (tunnel mode) starts empty.
  if (storage.embedded && config.mode === 'local' && (await store.directory.isEmpty())) {
    await seedDemo(store, clock());
    // Only the local demo: its meetings would send «Forbered status» in tests that tick the demo's årshjul for other reasons.
    await seedBodies(store, clock());
    log.info({}, 'empty local store seeded with the demo networks');
  }
  const { identity, publicUrl, signingSecret, bootstrapAdmins } = config;
  const assistant = config.assistant ? assistantOf(config.assistant, log) : undefined;
  const assembly = assemble({ store, documents: filing.documents, log, clock, identity, publicUrl, signingSecret, bootstrapAdmins, deployment: deploymentOf(config), ...(assistant ? { assistant } : {}) });
  const { server, links } = assembly;
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const scheduler = config.scheduler.enabled ? assembly.scheduler(config.scheduler) : undefined;
  let stopped = false;
  void Promise.resolve(options.schedulerAfter)
    .catch(() => undefined)
    .then(() => {
      if (!stopped) scheduler?.start();
    });
  const address = server.address();
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${address.port}`;
  links.baseUrl ||= url;
  log.info({ mode: config.mode, url, scheduler: Boolean(scheduler), clock: clock().toISOString() }, 'bot ready');
  return {
    url,
    stop: async () => {
      // Stop accepting, let turns in flight finish, and do not wait on idle keep-alive sockets.
      stopped = true;
      const stopping = scheduler?.stop();
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      await Promise.all([closed, stopping]);
      await filing.close();
      await storage.close();
    }
  };
}

async function main(): Promise<void> {
  // First of all: the HTTP instrumentation must be in place before the bot opens any socket.
  const telemetry = startTelemetry(process.env);
  try {
    const bot = await startBot(process.env, telemetry ? { logMirror: telemetry.log } : {});
    // The turns in flight finish first, then the telemetry they produced is sent.
    const stop = () =>
      void bot
        .stop()
        .then(() => telemetry?.shutdown())
        .then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigurationError ? 'Invalid configuration:\n' : ''}${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
