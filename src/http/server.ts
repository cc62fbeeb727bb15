import pino from 'pino';
import { STATUS_CODES } from 'node:http';
import restify from 'restify';
import type { Activity } from 'botbuilder';
import type { BotAdapter } from '../bot/adapter';
import type { Bot } from '../bot/app';
import type { Logger } from '../core/log';
import type { Store } from '../core/store';
import { precheckBearer } from './bearer';
import { exportRoute, type ExportRouteOptions } from './export';
import { reportRoute, type ReportRouteOptions } from './report';
import { isLoopbackUrl } from '../core/loopback';

export interface HttpOptions {
  adapter: BotAdapter;
  bot: Bot;
  store: Store;
  log: Logger;
  /** Local mode: refuse activities whose replies would go anywhere but this machine. */
  loopbackOnly: boolean;
  /** Production: the bot's app id, which every token's audience must be. */
  appId?: string;
  /** Serves the downloads behind `eksport`. */
  exports: ExportRouteOptions;
  /** Serves the Word files behind `rapport`. */
  reports: ReportRouteOptions;
}

/** Teams activities are a few KB; anything near this is not a real activity. */
export const MAX_BODY_BYTES = 256 * 1024;
const READY_TIMEOUT_MS = 2000;
const REQUEST_TIMEOUT_MS = 30_000;

/** Logged with its reason; the caller learns only that it is not authenticated. */
function refuseUnauthenticated(log: Logger, res: restify.Response, reason: string): void {
  log.warn({ reason }, 'unauthenticated request refused');
  res.send(401, { error: 'Unauthorized' });
}

function withTimeout<T>(work: Promise<T>, ms: number): Promise<T> {
  return Promise.race([work, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timeout')), ms).unref())]);
}

/**
 * Refuses, before a byte of the body is read, what no Bot Connector sends: a compressed body (it
 * would be inflated past the size limit), anything but JSON (the multipart parser writes uploads
 * to disk), a declared length over the limit, and requests from web pages (a browser sends
 * Origin; the Bot Connector and the Agents Playground's server do not).
 */
function refuseNonConnectorRequests(req: restify.Request, res: restify.Response, next: restify.Next): void {
  const encoding = req.header('content-encoding');
  const status =
    req.header('origin') !== undefined ? 403
    : (encoding !== undefined && encoding.toLowerCase() !== 'identity') || req.getContentType() !== 'application/json' ? 415
    : req.getContentLength() > MAX_BODY_BYTES ? 413
    : undefined;
  if (status === undefined) {
    // `identity` means not encoded, which restify's body reader knows only as no header at all.
    delete req.headers['content-encoding'];
    return next();
  }
  res.send(status, { error: STATUS_CODES[status] });
  return next(false);
}

/** The bot's HTTP surface: the messaging endpoint, the export downloads and the two probes. */
export function createHttpServer(options: HttpOptions): restify.Server {
  // No Server header; restify's own logger stays silent because its warnings log whole requests,
  // download tokens in URLs included. What is worth logging, this file logs itself.
  // (@types/restify still describes restify 8's bunyan logger; restify 11 takes pino's.)
  const server = restify.createServer({ name: '', log: pino({ level: 'silent' }) as unknown as restify.ServerOptions['log'] });
  // Teams gives a turn about 15 s; a request still open after 30 s is not a real client.
  server.server.requestTimeout = REQUEST_TIMEOUT_MS;
  server.server.headersTimeout = REQUEST_TIMEOUT_MS;

  // The reader counts every byte read against the limit (nothing is decoded: see above).
  const readJson = [restify.plugins.bodyReader({ maxBodySize: MAX_BODY_BYTES }), ...restify.plugins.jsonBodyParser({ bodyReader: true })];
  server.post('/api/messages', refuseNonConnectorRequests, ...readJson, async (req: restify.Request, res: restify.Response) => {
    const activity = req.body as Activity | undefined;
    if (!activity || typeof activity !== 'object' || typeof activity.type !== 'string') {
      res.send(400, { error: 'The body must be a Bot Framework activity' });
      return;
    }
    const authHeader = req.header('authorization') ?? '';
    if (options.appId) {
      const check = precheckBearer(authHeader, options.appId, Math.floor(Date.now() / 1000));
      if (!check.ok) return refuseUnauthenticated(options.log, res, check.reason);
    }
    if (options.loopbackOnly && !isLoopbackUrl(String(activity.serviceUrl ?? ''))) {
      res.send(400, { error: 'Local mode only answers activities whose serviceUrl is on this machine' });
      return;
    }
    // Whatever fails here (a forged signature, signing keys out of reach) means the sender is unproven.
    const auth = await options.adapter.authenticate(authHeader, activity).catch((error: Error) => error);
    if (auth instanceof Error) return refuseUnauthenticated(options.log, res, auth.message);
    const answer = await options.adapter.runTurn(auth, activity, (context) => options.bot.run(context));
    res.send(answer?.status ?? 200, answer?.body);
  });
  // The Agents Playground probes the endpoint with HEAD before it connects.
  server.head('/api/messages', async (_req: restify.Request, res: restify.Response) => {
    res.send(200);
  });

  server.get('/export/*', exportRoute(options.exports));
  server.get('/report/*', reportRoute(options.reports));

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
    // A path may hold a download token: only the route it matched is logged, if any.
    const fields = { status: error.statusCode, method: req.method, route: req.getRoute()?.path ?? 'none' };
    if (error.statusCode >= 500) options.log.error({ ...fields, err: error }, 'request failed');
    else options.log.warn(fields, 'request refused');
    // The answer says no more than its status: no parser messages, paths or class names.
    const body = { error: error.statusCode === 400 ? 'invalid request' : STATUS_CODES[error.statusCode] };
    error.toJSON = () => body;
    return callback();
  });
  return server;
}
