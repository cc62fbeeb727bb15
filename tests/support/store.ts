import { randomUUID } from 'node:crypto';
import { createCosmosClient } from '../../src/store/client';
import { openCosmosStore } from '../../src/store/cosmos';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/store/embedded';
import type { Store } from '../../src/core/store';
import type { CosmosClient } from '@azure/cosmos';

export interface TestStore {
  store: Store;
  server: EmbeddedCosmos;
  client: CosmosClient;
  databaseId: string;
  close(): Promise<void>;
}

/** A real Cosmos-protocol server in-process, with a database of its own for each test file. */
export async function startTestStore(): Promise<TestStore> {
  const server = await startEmbeddedCosmos({});
  const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, embedded: true });
  const databaseId = `test-${randomUUID()}`;
  const store = await openCosmosStore(client, databaseId);
  return {
    store,
    server,
    client,
    databaseId,
    close: async () => {
      client.dispose();
      await server.close();
    }
  };
}
