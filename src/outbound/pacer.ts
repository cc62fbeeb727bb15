/**
 * Keeps proactive sends within Teams' limits: per conversation 7 per second, 8 per 2 s, 60 per
 * 30 s and 1800 per hour, and a ceiling per tenant for the whole app. Windows are slightly
 * wider than Teams' own so network jitter cannot push two sends into one window at the far end.
 */
export interface Limit {
  windowMs: number;
  max: number;
}

export const CONVERSATION_LIMITS: Limit[] = [
  { windowMs: 1000, max: 7 },
  { windowMs: 2000, max: 8 },
  { windowMs: 30_000, max: 60 },
  { windowMs: 3_600_000, max: 1800 }
];

/** Extra room added to every window. */
const MARGIN = 1.03;

export interface PacerOptions {
  /** Requests per second for one tenant, all conversations together. */
  tenantPerSecond: number;
  now?: () => number;
}

/** Send times within the longest window, oldest first. */
class History {
  private readonly times: number[] = [];

  constructor(private readonly limits: Limit[]) {}

  /** Milliseconds until one more send fits every limit (0 = now). */
  waitFrom(now: number): number {
    let wait = 0;
    for (const { windowMs, max } of this.limits) {
      const span = windowMs * MARGIN;
      const inWindow = this.times.filter((t) => t > now - span);
      if (inWindow.length >= max) wait = Math.max(wait, inWindow[inWindow.length - max] + span - now);
    }
    return Math.ceil(wait);
  }

  record(now: number): void {
    this.times.push(now);
    this.expire(now);
  }

  expire(now: number): void {
    const keep = Math.max(...this.limits.map((l) => l.windowMs * MARGIN));
    while (this.times.length && this.times[0] <= now - keep) this.times.shift();
  }

  get empty(): boolean {
    return this.times.length === 0;
  }
}

export class SendPacer {
  private readonly conversations = new Map<string, History>();
  private readonly tenants = new Map<string, History>();
  private readonly heldUntil = new Map<string, number>();
  private readonly now: () => number;

  constructor(private readonly options: PacerOptions) {
    this.now = options.now ?? Date.now;
  }

  /**
   * Milliseconds to wait before sending to this conversation; when 0 the send is counted at once,
   * so concurrent callers never both take the last slot.
   */
  reserve(tenantId: string, conversationId: string): number {
    const now = this.now();
    const conversation = this.history(this.conversations, conversationId, CONVERSATION_LIMITS);
    // Evenly spaced as well as capped per second: bursts would bunch up in the connector's window.
    const perSecond = this.options.tenantPerSecond;
    const tenant = this.history(this.tenants, tenantId, [{ windowMs: 1000, max: perSecond }, { windowMs: 1000 / perSecond, max: 1 }]);
    const held = Math.max(0, (this.heldUntil.get(conversationId) ?? 0) - now);
    const wait = Math.max(held, conversation.waitFrom(now), tenant.waitFrom(now));
    if (wait > 0) return wait;
    this.heldUntil.delete(conversationId);
    conversation.record(now);
    tenant.record(now);
    return 0;
  }

  /** Waits for a free slot and takes it. */
  async take(tenantId: string, conversationId: string): Promise<void> {
    for (let wait = this.reserve(tenantId, conversationId); wait > 0; wait = this.reserve(tenantId, conversationId)) {
      await new Promise((resolve) => setTimeout(resolve, wait));
    }
  }

  /** After a 429: nothing more to this conversation until Retry-After has passed. */
  hold(conversationId: string, ms: number): void {
    this.heldUntil.set(conversationId, Math.max(this.heldUntil.get(conversationId) ?? 0, this.now() + ms));
  }

  /** Forgets conversations with nothing in their windows, so memory follows the live ones. */
  prune(): void {
    const now = this.now();
    for (const map of [this.conversations, this.tenants]) {
      for (const [key, history] of map) {
        history.expire(now);
        if (history.empty) map.delete(key);
      }
    }
  }

  private history(map: Map<string, History>, key: string, limits: Limit[]): History {
    let history = map.get(key);
    if (!history) {
      history = new History(limits);
      map.set(key, history);
    }
    return history;
  }
}
