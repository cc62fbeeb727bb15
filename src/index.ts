import { randomBytes } from 'node:crypto';
import { nb } from './i18n/nb';
import { createAdapter } from './bot/adapter';
import { createBot } from './bot/app';
import { ConnectorMessenger } from './bot/messenger';
import { loadConfig, type BotIdentity } from './config';
import type { ExportLinks } from './features/export/offer';
import type { Logger } from './features/turn';
import type { Store } from './store/types';
import type restify from 'restify';
import { seedDemo } from './demo/seed';
import { TemplateVersions } from './features/templates';
import { createHttpServer } from './http/server';
import { createLogger } from './log';
import { openStore } from './store/open';

export interface RunningBot {
  /** Base URL, e.g. http://127.0.0.1:3978 */
  url: string;
  stop(): Promise<void>;
}

export interface StartOptions {
  clock?: () => Date;
}

/** Thrown when settings are missing or invalid; the message has one line per setting. */
export class ConfigurationError extends Error {}

export interface AssemblyOptions {
  store: Store;
  log: Logger;
  clock: () => Date;
  /** Production identity; local mode without it. */
  identity?: BotIdentity;
  publicUrl?: string;
  linkSecret?: string;
}

/** Wires adapter, bot and HTTP server around a store; shared by startBot and the HTTP tests. */
export function assemble(options: AssemblyOptions): { server: restify.Server; exportLinks: ExportLinks } {
  const { store, log, clock, identity } = options;
  const local = identity === undefined;
  const adapter = createAdapter(identity, log);
  const messenger = new ConnectorMessenger({ adapter, botAppId: identity?.appId ?? '', loopbackOnly: local });
  const templates = new TemplateVersions(store.directory);
  const exportLinks = { baseUrl: options.publicUrl ?? '', secret: options.linkSecret ?? randomBytes(32).toString('hex') };
  const bot = createBot({ store, templates, messenger, log, t: nb, clock, exportLinks });
  const exports = { store, templates, links: exportLinks, log, t: nb };
  const server = createHttpServer({ adapter, bot, store, log, loopbackOnly: local, appId: identity?.appId, exports });
  return { server, exportLinks };
}

/** The composition root: config → store → bot → HTTP server. */
export async function startBot(env: NodeJS.ProcessEnv = process.env, options: StartOptions = {}): Promise<RunningBot> {
  const loaded = loadConfig(env);
  if (!loaded.ok) throw new ConfigurationError(loaded.errors.join('\n'));
  const { config } = loaded;
  const clock = options.clock ?? (() => new Date());
  const log = createLogger(config.logLevel);
  const storage = await openStore(config, log);
  const { store } = storage;
  if (storage.embedded && (await store.directory.isEmpty())) {
    await seedDemo(store, clock());
    log.info({}, 'empty local store seeded with the demo networks');
  }
  const { server, exportLinks } = assemble({ store, log, clock, identity: config.identity, publicUrl: config.publicUrl, linkSecret: config.linkSecret });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${address.port}`;
  exportLinks.baseUrl ||= url;
  log.info({ mode: config.mode, url }, 'bot ready');
  return {
    url,
    stop: async () => {
      // Stop accepting, let turns in flight finish, and do not wait on idle keep-alive sockets.
      const closed = new Promise<void>((resolve) => server.close(() => resolve()));
      server.server.closeIdleConnections();
      await closed;
      await storage.close();
    }
  };
}

async function main(): Promise<void> {
  try {
    const bot = await startBot();
    const stop = () => void bot.stop().then(() => process.exit(0));
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  } catch (error) {
    process.stderr.write(`${error instanceof ConfigurationError ? 'Invalid configuration:\n' : ''}${(error as Error).message}\n`);
    process.exit(1);
  }
}

if (require.main === module) void main();
