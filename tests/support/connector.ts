import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentActivity {
  conversationId: string;
  /** Set when the bot replied to an incoming activity (POST …/activities/{replyToId}). */
  replyToId?: string;
  /** When it arrived (performance.now()). */
  at: number;
  activity: { type: string; text?: string; attachments?: { contentType: string; content: unknown }[] };
}

type Responder = (sent: SentActivity) => { status: number; headers?: Record<string, string> } | undefined;

/** Teams' documented limits per bot and conversation, written out here independently of the bot's pacer. */
const TEAMS_LIMITS = [
  { windowMs: 1000, max: 7 },
  { windowMs: 2000, max: 8 },
  { windowMs: 30_000, max: 60 },
  { windowMs: 3_600_000, max: 1800 }
];

/** Teams' limit on one bot message, in UTF-16 bytes (413 MessageSizeTooBig above it). */
const MESSAGE_LIMIT_BYTES = 100 * 1024;

export interface TeamMember {
  id: string;
  aadObjectId: string;
  name: string;
}

/**
 * A local stand-in for the Bot Connector: records what the bot posts to
 * /v3/conversations/{id}/activities, can answer with chosen statuses, lists a team's channels
 * at /v3/teams/{id}/conversations as Teams does (the General channel has no name), pages
 * through a team's members at /v3/conversations/{team id}/pagedmembers, and opens 1:1 chats
 * at POST /v3/conversations (createConversation; the same chat again for the same person).
 */
export class ConnectorStandIn {
  readonly sent: SentActivity[] = [];
  readonly teams = new Map<string, { id: string; name?: string }[]>();
  readonly rosters = new Map<string, TeamMember[]>();
  /** Every createConversation call, by the member's user id. */
  readonly opened: string[] = [];
  /** User ids Teams will not open a chat with (app blocked): 403. */
  readonly blocked = new Set<string>();
  private responder: Responder = () => undefined;
  /** Milliseconds to wait before answering a post, like a slow connector. */
  delayMs = 0;
  /** Posts refused with 429 because they broke Teams' limits (not counting faults a test asked for). */
  violations = 0;
  /** Posts refused with 413 for being larger than Teams accepts. */
  tooLarge = 0;
  /** False where nothing reads `sent` (the benchmarks): a long run then holds no copy of every card it sent. */
  keepSent = true;
  /** Posts accepted, kept or not: the id of each is its number. */
  private posted = 0;
  private limits?: { tenantPerSecond: number };
  private readonly accepted = new Map<string, number[]>();
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  /** Answers 429 with Retry-After, as Teams does, to posts beyond its limits or the tenant's ceiling. */
  enforceTeamsLimits(tenantPerSecond: number): this {
    this.limits = { tenantPerSecond };
    return this;
  }

  respondWith(responder: Responder): void {
    this.responder = responder;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  /** Checks and counts a post against the conversation's and the tenant's sliding windows. */
  private overLimit(sent: SentActivity): boolean {
    if (!this.limits || sent.replyToId) return false;
    const now = performance.now();
    const tenant = `tenant:${(sent.activity as { conversation?: { tenantId?: string } }).conversation?.tenantId ?? ''}`;
    const windows: [string, { windowMs: number; max: number }[]][] = [
      [`conversation:${sent.conversationId}`, TEAMS_LIMITS],
      [tenant, [{ windowMs: 1000, max: this.limits.tenantPerSecond }]]
    ];
    const over = windows.some(([key, limits]) => {
      const times = this.accepted.get(key) ?? [];
      return limits.some(({ windowMs, max }) => times.filter((t) => t > now - windowMs).length >= max);
    });
    if (over) return true;
    for (const [key] of windows) {
      const times = (this.accepted.get(key) ?? []).filter((t) => t > now - 3_600_000);
      times.push(now);
      this.accepted.set(key, times);
    }
    return false;
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const team = /^\/v3\/teams\/([^/]+)\/conversations$/.exec(req.url ?? '');
    if (req.method === 'GET' && team) {
      const channels = this.teams.get(decodeURIComponent(team[1]));
      res.writeHead(channels ? 200 : 404, { 'content-type': 'application/json' });
      res.end(JSON.stringify(channels ? { conversations: channels } : {}));
      return;
    }
    const roster = /^\/v3\/conversations\/([^/?]+)\/pagedmembers(?:\?(.*))?$/.exec(req.url ?? '');
    if (req.method === 'GET' && roster) return this.page(res, decodeURIComponent(roster[1]), new URLSearchParams(roster[2] ?? ''));
    if (req.method === 'POST' && req.url === '/v3/conversations') return this.open(res, JSON.parse(Buffer.concat(chunks).toString('utf8')));
    const match = /^\/v3\/conversations\/([^/]+)\/activities(?:\/([^/]+))?$/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404);
      res.end();
      return;
    }
    const body = Buffer.concat(chunks).toString('utf8');
    // Teams counts a message as UTF-16 and refuses one over about 100 KB.
    if (body.length * 2 > MESSAGE_LIMIT_BYTES) {
      this.tooLarge++;
      return void this.json(res, 413, { error: { code: 'MessageSizeTooBig', message: 'Message size too large' } });
    }
    const sent = {
      at: performance.now(),
      conversationId: decodeURIComponent(match[1]),
      ...(match[2] ? { replyToId: decodeURIComponent(match[2]) } : {}),
      activity: JSON.parse(body)
    };
    if (this.overLimit(sent)) {
      this.violations++;
      res.writeHead(429, { 'content-type': 'application/json', 'retry-after': '1' });
      res.end('{}');
      return;
    }
    if (this.delayMs) await new Promise((resolve) => setTimeout(resolve, this.delayMs));
    const answer = this.responder(sent);
    if (answer) {
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end('{}');
      return;
    }
    if (this.keepSent) this.sent.push(sent);
    // Not chained: restify, loaded in the same process by other tests, patches writeHead to return nothing.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: String(++this.posted) }));
  }

  private page(res: ServerResponse, teamId: string, query: URLSearchParams): void {
    const members = this.rosters.get(teamId);
    if (!members) return void this.json(res, 404, {});
    const size = Number(query.get('pageSize') ?? 200);
    const from = Number(query.get('continuationToken') ?? 0);
    const next = from + size < members.length ? { continuationToken: String(from + size) } : {};
    this.json(res, 200, { members: members.slice(from, from + size), ...next });
  }

  private open(res: ServerResponse, body: { members?: { id?: string }[]; tenantId?: string }): void {
    const userId = body.members?.[0]?.id;
    if (!userId || body.members!.length !== 1 || !body.tenantId) return void this.json(res, 400, { error: { code: 'BadArgument' } });
    this.opened.push(userId);
    if (this.blocked.has(userId)) return void this.json(res, 403, { error: { code: 'Forbidden' } });
    this.json(res, 201, { id: `a:chat-${userId}` });
  }

  private json(res: ServerResponse, status: number, body: unknown): void {
    res.writeHead(status, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body));
  }
}
