import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createInterface } from 'node:readline';

const ROOT = path.resolve(__dirname, '..');
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function rssMegabytes(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}

/**
 * `npm run start:bot` as built (dist/), on an empty data directory: time from spawn until
 * /readyz answers 200 (including seeding the demo), then resident memory after 5 s idle.
 */
export async function benchStartup(): Promise<{ coldStartMs: number; idleRssMb: number }> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-bench-'));
  const started = Date.now();
  const child = spawn(process.execPath, ['dist/index.js'], {
    cwd: ROOT,
    env: { ...process.env, PORT: '0', SAMPULS_DATA_DIR: dataDir, LOG_LEVEL: 'info' },
    stdio: ['ignore', 'pipe', 'ignore']
  });
  try {
    const url = await new Promise<string>((resolve, reject) => {
      createInterface({ input: child.stdout }).on('line', (line) => {
        if (line.includes('"msg":"bot ready"')) resolve((JSON.parse(line) as { url: string }).url);
      });
      child.once('exit', (code) => reject(new Error(`bot exited with ${code}; run npm run build first`)));
    });
    while ((await fetch(`${url}/readyz`).catch(() => undefined))?.status !== 200) await sleep(10);
    const coldStartMs = Date.now() - started;
    await sleep(5000);
    return { coldStartMs, idleRssMb: rssMegabytes(child.pid!) };
  } finally {
    child.kill('SIGTERM');
    await new Promise((resolve) => child.once('exit', resolve));
    rmSync(dataDir, { recursive: true, force: true });
  }
}
