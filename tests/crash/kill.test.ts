import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { periodAt } from '../../src/domain/period';
import { ConnectorStandIn } from '../support/connector';
import { filledCheckIn } from '../support/conversation';
import { alexMessage, postActivity, spawnBot, stopProcess } from '../support/process';

/**
 * The bot as a separate process, killed with SIGKILL right after it acknowledged answers:
 * after a restart on the same data directory every acknowledged answer is still there.
 */
let connector: ConnectorStandIn;
let dataDir: string;
let child: ChildProcess | undefined;

async function startChild(): Promise<string> {
  const bot = spawnBot({ ...process.env, PORT: '0', SAMPULS_DATA_DIR: dataDir, LOG_LEVEL: 'info' });
  child = bot.child;
  return bot.ready;
}

const killChild = () => stopProcess(child, 'SIGKILL');
const activity = (serviceUrl: string, fields: Record<string, unknown>) => alexMessage(serviceUrl, 'a:alex-crash', fields);

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
      postActivity(url, activity(connector.url, {
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
    await postActivity(url, activity(connector.url, { text: `status ${name}` }));
  }
  const shown = JSON.stringify(connector.sent);
  for (const { collaborationId } of collaborations) expect(shown).toContain(`Feiret i ${collaborationId}`);
}, 60_000);
