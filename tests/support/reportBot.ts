import type { AddressInfo } from 'node:net';
import pino from 'pino';
import type restify from 'restify';
import type { AdaptiveCard } from '../../src/core/card';
import type { DocumentStore } from '../../src/core/documents';
import type { Store } from '../../src/core/store';
import type { Person } from '../../src/domain/types';
import type { ReportGrant } from '../../src/features/reports/links';
import { assemble } from '../../src/index';
import type { ConnectorStandIn } from './connector';

/**
 * The whole bot over HTTP, as for `rapport`: messages POSTed to /api/messages, replies delivered
 * to the connector stand-in, and the report links opened with GET on the same server.
 */
export interface ReportBot {
  url: string;
  /** What the person gets back in their 1:1 chat: text or a card submission (`value`). */
  ask(person: Person, input: string | Record<string, unknown>): Promise<{ cards: AdaptiveCard[]; texts: string[] }>;
  close(): Promise<void>;
}

export async function startReportBot(options: { store: Store; documents: DocumentStore; connector: ConnectorStandIn; clock: () => Date; secret: string }): Promise<ReportBot> {
  const { connector } = options;
  const assembly = assemble({ store: options.store, documents: options.documents, log: pino({ level: 'silent' }), clock: options.clock, signingSecret: options.secret });
  const server: restify.Server = assembly.server;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  assembly.links.baseUrl = url;
  const ask: ReportBot['ask'] = async (person, input) => {
    const id = `m-${Math.random()}`;
    const activity = {
      type: 'message', id, channelId: 'msteams', serviceUrl: connector.url,
      ...(typeof input === 'string' ? { text: input } : { value: input }),
      from: { id: `29:${person.aadObjectId}`, name: person.name, aadObjectId: person.aadObjectId },
      recipient: { id: '28:sampuls-bot', name: 'Sampuls' },
      conversation: { id: `a:reports-${person.aadObjectId}`, conversationType: 'personal', tenantId: person.tenantId },
      channelData: { tenant: { id: person.tenantId } }
    };
    const before = connector.sent.length;
    await fetch(`${url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(activity) });
    const replies = connector.sent.slice(before).filter((s) => s.replyToId === id).map((s) => s.activity);
    return { cards: replies.flatMap((r) => (r.attachments ?? []).map((a) => a.content as AdaptiveCard)), texts: replies.flatMap((r) => (r.text ? [r.text] : [])) };
  };
  return { url, ask, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

/** Every download link on the cards, by its title. */
export function linksOn(cards: AdaptiveCard[]): Map<string, string> {
  const found = new Map<string, string>();
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.type === 'Action.OpenUrl') found.set(element.title as string, element.url as string);
      Object.values(element).forEach(visit);
    }
  };
  visit(cards);
  return found;
}

export async function download(link: string): Promise<{ status: number; body: Buffer; type: string | null }> {
  const response = await fetch(link);
  return { status: response.status, body: Buffer.from(await response.arrayBuffer()), type: response.headers.get('content-type') };
}

/** The grant a report link carries, and its signature, to tamper with. */
export function grantOf(link: string): { grant: ReportGrant; payload: string; signature: string } {
  const [, payload, signature] = /\/report\/([\w-]+)\.([\w-]+)\.docx$/.exec(link)!;
  return { grant: JSON.parse(Buffer.from(payload, 'base64url').toString('utf8')) as ReportGrant, payload, signature };
}

/** A link with the grant changed under the old signature. */
export const tampered = (url: string, link: string, change: Partial<ReportGrant>): string => {
  const { grant, signature } = grantOf(link);
  return `${url}/report/${Buffer.from(JSON.stringify({ ...grant, ...change })).toString('base64url')}.${signature}.docx`;
};
