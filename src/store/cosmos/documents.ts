import type { Container } from '@azure/cosmos';
import { retryOnConflict } from '../../core/conflict';
import { ConcurrencyConflict } from '../../core/store';
import { isNotFound, statusCodeOf, withRetry } from './errors';

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

type Stored = { document: Record<string, unknown>; etag: string };

/**
 * The one read-modify-write: reads with the ETag, applies `change` (undefined: nothing to write),
 * replaces only over the version read, or creates only when none was read; a race lost (412, or
 * 409 when two create at once) reads again. Returns the document as stored, or as read when unchanged.
 */
export function updateDocument(
  container: Container,
  id: string,
  partitionKey: string,
  change: (current: Record<string, unknown> | undefined) => Promise<Record<string, unknown> | undefined>,
  known?: Stored
): Promise<Stored | undefined> {
  // A version the caller read already is tried first: one read less when nobody wrote since.
  let first = known;
  return retryOnConflict(async () => {
    const found = first ?? (await readDocument(container, id, partitionKey));
    first = undefined;
    const next = await change(found?.document);
    if (next === undefined) return found;
    const { resource, etag } = await withRetry(async () => {
      try {
        return found
          ? await container.item(id, partitionKey).replace(next, { accessCondition: { type: 'IfMatch', condition: found.etag } })
          : await container.items.create(next);
      } catch (error) {
        // Created meanwhile (409) or deleted meanwhile (404): as much a race as a changed ETag (412).
        if (statusCodeOf(error) === 409 || isNotFound(error)) throw new ConcurrencyConflict();
        throw error;
      }
    });
    return { document: withoutSystemProperties(resource!), etag };
  });
}
