/**
 * Run as its own process (`node --require tsx/cjs tests/support/routesJourney.ts`): starts the bot
 * as `npm run start:bot` does in local mode, sends one activity down every route, and prints one
 * JSON line: what came back for each, and every npm package the process loaded on the way.
 * Jest keeps its own module registry, so only a separate process shows what Node really loaded.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { startBot } from '../../src/index';
import { ALEX } from '../../src/demo/people';
import { ConnectorStandIn } from './connector';

const BOT = { id: '28:sampuls-bot', name: 'Sampuls' };

/** The npm package a loaded file belongs to («@scope/name» or «name»). */
function packageOf(file: string): string | undefined {
  const at = file.lastIndexOf('/node_modules/');
  if (at < 0) return undefined;
  const [first, second] = file.slice(at + '/node_modules/'.length).split('/');
  return first.startsWith('@') ? `${first}/${second}` : first;
}

async function main(): Promise<void> {
  const connector = await new ConnectorStandIn().start();
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-routes-'));
  const bot = await startBot({ ...process.env, PORT: '0', SAMPULS_DATA_DIR: dataDir, LOG_LEVEL: 'silent', SCHEDULER_ENABLED: 'false' });
  const personal = { id: 'a:alex-routes', conversationType: 'personal', tenantId: ALEX.tenantId };
  const channel = { id: '19:general@thread.tacv2', conversationType: 'channel', isGroup: true, tenantId: ALEX.tenantId };
  const post = async (conversation: Record<string, unknown>, fields: Record<string, unknown>) => {
    const before = connector.sent.length;
    const response = await fetch(`${bot.url}/api/messages`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        id: `m-${Math.random()}`, channelId: 'msteams', serviceUrl: connector.url, recipient: BOT, conversation,
        from: { id: '29:alex', name: ALEX.name, aadObjectId: ALEX.aadObjectId },
        channelData: { tenant: { id: ALEX.tenantId }, ...(conversation === channel ? { team: { id: channel.id } } : {}) },
        ...fields
      })
    });
    const body = await response.text();
    const sent = connector.sent.slice(before).map((s) => JSON.stringify(s.activity));
    return { status: response.status, answer: [body, ...sent].join('\n') };
  };
  const replies = {
    install: await post(personal, { type: 'conversationUpdate', membersAdded: [BOT] }),
    help: await post(personal, { type: 'message', text: 'hjelp' }),
    status: await post(personal, { type: 'message', text: 'status' }),
    submit: await post(personal, { type: 'message', value: { verb: 'checkin.submit' } }),
    refresh: await post(personal, { type: 'invoke', name: 'adaptiveCard/action', value: { action: { type: 'Action.Execute', verb: 'status.refresh', data: { networkId: 'solor' } } } }),
    mention: await post(channel, {
      type: 'message', text: '<at>Sampuls</at> status',
      entities: [{ type: 'mention', text: '<at>Sampuls</at>', mentioned: BOT }]
    }),
    memberAdded: await post(channel, { type: 'conversationUpdate', membersAdded: [{ id: '29:megan', name: 'Megan Bowen' }] }),
    uninstall: await post(personal, { type: 'installationUpdate', action: 'remove' })
  };
  await bot.stop();
  await connector.stop();
  rmSync(dataDir, { recursive: true, force: true });
  const packages = [...new Set(Object.keys(require.cache).flatMap((file) => packageOf(file) ?? []))].sort();
  process.stdout.write(`${JSON.stringify({ replies, packages })}\n`);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
