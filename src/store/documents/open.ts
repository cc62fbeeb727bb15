import { DefaultAzureCredential } from '@azure/identity';
import type { Config } from '../../config';
import type { DocumentStore } from '../../core/documents';
import type { Logger } from '../../core/log';
import { openBlobDocuments } from './blob';

export interface OpenDocuments {
  documents: DocumentStore;
  close(): Promise<void>;
}

/**
 * The document store chosen by configuration: the storage account named by BLOB_ENDPOINT, signed
 * in with the managed identity (no keys), or the embedded emulator. The emulator keeps its files
 * under the data folder only beside the embedded Cosmos server, whose lock guards that folder;
 * beside an external Cosmos DB (several local instances) it keeps them in memory.
 */
export async function openDocuments(config: Config, embeddedStore: boolean, log: Logger): Promise<OpenDocuments> {
  const { endpoint, container } = config.blob;
  if (endpoint) {
    const documents = openBlobDocuments(endpoint, container, new DefaultAzureCredential());
    return { documents, close: async () => undefined };
  }
  // Imported only without an endpoint, so production never loads the emulator.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { startEmbeddedBlob } = require('./embedded') as typeof import('./embedded');
  const server = await startEmbeddedBlob(embeddedStore ? { dataDir: config.dataDir } : {});
  if (!embeddedStore) log.warn({}, 'no BLOB_ENDPOINT: reports are kept in memory only');
  const documents = openBlobDocuments(server.accountUrl, container, server.credential);
  return { documents, close: () => server.close() };
}
