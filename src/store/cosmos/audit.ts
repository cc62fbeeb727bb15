import type { Container } from '@azure/cosmos';
import type { AuditEntry } from '../../domain/audit';
import type { AuditLog } from '../../core/store';
import { withoutSystemProperties } from './documents';
import { withRetry } from './errors';

/**
 * Audit entries live in the network's partition of the `config` container, beside what they
 * describe, as `type: 'audit'` documents that the directory's queries never pick up.
 */
const document = (entry: AuditEntry) => ({ ...entry, id: `audit:${entry.id}`, type: 'audit' });

export class CosmosAuditLog implements AuditLog {
  constructor(private readonly container: Container) {}

  async append(entry: AuditEntry): Promise<void> {
    await withRetry(() => this.container.items.create(document(entry)));
  }

  async replace(entry: AuditEntry): Promise<void> {
    await withRetry(() => this.container.items.upsert(document(entry)));
  }

  recent(networkId: string, limit: number): Promise<AuditEntry[]> {
    return this.query(networkId, `TOP ${Math.max(1, Math.floor(limit))}`);
  }

  all(networkId: string): Promise<AuditEntry[]> {
    return this.query(networkId, '');
  }

  private async query(networkId: string, top: string): Promise<AuditEntry[]> {
    const { resources } = await withRetry(() =>
      this.container.items
        .query<Record<string, unknown>>(
          {
            query: `SELECT ${top} * FROM c WHERE c.networkId = @networkId AND c.type = 'audit' ORDER BY c.at DESC`,
            parameters: [{ name: '@networkId', value: networkId }]
          },
          { partitionKey: networkId }
        )
        .fetchAll()
    );
    return resources.map((document) => {
      const { type, id, ...entry } = withoutSystemProperties<Record<string, unknown>>(document);
      return { ...entry, id: String(id).slice('audit:'.length) } as AuditEntry;
    });
  }
}
