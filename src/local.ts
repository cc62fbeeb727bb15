/**
 * `npm start`: the bot in local mode plus the Microsoft 365 Agents Playground, a local Teams-like
 * client, pointed at it. Fully offline: no tenant, tunnel or token.
 *
 * Environment: PLAYGROUND_BROWSER (set to open a browser), PLAYGROUND_PORT (default 56150; the
 * playground picks a free port if it is taken), plus whatever the bot reads (PORT, …).
 * The playground's own log goes to .data/m365agentsplayground.log: it only writes to the console
 * when that is a terminal, and here its output is a pipe.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { createInterface } from 'node:readline';
import { startBot } from './index';

const PLAYGROUND_PACKAGE = '@microsoft/m365agentsplayground';
const DEFAULT_PLAYGROUND_PORT = 56150;
const CONFIG_FILE = '.m365agentsplayground.yml';
/** How long the playground gets to exit on SIGTERM before it is killed. */
const CHILD_EXIT_GRACE_MS = 5000;

const PROJECT_ROOT = path.resolve(__dirname, '..');

function say(line: string): void {
  process.stdout.write(`${line}\n`);
}

/** Absolute path of the playground CLI script, taken from the `bin` field of its package.json. */
export function playgroundBin(): string {
  const manifestPath = require.resolve(`${PLAYGROUND_PACKAGE}/package.json`);
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as { bin?: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin?.agentsplayground;
  if (!bin) throw new Error(`${PLAYGROUND_PACKAGE} declares no "agentsplayground" bin`);
  return path.join(path.dirname(manifestPath), bin);
}

/** The bot's messaging endpoint, whether startBot reports the base URL or the endpoint itself. */
export function messagesEndpoint(botUrl: string): string {
  const url = botUrl.replace(/\/+$/, '');
  return url.endsWith('/api/messages') ? url : `${url}/api/messages`;
}

function isSet(value: string | undefined): boolean {
  return value !== undefined && !['', '0', 'false', 'no', 'none'].includes(value.trim().toLowerCase());
}

/** Command-line arguments for the playground CLI. */
export function playgroundArgs(endpoint: string, port: number): string[] {
  return ['--app-endpoint', endpoint, '--channel-id', 'msteams', '--port', String(port), '--disable-telemetry'];
}

/** Environment for the playground: our mock-tenant config, a log file out of the way, no browser unless asked. */
export function playgroundEnv(env: NodeJS.ProcessEnv, root = PROJECT_ROOT): NodeJS.ProcessEnv {
  const child: NodeJS.ProcessEnv = { ...env };
  const config = path.join(root, CONFIG_FILE);
  if (!child.M365_AGENTS_PLAYGROUND_CONFIG_PATH && existsSync(config)) child.M365_AGENTS_PLAYGROUND_CONFIG_PATH = config;
  // Its default is ./devTools/m365agentsplayground.log, a directory git does not ignore.
  child.M365_AGENTS_PLAYGROUND_LOGFILE ??= path.join(root, '.data', 'm365agentsplayground.log');
  if (isSet(env.PLAYGROUND_BROWSER)) delete child.TEAMSAPPTESTER_BROWSER;
  else child.TEAMSAPPTESTER_BROWSER = 'none';
  return child;
}

function playgroundPort(env: NodeJS.ProcessEnv): number {
  const port = Number(env.PLAYGROUND_PORT ?? DEFAULT_PLAYGROUND_PORT);
  if (!Number.isInteger(port) || port < 1 || port > 65535) throw new Error(`PLAYGROUND_PORT is not a port: ${env.PLAYGROUND_PORT}`);
  return port;
}

/** Copies a stream to stdout line by line with a prefix; `onLine` sees each line first. */
function pipeLines(stream: NodeJS.ReadableStream, prefix: string, onLine?: (line: string) => void): void {
  createInterface({ input: stream, crlfDelay: Infinity }).on('line', (line) => {
    say(`${prefix} ${line}`);
    onLine?.(line);
  });
}

/** The last lines of a file, or nothing if it cannot be read. */
function tail(file: string, lines: number): string[] {
  try {
    return readFileSync(file, 'utf8').trimEnd().split('\n').slice(-lines);
  } catch {
    return [];
  }
}

/** Exit code a shell would report for a child that ended with `code` or was killed by `signal`. */
function exitCodeOf(code: number | null, signal: NodeJS.Signals | null): number {
  if (code !== null) return code;
  const number = signal ? ({ SIGHUP: 1, SIGINT: 2, SIGKILL: 9, SIGTERM: 15 } as Record<string, number>)[signal] : undefined;
  return number ? 128 + number : 1;
}

function waitForExit(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => child.once('exit', () => resolve()));
}

/** Starts the bot and the playground; resolves with the exit code once both are down. */
export async function main(env: NodeJS.ProcessEnv = process.env): Promise<number> {
  const port = playgroundPort(env);
  const bin = playgroundBin();
  // The årshjul waits for the playground: what it sends earlier would fail and wait for a retry.
  let playgroundListens = (): void => undefined;
  const schedulerAfter = new Promise<void>((resolve) => (playgroundListens = resolve));
  const bot = await startBot(env, { schedulerAfter });
  const endpoint = messagesEndpoint(bot.url);
  say(`[local] bot listening: ${endpoint}`);

  const childEnv = playgroundEnv(env);
  const child = spawn(process.execPath, [bin, ...playgroundArgs(endpoint, port)], {
    cwd: PROJECT_ROOT,
    env: childEnv,
    stdio: ['ignore', 'pipe', 'pipe']
  });
  const killChild = (): void => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM');
  };
  process.once('exit', killChild);

  pipeLines(child.stdout!, '[playground]', (line) => {
    const listening = /Listening on (\d+)/.exec(line);
    if (!listening) return;
    playgroundListens();
    say(`\n  ➜  Open http://localhost:${listening[1]} to chat with Sampuls as Alex Wilber (Ctrl-C stops)\n`);
  });
  pipeLines(child.stderr!, '[playground]');

  return new Promise<number>((resolve) => {
    let stopping = false;
    const shutdown = async (code: number, reason: string): Promise<void> => {
      if (stopping) return;
      stopping = true;
      say(`[local] ${reason}; stopping`);
      killChild();
      const grace = setTimeout(() => child.kill('SIGKILL'), CHILD_EXIT_GRACE_MS);
      await waitForExit(child);
      clearTimeout(grace);
      let exitCode = code;
      try {
        await bot.stop();
      } catch (error) {
        say(`[local] stopping the bot failed: ${error instanceof Error ? error.message : String(error)}`);
        if (exitCode === 0) exitCode = 1;
      }
      process.removeListener('SIGINT', onSignal);
      process.removeListener('SIGTERM', onSignal);
      resolve(exitCode);
    };
    const onSignal = (signal: NodeJS.Signals): void => {
      if (stopping) {
        say(`[local] ${signal} again: exiting now`);
        child.kill('SIGKILL');
        process.exit(1);
      }
      void shutdown(0, `${signal} received`);
    };
    process.on('SIGINT', onSignal);
    process.on('SIGTERM', onSignal);

    child.once('error', (error) => void shutdown(1, `playground failed to start: ${error.message}`));
    child.once('exit', (code, signal) => {
      if (stopping) return;
      const exitCode = exitCodeOf(code, signal);
      if (exitCode !== 0) {
        const log = childEnv.M365_AGENTS_PLAYGROUND_LOGFILE!;
        for (const line of tail(log, 15)) say(`[playground log] ${line}`);
        say(`[local] full playground log: ${log}`);
      }
      void shutdown(exitCode, `playground exited (${signal ?? `code ${code}`})`);
    });
  });
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (error: unknown) => {
      process.stderr.write(`[local] ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exit(1);
    }
  );
}
