import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type restify from 'restify';
import { ALEX } from '../../src/demo/people';
import { seedDemo } from '../../src/demo/seed';
import { signGrant } from '../../src/features/export/links';
import { assemble } from '../../src/index';
import { ConnectorStandIn } from '../support/connector';
import { startTestStore, type TestStore } from '../support/store';

/** Download links are checked when used: against the person's roles now, and on the bot's own clock. */
const SECRET = 'a-link-secret-of-at-least-thirty-two-characters';
const DAY_MS = 24 * 3600 * 1000;
const OTHER_TENANT = '7f1c2a44-0b7e-4c1e-9a35-3d5b2c9e8f10';
/** How long an instance trusts its list of allowed tenants (core/tenants.ts), and a second more. */
const TENANTS_TRUSTED_MS = 61_000;
let testStore: TestStore;
let connector: ConnectorStandIn;
let server: restify.Server;
let url: string;
/** How far the bot's clock is from real time, as SAMPULS_CLOCK shifts it. */
let offsetMs = 0;

beforeAll(async () => {
  testStore = await startTestStore();
  await seedDemo(testStore.store, new Date());
  connector = await new ConnectorStandIn().start();
  const assembly = assemble({ store: testStore.store, documents: testStore.documents, log: pino({ level: 'silent' }), clock: () => new Date(Date.now() + offsetMs), signingSecret: SECRET });
  server = assembly.server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  assembly.links.baseUrl = url;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await connector.stop();
  await testStore.close();
});

beforeEach(() => {
  offsetMs = 0;
  connector.sent.splice(0);
});

/** Alex asks for a link in chat, as in Teams; the first message of a new chat is the welcome card. */
async function linkFromChat(text: string, extension: string): Promise<string> {
  const activity = {
    type: 'message', id: `m-${Math.random()}`, text, channelId: 'msteams', serviceUrl: connector.url,
    from: { id: '29:alex', name: ALEX.name, aadObjectId: ALEX.aadObjectId },
    recipient: { id: '28:sampuls-bot', name: 'Sampuls' },
    conversation: { id: 'a:alex-links', conversationType: 'personal', tenantId: ALEX.tenantId },
    channelData: { tenant: { id: ALEX.tenantId } }
  };
  await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
  const actions = connector.sent.flatMap((s) => s.activity.attachments ?? []).flatMap((a) => (a.content as { actions?: { url?: string }[] }).actions ?? []);
  return actions.find((a) => a.url?.endsWith(extension))!.url!;
}

const year = () => new Date(Date.now() + offsetMs).getFullYear();

describe('a link after the person lost a role', () => {
  it('stops opening the export once the person no longer has a role in one of its networks', async () => {
    const link = await linkFromChat(`eksport ${year()}`, '.csv');
    expect((await fetch(link)).status).toBe(200);
    const profile = (await testStore.store.profiles.get(ALEX))!;
    await testStore.store.profiles.put({ ...profile, memberships: profile.memberships.filter((m) => m.networkId !== 'solor') });
    try {
      const response = await fetch(link);
      expect(response.status).toBe(403);
      expect(await response.text()).toBe('{"error":"Forbidden"}');
    } finally {
      await testStore.store.profiles.put(profile);
    }
  });
});

describe('a link after the network stopped letting the person\'s tenant in', () => {
  it('stops opening the export, as `status` stops showing that network', async () => {
    const link = await linkFromChat(`eksport ${year()}`, '.csv');
    expect((await fetch(link)).status).toBe(200);
    const before = (await testStore.store.directory.getNetwork('solor'))!;
    // As another admin or a network file would: Alex may not take his own tenant out in chat.
    await testStore.store.directory.updateNetwork('solor', (n) => ({ ...n, tenantIds: [OTHER_TENANT] }));
    offsetMs = TENANTS_TRUSTED_MS;
    try {
      expect((await fetch(link)).status).toBe(403);
    } finally {
      await testStore.store.directory.updateNetwork('solor', () => before);
    }
  });
});

describe('a link under a shifted clock (SAMPULS_CLOCK)', () => {
  it('opens a fresh link when the bot runs a day behind real time', async () => {
    offsetMs = -DAY_MS;
    expect((await fetch(await linkFromChat(`eksport ${year()}`, '.csv'))).status).toBe(200);
    expect((await fetch(await linkFromChat('mine data', '.json'))).status).toBe(200);
  });

  it('refuses a link that has expired on the bot clock, which runs a year ahead', async () => {
    offsetMs = 365 * DAY_MS;
    const stale = signGrant({ user: `${ALEX.tenantId}:${ALEX.aadObjectId}`, networkIds: ['solor'], year: year(), exp: Math.floor(Date.now() / 1000) + 3600 }, SECRET);
    expect((await fetch(`${url}/export/${stale}.csv`)).status).toBe(403);
  });
});
