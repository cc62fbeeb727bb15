import pino from 'pino';
import { ConnectorMessenger } from '../../src/bot/messenger';
import { Scheduler } from '../../src/features/annualCycle/scheduler';
import { TemplateVersions } from '../../src/core/templateVersions';
import type { FeatureModule } from '../../src/core/module';
import type { Store } from '../../src/core/store';
import type { DocumentStore } from '../../src/core/documents';
import type { Links } from '../../src/core/options';
import { catalogues, modules } from '../../src/features';

/** The real scheduler on a store, sending over HTTP to loopback, for tests and benchmarks that call tick() themselves. */
export function testScheduler(store: Store, options: { clock: () => Date; instanceId?: string; tenantPerSecond?: number; leaseMs?: number; modules?: readonly FeatureModule[]; documents?: DocumentStore; links?: Links }): Scheduler {
  return new Scheduler({
    modules: options.modules ?? modules,
    store,
    messenger: new ConnectorMessenger({ loopbackOnly: true }),
    templates: new TemplateVersions(store.directory),
    // Only a meeting's report files a document: tests that send one give their own store (and close it).
    documents: options.documents ?? { put: () => Promise.reject(new Error('no document store in this test')), get: () => Promise.resolve(undefined) },
    links: options.links ?? { baseUrl: 'http://127.0.0.1:9', secret: 'scheduler-test-secret-long-enough' },
    log: pino({ level: 'silent' }),
    catalogues,
    clock: options.clock,
    instanceId: options.instanceId ?? 'test-instance',
    intervalMs: 60_000,
    leaseMs: options.leaseMs ?? 30_000,
    tenantPerSecond: options.tenantPerSecond ?? 30
  });
}

/** Scheduler rounds at `now` until nothing is left to send or plan (Teams' per-chat limits spread many messages over rounds). */
export async function runSchedulerAt(store: Store, now: () => Date): Promise<void> {
  const instance = testScheduler(store, { clock: now });
  for (let i = 0; i < 10; i++) {
    const report = await instance.tick();
    if (!report?.sent && !report?.deferred && !report?.planned) break;
  }
  await instance.stop();
}
