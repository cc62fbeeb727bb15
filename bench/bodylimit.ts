import { writeFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { MAX_BODY_BYTES } from '../src/http/server';
import { memoryMegabytes, spawnBuiltBot } from './startup';

export interface BodyLimitRun {
  /** RSS once ready, before any request. */
  idleRssMb: number;
  /** Peak RSS while one JSON body of exactly the limit is read, parsed and refused. */
  atLimit: { status: number; peakRssMb: number };
  /** Peak RSS while one gzip body that would inflate to ~1000× the limit is refused. */
  compressed: { status: number; wireKb: number; inflatedMb: number; peakRssMb: number };
}

/** An activity padded to exactly `bytes` of JSON; its replies would leave the machine, so local mode refuses it after parsing. */
function activityOf(bytes: number): Buffer {
  const head = Buffer.from('{"type":"message","text":"status","serviceUrl":"https://smba.trafficmanager.net/emea/","conversation":{"id":"a:bench"},"padding":"');
  const tail = Buffer.from('"}');
  return Buffer.concat([head, Buffer.alloc(bytes - head.length - tail.length, ' '), tail]);
}

/** Resets the process's peak RSS (VmHWM) to its current RSS, so the next peak is one request's. */
function resetPeak(pid: number): void {
  writeFileSync(`/proc/${pid}/clear_refs`, '5');
}

/**
 * The built bot, one request at a time, peak resident memory measured around each: a body at the
 * decoded-size limit, and a compressed body whose inflated size is far past it.
 */
export async function benchBodyLimit(): Promise<BodyLimitRun> {
  const bot = spawnBuiltBot();
  try {
    const url = await bot.url;
    const pid = bot.child.pid!;
    const post = async (body: Buffer, headers: Record<string, string>) => {
      resetPeak(pid);
      const response = await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body });
      await response.arrayBuffer();
      return { status: response.status, peakRssMb: memoryMegabytes(pid, 'VmHWM') };
    };
    const idleRssMb = memoryMegabytes(pid);
    const atLimit = await post(activityOf(MAX_BODY_BYTES), {});
    const inflated = activityOf(1000 * MAX_BODY_BYTES);
    const wire = gzipSync(inflated);
    const compressed = await post(wire, { 'content-encoding': 'gzip' });
    return { idleRssMb, atLimit, compressed: { ...compressed, wireKb: wire.length / 1024, inflatedMb: inflated.length / 1024 / 1024 } };
  } finally {
    await bot.stop();
  }
}

export function describeBodyLimit(run: BodyLimitRun): string[] {
  const mb = (n: number) => `${n.toFixed(0)} MB`;
  return [
    `one request at the body limit (${MAX_BODY_BYTES / 1024} KB JSON): answered ${run.atLimit.status}, peak RSS ${mb(run.atLimit.peakRssMb)} (RSS before: ${mb(run.idleRssMb)})`,
    `one gzip body of ${run.compressed.wireKb.toFixed(0)} KB (${mb(run.compressed.inflatedMb)} inflated): answered ${run.compressed.status}, peak RSS ${mb(run.compressed.peakRssMb)}`
  ];
}
