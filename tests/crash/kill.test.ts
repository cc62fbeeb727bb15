import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ALEX } from '../../src/demo/people';
import { periodAt } from '../../src/domain/period';
import { ConnectorStandIn } from '../support/connector';
import { filledCheckIn } from '../support/conversation';

/**
 * The bot as a separate process, killed with SIGKILL right after it acknowledged answers:
 * after a restart on the same data directory every acknowledged answer is still there.
 */
const ROOT = path.resolve(__dirname, '../..');
let connector: ConnectorStandIn;
let dataDir: string;
let child: ChildProcess | undefined;

function startChild(): Promise<string> {
  child = spawn(process.execPath, ['--require', 'tsx/cjs', 'src/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', SAMPULS_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  return new Promise((resolve, reject) => {
    createInterface({ input: child!.stdout! }).on('line', (line) => {
      const url = /"msg":"bot ready"/.test(line) ? (JSON.parse(line) as { url: string }).url : undefined;
      if (url) resolve(url);
    });
    child!.once('exit', (code) => reject(new Error(`bot exited early with ${code}`)));
  });
}

function killChild(): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill('SIGKILL');
  });
}

const activity = (serviceUrl: string, fields: Record<string, unknown>) => ({
  type: 'message',
  channelId: 'msteams',
  serviceUrl,
  from: { id: 'user-alex', name: ALEX.name, aadObjectId: ALEX.aadObjectId },
  recipient: { id: 'bot', name: 'Sampuls' },
  conversation: { id: 'a:alex-crash', conversationType: 'personal', tenantId: ALEX.tenantId },
  ...fields
});

const post = (url: string, body: unknown) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

beforeAll(async () => {
  connector = await new ConnectorStandIn().start();
  dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-crash-'));
});

afterAll(async () => {
  await killChild();
  await connector.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('keeps every acknowledged check-in when the process is killed with SIGKILL', async () => {
  let url = await startChild();
  const collaborations = [
    { networkId: 'indre-namdal', collaborationId: 'in-lonn', cadence: 'monthly' as const },
    { networkId: 'indre-namdal', collaborationId: 'in-barnevern', cadence: 'tertial' as const },
    { networkId: 'solor', collaborationId: 'so-arkiv', cadence: 'quarterly' as const }
  ];
  const responses = await Promise.all(
    collaborations.map(({ cadence, ...ids }) =>
      post(url, activity(connector.url, {
        value: { verb: 'checkin.submit', ...ids, period: periodAt(cadence, new Date()), templateVersion: 1, ...filledCheckIn({ celebrate: `Feiret i ${ids.collaborationId}` }) }
      }))
    )
  );
  expect(responses.map((r) => r.status)).toEqual([200, 200, 200]);
  const receipts = connector.sent.filter((s) => JSON.stringify(s.activity).includes('Takk! Innsjekken er lagret'));
  expect(receipts).toHaveLength(3);

  await killChild();
  url = await startChild();
  connector.sent.splice(0);
  for (const name of ['Lønn IN', 'Barnevern', 'Solør arkiv']) {
    await post(url, activity(connector.url, { text: `status ${name}` }));
  }
  const shown = JSON.stringify(connector.sent);
  for (const { collaborationId } of collaborations) expect(shown).toContain(`Feiret i ${collaborationId}`);
}, 60_000);
