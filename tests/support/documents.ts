import type { DocumentStore } from '../../src/core/documents';
import { openBlobDocuments } from '../../src/store/documents/blob';
import { startEmbeddedBlob, type EmbeddedBlob } from '../../src/store/documents/embedded';

export interface TestDocuments {
  documents: DocumentStore;
  close(): Promise<void>;
}

/**
 * A real Blob-protocol server (Azurite) in memory, started on first use only: most test files
 * never file a document and should not pay for a server they do not use.
 */
export function lazyTestDocuments(dataDir?: string): TestDocuments {
  let started: Promise<{ server: EmbeddedBlob; documents: DocumentStore }> | undefined;
  const open = () =>
    (started ??= startEmbeddedBlob(dataDir ? { dataDir } : {}).then(async (server) => ({
      server,
      documents: openBlobDocuments(server.accountUrl, 'documents', server.credential)
    })));
  return {
    documents: {
      put: async (name, body, type) => (await open()).documents.put(name, body, type),
      get: async (name) => (await open()).documents.get(name)
    },
    close: async () => {
      if (started) await (await started).server.close();
      started = undefined;
    }
  };
}
