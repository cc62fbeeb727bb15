import type { ConversationReference, TeamMemberReference } from '../domain/types';
import { DeliveryFailure, type Messenger, type RosterPage } from '../core/messenger';
import { type Reply } from '../core/turn';
import { isLoopbackUrl } from '../core/loopback';
import { toActivity } from './activity';

export interface ConnectorMessengerOptions {
  /** A Bot Framework access token; absent in local mode, where the Playground wants none. */
  token?: () => Promise<string>;
  /** Local mode has no authentication, so it must never talk to anything but this machine. */
  loopbackOnly: boolean;
  timeoutMs?: number;
}

/** Seconds (Teams) or an HTTP date, as Retry-After may be either. */
function retryAfterMs(header: string | null): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const date = Date.parse(header);
  return Number.isNaN(date) ? undefined : Math.max(0, date - Date.now());
}

/**
 * Posts proactively to the Bot Connector named in a stored conversation reference. A plain
 * HTTP call on purpose: one request per send, so the pacer's count is the connector's count,
 * and failures come back with their status and Retry-After for the caller to act on.
 */
export class ConnectorMessenger implements Messenger {
  constructor(private readonly options: ConnectorMessengerOptions) {}

  async send(reference: ConversationReference, reply: Reply): Promise<void> {
    const activity = {
      ...toActivity(reply),
      from: { id: reference.botId, name: reference.botName ?? '' },
      conversation: { id: reference.conversationId, conversationType: reference.conversationType, tenantId: reference.tenantId },
      channelData: { tenant: { id: reference.tenantId } }
    };
    await this.request('POST', reference.serviceUrl, `v3/conversations/${encodeURIComponent(reference.conversationId)}/activities`, activity);
  }

  /** createConversation: Teams answers with the existing 1:1 chat's id when there already is one. */
  async openPersonalChat(member: TeamMemberReference): Promise<ConversationReference> {
    const created = (await this.request('POST', member.serviceUrl, 'v3/conversations', {
      isGroup: false,
      bot: { id: member.botId, name: member.botName ?? '' },
      members: [{ id: member.userId }],
      tenantId: member.tenantId,
      channelData: { tenant: { id: member.tenantId } }
    })) as { id?: unknown } | undefined;
    if (typeof created?.id !== 'string' || !created.id) throw new DeliveryFailure(502, 'Connector created no conversation id');
    const { serviceUrl, tenantId, botId, botName, channelId } = member;
    return { serviceUrl, tenantId, botId, ...(botName ? { botName } : {}), channelId, conversationId: created.id, conversationType: 'personal' };
  }

  async teamMembers(team: { serviceUrl: string; teamId: string }, pageSize: number, continuationToken?: string): Promise<RosterPage> {
    const query = new URLSearchParams({ pageSize: String(pageSize), ...(continuationToken ? { continuationToken } : {}) });
    const page = (await this.request('GET', team.serviceUrl, `v3/conversations/${encodeURIComponent(team.teamId)}/pagedmembers?${query}`)) as
      | { members?: { id?: string; aadObjectId?: string; name?: string }[]; continuationToken?: string }
      | undefined;
    // The bot itself and guests without an Entra object id cannot be given a role.
    const members = (page?.members ?? []).flatMap((m) => (m.id && m.aadObjectId ? [{ userId: m.id, aadObjectId: m.aadObjectId, name: m.name ?? '' }] : []));
    return { members, ...(page?.continuationToken ? { continuationToken: page.continuationToken } : {}) };
  }

  /** One request to the connector; its JSON answer, or a DeliveryFailure with status and Retry-After. */
  private async request(method: 'GET' | 'POST', serviceUrl: string, path: string, body?: unknown): Promise<unknown> {
    if (this.options.loopbackOnly && !isLoopbackUrl(serviceUrl)) {
      throw new DeliveryFailure(0, 'Local mode only sends to loopback serviceUrls');
    }
    const base = serviceUrl.endsWith('/') ? serviceUrl : `${serviceUrl}/`;
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.options.token) headers.authorization = `Bearer ${await this.options.token()}`;
    let response: Response;
    try {
      response = await fetch(`${base}${path}`, {
        method,
        headers,
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000)
      });
    } catch (error) {
      throw new DeliveryFailure(0, `Connector unreachable: ${(error as Error).message}`);
    }
    const text = await response.text().catch(() => '');
    if (!response.ok) {
      throw new DeliveryFailure(response.status, `Connector answered ${response.status}`, retryAfterMs(response.headers.get('retry-after')));
    }
    try {
      return text ? JSON.parse(text) : undefined;
    } catch {
      return undefined;
    }
  }
}
