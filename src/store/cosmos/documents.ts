import type { Container } from '@azure/cosmos';
import { isNotFound, withRetry } from './errors';

/** Cosmos adds system properties to every document; domain values never carry them. */
export function withoutSystemProperties<T>(document: object): T {
  const { _rid, _self, _etag, _ts, _attachments, ...rest } = document as Record<string, unknown>;
  return rest as T;
}

/** A point read that treats 404 as "not there" rather than as a failure. */
export async function readDocument(
  container: Container,
  id: string,
  partitionKey: string
): Promise<{ document: Record<string, unknown>; etag: string } | undefined> {
  return withRetry(async () => {
    try {
      const { resource, etag } = await container.item(id, partitionKey).read<Record<string, unknown>>();
      return resource ? { document: withoutSystemProperties(resource), etag } : undefined;
    } catch (error) {
      if (isNotFound(error)) return undefined;
      throw error;
    }
  });
}

/** A delete that treats "already gone" as done, so erasure and clean-up can simply run again. */
export async function deleteDocument(container: Container, id: string, partitionKey: string): Promise<void> {
  await withRetry(async () => {
    try {
      await container.item(id, partitionKey).delete();
    } catch (error) {
      if (!isNotFound(error)) throw error;
    }
  });
}

/** Query parameters naming one person, for the cross-partition lookups erasure and `mine data` need. */
export const personParameters = (user: { tenantId: string; aadObjectId: string }) => [
  { name: '@tenantId', value: user.tenantId },
  { name: '@aadObjectId', value: user.aadObjectId }
];
