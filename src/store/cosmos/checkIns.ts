import type { Container } from '@azure/cosmos';
import type { CheckIn, UserId } from '../../domain/types';
import { ConcurrencyConflict, type CheckInStore, type SaveOutcome, type Versioned } from '../../core/store';
import { deleteDocument, personParameters, readDocument, withoutSystemProperties } from './documents';
import { isNotFound, statusCodeOf, withRetry } from './errors';

export class CosmosCheckInStore implements CheckInStore {
  constructor(private readonly container: Container) {}

  async save(checkIn: CheckIn): Promise<SaveOutcome> {
    const { statusCode } = await withRetry(() => this.container.items.upsert(checkIn));
    return statusCode === 201 ? 'created' : 'updated';
  }

  async get(collaborationId: string, id: string): Promise<Versioned<CheckIn> | undefined> {
    const found = await readDocument(this.container, id, collaborationId);
    return found && { value: found.document as unknown as CheckIn, etag: found.etag };
  }

  async saveIfUnchanged(checkIn: CheckIn, etag: string | undefined): Promise<void> {
    try {
      if (etag === undefined) await withRetry(() => this.container.items.create(checkIn));
      else {
        const accessCondition = { type: 'IfMatch', condition: etag };
        await withRetry(() => this.container.item(checkIn.id, checkIn.collaborationId).replace(checkIn, { accessCondition }));
      }
    } catch (error) {
      // Created meanwhile (409) or deleted meanwhile (404): as much a race as a changed ETag (412).
      if (statusCodeOf(error) === 409 || isNotFound(error)) throw new ConcurrencyConflict();
      throw error;
    }
  }

  async pendingFolds(): Promise<Versioned<CheckIn>[]> {
    const { resources } = await withRetry(() =>
      this.container.items.query<Record<string, unknown>>('SELECT * FROM c WHERE c.pendingFold = true').fetchAll()
    );
    return resources.map((d) => ({ value: withoutSystemProperties<CheckIn>(d), etag: String(d._etag) }));
  }

  async listSince(collaborationId: string, fromPeriod: string): Promise<CheckIn[]> {
    const { resources } = await withRetry(() =>
      this.container.items
        .query<Record<string, unknown>>(
          {
            query:
              'SELECT * FROM c WHERE c.collaborationId = @collaborationId AND c.period >= @from AND CONTAINS(c.period, @cadenceMarker)',
            parameters: [
              { name: '@collaborationId', value: collaborationId },
              { name: '@from', value: fromPeriod },
              // "-M", "-Q" or "-T": periods of another cadence do not compare with this one.
              { name: '@cadenceMarker', value: fromPeriod.slice(4, 6) }
            ]
          },
          { partitionKey: collaborationId }
        )
        .fetchAll()
    );
    return resources.map((d) => withoutSystemProperties<CheckIn>(d)).sort((a, b) => a.period.localeCompare(b.period));
  }

  async listYear(networkIds: string[], year: number): Promise<CheckIn[]> {
    if (networkIds.length === 0) return [];
    const { resources } = await withRetry(() =>
      this.container.items
        .query<Record<string, unknown>>({
          query: 'SELECT * FROM c WHERE ARRAY_CONTAINS(@networkIds, c.networkId) AND STARTSWITH(c.period, @year)',
          parameters: [
            { name: '@networkIds', value: networkIds },
            { name: '@year', value: `${year}-` }
          ]
        })
        .fetchAll()
    );
    return resources.map((d) => withoutSystemProperties<CheckIn>(d));
  }

  async listByRespondent(user: UserId): Promise<CheckIn[]> {
    const { resources } = await withRetry(() =>
      this.container.items
        .query<Record<string, unknown>>({
          query: 'SELECT * FROM c WHERE c.respondent.tenantId = @tenantId AND c.respondent.aadObjectId = @aadObjectId',
          parameters: personParameters(user)
        })
        .fetchAll()
    );
    return resources.map((d) => withoutSystemProperties<CheckIn>(d)).sort((a, b) => a.submittedAt.localeCompare(b.submittedAt));
  }

  async replaceWith(old: CheckIn, replacement: CheckIn): Promise<void> {
    // Create first: a failure in between leaves the answer twice, never lost; a rerun removes the old one.
    await withRetry(() => this.container.items.upsert(replacement));
    await this.remove(old.collaborationId, old.id);
  }

  async deleteSubmittedBefore(collaborationId: string, cutoff: string): Promise<number> {
    const { resources } = await withRetry(() =>
      this.container.items
        .query<{ id: string }>(
          { query: 'SELECT c.id FROM c WHERE c.submittedAt < @cutoff', parameters: [{ name: '@cutoff', value: cutoff }] },
          { partitionKey: collaborationId }
        )
        .fetchAll()
    );
    for (const { id } of resources) await this.remove(collaborationId, id);
    return resources.length;
  }

  private remove(collaborationId: string, id: string): Promise<void> {
    return deleteDocument(this.container, id, collaborationId);
  }
}
