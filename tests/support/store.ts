import { randomUUID } from 'node:crypto';
import { connect, createServer, type AddressInfo, type Socket } from 'node:net';
import { createCosmosClient } from '../../src/store/client';
import { openCosmosStore } from '../../src/store/cosmos';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '../../src/store/embedded';
import type { ConversationRecord, ConversationStore, NetworkDirectory, ProfileStore, Store } from '../../src/core/store';
import type { Change } from '../../src/core/store';
import type { Template } from '../../src/domain/template';
import type { Collaboration, Network, Profile, UserId } from '../../src/domain/types';
import type { CosmosClient } from '@azure/cosmos';
import type { DocumentStore } from '../../src/core/documents';
import { lazyTestDocuments } from './documents';

export interface TestStore {
  store: Store;
  server: EmbeddedCosmos;
  client: CosmosClient;
  databaseId: string;
  /** A Blob-protocol server beside the store, started when first used. */
  documents: DocumentStore;
  close(): Promise<void>;
}

/** A real Cosmos-protocol server in-process, with a database of its own for each test file. */
export async function startTestStore(): Promise<TestStore> {
  const server = await startEmbeddedCosmos({});
  const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, embedded: true });
  const databaseId = `test-${randomUUID()}`;
  const store = await openCosmosStore(client, databaseId);
  const documents = lazyTestDocuments();
  return {
    store,
    documents: documents.documents,
    server,
    client,
    databaseId,
    close: async () => {
      client.dispose();
      await server.close();
      await documents.close();
    }
  };
}

export interface SilentProxy {
  endpoint: string;
  /** While true, connections are accepted and requests swallowed: a store that never answers. */
  silent: boolean;
  close(): Promise<void>;
}

/** A TCP relay to the store that can turn silent, as a store behind a hung load balancer does. */
export async function startSilentProxy(target: string): Promise<SilentProxy> {
  const { hostname, port } = new URL(target);
  const sockets = new Set<Socket>();
  const track = (socket: Socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('error', () => socket.destroy());
  };
  const proxy: SilentProxy = { endpoint: '', silent: false, close: async () => undefined };
  const server = createServer((client) => {
    const upstream = connect(Number(port), hostname);
    track(client);
    track(upstream);
    client.on('data', (chunk) => {
      if (!proxy.silent) upstream.write(chunk);
    });
    upstream.pipe(client);
    client.on('close', () => upstream.destroy());
    upstream.on('close', () => client.destroy());
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  proxy.endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  proxy.close = () =>
    new Promise<void>((resolve) => {
      for (const socket of sockets) socket.destroy();
      server.close(() => resolve());
    });
  return proxy;
}

type Interleavable = 'createNetwork' | 'createCollaboration' | 'updateNetwork' | 'updateCollaboration' | 'updateTemplate' | 'profiles.update' | 'conversations.update';

export interface Interleaving {
  store: Store;
  /** The next `method` call through `store` runs `competitor` to its end after reading and before writing. */
  next(method: Interleavable, competitor: () => Promise<unknown>): void;
}

/**
 * The real store, where another writer can be made to land exactly between one update's read
 * and its write: the race two simultaneous requests can have, made deterministic.
 */
export function interleaving(real: Store): Interleaving {
  const armed = new Map<Interleavable, () => Promise<unknown>>();
  const competitor = async (method: Interleavable) => {
    const run = armed.get(method);
    armed.delete(method);
    if (run) await run();
  };
  const between = <T>(method: Interleavable, change: Change<T>): Change<T> => async (current) => {
    await competitor(method);
    return change(current);
  };
  const directory: NetworkDirectory = Object.assign(Object.create(real.directory) as NetworkDirectory, {
    // A creation's «read» is the listing of ids it chose a free one from.
    createNetwork: async (network: Network) => {
      await competitor('createNetwork');
      return real.directory.createNetwork(network);
    },
    createCollaboration: async (collaboration: Collaboration) => {
      await competitor('createCollaboration');
      return real.directory.createCollaboration(collaboration);
    },
    updateNetwork: (id: string, change: Change<Network>) => real.directory.updateNetwork(id, between('updateNetwork', change)),
    updateCollaboration: (networkId: string, id: string, change: Change<Collaboration>) =>
      real.directory.updateCollaboration(networkId, id, between('updateCollaboration', change)),
    updateTemplate: (networkId: string, id: string, change: Change<Template>) => real.directory.updateTemplate(networkId, id, between('updateTemplate', change))
  });
  const profiles: ProfileStore = Object.assign(Object.create(real.profiles) as ProfileStore, {
    update: (user: UserId, change: Change<Profile | undefined>) => real.profiles.update(user, between('profiles.update', change))
  });
  const conversations: ConversationStore = Object.assign(Object.create(real.conversations) as ConversationStore, {
    update: (id: string, change: Change<ConversationRecord | undefined>) => real.conversations.update(id, between('conversations.update', change))
  });
  return { store: { ...real, directory, profiles, conversations }, next: (method, competitor) => armed.set(method, competitor) };
}
