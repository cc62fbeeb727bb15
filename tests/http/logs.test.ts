import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ConnectorStandIn } from '../support/connector';
import { alexMessage, postActivity, spawnBot, stopProcess, type BotProcess } from '../support/process';

/**
 * A download link is a credential for 15 minutes and logs go to Application Insights: no log
 * line of the bot process (stdout or stderr, restify's own included) may carry a link's token,
 * whatever odd request is made with it.
 */
let bot: BotProcess;
let url: string;
let connector: ConnectorStandIn;
let dataDir: string;
let output = '';

beforeAll(async () => {
  connector = await new ConnectorStandIn().start();
  dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-logs-'));
  bot = spawnBot({ ...process.env, PORT: '0', SAMPULS_DATA_DIR: dataDir, LOG_LEVEL: 'debug' });
  for (const stream of [bot.child.stdout!, bot.child.stderr!]) stream.on('data', (chunk: Buffer) => (output += chunk.toString()));
  url = await bot.ready;
}, 60_000);

afterAll(async () => {
  await stopProcess(bot.child, 'SIGTERM');
  await connector.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

it('logs no part of a download token, whatever refused request is made with the link', async () => {
  await postActivity(url, alexMessage(connector.url, 'a:alex-logs', { text: `eksport ${new Date().getFullYear()}`, id: 'm-logs' }));
  // The first message in a new chat is the welcome card; the export card follows.
  const actions = connector.sent.flatMap((s) => s.activity.attachments ?? []).flatMap((a) => (a.content as { actions?: { url?: string }[] }).actions ?? []);
  const link = new URL(actions.find((a) => a.url?.endsWith('.csv'))!.url!);
  const token = link.pathname.split('/')[2].replace(/\.csv$/, '');
  const signature = token.split('.')[1];
  expect((await fetch(link)).status).toBe(200);

  const refused: [string, string, Record<string, string>][] = [
    ['HEAD', link.pathname, {}],
    ['OPTIONS', link.pathname, {}],
    ['POST', link.pathname, { 'content-type': 'application/json' }],
    ['HEAD', link.pathname, { accept: 'application/xml' }],
    ['GET', link.pathname.replace('/export/', '/EXPORT/'), {}],
    ['GET', link.pathname.replace('/export/', '/Export/'), { accept: 'application/xml' }],
    ['GET', link.pathname.replace('.csv', '.CSV'), {}],
    ['GET', `/${token}.csv`, {}],
    ['GET', `/export${link.pathname}`, {}]
  ];
  for (const [method, pathname, headers] of refused) {
    const response = await fetch(`${url}${pathname}`, { method, headers, ...(method === 'POST' ? { body: '{}' } : {}) });
    expect(response.status).toBeGreaterThanOrEqual(400);
  }
  // Let the process flush what it logged.
  await fetch(`${url}/healthz`);
  await new Promise((resolve) => setTimeout(resolve, 200));
  expect(output).toContain('request refused');
  expect(output).not.toContain(signature);
});
