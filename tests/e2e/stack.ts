/**
 * What the e2e run drives: `node dist/local.js` (bot + Agents Playground) on free ports with a
 * fresh data dir, and Debian's headless Chromium showing the playground. `stopStack` undoes
 * everything, also after a failed start or on Ctrl-C.
 */
import { spawn } from 'node:child_process';
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Page } from 'playwright-core';

export const ROOT = path.resolve(__dirname, '..', '..');
export const VIEWPORT = { width: 1280, height: 1000 };
/** Longest wait for any one thing on the page (a bot reply is usually there within a second). */
export const ACTION_TIMEOUT_MS = 15_000;
const STARTUP_TIMEOUT_MS = 30_000;
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync'
];

export interface Stack {
  /** The playground, loaded, with its log panel hidden. */
  page: Page;
  url: string;
  botUrl: string;
  dataDir: string;
  logFile: string;
  /** What the embedded Cosmos store has written so far (one JSON line per mutation). */
  journal(): string;
  /**
   * Stops bot + playground and starts them again on the same ports and data dir with `env` added
   * (e.g. a moved `SAMPULS_CLOCK`), then reloads the page: a restart as an operator would do it.
   */
  restart(env: Record<string, string>): Promise<void>;
  /** Loads the page again, as a person pressing F5 would. */
  reload(): Promise<void>;
}

export const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;

export async function waitFor<T>(what: string, probe: () => Promise<T | undefined> | T | undefined, timeoutMs: number): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${seconds(timeoutMs)} waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** Undo steps for what is running, newest last; `stopStack` runs them in reverse. */
const undo: Array<(keepData: boolean) => unknown> = [];

const onSignal = () => void stopStack(true).finally(() => process.exit(130));

/** Stops the browser and the bot + playground; removes the data dir unless `keepData`. Safe to call twice. */
export async function stopStack(keepData: boolean): Promise<void> {
  for (let step = undo.pop(); step; step = undo.pop()) {
    try {
      await step(keepData);
    } catch {
      /* already gone */
    }
  }
  process.removeListener('SIGINT', onSignal);
  process.removeListener('SIGTERM', onSignal);
}

/** Starts bot + playground + browser; `logFile` gets the bot and playground output. */
export async function startStack(logFile: string): Promise<Stack> {
  if (!existsSync(path.join(ROOT, 'dist', 'local.js'))) throw new Error('dist/local.js is missing: run `npm run build` first');
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-e2e-'));
  undo.push((keepData) => keepData || rmSync(dataDir, { recursive: true, force: true }));
  const ports = { port: await freePort(), playgroundPort: await freePort() };
  const log = createWriteStream(logFile);
  undo.push(() => new Promise((resolve) => log.end(resolve)));
  let local = await startLocal({ dataDir, log, ...ports });
  undo.push(() => local.stop());
  const page = await openPlayground(local.url);
  const journalFile = path.join(dataDir, 'cosmos.jsonl');
  const journal = () => (existsSync(journalFile) ? readFileSync(journalFile, 'utf8') : '');
  const reload = async () => {
    await page.reload();
    await showChat(page);
  };
  const restart = async (env: Record<string, string>) => {
    await local.stop();
    local = await startLocal({ dataDir, log, ...ports, env });
    await reload();
  };
  return { page, url: local.url, botUrl: local.botUrl, dataDir, logFile, journal, restart, reload };
}

interface LocalOptions {
  dataDir: string;
  log: NodeJS.WritableStream;
  port: number;
  playgroundPort: number;
  env?: Record<string, string>;
}

interface Local {
  url: string;
  botUrl: string;
  stop(): Promise<void>;
}

async function startLocal({ dataDir, log, port, playgroundPort, env = {} }: LocalOptions): Promise<Local> {
  let output = '';
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'local.js')], {
    cwd: ROOT,
    // Own process group, so the playground it spawns is stopped with it.
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: {
      ...process.env,
      PORT: String(port),
      PLAYGROUND_PORT: String(playgroundPort),
      SAMPULS_DATA_DIR: dataDir,
      // A quiet day of the årshjul (nothing due), so no proactive card lands in the middle of the journey.
      SAMPULS_CLOCK: process.env.SAMPULS_CLOCK ?? '2026-11-25T10:00',
      M365_AGENTS_PLAYGROUND_LOGFILE: path.join(dataDir, 'm365agentsplayground.log'),
      PLAYGROUND_BROWSER: '',
      LOG_LEVEL: process.env.LOG_LEVEL ?? 'info',
      ...env
    }
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null || !child.pid) return;
    const kill = (signal: NodeJS.Signals) => {
      try {
        process.kill(-child.pid!, signal);
      } catch {
        /* already gone */
      }
    };
    kill('SIGTERM');
    const hard = setTimeout(() => kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(hard);
  };
  for (const stream of [child.stdout, child.stderr]) {
    stream.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      log.write(chunk);
    });
  }
  const botUrl = `http://127.0.0.1:${port}`;
  try {
    const listening = await waitFor(
      'the playground to listen',
      () => {
        if (child.exitCode !== null) throw new Error(`dist/local.js exited with code ${child.exitCode}; see the log`);
        return /Listening on (\d+)/.exec(output)?.[1];
      },
      STARTUP_TIMEOUT_MS
    );
    await waitFor(
      'the bot to be ready',
      async () => ((await fetch(`${botUrl}/readyz`).catch(() => undefined))?.ok ? true : undefined),
      STARTUP_TIMEOUT_MS
    );
    return { url: `http://127.0.0.1:${listening}`, botUrl, stop };
  } catch (error) {
    await stop();
    throw error;
  }
}

/** Chromium with a fresh profile, showing the playground's personal chat. */
async function openPlayground(url: string): Promise<Page> {
  const userDataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-e2e-chromium-'));
  undo.push(() => rmSync(userDataDir, { recursive: true, force: true }));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM,
    headless: true,
    args: CHROMIUM_ARGS,
    viewport: VIEWPORT,
    locale: 'nb-NO'
  });
  undo.push(() => context.close());
  context.setDefaultTimeout(ACTION_TIMEOUT_MS);
  const page = context.pages()[0] ?? (await context.newPage());
  await page.goto(url);
  await showChat(page);
  return page;
}

/** Waits for the loaded playground and hides its log panel: it takes a third of the window, and the screenshots are about the chat. */
async function showChat(page: Page): Promise<void> {
  await page.getByRole('treeitem', { name: 'Personal Chat', exact: true }).waitFor({ timeout: STARTUP_TIMEOUT_MS });
  await page.getByRole('button', { name: 'Hide log panel' }).click();
}
