import diagnosticsChannel from 'node:diagnostics_channel';
import type { IncomingMessage, RequestOptions } from 'node:http';
import type { Attributes, Span } from '@opentelemetry/api';
import type { AnyValueMap } from '@opentelemetry/api-logs';

/**
 * Application Insights through OpenTelemetry and the Azure Monitor exporter, switched on by
 * APPLICATIONINSIGHTS_CONNECTION_STRING. Without it nothing here is loaded, so local mode and the
 * tests pay neither the start-up time nor the memory. The pipeline is built from its parts (trace
 * and log SDKs, the http instrumentation) rather than with the `@azure/monitor-opentelemetry`
 * distro, which also loads every OTLP exporter, the metrics SDK and instrumentations for databases
 * the bot does not use: about 23 MB more resident memory for nothing sent.
 *
 * What is sent:
 * - requests: every HTTP request the bot serves (the http instrumentation);
 * - dependencies: outgoing HTTP from node:http (Cosmos DB, token requests, botbuilder's replies)
 *   and from fetch (the proactive sends to the Bot Connector; see `traceFetch`);
 * - logs: every pino line, as a trace at its level; a line with an `err` becomes an exception.
 *
 * No personal data: request bodies and headers are never recorded, the signed export links
 * (`/export/<token>`, which name the person they were made for) are reduced to `/export/*`, query
 * strings are dropped, the client's IP address and user agent are blanked, and the ids in
 * outgoing paths (Cosmos DB documents are named after tenant + user, Teams conversations after
 * the chat) become `{id}`, which also groups the dependencies usefully. The pino lines themselves
 * carry ids and outcomes only (see log.ts).
 */
export interface Telemetry {
  /** Forwards one pino JSON line as an OpenTelemetry log record. */
  log(line: string): void;
  /** Exports what is still buffered and stops; call it before the process exits. */
  shutdown(): Promise<void>;
}

/** The cloud role name in Application Insights (the application map and the `cloud_RoleName` column). */
export const CLOUD_ROLE = 'sampuls';

const SHUTDOWN_TIMEOUT_MS = 10_000;
const TRACES_PER_SECOND = 5;

/** Starts exporting when the connection string is set; undefined (and nothing loaded) otherwise. */
export function startTelemetry(env: NodeJS.ProcessEnv = process.env): Telemetry | undefined {
  const connectionString = env.APPLICATIONINSIGHTS_CONNECTION_STRING?.trim();
  if (!connectionString) return undefined;

  const pipeline = startPipeline(connectionString, env);
  const { api, apiLogs } = pipeline;

  const stopFetchTracing = traceFetch(api);
  const logger = apiLogs.logs.getLogger(CLOUD_ROLE);
  return {
    log: (line) => {
      const record = logRecord(line);
      if (record) logger.emit(record);
    },
    shutdown: async () => {
      stopFetchTracing();
      // Bounded: an unreachable ingestion endpoint must not keep a stopping instance alive (what
      // could not be sent is kept on disk by the exporter and sent by the next start).
      const timeout = new Promise<void>((resolve) => setTimeout(resolve, SHUTDOWN_TIMEOUT_MS).unref());
      await Promise.race([pipeline.shutdown().catch(() => undefined), timeout]);
    }
  };
}

interface Pipeline {
  api: typeof import('@opentelemetry/api');
  apiLogs: typeof import('@opentelemetry/api-logs');
  shutdown(): Promise<void>;
}

/** Traces (requests and dependencies) and logs, each batched to the Azure Monitor exporter. */
function startPipeline(connectionString: string, env: NodeJS.ProcessEnv): Pipeline {
  // Loaded here, not at the top, so that nothing of OpenTelemetry is loaded without the setting.
  /* eslint-disable @typescript-eslint/no-require-imports */
  const api = require('@opentelemetry/api') as typeof import('@opentelemetry/api');
  const apiLogs = require('@opentelemetry/api-logs') as typeof import('@opentelemetry/api-logs');
  const exporters = require('@azure/monitor-opentelemetry-exporter') as typeof import('@azure/monitor-opentelemetry-exporter');
  const { NodeTracerProvider, BatchSpanProcessor } = require('@opentelemetry/sdk-trace-node') as typeof import('@opentelemetry/sdk-trace-node');
  const { LoggerProvider, BatchLogRecordProcessor } = require('@opentelemetry/sdk-logs') as typeof import('@opentelemetry/sdk-logs');
  const { resourceFromAttributes } = require('@opentelemetry/resources') as typeof import('@opentelemetry/resources');
  const { registerInstrumentations } = require('@opentelemetry/instrumentation') as typeof import('@opentelemetry/instrumentation');
  const { HttpInstrumentation } = require('@opentelemetry/instrumentation-http') as typeof import('@opentelemetry/instrumentation-http');
  /* eslint-enable @typescript-eslint/no-require-imports */

  // On App Service a resource detector would name the role after the site; one name everywhere.
  const resource = resourceFromAttributes({ 'service.name': CLOUD_ROLE });
  const tracing = new NodeTracerProvider({
    resource,
    // At most 5 traces a second unless OTEL_TRACES_SAMPLER names another sampler (read by the SDK).
    sampler: env.OTEL_TRACES_SAMPLER ? undefined : new exporters.RateLimitedSampler(Number(env.OTEL_TRACES_SAMPLER_ARG) || TRACES_PER_SECOND),
    spanProcessors: [new BatchSpanProcessor(new exporters.AzureMonitorTraceExporter({ connectionString }))]
  });
  tracing.register();
  const logging = new LoggerProvider({
    resource,
    processors: [new BatchLogRecordProcessor(new exporters.AzureMonitorLogExporter({ connectionString }))]
  });
  apiLogs.logs.setGlobalLoggerProvider(logging);
  const stopInstrumenting = registerInstrumentations({
    tracerProvider: tracing,
    instrumentations: [
      new HttpInstrumentation({
        // The embedded Cosmos-protocol server (local mode only) answers in this process too.
        ignoreIncomingRequestHook: (request: IncomingMessage) => 'x-ms-version' in request.headers,
        startIncomingSpanHook: incomingRequestAttributes,
        startOutgoingSpanHook: outgoingRequestAttributes
      })
    ]
  });
  // The http instrumentation patches node:http when it is next required; the bot's modules were
  // loaded before this ran, so require it once now (and https, which Cosmos DB and tokens use).
  /* eslint-disable @typescript-eslint/no-require-imports */
  require('node:http');
  require('node:https');
  /* eslint-enable @typescript-eslint/no-require-imports */
  return {
    api,
    apiLogs,
    shutdown: async () => {
      stopInstrumenting();
      await Promise.all([tracing.shutdown(), logging.shutdown()]);
    }
  };
}

/** The bot's routes whose paths hold nothing secret. */
const FIXED_ROUTES = ['/api/messages', '/healthz', '/readyz'];

/** The request as Application Insights shows it: route and path without tokens or query, no client IP or user agent. */
export function incomingRequestAttributes(request: Pick<IncomingMessage, 'url' | 'headers'>): Attributes {
  const path = (request.url ?? '/').split('?')[0] || '/';
  // Any other path may be a mistyped download link, token included.
  const shown = FIXED_ROUTES.includes(path) ? path : /^\/+export\//i.test(path) ? '/export/*' : '/*';
  return {
    'http.route': shown,
    'http.target': shown,
    'http.url': `http://${request.headers.host ?? 'localhost'}${shown}`,
    // Takes precedence over X-Forwarded-For and the socket address for ai.location.ip.
    'microsoft.client.ip': '0.0.0.0',
    'http.client_ip': '0.0.0.0',
    'http.user_agent': ''
  };
}

/** Path segments after these name one document, conversation or activity: `{id}` instead. */
const ID_AFTER = new Set(['docs', 'conversations', 'activities', 'teams', 'members', 'attachments']);

/** `/dbs/sampuls/colls/people/docs/<tenant>:<user>` → `/dbs/sampuls/colls/people/docs/{id}`; no query string. */
export function redactPath(path: string): string {
  const segments = (path.split('?')[0] || '/').split('/');
  return segments.map((segment, i) => (i > 0 && segment && ID_AFTER.has(segments[i - 1]!) ? '{id}' : segment)).join('/');
}

/** An outgoing node:http request as Application Insights shows it (a dependency): no ids, no query. */
export function outgoingRequestAttributes(options: RequestOptions): Attributes {
  const path = redactPath(options.path ?? '/');
  const port = options.port ? `:${options.port}` : '';
  return {
    'http.url': `${options.protocol ?? 'http:'}//${options.hostname ?? options.host ?? 'localhost'}${port}${path}`,
    'http.target': path
  };
}

const SEVERITY: Record<number, { number: number; text: string }> = {
  10: { number: 1, text: 'TRACE' },
  20: { number: 5, text: 'DEBUG' },
  30: { number: 9, text: 'INFO' },
  40: { number: 13, text: 'WARN' },
  50: { number: 17, text: 'ERROR' },
  60: { number: 21, text: 'FATAL' }
};

/** pino's own fields, which are either the record's frame (time, level, message) or the resource. */
const FRAME = new Set(['level', 'time', 'msg', 'pid', 'hostname', 'service', 'err']);

export interface PinoLogRecord {
  severityNumber: number;
  severityText: string;
  body: string;
  timestamp: number;
  attributes: AnyValueMap;
}

/**
 * One pino JSON line as an OpenTelemetry log record: the message as body, the other fields as
 * attributes, and a serialised `err` as the exception attributes that make it an exception.
 */
export function logRecord(line: string): PinoLogRecord | undefined {
  let entry: Record<string, unknown>;
  try {
    entry = JSON.parse(line) as Record<string, unknown>;
  } catch {
    return undefined;
  }
  const severity = SEVERITY[Number(entry.level)] ?? SEVERITY[30]!;
  const attributes: AnyValueMap = {};
  for (const [key, value] of Object.entries(entry)) {
    if (FRAME.has(key) || value === undefined || value === null) continue;
    attributes[key] = typeof value === 'object' ? JSON.stringify(value) : (value as string | number | boolean);
  }
  const err = entry.err as { type?: string; message?: string; stack?: string } | undefined;
  if (err && typeof err === 'object') {
    attributes['exception.type'] = err.type ?? 'Error';
    attributes['exception.message'] = err.message ?? '';
    attributes['exception.stacktrace'] = err.stack ?? `${err.type ?? 'Error'}: ${err.message ?? ''}`;
  }
  return {
    severityNumber: severity.number,
    severityText: severity.text,
    body: typeof entry.msg === 'string' ? entry.msg : '',
    timestamp: typeof entry.time === 'number' ? entry.time : Date.now(),
    attributes
  };
}

/** The parts of undici's request object its diagnostics channels hand out. */
interface UndiciRequest {
  origin: string | URL;
  method: string;
  path: string;
}

/**
 * Dependencies for `fetch`, which Node implements with undici rather than node:http, so the http
 * instrumentation never sees it. The proactive sends to the Bot Connector use it. undici reports
 * each request on diagnostics channels: a client span from creation to the end of the response.
 */
function traceFetch(api: typeof import('@opentelemetry/api')): () => void {
  const tracer = api.trace.getTracer('sampuls-fetch');
  const spans = new WeakMap<object, Span>();
  const handlers: Record<string, (message: unknown) => void> = {
    'undici:request:create': (message) => {
      const { request } = message as { request: UndiciRequest };
      const origin = new URL(String(request.origin));
      const path = redactPath(request.path);
      const span = tracer.startSpan(request.method, {
        kind: api.SpanKind.CLIENT,
        attributes: {
          'http.method': request.method,
          'http.url': `${origin.origin}${path}`,
          'net.peer.name': origin.hostname,
          ...(origin.port ? { 'net.peer.port': Number(origin.port) } : {})
        }
      });
      spans.set(request, span);
    },
    'undici:request:headers': (message) => {
      const { request, response } = message as { request: object; response: { statusCode: number } };
      const span = spans.get(request);
      span?.setAttribute('http.status_code', response.statusCode);
      if (response.statusCode >= 400) span?.setStatus({ code: api.SpanStatusCode.ERROR });
    },
    'undici:request:trailers': (message) => {
      const { request } = message as { request: object };
      spans.get(request)?.end();
      spans.delete(request);
    },
    'undici:request:error': (message) => {
      const { request, error } = message as { request: object; error: Error };
      const span = spans.get(request);
      span?.recordException(error);
      span?.setStatus({ code: api.SpanStatusCode.ERROR, message: error.message });
      span?.end();
      spans.delete(request);
    }
  };
  for (const [name, handler] of Object.entries(handlers)) diagnosticsChannel.subscribe(name, handler);
  return () => {
    for (const [name, handler] of Object.entries(handlers)) diagnosticsChannel.unsubscribe(name, handler);
  };
}
