import type { Container } from '@azure/cosmos';
import type { ConversationRecord, ConversationStore } from '../../core/store';
import type { Change } from '../../core/store';
import { readDocument, updateDocument, withoutSystemProperties } from './documents';
import { withRetry } from './errors';

function fromDocument(document: Record<string, unknown>): ConversationRecord {
  const { id, ...record } = document as unknown as ConversationRecord & { id: string };
  return record;
}

export class CosmosConversationStore implements ConversationStore {
  constructor(private readonly container: Container) {}

  async put(record: ConversationRecord): Promise<void> {
    await withRetry(() => this.container.items.upsert({ ...record, id: record.conversationId }));
  }

  async get(conversationId: string): Promise<ConversationRecord | undefined> {
    const found = await readDocument(this.container, conversationId, conversationId);
    return found && fromDocument(found.document);
  }

  async update(conversationId: string, change: Change<ConversationRecord | undefined>): Promise<ConversationRecord | undefined> {
    const stored = await updateDocument(this.container, conversationId, conversationId, async (document) => {
      const next = await change(document && fromDocument(document));
      return next && { ...next, id: conversationId };
    });
    return stored && fromDocument(stored.document);
  }

  async teamChannels(tenantIds: string[]): Promise<ConversationRecord[]> {
    const query = {
      query: 'SELECT * FROM c WHERE IS_DEFINED(c.teamId) AND c.active = true AND ARRAY_CONTAINS(@tenantIds, c.tenantId)',
      parameters: [{ name: '@tenantIds', value: tenantIds }]
    };
    const { resources } = await withRetry(() => this.container.items.query<ConversationRecord & { id: string }>(query).fetchAll());
    return resources.map((document) => {
      const { id, ...record } = withoutSystemProperties<ConversationRecord & { id: string }>(document);
      return record;
    });
  }
}
