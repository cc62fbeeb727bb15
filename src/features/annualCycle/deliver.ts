import type { ConversationReference } from '../../domain/types';
import type { SendPacer } from '../../outbound/pacer';
import type { Delivery, JobStore } from '../../core/store';
import { DeliveryFailure, type Messenger } from '../../core/messenger';
import { type Logger } from '../../core/log';
import { type Reply } from '../../core/turn';

export interface DeliveryOptions {
  jobs: JobStore;
  messenger: Messenger;
  pacer: SendPacer;
  log: Logger;
  now: () => Date;
  /** Sends in flight at once; the pacer decides the rate. */
  concurrency: number;
  /** False once this instance may no longer send (lease lost, shutting down): the rest stays pending. */
  mayContinue: () => boolean;
  render(delivery: Delivery): Promise<Reply | undefined>;
  /** The conversation is gone or the bot is blocked: forget the reference. */
  unreachable(delivery: Delivery): Promise<void>;
  /** Opens the 1:1 chat with a team member who has none yet, and remembers it for next time. */
  openChat(delivery: Delivery): Promise<ConversationReference>;
}

export interface DeliveryReport {
  sent: number;
  skipped: number;
  undeliverable: number;
  /** Still pending after this run (retry later, or stopped early). */
  deferred: number;
  retries: number;
}

/** Tries within one run before a delivery waits for a later one. */
const MAX_ATTEMPTS = 6;
const BACKOFF_BASE_MS = 500;
const BACKOFF_MAX_MS = 30_000;
const RETRY_LATER_MS = 5 * 60_000;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const backoff = (attempt: number) => {
  const ceiling = Math.min(BACKOFF_MAX_MS, BACKOFF_BASE_MS * 2 ** attempt);
  return ceiling / 2 + Math.random() * (ceiling / 2);
};

/**
 * Sends every delivery at most once per success: each is recorded as sent right after the
 * connector took it. Throttling and brief failures are retried with backoff; 403/404 mark the
 * reference unreachable; anything still failing stays pending for a later run.
 */
export async function deliverAll(deliveries: Delivery[], options: DeliveryOptions): Promise<DeliveryReport> {
  const report: DeliveryReport = { sent: 0, skipped: 0, undeliverable: 0, deferred: 0, retries: 0 };
  const queue = [...deliveries];
  const worker = async () => {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const outcome = options.mayContinue() ? await deliverOne(next, options, report) : 'deferred';
      report[outcome]++;
    }
  };
  await Promise.all(Array.from({ length: Math.min(options.concurrency, deliveries.length) }, worker));
  return report;
}

type Outcome = 'sent' | 'skipped' | 'undeliverable' | 'deferred';

async function deliverOne(delivery: Delivery, options: DeliveryOptions, report: DeliveryReport): Promise<Outcome> {
  const { jobs, now, pacer } = options;
  let current = delivery;
  const finish = async (patch: Partial<Delivery>, outcome: Outcome): Promise<Outcome> => {
    await jobs.putDelivery({ ...current, ...patch });
    return outcome;
  };
  if (now().toISOString() >= delivery.until) return finish({ state: 'skipped', failure: 'stale' }, 'skipped');
  const reply = await options.render(delivery);
  if (!reply) return finish({ state: 'skipped', failure: 'notNeeded' }, 'skipped');
  const tenantId = (delivery.reference ?? delivery.member)!.tenantId;
  for (let attempt = 1; attempt <= MAX_ATTEMPTS; attempt++) {
    // Until the chat exists, the request that opens it is paced under the person's own key.
    const pacingKey = () => current.reference?.conversationId ?? `new:${current.member!.userId}`;
    await pacer.take(tenantId, pacingKey());
    if (!options.mayContinue()) return 'deferred';
    try {
      if (!current.reference) {
        current = { ...current, reference: await options.openChat(current) };
        await pacer.take(tenantId, pacingKey());
      }
      await options.messenger.send(current.reference!, reply);
      return finish({ state: 'sent', sentAt: now().toISOString(), attempts: delivery.attempts + attempt }, 'sent');
    } catch (error) {
      if (!(error instanceof DeliveryFailure)) throw error;
      options.log.warn({ deliveryId: delivery.id, status: error.status, attempt }, 'delivery failed');
      if (error.unreachable || !error.transient) {
        if (error.unreachable) await options.unreachable(current);
        return finish({ state: 'undeliverable', failure: String(error.status), attempts: delivery.attempts + attempt }, 'undeliverable');
      }
      report.retries++;
      if (error.status === 429) pacer.hold(pacingKey(), error.retryAfterMs ?? backoff(attempt));
      else await sleep(backoff(attempt));
    }
  }
  const later = new Date(now().getTime() + RETRY_LATER_MS).toISOString();
  return finish({ attempts: delivery.attempts + MAX_ATTEMPTS, notBefore: later }, 'deferred');
}
