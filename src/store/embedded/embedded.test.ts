import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import type { Container, CosmosClient } from '@azure/cosmos';
import { createCosmosClient } from '../client';
import { startEmbeddedCosmos, type EmbeddedCosmos } from '.';

interface Item {
  id: string;
  pk: string;
  n?: number;
}

/** Statuses as the SDK reports them: errors carry the HTTP status in `code`. */
async function statusOf(operation: Promise<unknown>): Promise<number> {
  try {
    await operation;
    return 200;
  } catch (error) {
    return (error as { code: number }).code;
  }
}

describe('embedded Cosmos DB server', () => {
  const cleanups: (() => Promise<void> | void)[] = [];

  afterEach(async () => {
    for (const cleanup of cleanups.reverse()) await cleanup();
    cleanups.length = 0;
    jest.restoreAllMocks();
  });

  function tempDir(): string {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'sampuls-cosmos-'));
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
    return dir;
  }

  interface Running {
    server: EmbeddedCosmos;
    client: CosmosClient;
    stop(): Promise<void>;
  }

  async function start(dataDir?: string): Promise<Running> {
    const server = await startEmbeddedCosmos({ dataDir });
    const client = createCosmosClient({ endpoint: server.endpoint, key: server.key, embedded: true });
    let stopped = false;
    const stop = async () => {
      if (stopped) return;
      stopped = true;
      client.dispose();
      await server.close();
    };
    cleanups.push(stop);
    return { server, client, stop };
  }

  async function items(client: CosmosClient, containerId = 'items'): Promise<Container> {
    const { database } = await client.databases.createIfNotExists({ id: 'app' });
    const { container } = await database.containers.createIfNotExists({ id: containerId, partitionKey: { paths: ['/pk'] } });
    return container;
  }

  const journalOf = (dir: string) => path.join(dir, 'cosmos.jsonl');

  it('serves CRUD with the statuses Azure gives (201, 200, 404, 409, 204)', async () => {
    const { server, client } = await start();
    expect(server.endpoint).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    const container = await items(client);

    const created = await container.items.create<Item>({ id: 'a', pk: 'p1', n: 1 });
    expect(created.statusCode).toBe(201);
    expect(await statusOf(container.items.create<Item>({ id: 'a', pk: 'p1', n: 2 }))).toBe(409);

    const read = await container.item('a', 'p1').read<Item>();
    expect(read.statusCode).toBe(200);
    expect(read.resource).toMatchObject({ id: 'a', pk: 'p1', n: 1 });

    const replaced = await container.item('a', 'p1').replace<Item>({ id: 'a', pk: 'p1', n: 3 });
    expect(replaced.resource?.n).toBe(3);
    const upserted = await container.items.upsert<Item>({ id: 'b', pk: 'p2', n: 4 });
    expect(upserted.statusCode).toBe(201);

    const missing = await container.item('nope', 'p1').read<Item>();
    expect(missing.statusCode).toBe(404);
    expect(missing.resource).toBeUndefined();

    const deleted = await container.item('a', 'p1').delete();
    expect(deleted.statusCode).toBe(204);
    expect((await container.item('a', 'p1').read()).statusCode).toBe(404);
    expect(await statusOf(container.item('a', 'p1').delete())).toBe(404);
  });

  it('rejects a replace under a stale ETag with 412', async () => {
    const { client } = await start();
    const container = await items(client);
    const { resource: first } = await container.items.create<Item>({ id: 'a', pk: 'p', n: 1 });
    const staleEtag = first!._etag;
    await container.item('a', 'p').replace<Item>({ id: 'a', pk: 'p', n: 2 });

    const stale = container
      .item('a', 'p')
      .replace<Item>({ id: 'a', pk: 'p', n: 3 }, { accessCondition: { type: 'IfMatch', condition: staleEtag } });
    expect(await statusOf(stale)).toBe(412);
    expect((await container.item('a', 'p').read<Item>()).resource?.n).toBe(2);
  });

  it('keeps data, deletes and the container definition across close() and restart', async () => {
    const dir = tempDir();
    const first = await start(dir);
    const { database } = await first.client.databases.create({ id: 'app' });
    const definition = {
      id: 'checkins',
      partitionKey: { paths: ['/collaborationId'] },
      defaultTtl: -1,
      indexingPolicy: {
        compositeIndexes: [
          [
            { path: '/period', order: 'descending' as const },
            { path: '/userId', order: 'ascending' as const }
          ]
        ]
      }
    };
    const { resource: createdDefinition } = await database.containers.create(definition);
    const container = database.container('checkins');
    await container.items.create({ id: 'x', collaborationId: 'c1', period: '2024-05', userId: 'u1' });
    await container.items.create({ id: 'x', collaborationId: 'c2', period: '2024-05', userId: 'u2' });
    await container.items.upsert({ id: 'y', collaborationId: 'c1', period: '2024-06', userId: 'u1', note: 'v1' });
    await container.items.upsert({ id: 'y', collaborationId: 'c1', period: '2024-06', userId: 'u1', note: 'v2' });
    await container.item('x', 'c2').patch([{ op: 'set', path: '/note', value: 'patched' }]);
    await container.items.create({ id: 'gone', collaborationId: 'c1', period: '2024-01', userId: 'u9' });
    await container.item('gone', 'c1').delete();
    await first.stop();

    const second = await start(dir);
    const reopened = second.client.database('app').container('checkins');
    const { resource: definitionAfter } = await reopened.read();
    expect(definitionAfter?.partitionKey).toEqual(createdDefinition?.partitionKey);
    expect(definitionAfter?.partitionKey?.paths).toEqual(['/collaborationId']);
    expect(definitionAfter?.defaultTtl).toBe(-1);
    expect(definitionAfter?.indexingPolicy?.compositeIndexes).toEqual(createdDefinition?.indexingPolicy?.compositeIndexes);

    expect((await reopened.item('x', 'c1').read()).resource).toMatchObject({ userId: 'u1' });
    expect((await reopened.item('x', 'c2').read()).resource).toMatchObject({ userId: 'u2', note: 'patched' });
    expect((await reopened.item('y', 'c1').read()).resource).toMatchObject({ note: 'v2' });
    expect((await reopened.item('gone', 'c1').read()).statusCode).toBe(404);

    // ORDER BY over two fields only works when the composite index came back with the container.
    const { resources } = await reopened.items
      .query({
        query: 'SELECT c.id FROM c WHERE c.collaborationId = @c ORDER BY c.period DESC, c.userId ASC',
        parameters: [{ name: '@c', value: 'c1' }]
      })
      .fetchAll();
    expect(resources.map((r: { id: string }) => r.id)).toEqual(['y', 'x']);

    // The start compacted the journal: one line per live resource, system properties stripped.
    const lines = fs.readFileSync(journalOf(dir), 'utf8').trim().split('\n').map((l) => JSON.parse(l));
    expect(lines.map((l) => l.op)).toEqual(['createDatabase', 'createContainer', 'putItem', 'putItem', 'putItem']);
    for (const line of lines.filter((l) => l.op === 'putItem')) {
      expect(Object.keys(line.doc).filter((k) => k.startsWith('_'))).toEqual([]);
    }

    // Writes after a restart are journaled too, and a delete sticks across another restart.
    await reopened.item('x', 'c1').delete();
    await reopened.items.create({ id: 'z', collaborationId: 'c3', period: '2024-07', userId: 'u3' });
    await second.stop();
    const third = await start(dir);
    const again = third.client.database('app').container('checkins');
    expect((await again.item('x', 'c1').read()).statusCode).toBe(404);
    expect((await again.item('x', 'c2').read()).statusCode).toBe(200);
    expect((await again.item('z', 'c3').read()).statusCode).toBe(200);
  });

  it('persists transactional batches, including their deletes', async () => {
    const dir = tempDir();
    const first = await start(dir);
    const container = await items(first.client);
    await container.items.create<Item>({ id: 'old', pk: 'p' });
    // This server reads each operation's partition key from the body, not from the batch header.
    const response = await container.items.batch(
      [
        { operationType: 'Create', resourceBody: { id: 'new', pk: 'p', n: 1 } },
        { operationType: 'Upsert', partitionKey: 'p', resourceBody: { id: 'up', pk: 'p', n: 2 } },
        { operationType: 'Delete', partitionKey: 'p', id: 'old' }
      ],
      'p'
    );
    expect(response.result?.map((r) => r.statusCode)).toEqual([201, 201, 204]);
    const bulk = await container.items.executeBulkOperations([
      { operationType: 'Create', partitionKey: 'q', resourceBody: { id: 'bulk', pk: 'q', n: 3 } },
      { operationType: 'Delete', partitionKey: 'p', id: 'new' }
    ]);
    expect(bulk.map((r) => r.response?.statusCode)).toEqual([201, 204]);
    await first.stop();

    const second = await start(dir);
    const reopened = await items(second.client);
    expect((await reopened.item('old', 'p').read()).statusCode).toBe(404);
    expect((await reopened.item('new', 'p').read()).statusCode).toBe(404);
    expect((await reopened.item('bulk', 'q').read<Item>()).resource?.n).toBe(3);
    expect((await reopened.item('up', 'p').read<Item>()).resource?.n).toBe(2);
  });

  it('forgets containers and databases that were deleted', async () => {
    const dir = tempDir();
    const first = await start(dir);
    await (await items(first.client, 'dropped')).items.create<Item>({ id: 'a', pk: 'p' });
    await first.client.database('app').container('dropped').delete();
    await (await items(first.client, 'recreated')).items.create<Item>({ id: 'a', pk: 'p' });
    await first.client.database('app').container('recreated').delete();
    await (await items(first.client, 'recreated')).items.create<Item>({ id: 'b', pk: 'p' });
    await first.stop();

    const second = await start(dir);
    const { resources } = await second.client.database('app').containers.readAll().fetchAll();
    expect(resources.map((c) => c.id)).toEqual(['recreated']);
    const recreated = second.client.database('app').container('recreated');
    expect((await recreated.item('a', 'p').read()).statusCode).toBe(404);
    expect((await recreated.item('b', 'p').read()).statusCode).toBe(200);

    await second.client.database('app').delete();
    await second.stop();
    const third = await start(dir);
    const { resources: databases } = await third.client.databases.readAll().fetchAll();
    expect(databases).toEqual([]);
  });

  it('starts from a journal whose last line was cut short, keeping everything before it', async () => {
    const dir = tempDir();
    const first = await start(dir);
    const container = await items(first.client);
    await container.items.create<Item>({ id: 'a', pk: 'p', n: 1 });
    await container.items.create<Item>({ id: 'b', pk: 'p', n: 2 });
    await first.stop();
    // A crash in the middle of appending the next line.
    const line = JSON.stringify({ op: 'putItem', db: 'app', coll: 'items', doc: { id: 'c', pk: 'p', n: 3 } });
    fs.appendFileSync(journalOf(dir), line.slice(0, 30));

    const warnings = jest.spyOn(process, 'emitWarning').mockImplementation(() => undefined);
    const second = await start(dir);
    expect(warnings).toHaveBeenCalledWith(expect.stringMatching(/truncated last line/), expect.anything());
    const reopened = second.client.database('app').container('items');
    expect((await reopened.item('a', 'p').read<Item>()).resource?.n).toBe(1);
    expect((await reopened.item('b', 'p').read<Item>()).resource?.n).toBe(2);
    expect((await reopened.item('c', 'p').read()).statusCode).toBe(404);
    // Compaction dropped the fragment, so later appends start on a clean line.
    expect(fs.readFileSync(journalOf(dir), 'utf8').endsWith('\n')).toBe(true);
    await reopened.items.create<Item>({ id: 'd', pk: 'p' });
    await second.stop();
    warnings.mockClear();
    const third = await start(dir);
    expect(warnings).not.toHaveBeenCalled();
    expect((await third.client.database('app').container('items').item('d', 'p').read()).statusCode).toBe(200);
  });

  it('journals a write before answering it', async () => {
    const dir = tempDir();
    const { client } = await start(dir);
    const container = await items(client);
    await container.items.upsert<Item>({ id: 'a', pk: 'p', n: 7 });
    // No close(): what a crash right after the acknowledgement would leave behind.
    const last = fs.readFileSync(journalOf(dir), 'utf8').trim().split('\n').pop()!;
    expect(JSON.parse(last)).toEqual({ op: 'putItem', db: 'app', coll: 'items', doc: { id: 'a', pk: 'p', n: 7 } });
  });

  it('refuses a data directory that is already open', async () => {
    const dir = tempDir();
    await start(dir);
    await expect(startEmbeddedCosmos({ dataDir: dir })).rejects.toThrow(/already open/);
  });

  it('refuses a data directory locked by a live process but takes over a stale lock', async () => {
    const dir = tempDir();
    const lock = path.join(dir, 'cosmos.lock');
    fs.writeFileSync(lock, String(process.ppid));
    await expect(startEmbeddedCosmos({ dataDir: dir })).rejects.toThrow(/in use by process/);

    fs.writeFileSync(lock, '2147483646');
    const { stop } = await start(dir);
    expect(fs.readFileSync(lock, 'utf8')).toBe(String(process.pid));
    await stop();
    expect(fs.existsSync(lock)).toBe(false);
  });

  it('counts the requests it serves, from the end of the start on', async () => {
    const dir = tempDir();
    const first = await start(dir);
    const container = await items(first.client);
    await container.items.create<Item>({ id: 'a', pk: 'p' });
    const before = first.server.requests;
    await container.item('a', 'p').read();
    expect(first.server.requests - before).toBe(1);
    await first.stop();

    const second = await start(dir);
    expect(second.server.requests).toBe(0);
  });

  it('stops listening on close()', async () => {
    const { server, client } = await start();
    const container = await items(client);
    await container.items.upsert<Item>({ id: 'a', pk: 'p' });
    await server.close();
    const { port } = new URL(server.endpoint);
    const refused = await new Promise<string>((resolve) => {
      const socket = net.connect(Number(port), '127.0.0.1', () => {
        socket.destroy();
        resolve('connected');
      });
      socket.on('error', (error: NodeJS.ErrnoException) => resolve(error.code ?? 'error'));
    });
    expect(refused).toBe('ECONNREFUSED');
  });
});
