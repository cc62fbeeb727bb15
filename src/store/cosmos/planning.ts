import type { Container } from '@azure/cosmos';
import type { ChecklistTemplate } from '../../domain/checklist';
import type { PrioritisationRound } from '../../domain/prioritisation';
import type { Change, PlanningStore } from '../../core/store';
import { readDocument, updateDocument, withoutSystemProperties } from './documents';
import { withRetry } from './errors';

/**
 * Checklist templates and prioritisation rounds live in the network's partition of the `config`
 * container, typed and with prefixed ids like the directory's documents, which its queries skip.
 */
type Kind = 'checklistTemplate' | 'round';

const docId = (kind: Kind, id: string) => `${kind}:${id}`;
const toDocument = <T extends { id: string; networkId: string }>(kind: Kind, value: T): Record<string, unknown> => ({ ...value, id: docId(kind, value.id), type: kind });

function fromDocument<T>(kind: Kind, document: object): T {
  const { type, ...rest } = withoutSystemProperties<Record<string, unknown>>(document);
  return { ...rest, id: String(rest.id).slice(kind.length + 1) } as T;
}

export class CosmosPlanningStore implements PlanningStore {
  constructor(private readonly container: Container) {}

  private async get<T>(kind: Kind, networkId: string, id: string): Promise<T | undefined> {
    const found = await readDocument(this.container, docId(kind, id), networkId);
    return found && fromDocument<T>(kind, found.document);
  }

  private async put<T extends { id: string; networkId: string }>(kind: Kind, value: T): Promise<void> {
    await withRetry(() => this.container.items.upsert(toDocument(kind, value)));
  }

  getChecklistTemplate(networkId: string, id: string): Promise<ChecklistTemplate | undefined> {
    return this.get('checklistTemplate', networkId, id);
  }

  putChecklistTemplate(template: ChecklistTemplate): Promise<void> {
    return this.put('checklistTemplate', template);
  }

  async updateChecklistTemplate(networkId: string, id: string, change: Change<ChecklistTemplate | undefined>): Promise<ChecklistTemplate | undefined> {
    const stored = await updateDocument(this.container, docId('checklistTemplate', id), networkId, async (document) => {
      const next = await change(document && fromDocument<ChecklistTemplate>('checklistTemplate', document));
      return next && toDocument('checklistTemplate', next);
    });
    return stored && fromDocument<ChecklistTemplate>('checklistTemplate', stored.document);
  }

  getRound(networkId: string, roundId: string): Promise<PrioritisationRound | undefined> {
    return this.get('round', networkId, roundId);
  }

  putRound(round: PrioritisationRound): Promise<void> {
    return this.put('round', round);
  }

  async updateRound(networkId: string, roundId: string, change: Change<PrioritisationRound>): Promise<PrioritisationRound | undefined> {
    const stored = await updateDocument(this.container, docId('round', roundId), networkId, async (document) => {
      const next = document && (await change(fromDocument<PrioritisationRound>('round', document)));
      return next && toDocument('round', next);
    });
    return stored && fromDocument<PrioritisationRound>('round', stored.document);
  }

  async listRounds(networkIds: string[]): Promise<PrioritisationRound[]> {
    if (networkIds.length === 0) return [];
    const { resources } = await withRetry(() =>
      this.container.items
        .query<Record<string, unknown>>({
          query: "SELECT * FROM c WHERE ARRAY_CONTAINS(@networkIds, c.networkId) AND c.type = 'round'",
          parameters: [{ name: '@networkIds', value: networkIds }]
        })
        .fetchAll()
    );
    // Newest first; sorted here because a cross-partition ORDER BY needs a query plan the SDK fetches separately.
    return resources.map((d) => fromDocument<PrioritisationRound>('round', d)).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }
}
