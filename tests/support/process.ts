import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { ALEX } from '../../src/demo/people';

const ROOT = path.resolve(__dirname, '../..');

export interface BotProcess {
  child: ChildProcess;
  /** The bot's base URL, once it has logged «bot ready»; rejects if it exits first. */
  ready: Promise<string>;
}

/** The production entry point (`src/index.ts` through tsx) as a separate process, as App Service runs it. */
export function spawnBot(env: NodeJS.ProcessEnv): BotProcess {
  const child = spawn(process.execPath, ['--require', 'tsx/cjs', 'src/index.ts'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const ready = new Promise<string>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`bot exited early with ${code}: ${stderr}`)));
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"msg":"bot ready"')) resolve((JSON.parse(line) as { url: string }).url);
    });
  });
  return { child, ready };
}

/** Sends a signal and waits for the exit; nothing to do when the process is already gone. */
export function stopProcess(child: ChildProcess | undefined, signal: NodeJS.Signals): Promise<void> {
  return new Promise((resolve) => {
    if (!child || child.exitCode !== null || child.signalCode !== null) return resolve();
    child.once('exit', () => resolve());
    child.kill(signal);
  });
}

/** A message from Alex in a 1:1 chat, as the Bot Connector posts it to /api/messages. */
export const alexMessage = (serviceUrl: string, conversationId: string, fields: Record<string, unknown>) => ({
  type: 'message',
  channelId: 'msteams',
  serviceUrl,
  from: { id: 'user-alex', name: ALEX.name, aadObjectId: ALEX.aadObjectId },
  recipient: { id: 'bot', name: 'Sampuls' },
  conversation: { id: conversationId, conversationType: 'personal', tenantId: ALEX.tenantId },
  ...fields
});

/** POSTs an activity to the bot's messaging endpoint, unauthenticated as in local mode. */
export const postActivity = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
