import { ConnectorStandIn } from '../tests/support/connector';
import { FANOUT_NOW, seedFanout } from '../tests/support/fanout';
import { testScheduler } from '../tests/support/scheduler';
import { startTestStore } from '../tests/support/store';

export interface FanoutResult {
  expected: number;
  delivered: number;
  lost: number;
  duplicates: number;
  violations: number;
  ratePerSecond: number;
  ceiling: number;
  sendSeconds: number;
  planSeconds: number;
  peakRssMb: number;
}

/**
 * 5,000 1:1 reminders and 500 channel digests (500 networks × 10 leaders) through the real
 * scheduler, store and messenger, to a connector stand-in enforcing Teams' limits with the
 * tenant ceiling at `ceiling` requests per second.
 */
export async function benchFanout(networks = 500, leadersPerNetwork = 10, ceiling = 50): Promise<FanoutResult> {
  const testStore = await startTestStore();
  const connector = await new ConnectorStandIn().start();
  connector.enforceTeamsLimits(ceiling);
  let peakRss = process.memoryUsage().rss;
  const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 200);
  try {
    await seedFanout(testStore.store, { networks, leadersPerNetwork, serviceUrl: connector.url });
    const scheduler = testScheduler(testStore.store, { clock: () => FANOUT_NOW, instanceId: 'bench', leaseMs: 60_000, tenantPerSecond: ceiling });
    const started = performance.now();
    await scheduler.tick();
    await scheduler.stop();
    const first = connector.sent[0]?.at ?? started;
    const last = connector.sent.at(-1)?.at ?? started;
    const unique = new Set(connector.sent.map((s) => s.conversationId)).size;
    const expected = networks * leadersPerNetwork + networks;
    const sendSeconds = (last - first) / 1000;
    return {
      expected,
      delivered: unique,
      lost: expected - unique,
      duplicates: connector.sent.length - unique,
      violations: connector.violations,
      ratePerSecond: sendSeconds > 0 ? (connector.sent.length - 1) / sendSeconds : 0,
      ceiling,
      sendSeconds,
      planSeconds: (first - started) / 1000,
      peakRssMb: peakRss / 1e6
    };
  } finally {
    clearInterval(sampler);
    await connector.stop();
    await testStore.close();
  }
}
