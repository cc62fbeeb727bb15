import type { Container } from '@azure/cosmos';
import type { Template } from '../../domain/template';
import type { Collaboration, Network } from '../../domain/types';
import type { NetworkContents, NetworkDirectory, Versioned } from '../../core/store';
import type { Change } from '../../core/store';
import { readDocument, updateDocument, withoutSystemProperties } from './documents';
import { withRetry } from './errors';

/**
 * Documents of the `config` container carry a `type` and an id prefixed by it, so a network,
 * its collaborations and its templates share one partition without clashing ids.
 */
type Kind = 'network' | 'collaboration' | 'template';

const docId = (kind: Kind, id: string) => `${kind}:${id}`;

function toDocument<T extends { id: string }>(kind: Kind, networkId: string, value: T) {
  return { ...value, id: docId(kind, value.id), networkId, type: kind };
}

/** Strips the storage envelope so callers get plain domain values. */
function fromDocument<T>(document: object): T {
  const { type, ...rest } = withoutSystemProperties<Record<string, unknown>>(document);
  return { ...rest, id: String(rest.id).slice(String(type).length + 1) } as T;
}

export class CosmosNetworkDirectory implements NetworkDirectory {
  constructor(private readonly container: Container) {}

  private async read<T>(kind: Kind, networkId: string, id: string): Promise<Versioned<T> | undefined> {
    const found = await readDocument(this.container, docId(kind, id), networkId);
    return found && { value: fromDocument<T>(found.document), etag: found.etag };
  }

  private async upsert<T extends { id: string }>(kind: Kind, networkId: string, value: T): Promise<void> {
    await withRetry(() => this.container.items.upsert(toDocument(kind, networkId, value)));
  }

  /** Applies `change` under the ETag (see updateDocument); undefined when the document is not there. */
  private async update<T extends { id: string }>(kind: Kind, networkId: string, id: string, change: Change<T>, known?: Versioned<T>): Promise<T | undefined> {
    const read = known && { document: toDocument(kind, networkId, known.value), etag: known.etag };
    const stored = await updateDocument(
      this.container,
      docId(kind, id),
      networkId,
      async (document) => {
        const next = document && (await change(fromDocument<T>(document)));
        return next && toDocument(kind, networkId, next);
      },
      read
    );
    return stored && fromDocument<T>(stored.document);
  }

  async getNetwork(networkId: string): Promise<Network | undefined> {
    return (await this.read<Network>('network', networkId, networkId))?.value;
  }

  async loadNetworks(networkIds: string[]): Promise<NetworkContents> {
    if (networkIds.length === 0) return { networks: [], collaborations: [] };
    const { resources } = await withRetry(() =>
      this.container.items
        .query<Record<string, unknown>>({
          query:
            "SELECT * FROM c WHERE ARRAY_CONTAINS(@networkIds, c.networkId) AND (c.type = 'network' OR c.type = 'collaboration')",
          parameters: [{ name: '@networkIds', value: networkIds }]
        }, networkIds.length === 1 ? { partitionKey: networkIds[0] } : {})
        .fetchAll()
    );
    return {
      networks: resources.filter((d) => d.type === 'network').map((d) => fromDocument<Network>(d)),
      collaborations: resources.filter((d) => d.type === 'collaboration').map((d) => fromDocument<Collaboration>(d))
    };
  }

  getCollaboration(networkId: string, collaborationId: string): Promise<Versioned<Collaboration> | undefined> {
    return this.read<Collaboration>('collaboration', networkId, collaborationId);
  }

  updateCollaboration(networkId: string, collaborationId: string, change: Change<Collaboration>, known?: Versioned<Collaboration>): Promise<Collaboration | undefined> {
    return this.update('collaboration', networkId, collaborationId, change, known);
  }

  async getTemplate(networkId: string, templateId: string): Promise<Template | undefined> {
    return (await this.read<Template>('template', networkId, templateId))?.value;
  }

  updateNetwork(networkId: string, change: Change<Network>): Promise<Network | undefined> {
    return this.update('network', networkId, networkId, change);
  }

  updateTemplate(networkId: string, templateId: string, change: Change<Template>): Promise<Template | undefined> {
    return this.update('template', networkId, templateId, change);
  }

  putNetwork(network: Network): Promise<void> {
    return this.upsert('network', network.id, network);
  }

  putCollaboration(collaboration: Collaboration): Promise<void> {
    return this.upsert('collaboration', collaboration.networkId, collaboration);
  }

  putTemplate(template: Template): Promise<void> {
    return this.upsert('template', template.networkId, template);
  }

  async listNetworkIds(): Promise<string[]> {
    const { resources } = await withRetry(() =>
      this.container.items.query<string>("SELECT VALUE c.networkId FROM c WHERE c.type = 'network'").fetchAll()
    );
    return resources;
  }

  async isEmpty(): Promise<boolean> {
    const { resources } = await withRetry(() =>
      this.container.items.query<number>('SELECT VALUE COUNT(1) FROM c').fetchAll()
    );
    return (resources[0] ?? 0) === 0;
  }
}
