import type { Container } from '@azure/cosmos';
import type { UserId } from '../../domain/types';
import type { AnnualCycleEventRecord, Delivery, JobStore, LeaseClaim } from '../../core/store';
import { deleteDocument, personParameters, readDocument, withoutSystemProperties } from './documents';
import { statusCodeOf, withRetry } from './errors';
import { ConcurrencyConflict } from '../../core/store';

/** The lease lives in a partition of its own; no network can be called this. */
const LEASE = { id: 'scheduler-lease', networkId: '~scheduler' };
/** Finished records are kept about 400 days, so a year of sends can be traced, then expire on Azure. */
const KEEP_SECONDS = 400 * 24 * 3600;
const WRITE_CONCURRENCY = 16;

const eventId = (key: string) => `event:${key}`;
const deliveryId = (id: string) => `delivery:${id}`;

function strip<T>(document: object): T {
  const { type, ttl, ...rest } = withoutSystemProperties<Record<string, unknown>>(document);
  return { ...rest, id: String(rest.id).slice(String(type).length + 1) } as T;
}

export class CosmosJobStore implements JobStore {
  constructor(private readonly container: Container) {}

  async claimLease(holder: string, ttlMs: number, nowMs: number): Promise<LeaseClaim> {
    const lease = { ...LEASE, holder, expiresAt: nowMs + ttlMs };
    const found = await readDocument(this.container, LEASE.id, LEASE.networkId);
    try {
      if (!found) {
        await withRetry(() => this.container.items.create(lease));
        return 'held';
      }
      const current = found.document as typeof lease;
      if (current.holder !== holder && current.expiresAt > nowMs) return 'refused';
      await withRetry(() =>
        this.container.item(LEASE.id, LEASE.networkId).replace(lease, { accessCondition: { type: 'IfMatch', condition: found.etag } })
      );
      return current.holder === holder ? 'held' : 'takenOver';
    } catch (error) {
      // Another instance created or took it in between.
      if (error instanceof ConcurrencyConflict || statusCodeOf(error) === 409) return 'refused';
      throw error;
    }
  }

  async releaseLease(holder: string): Promise<void> {
    const found = await readDocument(this.container, LEASE.id, LEASE.networkId);
    if (!found || found.document.holder !== holder) return;
    await withRetry(() =>
      this.container
        .item(LEASE.id, LEASE.networkId)
        .replace({ ...found.document, expiresAt: 0 }, { accessCondition: { type: 'IfMatch', condition: found.etag } })
    ).catch(() => undefined);
  }

  async getEvent(networkId: string, key: string): Promise<AnnualCycleEventRecord | undefined> {
    const found = await readDocument(this.container, eventId(key), networkId);
    return found && strip<AnnualCycleEventRecord & { id: string }>(found.document);
  }

  async putEvent(record: AnnualCycleEventRecord): Promise<void> {
    const document = { ...record, id: eventId(record.key), type: 'event', ...(record.state === 'settled' ? { ttl: KEEP_SECONDS } : {}) };
    await withRetry(() => this.container.items.upsert(document));
  }

  async plannedEvents(networkId: string): Promise<AnnualCycleEventRecord[]> {
    return this.query<AnnualCycleEventRecord>(
      "SELECT * FROM c WHERE c.networkId = @networkId AND c.type = 'event' AND c.state = 'planned'",
      networkId
    );
  }

  async addDeliveries(deliveries: Delivery[]): Promise<void> {
    const queue = [...deliveries];
    const worker = async () => {
      for (let next = queue.shift(); next; next = queue.shift()) {
        const delivery = next;
        await withRetry(() => this.container.items.create({ ...delivery, id: deliveryId(delivery.id), type: 'delivery' })).catch((error) => {
          if (statusCodeOf(error) !== 409) throw error;
        });
      }
    };
    await Promise.all(Array.from({ length: Math.min(WRITE_CONCURRENCY, queue.length) }, worker));
  }

  pendingDeliveries(networkId: string): Promise<Delivery[]> {
    return this.query<Delivery>("SELECT * FROM c WHERE c.networkId = @networkId AND c.type = 'delivery' AND c.state = 'pending'", networkId);
  }

  deliveriesOf(networkId: string, eventKey: string): Promise<Delivery[]> {
    return this.query<Delivery>("SELECT * FROM c WHERE c.networkId = @networkId AND c.type = 'delivery' AND c.eventKey = @eventKey", networkId, {
      '@eventKey': eventKey
    });
  }

  async putDelivery(delivery: Delivery): Promise<void> {
    const done = delivery.state !== 'pending';
    await withRetry(() =>
      this.container.items.upsert({ ...delivery, id: deliveryId(delivery.id), type: 'delivery', ...(done ? { ttl: KEEP_SECONDS } : {}) })
    );
  }

  async deliveriesTo(user: UserId): Promise<Delivery[]> {
    const { resources } = await withRetry(() =>
      this.container.items
        .query<Record<string, unknown>>({
          query: "SELECT * FROM c WHERE c.type = 'delivery' AND c.person.tenantId = @tenantId AND c.person.aadObjectId = @aadObjectId",
          parameters: personParameters(user)
        })
        .fetchAll()
    );
    return resources.map((r) => strip<Delivery>(r));
  }

  deleteDelivery(delivery: Delivery): Promise<void> {
    return deleteDocument(this.container, deliveryId(delivery.id), delivery.networkId);
  }

  private async query<T>(query: string, networkId: string, extra: Record<string, string> = {}): Promise<T[]> {
    const parameters = [{ name: '@networkId', value: networkId }, ...Object.entries(extra).map(([name, value]) => ({ name, value }))];
    const { resources } = await withRetry(() =>
      this.container.items.query<Record<string, unknown>>({ query, parameters }, { partitionKey: networkId }).fetchAll()
    );
    return resources.map((r) => strip<T>(r));
  }
}
