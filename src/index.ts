import { nb } from './i18n/nb';
import { createAdapter } from './bot/adapter';
import { createBot } from './bot/app';
import { ConnectorMessenger } from './bot/messenger';
import { loadConfig } from './config';
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
  const local = config.mode === 'local';
  const adapter = createAdapter(config.identity, log);
  const messenger = new ConnectorMessenger({ adapter, botAppId: config.identity?.appId ?? '', loopbackOnly: local });
  const bot = createBot({ store, templates: new TemplateVersions(store.directory), messenger, log, t: nb, clock });
  const server = createHttpServer({ adapter, bot, store, log, loopbackOnly: local, appId: config.identity?.appId });
  await new Promise<void>((resolve) => server.listen(config.port, config.host, resolve));
  const address = server.address();
  const url = `http://${config.host === '0.0.0.0' ? '127.0.0.1' : config.host}:${address.port}`;
  log.info({ mode: config.mode, url }, 'bot ready');
  return {
    url,
    stop: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
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
