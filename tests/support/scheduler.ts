import pino from 'pino';
import { ConnectorMessenger } from '../../src/bot/messenger';
import { modules } from '../../src/features';
import { Scheduler } from '../../src/features/schedule/scheduler';
import { TemplateVersions } from '../../src/core/templateVersions';
import { nb } from '../../src/i18n/nb';
import type { FeatureModule } from '../../src/core/module';
import type { Store } from '../../src/core/store';

/** The real scheduler on a store, sending over HTTP to loopback, for tests and benchmarks that call tick() themselves. */
export function testScheduler(store: Store, options: { clock: () => Date; instanceId?: string; tenantPerSecond?: number; leaseMs?: number; modules?: readonly FeatureModule[] }): Scheduler {
  return new Scheduler({
    modules: options.modules ?? modules,
    store,
    messenger: new ConnectorMessenger({ loopbackOnly: true }),
    templates: new TemplateVersions(store.directory),
    log: pino({ level: 'silent' }),
    t: nb,
    clock: options.clock,
    instanceId: options.instanceId ?? 'test-instance',
    intervalMs: 60_000,
    leaseMs: options.leaseMs ?? 30_000,
    tenantPerSecond: options.tenantPerSecond ?? 30
  });
}
