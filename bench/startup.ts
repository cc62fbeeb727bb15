import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(__dirname, '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resident memory of a process now (VmRSS) or at its peak since start or the last reset (VmHWM). */
export function memoryMegabytes(pid: number, field: 'VmRSS' | 'VmHWM' = 'VmRSS'): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith(`${field}:`))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}

export interface BuiltBot {
  child: ChildProcess;
  /** Resolves with the base URL once the bot logs «bot ready». */
  url: Promise<string>;
  stop(): Promise<void>;
}

/** A server process that logs «bot ready» with its URL (the built bot, the floor), stopped with SIGTERM. */
export function spawnServer(args: string[], env: NodeJS.ProcessEnv, cleanup: () => void = () => undefined): BuiltBot {
  const child = spawn(process.execPath, args, { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stderr = '';
  child.stderr!.on('data', (chunk: Buffer) => (stderr = (stderr + chunk.toString()).slice(-2000)));
  const url = new Promise<string>((resolve, reject) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.includes('"msg":"bot ready"')) resolve((JSON.parse(line) as { url: string }).url);
    });
    child.once('exit', (code) => reject(new Error(`${args.join(' ')} exited with ${code} (run npm run build first):\n${stderr}`)));
  });
  return {
    child,
    url,
    stop: async () => {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        await new Promise((resolve) => child.once('exit', resolve));
      }
      cleanup();
    }
  };
}

/**
 * How production starts the bot (`npm run start:bot`, the Bicep's appCommandLine): with the old
 * space capped at 1 GB, below which V8 grows the heap by about 1.6× what is live instead of 4×.
 */
export const PRODUCTION_START = ['--max-old-space-size=1024', 'dist/index.js'];

/** `npm run start:bot` as built (dist/), in local mode on an empty data directory unless `env` says otherwise. */
export function spawnBuiltBot(env: NodeJS.ProcessEnv = {}): BuiltBot {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-bench-'));
  return spawnServer(PRODUCTION_START, { ...process.env, PORT: '0', SAMPULS_DATA_DIR: dataDir, LOG_LEVEL: 'info', ...env }, () =>
    rmSync(dataDir, { recursive: true, force: true })
  );
}

/**
 * Time from spawn until /readyz answers 200 (including seeding the demo), then resident memory
 * after 5 s idle.
 */
export async function benchStartup(): Promise<{ coldStartMs: number; idleRssMb: number }> {
  const started = Date.now();
  const bot = spawnBuiltBot();
  try {
    const url = await bot.url;
    while ((await fetch(`${url}/readyz`).catch(() => undefined))?.status !== 200) await sleep(10);
    const coldStartMs = Date.now() - started;
    await sleep(5000);
    return { coldStartMs, idleRssMb: memoryMegabytes(bot.child.pid!) };
  } finally {
    await bot.stop();
  }
}
