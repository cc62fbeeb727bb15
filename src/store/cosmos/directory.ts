import { isDeepStrictEqual } from 'node:util';
import type { Container } from '@azure/cosmos';
import type { Template } from '../../domain/template';
import type { Collaboration, Network } from '../../domain/types';
import type { NetworkContents, NetworkDirectory, Versioned } from '../../core/store';
import type { Change } from '../../core/store';
import { deepFreeze } from '../../core/freeze';
import { readDocument, updateDocument, withoutSystemProperties, writeTogether, type Alongside, type DocumentWrite } from './documents';
import { statusCodeOf, withRetry } from './errors';

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

const IN_NETWORKS = "ARRAY_CONTAINS(@networkIds, c.networkId) AND (c.type = 'network' OR c.type = 'collaboration')";

type Version = { id: string; networkId: string; type: Kind; _etag: string };
/** A document as this instance last read it; frozen, since every later turn shares it. */
type Seen = { etag: string; value: Network | Collaboration };
/** What this instance last read of one network: its documents, at which stamp, and when. */
type Snapshot = { documents: Map<string, Seen>; stamp: string | undefined; readAt: number };

/**
 * Every write of a network or collaboration document rewrites its network's stamp document in
 * the same transactional batch, so one point read tells whether anything loadNetworks returns changed.
 */
const stampId = (networkId: string) => `stamp:${networkId}`;

/** The stamp's rewrite that goes with a write of `kind`; none for templates, which loadNetworks never returns. */
function stampFor(kind: Kind, networkId: string): Alongside | undefined {
  if (kind === 'template') return undefined;
  return () => [{ operationType: 'Upsert', partitionKey: networkId, resourceBody: { id: stampId(networkId), networkId, type: 'stamp' } }];
}

/**
 * How long a snapshot is trusted on its stamp alone. A writer that bypasses the stamp (an
 * instance of an older version during a deploy, an edit in the portal) is seen after this at most.
 */
export const REVALIDATE_AFTER_MS = 60_000;

/** Networks and collaborations, in the order they were read. */
function contentsOf(networks: Iterable<Map<string, Seen>>): NetworkContents {
  const contents: NetworkContents = { networks: [], collaborations: [] };
  for (const documents of networks) {
    for (const [id, { value }] of documents) {
      if (id.startsWith(docId('network', ''))) contents.networks.push(value as Network);
      else contents.collaborations.push(value as Collaboration);
    }
  }
  return contents;
}

/**
 * A person looks into a network or two. Reads of more (the scheduler, erasure, `mine data`) skip
 * the stamps: one query tells as much as a point read per network.
 */
const STAMP_READS = 4;

export interface NetworkDirectoryOptions {
  /** Milliseconds since the epoch: when snapshots are old enough to be checked document by document. */
  now?: () => number;
}

export class CosmosNetworkDirectory implements NetworkDirectory {
  /** By network: what loadNetworks may reuse while the stamp, or each ETag, is the same. */
  private readonly seen = new Map<string, Snapshot>();
  private readonly now: () => number;

  constructor(
    private readonly container: Container,
    options: NetworkDirectoryOptions = {}
  ) {
    this.now = options.now ?? Date.now;
  }

  private async read<T>(kind: Kind, networkId: string, id: string): Promise<Versioned<T> | undefined> {
    const found = await readDocument(this.container, docId(kind, id), networkId);
    return found && { value: fromDocument<T>(found.document), etag: found.etag };
  }

  private async upsert<T extends { id: string }>(kind: Kind, networkId: string, value: T): Promise<void> {
    const document = toDocument(kind, networkId, value);
    const stamp = stampFor(kind, networkId);
    if (!stamp) await withRetry(() => this.container.items.upsert(document));
    else await writeTogether(this.container, networkId, () => ({ operationType: 'Upsert', partitionKey: networkId, resourceBody: { ...document } }), stamp);
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
      { known: read, alongside: stampFor(kind, networkId) }
    );
    return stored && fromDocument<T>(stored.document);
  }

  async getNetwork(networkId: string): Promise<Network | undefined> {
    return (await this.read<Network>('network', networkId, networkId))?.value;
  }

  /**
   * A point read of each network's stamp first (up to STAMP_READS networks). When none
   * changed since this instance read the network, less than REVALIDATE_AFTER_MS ago, the
   * documents it kept are the stored ones. Else one query for the id and ETag of each document,
   * and a second only for those whose ETag changed: a status turn does not move and parse every
   * collaboration's history when nothing changed. The first read of a network is its stamp and one query.
   */
  async loadNetworks(networkIds: string[]): Promise<NetworkContents> {
    if (networkIds.length === 0) return { networks: [], collaborations: [] };
    // Read before the documents, so a write landing in between shows as a changed stamp next time.
    const stamps = networkIds.length <= STAMP_READS ? await Promise.all(networkIds.map((id) => this.stamp(id))) : networkIds.map(() => undefined);
    const now = this.now();
    const current = networkIds.every((id, i) => {
      const snapshot = this.seen.get(id);
      return snapshot && stamps[i] !== undefined && snapshot.stamp === stamps[i] && now - snapshot.readAt < REVALIDATE_AFTER_MS;
    });
    if (current) return contentsOf(networkIds.map((id) => this.seen.get(id)!.documents));
    const documents = await this.readDocuments(networkIds);
    networkIds.forEach((id, i) => this.seen.set(id, { documents: documents.get(id)!, stamp: stamps[i], readAt: now }));
    return contentsOf(documents.values());
  }

  private async stamp(networkId: string): Promise<string | undefined> {
    return (await readDocument(this.container, stampId(networkId), networkId))?.etag;
  }

  /** Each network's documents by id, reading again only those whose ETag changed since this instance read them. */
  private async readDocuments(networkIds: string[]): Promise<Map<string, Map<string, Seen>>> {
    const unchanged = (v: Version) => {
      const entry = this.seen.get(v.networkId)?.documents.get(v.id);
      return entry?.etag === v._etag ? entry : undefined;
    };
    const known = networkIds.some((id) => this.seen.has(id));
    const versions = known ? await this.query<Version>(`SELECT c.id, c.networkId, c.type, c._etag FROM c WHERE ${IN_NETWORKS}`, networkIds) : undefined;
    const changed = versions?.filter((v) => !unchanged(v)).map((v) => v.id);
    const read = !changed
      ? await this.query<Record<string, unknown>>(`SELECT * FROM c WHERE ${IN_NETWORKS}`, networkIds)
      : changed.length
        ? await this.query<Record<string, unknown>>(`SELECT * FROM c WHERE ${IN_NETWORKS} AND ARRAY_CONTAINS(@ids, c.id)`, networkIds, changed)
        : [];
    const fresh = new Map(read.map((d) => [`${String(d.networkId)}/${String(d.id)}`, { etag: String(d._etag), value: deepFreeze(fromDocument<Network | Collaboration>(d)) }]));
    const documents = new Map(networkIds.map((id) => [id, new Map<string, Seen>()]));
    for (const v of versions ?? (read as Version[])) {
      // Missing only when deleted between the two queries: left out, as a single query a moment later would.
      const entry = fresh.get(`${v.networkId}/${v.id}`) ?? unchanged(v);
      if (entry) documents.get(v.networkId)!.set(v.id, entry);
    }
    return documents;
  }

  private async query<T>(query: string, networkIds: string[], ids?: string[]): Promise<T[]> {
    const parameters = [{ name: '@networkIds', value: networkIds }, ...(ids ? [{ name: '@ids', value: ids }] : [])];
    const { resources } = await withRetry(() =>
      this.container.items.query<T>({ query, parameters }, networkIds.length === 1 ? { partitionKey: networkIds[0] } : {}).fetchAll()
    );
    return resources;
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

  /**
   * Writes a new document; false when one with its id exists (409). A 409 on a retry may be this
   * very write, stored before its answer was lost: the same document found there counts as created.
   */
  private async create<T extends { id: string }>(kind: 'network' | 'collaboration', networkId: string, value: T): Promise<boolean> {
    const document = toDocument(kind, networkId, value);
    let tries = 0;
    try {
      const write = (): DocumentWrite => {
        tries++;
        return { operationType: 'Create', partitionKey: networkId, resourceBody: { ...document } };
      };
      await writeTogether(this.container, networkId, write, stampFor(kind, networkId)!);
      return true;
    } catch (error) {
      if (statusCodeOf(error) !== 409) throw error;
      if (tries === 1) return false;
      const stored = await readDocument(this.container, document.id, networkId);
      return stored !== undefined && isDeepStrictEqual(stored.document, JSON.parse(JSON.stringify(document)));
    }
  }

  createNetwork(network: Network): Promise<boolean> {
    return this.create('network', network.id, network);
  }

  createCollaboration(collaboration: Collaboration): Promise<boolean> {
    return this.create('collaboration', collaboration.networkId, collaboration);
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
