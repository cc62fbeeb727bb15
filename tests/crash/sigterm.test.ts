import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ALEX } from '../../src/demo/people';
import { ConnectorStandIn } from '../support/connector';

/** SIGTERM while a turn is waiting on a slow connector: the turn finishes, then the process exits cleanly. */
const ROOT = path.resolve(__dirname, '../..');
let connector: ConnectorStandIn;
let dataDir: string;
let child: ChildProcess;

beforeAll(async () => {
  connector = await new ConnectorStandIn().start();
  dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-sigterm-'));
});

afterAll(async () => {
  if (child.exitCode === null) child.kill('SIGKILL');
  await connector.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('finishes the turn in flight before it stops on SIGTERM', async () => {
  child = spawn(process.execPath, ['--require', 'tsx/cjs', 'src/index.ts'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', SAMPULS_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const url = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"msg":"bot ready"')) resolve((JSON.parse(line) as { url: string }).url);
    })
  );
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  connector.delayMs = 1500;
  const turn = fetch(`${url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'message',
      text: 'hjelp',
      channelId: 'msteams',
      serviceUrl: connector.url,
      from: { id: 'user-alex', name: ALEX.name, aadObjectId: ALEX.aadObjectId },
      recipient: { id: 'bot', name: 'Sampuls' },
      conversation: { id: 'a:alex-sigterm', conversationType: 'personal', tenantId: ALEX.tenantId }
    })
  });
  await new Promise((resolve) => setTimeout(resolve, 300));
  child.kill('SIGTERM');
  expect((await turn).status).toBe(200);
  expect(connector.sent.some((s) => JSON.stringify(s.activity).includes('Dette kan jeg hjelpe med'))).toBe(true);
  expect(await exited).toBe(0);
}, 60_000);
