import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer, type Server } from 'node:https';
import { Agent } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

/** A chat-completions request as Azure OpenAI receives it. */
export interface ChatRequest {
  deployment: string;
  apiVersion: string | null;
  apiKey: string | undefined;
  messages: { role: string; content?: string | null; tool_calls?: ToolCall[]; tool_call_id?: string }[];
  tools?: { type: 'function'; function: { name: string; description: string; parameters: unknown } }[];
}

export interface ToolCall {
  id: string;
  type: 'function';
  function: { name: string; arguments: string };
}

/** What the stand-in answers: a status, headers and a JSON body, after an optional delay. */
export interface Scripted {
  status: number;
  headers?: Record<string, string>;
  body: unknown;
  delayMs?: number;
}

/** The model's turn: it sees the request as the real service would and answers. */
export type Model = (request: ChatRequest, call: number) => Scripted;

let ids = 0;
const completion = (message: Record<string, unknown>, finish: string): Scripted => ({
  status: 200,
  body: {
    id: `chatcmpl-${++ids}`,
    object: 'chat.completion',
    created: Math.floor(Date.now() / 1000),
    model: 'gpt-4o-2024-11-20',
    choices: [{ index: 0, finish_reason: finish, message: { role: 'assistant', ...message }, content_filter_results: {} }],
    usage: { prompt_tokens: 100, completion_tokens: 20, total_tokens: 120 }
  }
});

/** The model calls tools (Azure's shape: content null, finish_reason tool_calls). */
export const callTools = (...calls: [name: string, args: Record<string, unknown>][]): Scripted =>
  completion(
    { content: null, tool_calls: calls.map(([name, args]) => ({ id: `call_${++ids}`, type: 'function', function: { name, arguments: JSON.stringify(args) } })) },
    'tool_calls'
  );

/** The model answers in words. */
export const say = (content: string): Scripted => completion({ content }, 'stop');

/** 429 as Azure OpenAI sends it when the deployment's tokens-per-minute limit is reached. */
export const rateLimited = (retryAfterSeconds: number): Scripted => ({
  status: 429,
  headers: { 'retry-after': String(retryAfterSeconds), 'x-ratelimit-remaining-requests': '0' },
  body: {
    error: {
      code: '429',
      message: `Requests to the ChatCompletions_Create Operation under Azure OpenAI API version 2024-10-21 have exceeded token rate limit of your current OpenAI S0 pricing tier. Please retry after ${retryAfterSeconds} seconds.`
    }
  }
});

/** 400 as Azure OpenAI sends it when the prompt trips the content filter (here: a jailbreak attempt). */
export const contentFiltered = (): Scripted => ({
  status: 400,
  body: {
    error: {
      message: "The response was filtered due to the prompt triggering Azure OpenAI's content management policy. Please modify your prompt and retry.",
      type: null,
      param: 'prompt',
      code: 'content_filter',
      status: 400,
      innererror: {
        code: 'ResponsibleAIPolicyViolation',
        content_filter_result: {
          hate: { filtered: false, severity: 'safe' },
          jailbreak: { filtered: true, detected: true },
          self_harm: { filtered: false, severity: 'safe' },
          sexual: { filtered: false, severity: 'safe' },
          violence: { filtered: false, severity: 'safe' }
        }
      }
    }
  }
});

/** The text of every tool result the model was given, in order. */
export const toolResults = (request: ChatRequest): string[] => request.messages.filter((m) => m.role === 'tool').map((m) => m.content ?? '');

/**
 * A local stand-in for Azure OpenAI's chat-completions endpoint over TLS (the client insists on
 * https): POST /openai/deployments/{deployment}/chat/completions?api-version=…, an api-key header,
 * 401 without it, 404 for another deployment, 400 for a tool message that answers no tool call,
 * and whatever the test's model scripts (tool calls, 429 with Retry-After, content filter, delays).
 */
export class OpenAiStandIn {
  readonly requests: ChatRequest[] = [];
  /** Raw bodies as they arrived, to search for what must never be sent. */
  readonly bodies: string[] = [];
  model: Model = () => say('…');
  agent!: Agent;
  url = '';
  private server!: Server;
  private workDir = '';

  /** The stand-in's certificate, for a bot process to trust through NODE_EXTRA_CA_CERTS. */
  get certFile(): string {
    return path.join(this.workDir, 'cert.pem');
  }

  constructor(
    readonly deployment = 'gpt-4o',
    readonly apiKey = 'test-key'
  ) {}

  async start(): Promise<this> {
    this.workDir = mkdtempSync(path.join(tmpdir(), 'sampuls-openai-'));
    const key = path.join(this.workDir, 'key.pem');
    const cert = path.join(this.workDir, 'cert.pem');
    const made = spawnSync(
      'openssl',
      ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', key, '-out', cert, '-days', '1', '-subj', '/CN=127.0.0.1', '-addext', 'subjectAltName=IP:127.0.0.1'],
      { encoding: 'utf8' }
    );
    if (made.status !== 0) throw new Error(`openssl could not make the test certificate: ${made.stderr || made.error?.message}`);
    this.agent = new Agent({ ca: readFileSync(cert), keepAlive: true });
    this.server = createServer({ key: readFileSync(key), cert: readFileSync(cert) }, (req, res) => {
      const chunks: Buffer[] = [];
      req.on('data', (c: Buffer) => chunks.push(c));
      req.on('end', () => {
        const raw = Buffer.concat(chunks).toString('utf8');
        const url = new URL(req.url ?? '/', 'https://127.0.0.1');
        const send = ({ status, headers = {}, body }: Scripted) => {
          if (res.destroyed) return;
          // Not chained: restify, loaded by other tests in the same worker, patches writeHead to return nothing.
          res.writeHead(status, { 'content-type': 'application/json', 'apim-request-id': `req-${++ids}`, ...headers });
          res.end(JSON.stringify(body));
        };
        const match = /^\/openai\/deployments\/([^/]+)\/chat\/completions$/.exec(url.pathname);
        if (req.method !== 'POST' || !match) return send({ status: 404, body: { error: { code: '404', message: 'Resource not found' } } });
        const apiKey = req.headers['api-key'] as string | undefined;
        if (apiKey !== this.apiKey) return send({ status: 401, body: { error: { code: '401', message: 'Access denied due to invalid subscription key or wrong API endpoint.' } } });
        if (match[1] !== this.deployment) return send({ status: 404, body: { error: { code: 'DeploymentNotFound', message: 'The API deployment for this resource does not exist.' } } });
        const body = JSON.parse(raw) as Omit<ChatRequest, 'deployment' | 'apiVersion' | 'apiKey'>;
        const request: ChatRequest = { ...body, deployment: match[1], apiVersion: url.searchParams.get('api-version'), apiKey };
        const problem = orderProblem(request);
        if (problem) return send({ status: 400, body: { error: { message: problem, type: 'invalid_request_error', param: 'messages', code: null } } });
        this.bodies.push(raw);
        this.requests.push(request);
        const scripted = this.model(request, this.requests.length);
        if (scripted.delayMs) setTimeout(() => send(scripted), scripted.delayMs);
        else send(scripted);
      });
    });
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
    this.url = `https://127.0.0.1:${(this.server.address() as AddressInfo).port}`;
    return this;
  }

  async stop(): Promise<void> {
    this.agent.destroy();
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
    rmSync(this.workDir, { recursive: true, force: true });
  }
}

/** As the real API: every tool message answers a tool call of the assistant message before it. */
function orderProblem({ messages }: ChatRequest): string | undefined {
  const open = new Set<string>();
  for (const [i, message] of messages.entries()) {
    if (message.role === 'assistant') message.tool_calls?.forEach((c) => open.add(c.id));
    else if (message.role === 'tool') {
      if (!message.tool_call_id || !open.has(message.tool_call_id)) return `Invalid parameter: messages with role 'tool' must be a response to a preceeding message with 'tool_calls'. (messages.[${i}])`;
    } else open.clear();
  }
  return undefined;
}
