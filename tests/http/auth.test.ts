import type { AddressInfo } from 'node:net';
import pino from 'pino';
import { assemble } from '../../src/index';
import { serveBot, type ServedBot } from '../support/http';

/** Production mode: every request must carry a valid Bot Framework token. */
const identity = { appId: '11111111-2222-3333-4444-555555555555', appType: 'SingleTenant' as const, tenantId: '66666666-7777-8888-9999-000000000000', password: 'not-a-real-secret' };
let bot: ServedBot;

beforeAll(async () => {
  bot = await serveBot({ identity });
});

afterAll(() => bot.close());


const message = () => ({
  type: 'message',
  text: 'status',
  channelId: 'msteams',
  serviceUrl: bot.connector.url,
  from: { id: '29:alex', aadObjectId: '00000000-0000-0000-0000-0000000000020' },
  recipient: { id: '28:sampuls-bot' },
  conversation: { id: 'a:alex', tenantId: '00000000-0000-0000-0000-0000000000001' }
});

/** A structurally valid JWT signed by nobody Teams trusts. */
function forgedToken(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'RS256', typ: 'JWT', kid: 'forged' })}.${part(claims)}.${Buffer.from('signature').toString('base64url')}`;
}

describe('readiness', () => {
  it('answers 503 on /readyz while the store does not answer, and 200 on /healthz', async () => {
    const unreachable = { ...bot.testStore.store, ping: () => Promise.reject(new Error('ECONNREFUSED')) };
    const { server: probe } = assemble({ store: unreachable, documents: bot.testStore.documents, log: pino({ level: 'silent' }), clock: () => new Date() });
    await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
    const base = `http://127.0.0.1:${(probe.address() as AddressInfo).port}`;
    expect((await fetch(`${base}/readyz`)).status).toBe(503);
    expect((await fetch(`${base}/healthz`)).status).toBe(200);
    await new Promise<void>((resolve) => probe.close(() => resolve()));
  });
});

describe('authentication in production mode', () => {
  const now = Math.floor(Date.now() / 1000);
  const cases: [string, Record<string, string>][] = [
    ['no Authorization header', {}],
    ['a malformed token', { authorization: 'Bearer not.a.jwt' }],
    ['a token for another audience', { authorization: `Bearer ${forgedToken({ aud: 'someone-else', iss: 'https://api.botframework.com', exp: now + 600 })}` }],
    ['an expired token', { authorization: `Bearer ${forgedToken({ aud: '11111111-2222-3333-4444-555555555555', iss: 'https://api.botframework.com', exp: now - 600 })}` }]
  ];

  it.each(cases)('answers 401 to %s and makes no outbound call', async (_name, headers) => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...headers },
      body: JSON.stringify(message())
    });
    expect(response.status).toBe(401);
    expect(bot.connector.sent).toHaveLength(0);
  });

  // These pass the cheap checks; the signature check needs Bot Framework's signing keys, which
  // cannot be fetched here, as when login.botframework.com is unreachable in production.
  const appId = '11111111-2222-3333-4444-555555555555';
  const signedByNobody: [string, Record<string, unknown>][] = [
    ['a channel token', { aud: appId, iss: 'https://api.botframework.com', exp: now + 600 }],
    ['a skill token', { aud: appId, iss: 'https://sts.windows.net/66666666-7777-8888-9999-000000000000/', ver: '2.0', azp: 'another-bot', appid: 'another-bot', exp: now + 600 }]
  ];

  it.each(signedByNobody)('answers 401 with no internals to %s with the right audience and a fake signature', async (_name, claims) => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${forgedToken(claims)}` },
      body: JSON.stringify(message())
    });
    expect(response.status).toBe(401);
    expect(await response.text()).toBe('{"error":"Unauthorized"}');
    expect(bot.connector.sent).toHaveLength(0);
  });
});
