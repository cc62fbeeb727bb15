import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer as createHttpServer } from 'node:http';
import { createServer, type Server } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { ALEX } from '../../src/demo/people';
import { CLOUD_ROLE, incomingRequestAttributes, logRecord, outgoingRequestAttributes, redactPath } from '../../src/telemetry';
import { ConnectorStandIn } from '../support/connector';
import { alexMessage, postActivity, spawnBot } from '../support/process';

/**
 * Application Insights for real: the bot process as `npm run start:bot` runs it (src/index.ts
 * main()), with APPLICATIONINSIGHTS_CONNECTION_STRING pointing at a local stand-in for the
 * ingestion endpoint, which records what the exporter posts to /v2.1/track (or /v2/track).
 *
 * The exporter always speaks HTTPS: it rewrites an http:// IngestionEndpoint to https://
 * (ConnectionStringParser.sanitizeUrl in @azure/monitor-opentelemetry-exporter). So the stand-in
 * serves TLS with a throwaway certificate for 127.0.0.1 made by openssl, and the bot process
 * trusts it through NODE_EXTRA_CA_CERTS, as it would a private CA.
 */
const ROOT = path.resolve(__dirname, '../..');

interface Envelope {
  name: string;
  tags: Record<string, string>;
  data: { baseType: string; baseData: Record<string, unknown> & { properties?: Record<string, string> } };
}

class IngestionStandIn {
  readonly envelopes: Envelope[] = [];
  /** Every body as it arrived (decompressed), to search for what must not be there. */
  readonly bodies: string[] = [];
  readonly paths: string[] = [];
  private server?: Server;
  url = '';

  constructor(private readonly tls: { key: Buffer; cert: Buffer }) {}

  async start(): Promise<this> {
    this.server = createServer(this.tls, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (chunk: Buffer) => chunks.push(chunk));
      req.on('end', () => {
        let body = Buffer.concat(chunks);
        if (req.headers['content-encoding'] === 'gzip') body = gunzipSync(body);
        const text = body.toString('utf8');
        this.paths.push(`${req.method} ${req.url}`);
        this.bodies.push(text);
        const items = parseEnvelopes(text);
        this.envelopes.push(...items);
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ itemsReceived: items.length, itemsAccepted: items.length, errors: [] }));
      });
    });
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  of(kind: 'Request' | 'RemoteDependency' | 'Message' | 'Exception'): Envelope[] {
    return this.envelopes.filter((e) => e.name === `Microsoft.ApplicationInsights.${kind}`);
  }
}

/** A JSON array, or one envelope per line. */
function parseEnvelopes(text: string): Envelope[] {
  try {
    const parsed = JSON.parse(text) as Envelope | Envelope[];
    return Array.isArray(parsed) ? parsed : [parsed];
  } catch {
    return text
      .split('\n')
      .filter((line) => line.trim())
      .map((line) => JSON.parse(line) as Envelope);
  }
}

let workDir: string;
let ingestion: IngestionStandIn;
let connector: ConnectorStandIn;
let certFile: string;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'sampuls-telemetry-'));
  const keyFile = path.join(workDir, 'key.pem');
  certFile = path.join(workDir, 'cert.pem');
  const made = spawnSync(
    'openssl',
    ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', keyFile, '-out', certFile, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
    { encoding: 'utf8' }
  );
  if (made.status !== 0) throw new Error(`openssl could not make the test certificate: ${made.stderr || made.error?.message}`);
  ingestion = await new IngestionStandIn({ key: readFileSync(keyFile), cert: readFileSync(certFile) }).start();
  connector = await new ConnectorStandIn().start();
});

afterAll(async () => {
  await ingestion.stop();
  await connector.stop();
  rmSync(workDir, { recursive: true, force: true });
});

/** The environment of a bot with Application Insights on; the rest of the machine's settings are not inherited. */
function telemetryEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    PATH: process.env.PATH,
    HOME: process.env.HOME,
    APPLICATIONINSIGHTS_CONNECTION_STRING: `InstrumentationKey=00000000-0000-0000-0000-000000000000;IngestionEndpoint=${ingestion.url}`,
    NODE_EXTRA_CA_CERTS: certFile,
    // Statsbeat (the SDK's own usage reports to Microsoft) would try to reach the internet.
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true',
    // The default sampler keeps at most 5 traces a second and starts with none in hand, so timing
    // would decide which of the test's requests are kept; keep them all.
    OTEL_TRACES_SAMPLER: 'always_on',
    ...extra
  };
}

describe('Application Insights from the bot process', () => {
  let child: ChildProcess;
  const agent = 'sampuls-telemetry-test-agent/1.0';
  // What an export link carries: who it was made for. It must not reach Application Insights.
  const exportToken = `${Buffer.from(JSON.stringify({ user: `${ALEX.tenantId}:${ALEX.aadObjectId}`, networkIds: ['n'], year: 2026, exp: 1 })).toString('base64url')}.c2lnbmF0dXJl`;

  afterAll(() => {
    if (child?.exitCode === null) child.kill('SIGKILL');
  });

  it('sends requests, dependencies, logs and exceptions, flushed on SIGTERM, with cloud role sampuls and no personal data', async () => {
    const bot = spawnBot(
      telemetryEnv({
        PORT: '0',
        SAMPULS_DATA_DIR: path.join(workDir, 'data'),
        SCHEDULER_ENABLED: 'false',
        LOG_LEVEL: 'info',
        // As on App Service, where the resource detector would name the role after the site.
        WEBSITE_SITE_NAME: 'sampuls-test-app'
      })
    );
    child = bot.child;
    const url = await bot.ready;
    const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));

    expect((await fetch(`${url}/readyz?probe=1`, { headers: { 'user-agent': agent } })).status).toBe(200);
    expect((await fetch(`${url}/healthz`, { headers: { 'user-agent': agent } })).status).toBe(200);
    expect((await fetch(`${url}/export/${exportToken}.csv`, { headers: { 'user-agent': agent } })).status).toBe(403);
    // A turn whose reply the connector refuses: a failed dependency, and the error as an exception.
    let refused = 0;
    connector.respondWith(() => {
      refused++;
      return { status: 400 };
    });
    await postActivity(url, alexMessage(connector.url, 'a:alex-telemetry', { text: 'hjelp' }), { 'user-agent': agent });
    expect(refused).toBeGreaterThan(0);

    child.kill('SIGTERM');
    expect(await exited).toBe(0);

    expect(ingestion.paths.length).toBeGreaterThan(0);
    for (const posted of ingestion.paths) expect(posted).toMatch(/^POST \/v2(\.1)?\/track/);
    for (const envelope of ingestion.envelopes) expect(envelope.tags['ai.cloud.role']).toBe(CLOUD_ROLE);

    // Requests: the probe by its route, without its query string; the client's address blanked.
    const requests = ingestion.of('Request');
    const readyz = requests.find((r) => r.data.baseData.name === 'GET /readyz');
    expect(readyz).toBeDefined();
    expect(readyz!.data.baseData.responseCode).toBe('200');
    expect(readyz!.data.baseData.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/readyz$/);
    expect(readyz!.tags['ai.location.ip']).toBe('0.0.0.0');
    expect(requests.map((r) => r.data.baseData.name)).toEqual(expect.arrayContaining(['GET /healthz', 'GET /export/*', 'POST /api/messages']));
    // The embedded Cosmos-protocol server of local mode answers in the same process; it is not the bot's traffic.
    expect(requests.filter((r) => String(r.data.baseData.name).includes('/dbs'))).toEqual([]);

    // Dependencies: the store calls /readyz made, in the same operation; the refused reply.
    const dependencies = ingestion.of('RemoteDependency');
    const storeCalls = dependencies.filter((d) => String(d.data.baseData.data).includes('/dbs/'));
    expect(storeCalls.length).toBeGreaterThan(0);
    expect(storeCalls.some((d) => d.tags['ai.operation.id'] === readyz!.tags['ai.operation.id'])).toBe(true);
    const connectorPort = new URL(connector.url).port;
    const reply = dependencies.find((d) => String(d.data.baseData.target).includes(connectorPort));
    expect(reply).toBeDefined();
    expect(reply!.data.baseData.resultCode).toBe('400');

    // Logs as traces, and the failed turn as an exception.
    const messages = ingestion.of('Message').map((m) => m.data.baseData.message);
    expect(messages).toEqual(expect.arrayContaining(['bot ready']));
    const exceptions = ingestion.of('Exception');
    expect(exceptions.length).toBeGreaterThan(0);
    expect(exceptions.every((e) => e.tags['ai.cloud.role'] === CLOUD_ROLE)).toBe(true);

    // Nothing personal: no user agent, no export token or the person it names, no message text or reply.
    const everything = ingestion.bodies.join('\n');
    expect(everything).not.toContain(agent);
    expect(everything).not.toContain(exportToken.slice(0, 24));
    expect(everything).not.toContain(ALEX.aadObjectId);
    expect(everything).not.toContain(ALEX.name);
    expect(everything).not.toContain('Dette kan jeg hjelpe med');
    expect(everything).not.toContain('probe=1');
  }, 90_000);
});

describe('fetch (the proactive sends)', () => {
  it('becomes a dependency with its status, without the conversation id or the query string', async () => {
    // A connector stand-in that takes anything, query string included.
    const bot = createHttpServer((req, res) => {
      req.resume();
      // Not chained: restify, loaded into this worker by other test files, patches writeHead to return nothing.
      req.on('end', () => {
        res.writeHead(201, { 'content-type': 'application/json' });
        res.end('{"id":"1"}');
      });
    });
    await new Promise<void>((resolve) => bot.listen(0, '127.0.0.1', resolve));
    const target = `http://127.0.0.1:${(bot.address() as AddressInfo).port}/v3/conversations/a%3Achat/activities?token=abc`;
    const script = [
      "const telemetry = require('./src/telemetry').startTelemetry(process.env);",
      "fetch(process.env.TARGET, { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{\"type\":\"message\"}' })",
      '  .then((response) => response.text())',
      '  .then(() => telemetry.shutdown())',
      '  .then(() => process.exit(0));'
    ].join('\n');
    const before = ingestion.envelopes.length;
    const child = spawn(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, env: telemetryEnv({ TARGET: target }), stdio: 'inherit' });
    expect(await new Promise((resolve) => child.once('exit', resolve))).toBe(0);
    bot.close();
    const sent = ingestion.envelopes.slice(before).filter((e) => e.name === 'Microsoft.ApplicationInsights.RemoteDependency');
    const post = sent.find((d) => String(d.data.baseData.data).includes('/v3/conversations/'));
    expect(post).toBeDefined();
    expect(post!.data.baseData).toMatchObject({ type: 'Http', resultCode: '201', data: `${new URL(target).origin}/v3/conversations/{id}/activities` });
    expect(post!.tags['ai.cloud.role']).toBe(CLOUD_ROLE);
  }, 60_000);
});

describe('without APPLICATIONINSIGHTS_CONNECTION_STRING', () => {
  it('loads nothing of OpenTelemetry', () => {
    const script = [
      "const telemetry = require('./src/telemetry').startTelemetry({});",
      'const loaded = Object.keys(require.cache).filter((file) => /opentelemetry/.test(file));',
      'process.stdout.write(JSON.stringify({ started: telemetry !== undefined, loaded: loaded.length }));'
    ].join('\n');
    const run = spawnSync(process.execPath, ['--require', 'tsx/cjs', '-e', script], { cwd: ROOT, env: { PATH: process.env.PATH }, encoding: 'utf8' });
    expect(JSON.parse(run.stdout)).toEqual({ started: false, loaded: 0 });
  }, 30_000);
});

describe('what the bot records', () => {
  it('turns a pino line into a log record, with a serialised err as the exception', () => {
    const line = JSON.stringify({
      level: 50,
      time: 1_800_000_000_000,
      pid: 1,
      hostname: 'h',
      service: 'sampuls',
      collaborationId: 'lonn',
      attempt: 2,
      err: { type: 'RestError', message: 'boom', stack: 'RestError: boom\n    at x' },
      msg: 'channel summary not delivered'
    });
    expect(logRecord(line)).toEqual({
      severityNumber: 17,
      severityText: 'ERROR',
      body: 'channel summary not delivered',
      timestamp: 1_800_000_000_000,
      attributes: {
        collaborationId: 'lonn',
        attempt: 2,
        'exception.type': 'RestError',
        'exception.message': 'boom',
        'exception.stacktrace': 'RestError: boom\n    at x'
      }
    });
    expect(logRecord('not json')).toBeUndefined();
  });

  it('shows an export link only as /export/*, and drops query strings, the client address and the user agent', () => {
    const attributes = incomingRequestAttributes({ url: '/export/eyJ1c2VyIjoiYSJ9.c2ln.xlsx?x=1', headers: { host: 'bot.example.no' } });
    expect(attributes).toMatchObject({
      'http.route': '/export/*',
      'http.target': '/export/*',
      'http.url': 'http://bot.example.no/export/*',
      'microsoft.client.ip': '0.0.0.0',
      'http.user_agent': ''
    });
    expect(incomingRequestAttributes({ url: '/readyz?x=1', headers: {} })['http.url']).toBe('http://localhost/readyz');
    // Mistyped links hold the token too.
    for (const url of ['/EXPORT/eyJ1c2VyIjoiYSJ9.c2ln.xlsx', '//export/eyJ1c2VyIjoiYSJ9.c2ln.xlsx']) {
      expect(incomingRequestAttributes({ url, headers: {} })['http.target']).toBe('/export/*');
    }
    expect(incomingRequestAttributes({ url: '/eyJ1c2VyIjoiYSJ9.c2ln.xlsx', headers: {} })['http.target']).toBe('/*');
  });

  it('names the documents and conversations of outgoing calls {id}', () => {
    expect(redactPath('/dbs/sampuls/colls/people/docs/t-1:u-2')).toBe('/dbs/sampuls/colls/people/docs/{id}');
    expect(redactPath('/dbs/sampuls/colls/checkins/docs')).toBe('/dbs/sampuls/colls/checkins/docs');
    expect(redactPath('/v3/conversations/a%3A1xyz/activities/f%3A123?x=1')).toBe('/v3/conversations/{id}/activities/{id}');
    expect(redactPath('/v3/conversations')).toBe('/v3/conversations');
    expect(outgoingRequestAttributes({ protocol: 'https:', hostname: 'acc.documents.azure.com', port: 443, path: '/dbs/sampuls/colls/people/docs/t:u' })).toEqual({
      'http.url': 'https://acc.documents.azure.com:443/dbs/sampuls/colls/people/docs/{id}',
      'http.target': '/dbs/sampuls/colls/people/docs/{id}'
    });
  });
});
