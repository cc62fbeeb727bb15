import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface SentActivity {
  conversationId: string;
  activity: { type: string; text?: string; attachments?: { contentType: string; content: unknown }[] };
}

type Responder = (sent: SentActivity) => { status: number; headers?: Record<string, string> } | undefined;

/**
 * A local stand-in for the Bot Connector: records what the bot posts to
 * /v3/conversations/{id}/activities and can answer with chosen statuses.
 */
export class ConnectorStandIn {
  readonly sent: SentActivity[] = [];
  private responder: Responder = () => undefined;
  private server?: Server;
  url = '';

  async start(): Promise<this> {
    this.server = createServer((req, res) => void this.handle(req, res));
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve));
    this.url = `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
    return this;
  }

  respondWith(responder: Responder): void {
    this.responder = responder;
  }

  async stop(): Promise<void> {
    this.server?.closeAllConnections();
    await new Promise<void>((resolve) => this.server?.close(() => resolve()));
  }

  private async handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const chunks: Buffer[] = [];
    for await (const chunk of req) chunks.push(chunk as Buffer);
    const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
    if (req.method !== 'POST' || !match) {
      res.writeHead(404);
      res.end();
      return;
    }
    const sent = { conversationId: decodeURIComponent(match[1]), activity: JSON.parse(Buffer.concat(chunks).toString('utf8')) };
    const answer = this.responder(sent);
    if (answer) {
      res.writeHead(answer.status, { 'content-type': 'application/json', ...answer.headers });
      res.end('{}');
      return;
    }
    this.sent.push(sent);
    // Not chained: restify, loaded in the same process by other tests, patches writeHead to return nothing.
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ id: String(this.sent.length) }));
  }
}
