import { ContainerClient, RestError, type StorageSharedKeyCredential } from '@azure/storage-blob';
import type { TokenCredential } from '@azure/identity';
import type { DocumentStore } from '../../core/documents';

/**
 * The DocumentStore on Azure Blob Storage (or any server speaking its protocol). Immutability is
 * the server's: every write is conditional on no blob existing under the name (If-None-Match: *).
 */
export function openBlobDocuments(accountUrl: string, container: string, credential: TokenCredential | StorageSharedKeyCredential): DocumentStore {
  const client = new ContainerClient(`${accountUrl.replace(/\/+$/, '')}/${container}`, credential);
  // Made on the first filing, not at startup: a storage outage must not keep the bot from starting.
  let created: Promise<unknown> | undefined;
  return {
    async put(name, body, contentType) {
      created ??= client.createIfNotExists().catch((error: unknown) => {
        created = undefined;
        throw error;
      });
      await created;
      try {
        await client.getBlockBlobClient(name).uploadData(body, {
          conditions: { ifNoneMatch: '*' },
          blobHTTPHeaders: { blobContentType: contentType }
        });
        return 'created';
      } catch (error) {
        if (error instanceof RestError && (error.statusCode === 409 || error.statusCode === 412)) return 'exists';
        throw error;
      }
    },
    async get(name) {
      try {
        return await client.getBlockBlobClient(name).downloadToBuffer();
      } catch (error) {
        if (error instanceof RestError && error.statusCode === 404) return undefined;
        throw error;
      }
    }
  };
}
