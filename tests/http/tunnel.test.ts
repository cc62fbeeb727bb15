import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBot, type RunningBot } from '../../src/index';

/**
 * Tunnel mode as an IT advisor starts it from a laptop: a real app registration, the embedded
 * store chosen with SAMPULS_STORE=embedded, loopback only, behind a dev tunnel.
 */
const ENV = (dir: string) => ({
  PORT: '0',
  LOG_LEVEL: 'silent',
  SAMPULS_DATA_DIR: dir,
  SAMPULS_STORE: 'embedded',
  MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555',
  MICROSOFT_APP_TYPE: 'SingleTenant',
  MICROSOFT_APP_TENANT_ID: '66666666-7777-8888-9999-000000000000',
  MICROSOFT_APP_PASSWORD: 'not-a-real-secret'
});
let bot: RunningBot;
let dataDir: string;

beforeAll(async () => {
  dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-tunnel-'));
  bot = await startBot(ENV(dataDir));
});

afterAll(async () => {
  await bot.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('tunnel mode', () => {
  it('listens on loopback only, for the dev tunnel to forward, and is ready on the embedded store', async () => {
    expect(new URL(bot.url).hostname).toBe('127.0.0.1');
    expect((await fetch(`${bot.url}/readyz`)).status).toBe(200);
  });

  it('validates Bot Framework tokens: a message without one gets 401', async () => {
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ type: 'message', text: 'status', serviceUrl: 'https://smba.trafficmanager.net/emea/', conversation: { id: 'a:x' }, from: { id: '29:x' } })
    });
    expect(response.status).toBe(401);
  });

  it('does not seed the playground demo, whose tenants would shut the real tenant out', () => {
    // The embedded server journals every write; the containers are there, the demo networks are not.
    const stored = readFileSync(path.join(dataDir, 'cosmos.jsonl'), 'utf8');
    expect(stored).toContain('checkins');
    expect(stored).not.toMatch(/Indre Namdal|indre-namdal/);
  });
});
