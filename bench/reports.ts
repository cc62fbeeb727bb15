import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type { Store } from '../src/core/store';
import { userKey } from '../src/domain/roles';
import { sign } from '../src/features/signing';
import { assemble } from '../src/index';
import { startTestStore } from '../tests/support/store';
import { BENCH_USER, ms, NETWORK_ID, seedNetwork } from './support';
import { measure, type TurnFigures } from './turns';

const SECRET = 'bench-reports-secret-that-is-long-enough';
/** Five years of monthly check-ins on each of 50 collaborations. */
const COLLABORATIONS = 50;
const MONTHS = 60;
/** Where each port of the store keeps its documents (src/store/cosmos/containers.ts). */
const CONTAINER: Record<string, string> = {
  directory: 'config', audit: 'config', planning: 'config', surveys: 'surveys', invitations: 'config',
  checkIns: 'checkins', profiles: 'people', conversations: 'conversations', jobs: 'jobs'
};

/** The store with every port call counted by container and call, to show what a download reads. */
function countingStore(store: Store): { store: Store; calls: Map<string, number> } {
  const calls = new Map<string, number>();
  const wrap = <T extends object>(name: string, port: T): T =>
    new Proxy(port, {
      get(target, key, receiver) {
        const value = Reflect.get(target, key, receiver) as unknown;
        if (typeof value !== 'function') return value;
        return (...args: unknown[]) => {
          const label = `${CONTAINER[name] ?? name} (${name}.${String(key)})`;
          calls.set(label, (calls.get(label) ?? 0) + 1);
          return (value as (...a: unknown[]) => unknown).apply(target, args);
        };
      }
    });
  const counted = Object.fromEntries(Object.entries(store).map(([name, port]) => [name, typeof port === 'object' && port ? wrap(name, port as object) : port])) as unknown as Store;
  return { store: counted, calls };
}

export interface ReportFigures extends TurnFigures {
  bytes: number;
  /** Store calls per download, by container and call. */
  perDownload: [string, number][];
}

/**
 * The tertial report for a network of 50 collaborations with five years of history, as a
 * kommunedirektør downloads it: the signed link opened on the bot's own HTTP server, so the time
 * covers the checks, the store reads, the charts and the Word file.
 */
export async function benchReports(): Promise<ReportFigures> {
  const now = new Date();
  const bench = await startTestStore();
  try {
    await seedNetwork(bench.store, COLLABORATIONS, MONTHS, now);
    const { store, calls } = countingStore(bench.store);
    const assembly = assemble({ store, documents: bench.documents, log: pino({ level: 'silent' }), clock: () => now, signingSecret: SECRET });
    await new Promise<void>((resolve) => assembly.server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(assembly.server.address() as AddressInfo).port}`;
    const token = sign({ user: userKey(BENCH_USER), report: 'tertial', networkId: NETWORK_ID, exp: Math.floor(now.getTime() / 1000) + 3600 }, SECRET);
    let bytes = 0;
    let downloads = 0;
    const download = async () => {
      downloads++;
      const response = await fetch(`${url}/report/${token}.docx`);
      if (response.status !== 200) throw new Error(`the report answered ${response.status}`);
      bytes = (await response.arrayBuffer()).byteLength;
    };
    await download();
    calls.clear();
    downloads = 0;
    const figures = await measure(() => bench.server.requests, download);
    await new Promise<void>((resolve) => assembly.server.close(() => resolve()));
    return { ...figures, bytes, perDownload: [...calls].sort(([a], [b]) => a.localeCompare(b)).map(([label, count]) => [label, count / downloads]) };
  } finally {
    await bench.close();
  }
}

export function describeReports(f: ReportFigures): string[] {
  return [
    `tertial report (.docx, ${Math.round(f.bytes / 1024)} KB) for ${COLLABORATIONS} collaborations × ${MONTHS} months of history, downloaded through its signed link:`,
    `  p50 ${ms(f.p50)}  p95 ${ms(f.p95)} (target p95 < 2000 ms)  store HTTP requests/download ${f.requestsPerTurn.toFixed(2)}`,
    `  store calls per download (target ≤ 1 query per container): ${f.perDownload.map(([label, n]) => `${label} ${n.toFixed(2)}`).join(', ')}`
  ];
}
