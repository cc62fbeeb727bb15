import pino from 'pino';
import { ConnectorMessenger } from '../../src/bot/messenger';
import { Scheduler } from '../../src/features/schedule/scheduler';
import { TemplateVersions } from '../../src/core/templateVersions';
import type { Store } from '../../src/core/store';
import { catalogues, modules } from '../../src/features';


/** The real scheduler on a store, sending over HTTP to loopback, for tests and benchmarks that call tick() themselves. */
export function testScheduler(store: Store, options: { clock: () => Date; instanceId?: string; tenantPerSecond?: number; leaseMs?: number }): Scheduler {
  return new Scheduler({
    store,
    messenger: new ConnectorMessenger({ loopbackOnly: true }),
    templates: new TemplateVersions(store.directory),
    log: pino({ level: 'silent' }),
    catalogues,
    modules,
    clock: options.clock,
    instanceId: options.instanceId ?? 'test-instance',
    intervalMs: 60_000,
    leaseMs: options.leaseMs ?? 30_000,
    tenantPerSecond: options.tenantPerSecond ?? 30
  });
}
