import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBot, type RunningBot } from '../../src/index';
import { ALEX } from '../../src/demo/people';
import { ConnectorStandIn } from '../support/connector';
import { signGrant } from '../../src/features/export/links';

/** The bot as `npm run start:bot` runs it: real HTTP, embedded store, demo seed. */
const SECRET = 'a-link-secret-of-at-least-thirty-two-characters';
const ENV = (dir: string) => ({ PORT: '0', SAMPULS_DATA_DIR: dir, LOG_LEVEL: 'silent', SIGNING_SECRET: SECRET });
let bot: RunningBot;
let connector: ConnectorStandIn;
let dataDir: string;

const post = (body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${bot.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body)
  });

const activity = (text: string, serviceUrl = connector.url) => ({
  type: 'message',
  id: `m-${Math.random()}`,
  text,
  channelId: 'msteams',
  serviceUrl,
  from: { id: '29:alex', name: ALEX.name, aadObjectId: ALEX.aadObjectId },
  recipient: { id: '28:sampuls-bot', name: 'Sampuls' },
  conversation: { id: 'a:alex-http', conversationType: 'personal', tenantId: ALEX.tenantId },
  channelData: { tenant: { id: ALEX.tenantId } }
});

beforeAll(async () => {
  connector = await new ConnectorStandIn().start();
  dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-http-'));
  bot = await startBot(ENV(dataDir));
});

afterAll(async () => {
  await bot.stop();
  await connector.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('HTTP surface in local mode', () => {
  it('binds loopback and answers the probes', async () => {
    expect(new URL(bot.url).hostname).toBe('127.0.0.1');
    expect(await (await fetch(`${bot.url}/healthz`)).json()).toEqual({ status: 'alive' });
    const ready = await fetch(`${bot.url}/readyz`);
    expect(ready.status).toBe(200);
  });

  it('answers a real activity through the connector named in serviceUrl', async () => {
    const response = await post(activity('status'));
    expect(response.status).toBe(200);
    const sent = connector.sent.filter((s) => s.conversationId === 'a:alex-http');
    const cards = sent.flatMap((s) => s.activity.attachments ?? []).map((a) => JSON.stringify(a.content));
    expect(cards.some((c) => c.includes('Status – Indre Namdal'))).toBe(true);
  });

  it('refuses an activity whose replies would leave this machine, and sends nothing', async () => {
    const before = connector.sent.length;
    const response = await post(activity('status', 'https://smba.trafficmanager.net/emea/'));
    expect(response.status).toBe(400);
    expect(connector.sent.length).toBe(before);
  });

  it('refuses bodies that are not activities with 400 and oversized ones with 413, and stays up', async () => {
    expect((await post('{not json')).status).toBe(400);
    expect((await post({ hello: 'world' })).status).toBe(400);
    expect((await post([1, 2, 3])).status).toBe(400);
    const huge = { ...activity('status'), text: 'x'.repeat(1024 * 1024) };
    expect((await post(huge)).status).toBe(413);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
  });

  it('stays up whatever activity arrives', async () => {
    const odd = [
      { type: 'invoke', name: 'adaptiveCard/action', serviceUrl: connector.url, conversation: { id: 'x' }, from: { id: 'y' }, value: 'not an object' },
      { type: 'message', serviceUrl: connector.url, conversation: { id: 'x' } },
      { type: 'typing', serviceUrl: connector.url, conversation: { id: 'x' }, from: { id: 'y' } },
      { ...activity('status'), value: { verb: 'checkin.submit', networkId: { $ne: null } } }
    ];
    // 501 is the Bot Framework's answer to an invoke nobody handles; never a 500.
    for (const body of odd) expect([200, 400, 501]).toContain((await post(body)).status);
    expect((await fetch(`${bot.url}/healthz`)).status).toBe(200);
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
  });

  it('keeps local data across a restart', async () => {
    await post({ ...activity(''), text: undefined, value: { verb: 'checkin.submit', networkId: 'solor', collaborationId: 'so-arkiv', period: currentQuarter(), templateVersion: 1, overall: 'green', goals: '4', quality: '4', economy: 'within', benefits: '4', trust: '4', control: '4', anchoring: '4', capacity: '4', decisionNeeded: 'false', celebrate: 'Fellesarkivet er i drift' } });
    await bot.stop();
    bot = await startBot(ENV(dataDir));
    connector.sent.splice(0);
    await post(activity('status Solør arkiv'));
    const detail = connector.sent.flatMap((s) => s.activity.attachments ?? []).map((a) => JSON.stringify(a.content)).join();
    expect(detail).toContain('Fellesarkivet er i drift');
  });
});

describe('refreshing status cards in place', () => {
  const execute = (data: unknown, trigger?: string) =>
    post({
      ...activity(''),
      type: 'invoke',
      name: 'adaptiveCard/action',
      text: undefined,
      value: { action: { type: 'Action.Execute', verb: 'status.refresh', data }, ...(trigger ? { trigger } : {}) }
    });

  it('answers a refresh with a fresh card for the viewer only, never rewriting the message for everyone', async () => {
    const before = connector.sent.length;
    for (const trigger of ['automatic', 'manual']) {
      const response = await execute({ networkId: 'solor' }, trigger);
      expect(response.status).toBe(200);
      const body = (await response.json()) as { type: string; value: { body: { text?: string }[]; refresh: unknown } };
      expect(body.type).toBe('application/vnd.microsoft.card.adaptive');
      expect(body.value.body[0].text).toBe('Status – Solør');
      expect(body.value.refresh).toBeDefined();
    }
    const detail = (await (await execute({ networkId: 'solor', collaborationId: 'so-landbruk' })).json()) as { value: unknown };
    expect(JSON.stringify(detail.value)).toContain('Status: Landbruk');
    expect(connector.sent.length).toBe(before);
  });

  it('refuses a refresh for a network the viewer is not in', async () => {
    const body = (await (await execute({ networkId: 'someone-elses' })).json()) as { type: string; value: string };
    expect(body).toEqual({ statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: expect.stringContaining('ugyldige data') });
    const extra = (await (await execute({ networkId: 'solor', admin: true })).json()) as { type: string };
    expect(extra.type).toBe('application/vnd.microsoft.activity.message');
  });
});

describe('export for the annual report', () => {
  const year = new Date().getFullYear();

  async function exportLinks(): Promise<{ xlsx: string; csv: string }> {
    connector.sent.splice(0);
    await post(activity(`eksport ${year}`));
    const card = connector.sent.flatMap((s) => s.activity.attachments ?? [])[0].content as { actions: { title: string; url: string }[] };
    return { xlsx: card.actions[0].url, csv: card.actions[1].url };
  }

  it('offers signed links to a workbook and a CSV of every check-in, with Norwegian characters intact', async () => {
    const links = await exportLinks();
    expect(links.xlsx).toMatch(new RegExp(`^${bot.url}/export/[\\w-]+\\.[\\w-]+\\.xlsx$`));
    const xlsx = await fetch(links.xlsx);
    expect(xlsx.status).toBe(200);
    expect(xlsx.headers.get('content-disposition')).toBe(`attachment; filename="sampuls-${year}.xlsx"`);
    const { Workbook } = await import('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const checkIns = workbook.getWorksheet('Innsjekker')!;
    expect(checkIns.getRow(1).values).toEqual(expect.arrayContaining(['Nettverk', 'Samarbeid', 'Periode', 'Leder', 'Kapasitet og kompetanse']));
    expect(checkIns.rowCount).toBeGreaterThan(20);
    const periods = workbook.getWorksheet('Perioder')!;
    expect(JSON.stringify(periods.getSheetValues())).toContain('Solør');

    const csv = Buffer.from(await (await fetch(links.csv)).arrayBuffer()).toString('utf8');
    expect(csv.startsWith('\uFEFF"Nettverk";"Samarbeid";"Periode"')).toBe(true);
    expect(csv).toContain('"Kongsbergregionen"');
    expect(csv).toContain('Økonomi');
  });

  it('refuses tampered, expired and foreign links with 403 and reveals nothing', async () => {
    const { csv } = await exportLinks();
    const token = csv.split('/export/')[1].replace(/\.csv$/, '');
    const [payload, signature] = token.split('.');
    const widened = Buffer.from(JSON.stringify({ ...JSON.parse(Buffer.from(payload, 'base64url').toString()), networkIds: ['other-network'] })).toString('base64url');
    const expired = signGrant({ user: 'x', networkIds: ['solor'], year, exp: Math.floor(Date.now() / 1000) - 1 }, SECRET);
    const foreign = signGrant({ user: 'x', networkIds: ['solor'], year, exp: Math.floor(Date.now() / 1000) + 60 }, 'another-secret-of-at-least-thirty-two-chars');
    for (const bad of [`${widened}.${signature}`, expired, foreign, 'nonsense', `${token}x`]) {
      const response = await fetch(`${bot.url}/export/${bad}.csv`);
      expect(response.status).toBe(403);
      expect(await response.text()).toBe('{"error":"Forbidden"}');
    }
  });

  it('covers only the networks the link was made for', async () => {
    const solor = signGrant({ user: `${ALEX.tenantId}:${ALEX.aadObjectId}`, networkIds: ['solor'], year, exp: Math.floor(Date.now() / 1000) + 60 }, SECRET);
    const csv = await (await fetch(`${bot.url}/export/${solor}.csv`)).text();
    expect(csv).toContain('"Solør"');
    expect(csv).not.toContain('Indre Namdal');
  });
});

describe('mine data download', () => {
  it('gives the person their own data as JSON, and a personal link opens nothing else', async () => {
    connector.sent.splice(0);
    await post(activity('mine data'));
    const card = connector.sent.flatMap((s) => s.activity.attachments ?? [])[0].content as { actions: { title: string; url?: string }[] };
    const url = card.actions.find((a) => a.title === 'Last ned alt (JSON)')!.url!;
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="sampuls-mine-data.json"');
    const data = (await response.json()) as { profile: { aadObjectId: string; memberships: unknown[] }; checkIns: unknown[]; leads: { name: string }[] };
    expect(data.profile.aadObjectId).toBe(ALEX.aadObjectId);
    expect(data.profile.memberships.length).toBeGreaterThan(0);
    expect(data.leads.map((l) => l.name)).toContain('Lønn');
    // The same token as a workbook, or a network token as personal data: refused.
    expect((await fetch(url.replace(/\.json$/, '.xlsx'))).status).toBe(403);
    const network = signGrant({ user: 'x', networkIds: ['solor'], year: 2026, exp: Math.floor(Date.now() / 1000) + 60 }, SECRET);
    expect((await fetch(`${bot.url}/export/${network}.json`)).status).toBe(403);
  });
});

function currentQuarter(): string {
  const now = new Date();
  return `${now.getFullYear()}-Q${Math.floor(now.getMonth() / 3) + 1}`;
}
