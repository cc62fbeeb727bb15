import { ContainerClient, RestError, type StorageSharedKeyCredential } from '@azure/storage-blob';
import type { TokenCredential } from '@azure/identity';
import type { DocumentStore } from '../../core/documents';

/**
 * The DocumentStore on Azure Blob Storage (or any server speaking its protocol). Immutability is
 * the server's: every write is conditional on no blob existing under the name (If-None-Match: *).
 */
export async function openBlobDocuments(accountUrl: string, container: string, credential: TokenCredential | StorageSharedKeyCredential): Promise<DocumentStore> {
  const client = new ContainerClient(`${accountUrl.replace(/\/+$/, '')}/${container}`, credential);
  await client.createIfNotExists();
  return {
    async put(name, body, contentType) {
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
