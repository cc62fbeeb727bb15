/**
 * `npm run network -- import <file>` and `npm run network -- export <network>`: a network's
 * definition file read into, or written from, the store the bot uses, chosen by the same
 * environment as `npm start` (the embedded store in ./.data unless COSMOS_ENDPOINT is set).
 *
 * An import that would change a network that exists only tells what would change, unless
 * `--replace` is given. Exit codes: 0 done, 1 the file or the command line is wrong, or
 * `--replace` is missing (nothing written), 2 the store cannot be used. `--help` prints the usage.
 */
import { readFile } from 'node:fs/promises';
import { loadConfig, type Config } from '../config';
import { errorLine } from '../features/networkFile/definition';
import { exportNetworkFile } from '../features/networkFile/export';
import { importNetworkFile } from '../features/networkFile/import';
import { parseNetworkFile } from '../features/networkFile/parse';
import { importSummary } from '../features/networkFile/summary';
import type { Logger } from '../core/log';
import { openStore, type OpenStore } from '../store/open';
import { ConcurrencyConflict, StoreUnavailable, type Store } from '../core/store';
import { catalogues } from '../features';

const { nb: t } = catalogues;

const EXIT = { ok: 0, invalid: 1, storeUnavailable: 2 } as const;

/** Where the command writes: results to `out`, errors and progress to `err`, a line at a time. */
export interface Output {
  out(line: string): void;
  err(line: string): void;
}

/** The embedded store refuses a data directory another live process holds (store/embedded/lock.ts). */
const isLocked = (error: unknown): boolean => (error instanceof Error && (error.cause as NodeJS.ErrnoException | undefined)?.code) === 'EEXIST';

async function open(config: Config, output: Output): Promise<OpenStore | undefined> {
  // The only warnings while opening are the retries of a store that does not answer yet.
  const log: Logger = { info: () => undefined, warn: () => output.err(t.networkFile.waiting), error: () => undefined };
  try {
    return await openStore(config, log);
  } catch (error) {
    if (!config.cosmos.endpoint && isLocked(error)) output.err(t.networkFile.storeLocked(config.dataDir));
    else output.err(t.networkFile.storeUnavailable(error instanceof Error ? error.message : String(error)));
    return undefined;
  }
}

async function importFile(store: Store, text: string, replace: boolean, output: Output): Promise<number> {
  const result = await importNetworkFile(store, text, new Date(), { replace });
  if (!result.ok) return invalid(result.errors.map((e) => errorLine(e, t)), output);
  if (result.changes && !result.written) {
    [...importSummary(result, t), t.networkFile.replaceNeeded].forEach((line) => output.err(line));
    return EXIT.invalid;
  }
  importSummary(result, t).forEach((line) => output.out(line));
  return EXIT.ok;
}

async function exportFile(store: Store, networkId: string, output: Output): Promise<number> {
  const text = await exportNetworkFile(store, networkId, t);
  if (text !== undefined) {
    output.out(text.trimEnd());
    return EXIT.ok;
  }
  output.err(t.networkFile.unknownNetwork(networkId, (await store.directory.listNetworkIds()).sort().join(', ')));
  return EXIT.invalid;
}

function invalid(lines: string[], output: Output): number {
  lines.forEach((line) => output.err(line));
  output.err(t.networkFile.notImported(lines.length));
  return EXIT.invalid;
}

export async function runNetworkCommand(args: string[], env: NodeJS.ProcessEnv, output: Output): Promise<number> {
  // Asked for, the usage is the answer: on stdout, exit 0, as command-line tools do.
  if (args.some((arg) => arg === '--help' || arg === '-h')) {
    output.out(t.networkFile.usage);
    return EXIT.ok;
  }
  const replace = args.includes('--replace');
  const [command, target, ...rest] = args.filter((arg) => arg !== '--replace');
  if (!target || rest.length || (command !== 'import' && command !== 'export') || (replace && command !== 'import')) {
    output.err(t.networkFile.usage);
    return EXIT.invalid;
  }
  const loaded = loadConfig(env);
  if (!loaded.ok) {
    [t.networkFile.badSettings, ...loaded.errors].forEach((line) => output.err(line));
    return EXIT.invalid;
  }
  let text = '';
  if (command === 'import') {
    try {
      text = await readFile(target, 'utf8');
    } catch {
      output.err(t.networkFile.cannotRead(target));
      return EXIT.invalid;
    }
    // A broken file is reported without opening the store, so it can be checked while the bot runs.
    const parsed = parseNetworkFile(text);
    if (!parsed.ok) return invalid(parsed.errors.map((e) => errorLine(e, t)), output);
  }
  const storage = await open(loaded.config, output);
  if (!storage) return EXIT.storeUnavailable;
  try {
    return command === 'import' ? await importFile(storage.store, text, replace, output) : await exportFile(storage.store, target, output);
  } catch (error) {
    if (error instanceof ConcurrencyConflict && command === 'import') {
      output.err(t.networkFile.createdMeanwhile);
      return EXIT.invalid;
    }
    if (!(error instanceof StoreUnavailable)) throw error;
    output.err(command === 'import' ? t.networkFile.interrupted : t.networkFile.storeUnavailable(error.message));
    return EXIT.storeUnavailable;
  } finally {
    await storage.close();
  }
}

if (require.main === module) {
  const line = (stream: NodeJS.WriteStream) => (text: string) => stream.write(`${text}\n`);
  void runNetworkCommand(process.argv.slice(2), process.env, { out: line(process.stdout), err: line(process.stderr) }).then((code) => {
    process.exitCode = code;
  });
}
