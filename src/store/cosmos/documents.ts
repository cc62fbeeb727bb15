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
