import restify from 'restify';
import type { CloudAdapter } from 'botbuilder';
import type { Bot } from '../bot/app';
import type { Logger } from '../core/log';
import type { Store } from '../core/store';
import { precheckBearer } from './bearer';
import { exportRoute, type ExportRouteOptions } from './export';
import { isLoopbackUrl } from '../core/loopback';

export interface HttpOptions {
  adapter: CloudAdapter;
  bot: Bot;
  store: Store;
  log: Logger;
  /** Local mode: refuse activities whose replies would go anywhere but this machine. */
  loopbackOnly: boolean;
  /** Production: the bot's app id, which every token's audience must be. */
  appId?: string;
  /** Serves the downloads behind `eksport`. */
  exports: ExportRouteOptions;
}

/** Teams activities are a few KB; anything near this is not a real activity. */
export const MAX_BODY_BYTES = 256 * 1024;
const READY_TIMEOUT_MS = 2000;
const REQUEST_TIMEOUT_MS = 30_000;

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

/** The bot's HTTP surface: the messaging endpoint and the two probes. */
export function createHttpServer(options: HttpOptions): restify.Server {
  const server = restify.createServer({ name: 'sampuls' });
  // Teams gives a turn about 15 s; a request still open after 30 s is not a real client.
  server.server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.server.headersTimeout = REQUEST_TIMEOUT_MS;
  server.use(restify.plugins.bodyParser({ maxBodySize: MAX_BODY_BYTES, mapParams: false, mapFiles: false }));

  server.post('/api/messages', async (req: restify.Request, res: restify.Response) => {
    const activity = req.body as { type?: unknown; serviceUrl?: unknown } | undefined;
    if (!activity || typeof activity !== 'object' || typeof activity.type !== 'string') {
      res.send(400, { error: 'The body must be a Bot Framework activity' });
      return;
    }
    if (options.appId) {
      const check = precheckBearer(req.header('authorization'), options.appId, Math.floor(Date.now() / 1000));
      if (!check.ok) {
        options.log.warn({ reason: check.reason }, 'unauthenticated request refused');
        res.send(401, { error: 'Unauthorized' });
        return;
      }
    }
    if (options.loopbackOnly && !isLoopbackUrl(String(activity.serviceUrl ?? ''))) {
      res.send(400, { error: 'Local mode only answers activities whose serviceUrl is on this machine' });
      return;
    }
    await options.adapter.process(req, res, (context) => options.bot.run(context));
  });

  // The Agents Playground probes the endpoint with HEAD before it connects.
  server.head('/api/messages', async (_req: restify.Request, res: restify.Response) => {
    res.send(200);
  });

  server.get('/export/*', exportRoute(options.exports));

  server.get('/healthz', async (_req: restify.Request, res: restify.Response) => {
    res.send(200, { status: 'alive' });
  });

  server.get('/readyz', async (_req: restify.Request, res: restify.Response) => {
    try {
      await withTimeout(options.store.ping(), READY_TIMEOUT_MS);
      res.send(200, { status: 'ready' });
    } catch {
      res.send(503, { status: 'store unreachable' });
    }
  });

  server.on('restifyError', (req, _res, error, callback) => {
    options.log.warn({ status: error.statusCode, path: req.path() }, 'request refused');
    return callback();
  });
  return server;
}
