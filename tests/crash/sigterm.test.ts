import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConnectorStandIn } from '../support/connector';
import { alexMessage, postActivity, spawnBot } from '../support/process';

/** SIGTERM while a turn is waiting on a slow connector: the turn finishes, then the process exits cleanly. */
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
  const bot = spawnBot({ ...process.env, PORT: '0', SAMPULS_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
  child = bot.child;
  const url = await bot.ready;
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  connector.delayMs = 1500;
  const turn = postActivity(url, alexMessage(connector.url, 'a:alex-sigterm', { text: 'hjelp' }));
  await new Promise((resolve) => setTimeout(resolve, 300));
  child.kill('SIGTERM');
  expect((await turn).status).toBe(200);
  expect(connector.sent.some((s) => JSON.stringify(s.activity).includes('Dette kan jeg hjelpe med'))).toBe(true);
  expect(await exited).toBe(0);
}, 60_000);
