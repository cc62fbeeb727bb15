import type { Container, CreateOperationInput, JSONObject, OperationInput, ReplaceOperationInput, UpsertOperationInput } from '@azure/cosmos';
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

/** The write of one whole document, the first operation of a batch. */
export type DocumentWrite = CreateOperationInput | UpsertOperationInput | ReplaceOperationInput;
/** Writes that must land with a document in its partition: the same transactional batch. */
export type Alongside = () => OperationInput[];

/**
 * One transactional batch, all or none on Azure: the document as stored, or the failure thrown
 * with its own status (412, 409, 404), as a single write would. Azure answers a failed batch with
 * 207, so each result is looked at.
 */
async function batch(container: Container, partitionKey: string, write: DocumentWrite, alongside: OperationInput[]): Promise<Stored> {
  const { result } = await container.items.batch([write, ...alongside], partitionKey);
  const failed = result?.find((r) => r.statusCode >= 400 && r.statusCode !== 424);
  if (failed || !result?.[0]) {
    const status = failed?.statusCode ?? 500;
    throw Object.assign(new Error(`The store refused a batched write (${status}).`), { code: status });
  }
  // Without a body in the answer, the document sent is the one stored.
  return { document: withoutSystemProperties(result[0].resourceBody ?? write.resourceBody), etag: result[0].eTag! };
}

/**
 * A document's write and what goes `alongside` it in one transactional batch, retried like any
 * other store call. Both are made anew for each attempt: the SDK rewrites the operations it is given.
 */
export function writeTogether(container: Container, partitionKey: string, write: () => DocumentWrite, alongside: Alongside): Promise<Stored> {
  return withRetry(() => batch(container, partitionKey, write(), alongside()));
}

/**
 * The one read-modify-write: reads with the ETag, applies `change` (undefined: nothing to write),
 * replaces only over the version read, or creates only when none was read; a race lost (412, or
 * 409 when two create at once) reads again. Returns the document as stored, or as read when unchanged.
 * `alongside` goes into the same transactional batch as the write.
 */
export function updateDocument(
  container: Container,
  id: string,
  partitionKey: string,
  change: (current: Record<string, unknown> | undefined) => Promise<Record<string, unknown> | undefined>,
  options: { known?: Stored; alongside?: Alongside } = {}
): Promise<Stored | undefined> {
  // A version the caller read already is tried first: one read less when nobody wrote since.
  let first = options.known;
  const { alongside } = options;
  return retryOnConflict(async () => {
    const found = first ?? (await readDocument(container, id, partitionKey));
    first = undefined;
    const next = await change(found?.document);
    if (next === undefined) return found;
    return withRetry(async () => {
      try {
        if (alongside) {
          const write: DocumentWrite = found
            ? { operationType: 'Replace', id, partitionKey, resourceBody: next as JSONObject, ifMatch: found.etag }
            : { operationType: 'Create', partitionKey, resourceBody: next as JSONObject };
          return await batch(container, partitionKey, write, alongside());
        }
        const { resource, etag } = found
          ? await container.item(id, partitionKey).replace(next, { accessCondition: { type: 'IfMatch', condition: found.etag } })
          : await container.items.create(next);
        return { document: withoutSystemProperties(resource!), etag };
      } catch (error) {
        // Created meanwhile (409) or deleted meanwhile (404): as much a race as a changed ETag (412).
        if (statusCodeOf(error) === 409 || isNotFound(error)) throw new ConcurrencyConflict();
        throw error;
      }
    });
  });
}
