/**
 * Durability for the in-memory server: every successful mutation is appended to `cosmos.jsonl`
 * before the client sees the response, and on start the journal is compacted and replayed.
 */
import fs from 'node:fs';
import type http from 'node:http';
import path from 'node:path';
import type { ContainerDefinition, DatabaseDefinition } from '@azure/cosmos';
import { createCosmosClient } from '../client';

export const JOURNAL_FILE = 'cosmos.jsonl';
const WARNING_TYPE = 'EmbeddedCosmosWarning';
/** Parallel upserts during replay: enough to hide per-request latency without a burst of sockets. */
const REPLAY_CONCURRENCY = 16;

type JsonObject = Record<string, unknown>;

type JournalRecord =
  | { op: 'createDatabase'; def: JsonObject }
  | { op: 'deleteDatabase'; db: string }
  | { op: 'createContainer'; db: string; def: JsonObject }
  | { op: 'replaceContainer'; db: string; def: JsonObject }
  | { op: 'deleteContainer'; db: string; coll: string }
  | { op: 'putItem'; db: string; coll: string; doc: JsonObject }
  /** `partitionKey` is the raw `x-ms-documentdb-partitionkey` value, interpreted as the server does. */
  | { op: 'deleteItem'; db: string; coll: string; id: string; partitionKey: unknown };

const SYSTEM_PROPERTIES = {
  database: ['_rid', '_self', '_etag', '_ts', '_colls', '_users'],
  container: ['_rid', '_self', '_etag', '_ts', '_docs', '_sprocs', '_triggers', '_udfs', '_conflicts'],
  item: ['_rid', '_self', '_etag', '_ts', '_attachments']
} as const;

function stripSystemProperties(resource: JsonObject, kind: keyof typeof SYSTEM_PROPERTIES): JsonObject {
  const copy = { ...resource };
  for (const name of SYSTEM_PROPERTIES[kind]) delete copy[name];
  return copy;
}

function warn(message: string): void {
  process.emitWarning(message, { type: WARNING_TYPE });
}

type Mutation =
  | { kind: 'createDatabase' }
  | { kind: 'deleteDatabase'; db: string }
  | { kind: 'createContainer'; db: string }
  | { kind: 'replaceContainer'; db: string }
  | { kind: 'deleteContainer'; db: string; coll: string }
  | { kind: 'putItem'; db: string; coll: string }
  | { kind: 'deleteItem'; db: string; coll: string; id: string; partitionKey: unknown }
  | { kind: 'batch'; db: string; coll: string };

const isTrue = (value: string | string[] | undefined): boolean =>
  [value ?? []].flat().some((v) => v.toLowerCase() === 'true');

/** Classifies a request the way the server's router does (see its `router.js`), or undefined for reads. */
function classify(req: http.IncomingMessage): Mutation | undefined {
  let pathname = (req.url ?? '/').split('?')[0];
  if (pathname.startsWith('//')) pathname = pathname.slice(1);
  while (pathname.length > 1 && pathname.endsWith('/')) pathname = pathname.slice(0, -1);
  let segments: string[];
  try {
    segments = pathname.split('/').slice(1).map(decodeURIComponent);
  } catch {
    return undefined;
  }
  if (segments[0] !== 'dbs' || (segments.length > 2 && segments[2] !== 'colls') || (segments.length > 4 && segments[4] !== 'docs')) {
    return undefined;
  }
  const [, db, , coll, , id] = segments;
  const h = req.headers;
  let post: 'create' | 'upsert' | 'batch' | undefined;
  if (req.method === 'POST') {
    if (isTrue(h['x-ms-documentdb-isquery']) || h['content-type'] === 'application/query+json') return undefined;
    post = isTrue(h['x-ms-documentdb-is-upsert']) ? 'upsert' : isTrue(h['x-ms-cosmos-is-batch-request']) ? 'batch' : 'create';
  }
  switch (`${req.method} ${segments.length}`) {
    case 'POST 1':
      return post === 'create' ? { kind: 'createDatabase' } : undefined;
    case 'DELETE 2':
      return { kind: 'deleteDatabase', db };
    case 'POST 3':
      return post === 'create' ? { kind: 'createContainer', db } : undefined;
    case 'PUT 4':
      return { kind: 'replaceContainer', db };
    case 'DELETE 4':
      return { kind: 'deleteContainer', db, coll };
    case 'POST 5':
      return post === 'batch' ? { kind: 'batch', db, coll } : { kind: 'putItem', db, coll };
    case 'PUT 6':
    case 'PATCH 6':
      return { kind: 'putItem', db, coll };
    case 'DELETE 6': {
      const header = h['x-ms-documentdb-partitionkey'];
      return { kind: 'deleteItem', db, coll, id, partitionKey: Array.isArray(header) ? header[0] : header };
    }
    default:
      return undefined;
  }
}

interface BatchInput {
  operationType?: string;
  id?: string;
  partitionKey?: unknown;
}

interface BatchResult {
  statusCode?: number;
  resourceBody?: JsonObject;
}

const isSuccess = (status: number | undefined): boolean => status !== undefined && status >= 200 && status < 300;

/** The journal records a successful response stands for; the response body is the stored resource. */
function recordsFor(mutation: Mutation, body: unknown, requestBody: Buffer | undefined): JournalRecord[] {
  const resource = (body ?? {}) as JsonObject;
  switch (mutation.kind) {
    case 'createDatabase':
      return [{ op: 'createDatabase', def: stripSystemProperties(resource, 'database') }];
    case 'deleteDatabase':
      return [{ op: 'deleteDatabase', db: mutation.db }];
    case 'createContainer':
    case 'replaceContainer':
      return [{ op: mutation.kind, db: mutation.db, def: stripSystemProperties(resource, 'container') }];
    case 'deleteContainer':
      return [{ op: 'deleteContainer', db: mutation.db, coll: mutation.coll }];
    case 'putItem':
      return [{ op: 'putItem', db: mutation.db, coll: mutation.coll, doc: stripSystemProperties(resource, 'item') }];
    case 'deleteItem':
      return [{ op: 'deleteItem', db: mutation.db, coll: mutation.coll, id: mutation.id, partitionKey: mutation.partitionKey }];
    case 'batch': {
      // Batches are not atomic in this server: each operation that succeeded is applied.
      const inputs = JSON.parse(requestBody?.toString('utf8') ?? '[]') as BatchInput[];
      const results = Array.isArray(body) ? (body as BatchResult[]) : [];
      const records: JournalRecord[] = [];
      results.forEach((result, i) => {
        const input = inputs[i] ?? {};
        if (!isSuccess(result.statusCode)) return;
        if (input.operationType === 'Delete' && typeof input.id === 'string') {
          records.push({ op: 'deleteItem', db: mutation.db, coll: mutation.coll, id: input.id, partitionKey: input.partitionKey });
        } else if (input.operationType !== 'Read' && result.resourceBody) {
          records.push({ op: 'putItem', db: mutation.db, coll: mutation.coll, doc: stripSystemProperties(result.resourceBody, 'item') });
        }
      });
      return records;
    }
  }
}

type EndArgs = [chunk?: unknown, encoding?: unknown, callback?: unknown];

/**
 * Puts the journal between the server's handler and the socket: the response of a mutating request
 * is held back until its journal line is written, so an acknowledged write is always on disk
 * (a process crash loses nothing acknowledged; a power loss may lose what the OS had not flushed).
 */
export function attachJournal(server: http.Server, journal: { fd?: number }): void {
  const handlers = server.listeners('request') as ((req: http.IncomingMessage, res: http.ServerResponse) => void)[];
  server.removeAllListeners('request');
  let lineOpen = false;

  const append = (records: JournalRecord[]): void => {
    if (journal.fd === undefined || records.length === 0) return;
    // After a failed (possibly partial) write, start on a fresh line so only that line is unreadable.
    const text = (lineOpen ? '\n' : '') + records.map((r) => JSON.stringify(r) + '\n').join('');
    lineOpen = true;
    fs.appendFileSync(journal.fd, text);
    lineOpen = false;
  };

  server.on('request', (req: http.IncomingMessage, res: http.ServerResponse) => {
    const mutation = journal.fd === undefined ? undefined : classify(req);
    if (mutation) {
      let requestChunks: Buffer[] | undefined;
      if (mutation.kind === 'batch') {
        // A batch's delete operations appear only in the request body; listen alongside the handler.
        const chunks: Buffer[] = [];
        requestChunks = chunks;
        req.on('data', (chunk: Buffer) => chunks.push(chunk));
      }
      const responseChunks: Buffer[] = [];
      const toBuffer = (chunk: unknown, encoding: unknown): Buffer | undefined => {
        if (chunk === undefined || chunk === null || typeof chunk === 'function') return undefined;
        if (typeof chunk === 'string') return Buffer.from(chunk, typeof encoding === 'string' ? (encoding as BufferEncoding) : 'utf8');
        return Buffer.from(chunk as Uint8Array);
      };
      const originalEnd = res.end.bind(res) as (...args: EndArgs) => http.ServerResponse;
      res.write = ((chunk: unknown, encoding?: unknown, callback?: unknown) => {
        const buffer = toBuffer(chunk, encoding);
        if (buffer) responseChunks.push(buffer);
        const done = [encoding, callback].find((a) => typeof a === 'function') as (() => void) | undefined;
        if (done) res.once('finish', done);
        return true;
      }) as typeof res.write;
      res.end = ((chunk?: unknown, encoding?: unknown, callback?: unknown) => {
        const buffer = toBuffer(chunk, encoding);
        if (buffer) responseChunks.push(buffer);
        let body = Buffer.concat(responseChunks);
        if (isSuccess(res.statusCode)) {
          try {
            const parsed: unknown = body.length > 0 ? JSON.parse(body.toString('utf8')) : undefined;
            append(recordsFor(mutation, parsed, requestChunks && Buffer.concat(requestChunks)));
          } catch (error) {
            // Not journaled means not acknowledged: the client sees a failure and may retry.
            warn(`Journal write failed, answering 500: ${(error as Error).message}`);
            res.statusCode = 500;
            res.removeHeader('etag');
            body = Buffer.from(JSON.stringify({ code: 'InternalServerError', message: 'journal write failed' }));
          }
        }
        const done = [chunk, encoding, callback].find((a) => typeof a === 'function');
        return originalEnd(body, done);
      }) as typeof res.end;
    }
    for (const handler of handlers) handler.call(server, req, res);
  });
}

interface ContainerState {
  def: JsonObject;
  items: Map<string, JsonObject>;
}

interface DatabaseState {
  def: JsonObject;
  containers: Map<string, ContainerState>;
}

export type StoreState = Map<string, DatabaseState>;

/**
 * The server's identity of a document (`Items._getId`): the value at the *first* partition key
 * path, falling back to the id when that is falsy. Folding by this exact identity makes the folded
 * journal equal to what the server held; any other notion could resurrect deleted documents.
 */
function itemKey(partition: unknown, id: string): string {
  return `${String(partition || id)}\u0000${id}`;
}

function partitionPath(def: JsonObject): string[] {
  const paths = (def.partitionKey as { paths?: unknown } | undefined)?.paths;
  const first = Array.isArray(paths) && typeof paths[0] === 'string' ? paths[0] : '';
  const segments = first.slice(1).split('/');
  return !first || (segments.length === 1 && segments[0] === '_partitionKey') ? ['id'] : segments;
}

function valueAt(segments: string[], doc: unknown): unknown {
  let value = doc;
  for (const segment of segments) {
    if (!value || typeof value !== 'object') return undefined;
    value = (value as JsonObject)[segment];
  }
  return value;
}

/** As the server's `parsePartitionKey`: first element of the JSON header; objects (the "none" key) mean the id. */
function partitionFromHeader(raw: unknown, id: string): unknown {
  const parsed: unknown = JSON.parse(String(raw));
  const value = Array.isArray(parsed) ? parsed[0] : parsed;
  if (!Array.isArray(parsed) && typeof parsed !== 'string') throw new Error(`bad partition key ${String(raw)}`);
  return value && typeof value === 'object' ? id : value;
}

function apply(state: StoreState, record: JournalRecord): void {
  switch (record.op) {
    case 'createDatabase':
      state.set(String(record.def.id), { def: record.def, containers: new Map() });
      return;
    case 'deleteDatabase':
      state.delete(record.db);
      return;
    case 'deleteContainer':
      state.get(record.db)?.containers.delete(record.coll);
      return;
  }
  const database = state.get(record.db);
  if (!database) throw new Error(`unknown database ${record.db}`);
  if (record.op === 'createContainer' || record.op === 'replaceContainer') {
    const id = String(record.def.id);
    const existing = record.op === 'replaceContainer' ? database.containers.get(id) : undefined;
    database.containers.set(id, { def: record.def, items: existing?.items ?? new Map() });
    return;
  }
  const container = database.containers.get(record.coll);
  if (!container) throw new Error(`unknown container ${record.db}/${record.coll}`);
  if (record.op === 'putItem') {
    const id = String(record.doc.id);
    container.items.set(itemKey(valueAt(partitionPath(container.def), record.doc), id), record.doc);
  } else {
    container.items.delete(itemKey(partitionFromHeader(record.partitionKey, record.id), record.id));
  }
}

const isObject = (value: unknown): value is JsonObject => typeof value === 'object' && value !== null && !Array.isArray(value);
const isString = (value: unknown): value is string => typeof value === 'string';

function parseRecord(line: string): JournalRecord {
  const r: unknown = JSON.parse(line);
  if (!isObject(r)) throw new Error('not an object');
  const ok =
    (r.op === 'createDatabase' && isObject(r.def) && isString(r.def.id)) ||
    (r.op === 'deleteDatabase' && isString(r.db)) ||
    ((r.op === 'createContainer' || r.op === 'replaceContainer') && isString(r.db) && isObject(r.def) && isString(r.def.id)) ||
    (r.op === 'deleteContainer' && isString(r.db) && isString(r.coll)) ||
    (r.op === 'putItem' && isString(r.db) && isString(r.coll) && isObject(r.doc) && isString(r.doc.id)) ||
    (r.op === 'deleteItem' && isString(r.db) && isString(r.coll) && isString(r.id));
  if (!ok) throw new Error(`unexpected record ${line.slice(0, 200)}`);
  return r as JournalRecord;
}

/** Loads the journal and rewrites it as one line per live resource, so it grows with the data, not the history. */
export function compactJournal(file: string): StoreState {
  const state = loadJournal(file);
  writeFileAtomically(file, serialise(state));
  return state;
}

/**
 * Folds the journal into the state it describes. A line that cannot be read is skipped with a
 * warning instead of failing the start: it can only come from a write cut short (crash, full disk),
 * whose request was never acknowledged.
 */
function loadJournal(file: string): StoreState {
  const state: StoreState = new Map();
  if (!fs.existsSync(file)) return state;
  const lines = fs.readFileSync(file, 'utf8').split('\n');
  let last = lines.length - 1;
  while (last >= 0 && lines[last].trim() === '') last--;
  lines.forEach((line, i) => {
    if (line.trim() === '') return;
    try {
      apply(state, parseRecord(line));
    } catch (error) {
      const what = i === last ? 'truncated last line (interrupted write)' : 'unreadable line';
      warn(`${file}:${i + 1}: ${what} skipped: ${(error as Error).message}`);
    }
  });
  return state;
}

function serialise(state: StoreState): string {
  const lines: string[] = [];
  for (const [db, database] of state) {
    lines.push(JSON.stringify({ op: 'createDatabase', def: database.def } satisfies JournalRecord));
    for (const [coll, container] of database.containers) {
      lines.push(JSON.stringify({ op: 'createContainer', db, def: container.def } satisfies JournalRecord));
      for (const doc of container.items.values()) {
        lines.push(JSON.stringify({ op: 'putItem', db, coll, doc } satisfies JournalRecord));
      }
    }
  }
  return lines.map((line) => line + '\n').join('');
}

/** Write to a temporary file and rename over: a crash leaves either the old or the new journal, whole. */
function writeFileAtomically(file: string, content: string): void {
  const temporary = `${file}.tmp`;
  const fd = fs.openSync(temporary, 'w');
  try {
    fs.writeFileSync(fd, content);
    fs.fsyncSync(fd);
  } finally {
    fs.closeSync(fd);
  }
  fs.renameSync(temporary, file);
  try {
    const dir = fs.openSync(path.dirname(file), 'r');
    try {
      fs.fsyncSync(dir);
    } finally {
      fs.closeSync(dir);
    }
  } catch {
    // Directories cannot be fsynced on every platform (Windows); the rename itself is still atomic.
  }
}

/** Recreates the folded state in the fresh server through the SDK, as any client would have. */
export async function replay(state: StoreState, endpoint: string, key: string): Promise<void> {
  const client = createCosmosClient({ endpoint, key, embedded: true });
  try {
    for (const database of state.values()) {
      const { database: db } = await client.databases.create(database.def as DatabaseDefinition);
      for (const container of database.containers.values()) {
        const { container: c } = await db.containers.create(container.def as ContainerDefinition);
        const docs = [...container.items.values()];
        let next = 0;
        const worker = async (): Promise<void> => {
          while (next < docs.length) await c.items.upsert(docs[next++]);
        };
        await Promise.all(Array.from({ length: Math.min(REPLAY_CONCURRENCY, docs.length) }, worker));
      }
    }
  } finally {
    client.dispose();
  }
}
