import { readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { gzipSync } from 'node:zlib';
import { ALEX } from '../../src/demo/people';
import { MAX_BODY_BYTES } from '../../src/http/server';
import { serveBot, type ServedBot } from '../support/http';

/**
 * Local mode, in-process: what reaches /api/messages before any turn runs. Anything but a plain
 * JSON activity from a non-browser client is refused before its body is read, and no refusal
 * says more than that the request was invalid.
 */
let bot: ServedBot;

beforeAll(async () => {
  bot = await serveBot();
});

afterAll(() => bot.close());


const activity = (text: string) => ({
  type: 'message',
  id: `m-${Math.random()}`,
  text,
  channelId: 'msteams',
  serviceUrl: bot.connector.url,
  from: { id: '29:alex', name: ALEX.name, aadObjectId: ALEX.aadObjectId },
  recipient: { id: '28:sampuls-bot', name: 'Sampuls' },
  conversation: { id: 'a:alex-refusals', conversationType: 'personal', tenantId: ALEX.tenantId },
  channelData: { tenant: { id: ALEX.tenantId } }
});

const post = (body: string | Uint8Array, headers: Record<string, string>) => fetch(`${bot.url}/api/messages`, { method: 'POST', headers, body });

describe('compressed bodies', () => {
  it('refuses a gzip body with 415 before inflating it, and no turn runs', async () => {
    // 32 MB of text once inflated, about 32 KB on the wire: the body limit must not see only the latter.
    const bomb = gzipSync(JSON.stringify({ ...activity('status'), padding: ' '.repeat(32 * 1024 * 1024) }));
    const small = gzipSync(JSON.stringify(activity('status')));
    for (const body of [bomb, small]) {
      const response = await post(body, { 'content-type': 'application/json', 'content-encoding': 'gzip' });
      expect(response.status).toBe(415);
    }
    const deflated = await post(small, { 'content-type': 'application/json', 'content-encoding': 'deflate' });
    expect(deflated.status).toBe(415);
    expect(bot.connector.sent).toHaveLength(0);
  });

  it('holds the body limit for a body sent in chunks without a length', async () => {
    const chunk = new TextEncoder().encode(JSON.stringify(activity('x'.repeat(MAX_BODY_BYTES))));
    const body = new ReadableStream({
      start(controller) {
        controller.enqueue(chunk);
        controller.close();
      }
    });
    const response = await fetch(`${bot.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body, duplex: 'half' } as RequestInit);
    expect(response.status).toBe(413);
    expect(bot.connector.sent).toHaveLength(0);
  });

  it('still answers a plain JSON activity, also with an explicit identity encoding', async () => {
    const response = await post(JSON.stringify(activity('hjelp')), { 'content-type': 'application/json; charset=utf-8', 'content-encoding': 'identity' });
    expect(response.status).toBe(200);
    expect(bot.connector.sent.length).toBeGreaterThan(0);
    bot.connector.sent.splice(0);
  });
});

/** What restify's multipart parser (formidable) leaves in the temp folder: upload_<hex> files. */
const uploads = () => readdirSync(tmpdir()).filter((name) => name.startsWith('upload_'));

describe('bodies other than JSON', () => {
  it('refuses multipart, form and text bodies with 415 and writes nothing to the temp folder', async () => {
    const before = uploads();
    const form = new FormData();
    form.append('file', new Blob(['x'.repeat(1024 * 1024)]), 'upload.bin');
    const multipart = await fetch(`${bot.url}/api/messages`, { method: 'POST', body: form });
    expect(multipart.status).toBe(415);
    const urlencoded = await post(new URLSearchParams({ type: 'message', text: 'admin' }).toString(), { 'content-type': 'application/x-www-form-urlencoded' });
    expect(urlencoded.status).toBe(415);
    const text = await post(JSON.stringify(activity('status')), { 'content-type': 'text/plain' });
    expect(text.status).toBe(415);
    expect(uploads()).toEqual(before);
    expect(bot.connector.sent).toHaveLength(0);
  });
});

describe('requests from web pages', () => {
  it('refuses a JSON activity that carries an Origin header with 403, and no turn runs', async () => {
    const response = await post(JSON.stringify(activity('admin')), { 'content-type': 'application/json', origin: 'https://evil.example' });
    expect(response.status).toBe(403);
    expect(bot.connector.sent).toHaveLength(0);
  });
});

describe('what refusals reveal', () => {
  it('answers invalid JSON with a plain "invalid request", and no response names the server', async () => {
    const response = await post('{"type": "message",, }', { 'content-type': 'application/json' });
    expect(response.status).toBe(400);
    expect(await response.text()).toBe('{"error":"invalid request"}');
    expect(response.headers.get('server')).toBeNull();
    for (const probe of [`${bot.url}/healthz`, `${bot.url}/no-such-route`, `${bot.url}/export/x.csv`]) {
      expect((await fetch(probe)).headers.get('server')).toBeNull();
    }
    const unknown = await fetch(`${bot.url}/no-such-route`);
    expect(await unknown.text()).not.toContain('no-such-route');
  });
});
