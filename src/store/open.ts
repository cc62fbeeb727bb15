import type { Config } from '../config';
import type { Logger } from '../core/log';
import { isLoopbackUrl } from '../core/loopback';
import { createCosmosClient } from './client';
import { openCosmosStore } from './cosmos';
import type { Store } from '../core/store';

export interface OpenStore {
  store: Store;
  /** True when the embedded local server is used (then the demo may be seeded). */
  embedded: boolean;
  close(): Promise<void>;
}

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** The store chosen by configuration: a real Cosmos DB account, or the embedded server for local use. */
export async function openStore(config: Config, log: Logger): Promise<OpenStore> {
  if (config.cosmos.endpoint) {
    // Locally, several instances may share one embedded server over plain HTTP on loopback.
    const shared = config.mode === 'local' && config.cosmos.endpoint.startsWith('http://') && isLoopbackUrl(config.cosmos.endpoint);
    const client = createCosmosClient({ endpoint: config.cosmos.endpoint, key: config.cosmos.key, embedded: shared });
    const store = await untilReachable(() => openCosmosStore(client, config.cosmos.database), log);
    return { store, embedded: false, close: async () => client.dispose() };
  }
  // Imported only in local mode, so production never loads the Cosmos-protocol server.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startEmbeddedCosmos } = require('./embedded') as typeof import('./embedded');
  const server = await startEmbeddedCosmos({ dataDir: config.dataDir });
  const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, embedded: true });
  const store = await openCosmosStore(client, config.cosmos.database);
  return {
    store,
    embedded: true,
    close: async () => {
      client.dispose();
      await server.close();
    }
  };
}

/** A store that is down at startup is waited for (with backoff) rather than crashing the instance. */
async function untilReachable<T>(open: () => Promise<T>, log: Logger, attempts = 8): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await open();
    } catch (error) {
      if (attempt >= attempts) throw error;
      const delay = Math.min(10_000, 500 * 2 ** attempt);
      log.warn({ err: error, attempt, retryInMs: delay }, 'store not reachable at startup');
      await sleep(delay);
    }
  }
}
