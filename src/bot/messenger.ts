import type { ConversationReference } from '../domain/types';
import { DeliveryFailure, type Messenger, type Reply } from '../features/turn';
import { isLoopbackUrl } from '../http/loopback';
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
    if (this.options.loopbackOnly && !isLoopbackUrl(reference.serviceUrl)) {
      throw new DeliveryFailure(0, 'Local mode only sends to loopback serviceUrls');
    }
    const base = reference.serviceUrl.endsWith('/') ? reference.serviceUrl : `${reference.serviceUrl}/`;
    const url = `${base}v3/conversations/${encodeURIComponent(reference.conversationId)}/activities`;
    const activity = {
      ...toActivity(reply),
      from: { id: reference.botId, name: reference.botName ?? '' },
      conversation: { id: reference.conversationId, conversationType: reference.conversationType, tenantId: reference.tenantId },
      channelData: { tenant: { id: reference.tenantId } }
    };
    const headers: Record<string, string> = { 'content-type': 'application/json' };
    if (this.options.token) headers.authorization = `Bearer ${await this.options.token()}`;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify(activity),
        signal: AbortSignal.timeout(this.options.timeoutMs ?? 15_000)
      });
    } catch (error) {
      throw new DeliveryFailure(0, `Connector unreachable: ${(error as Error).message}`);
    }
    await response.arrayBuffer().catch(() => undefined);
    if (!response.ok) {
      throw new DeliveryFailure(response.status, `Connector answered ${response.status}`, retryAfterMs(response.headers.get('retry-after')));
    }
  }
}
