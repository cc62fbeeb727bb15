import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { createHttpServer } from '@vercel/cosmosdb-server';
import { JOURNAL_FILE, attachJournal, compactJournal, replay, type StoreState } from './journal';
import { acquireLock } from './lock';

/**
 * An in-process server speaking the Cosmos DB REST protocol (`@vercel/cosmosdb-server`), so the
 * bot runs and is tested against the real `@azure/cosmos` client without an Azure account.
 *
 * Plain HTTP rather than HTTPS: it needs no certificate and was faster (5,000 sequential 1 KB
 * upserts on one keep-alive connection: ~3,000/s against ~2,500/s).
 *
 * The server keeps everything in memory; with `dataDir` it is made durable by a journal (`./journal`).
 */
export interface EmbeddedCosmos {
  endpoint: string;
  key: string;
  /** HTTP requests served since start (the replay of the journal excluded). */
  readonly requests: number;
  close(): Promise<void>;
}

export interface EmbeddedCosmosOptions {
  /** Directory for the journal; memory only without it. */
  dataDir?: string;
  /** 0 (default) picks a free port. */
  port?: number;
}

/** The server ignores auth, but the SDK signs every request, so it needs a well-formed key: the public emulator key. */
export const EMULATOR_KEY = 'C2y6yDjf5/R+ob0N8A7Cgv30VRDJIWEHLM+4QDU5DE2nQ9nDuVTqobD4b8mGGyPMbIZnqyMsEcaGQy67XIw/Jw==';

export async function startEmbeddedCosmos(options: EmbeddedCosmosOptions = {}): Promise<EmbeddedCosmos> {
  const { dataDir, port = 0 } = options;
  let releaseLock: (() => void) | undefined;
  let state: StoreState = new Map();
  let journalPath: string | undefined;

  if (dataDir) {
    fs.mkdirSync(dataDir, { recursive: true });
    releaseLock = acquireLock(dataDir);
    journalPath = path.join(dataDir, JOURNAL_FILE);
    try {
      state = compactJournal(journalPath);
    } catch (error) {
      releaseLock();
      throw error;
    }
  }

  // Idle keep-alive sockets are never timed out by the server: the SDK's agent keeps them without
  // a limit, and a server-side timeout racing a new request on the same socket gives ECONNRESET.
  const server = createHttpServer({ keepAlive: true });
  server.keepAliveTimeout = 0;
  const journal: { fd?: number } = {};
  attachJournal(server, journal);
  let requests = 0;
  server.on('request', () => requests++);

  const close = async (): Promise<void> => {
    // Detach the journal first: a request still in flight must not write to a closed descriptor.
    const fd = journal.fd;
    journal.fd = undefined;
    await new Promise<void>((resolve) => {
      server.close(() => resolve());
      server.closeAllConnections();
    });
    if (fd !== undefined) fs.closeSync(fd);
    releaseLock?.();
    releaseLock = undefined;
  };

  try {
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        resolve();
      });
    });
    const endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    if (state.size > 0) await replay(state, endpoint, EMULATOR_KEY);
    if (journalPath) journal.fd = fs.openSync(journalPath, 'a');
    requests = 0;
    return {
      endpoint,
      key: EMULATOR_KEY,
      get requests() {
        return requests;
      },
      close
    };
  } catch (error) {
    await close();
    throw error;
  }
}
