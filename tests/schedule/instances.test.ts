import type { ChildProcess } from 'node:child_process';
import { startBot } from '../../src/index';
import { ConnectorStandIn } from '../support/connector';
import { seedFanout } from '../support/fanout';
import { spawnBot, stopProcess } from '../support/process';
import { startTestStore, type TestStore } from '../support/store';

/**
 * Bot processes sharing one store, as several App Service instances share one Cosmos DB account:
 * the scheduler lease makes each reminder and digest go out once, and a process killed in the
 * middle of a fan-out is taken over without losing anything.
 */
let testStore: TestStore;
let connector: ConnectorStandIn;
const children: ChildProcess[] = [];

/**
 * The stand-in enforces a tenant ceiling half again above the rate the bots pace to, as production
 * paces 30 a second under Teams' 50: separate processes on a loaded machine send on time, but their
 * requests can arrive bunched. Two instances sending at once would still break it.
 */
const ceilingFor = (tenantPerSecond: number) => Math.floor(tenantPerSecond * 1.5);

const instanceEnv = (tenantPerSecond: number) => ({
  ...process.env,
  PORT: '0',
  COSMOS_ENDPOINT: testStore.server.endpoint,
  COSMOS_KEY: testStore.server.key,
  COSMOS_DATABASE: testStore.databaseId,
  SAMPULS_CLOCK: '2026-12-01T10:00',
  SCHEDULER_INTERVAL_SECONDS: '1',
  SCHEDULER_LEASE_SECONDS: '3',
  TENANT_SENDS_PER_SECOND: String(tenantPerSecond),
  LOG_LEVEL: 'info'
});

async function startInstance(tenantPerSecond: number): Promise<ChildProcess> {
  const { child, ready } = spawnBot(instanceEnv(tenantPerSecond));
  children.push(child);
  await ready;
  return child;
}

async function until(condition: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!condition()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** How many messages each conversation received. */
const counts = () => {
  const byConversation = new Map<string, number>();
  for (const s of connector.sent) byConversation.set(s.conversationId, (byConversation.get(s.conversationId) ?? 0) + 1);
  return byConversation;
};

beforeEach(async () => {
  testStore = await startTestStore();
  connector = await new ConnectorStandIn().start();
});

afterEach(async () => {
  await Promise.all(children.splice(0).map((c) => stopProcess(c, 'SIGKILL')));
  await connector.stop();
  await testStore.close();
});

it('three instances on one store deliver each reminder and digest exactly once', async () => {
  connector.enforceTeamsLimits(ceilingFor(30));
  await seedFanout(testStore.store, { networks: 4, leadersPerNetwork: 10, serviceUrl: connector.url });
  await Promise.all([startInstance(30), startInstance(30), startInstance(30)]);
  await until(() => connector.sent.length >= 44, 30_000);
  // Several more scheduler rounds on every instance: nothing more may arrive.
  await new Promise((resolve) => setTimeout(resolve, 3000));
  const received = counts();
  expect(received.size).toBe(44);
  expect([...received.values()].every((n) => n === 1)).toBe(true);
  expect(connector.violations).toBe(0);
}, 60_000);

it('a fan-out killed with SIGKILL halfway is finished by the next instance, with nothing lost', async () => {
  connector.enforceTeamsLimits(ceilingFor(20));
  connector.delayMs = 20;
  await seedFanout(testStore.store, { networks: 8, leadersPerNetwork: 25, serviceUrl: connector.url });
  const first = await startInstance(20);
  await until(() => connector.sent.length >= 60, 30_000);
  await stopProcess(first, 'SIGKILL');
  const atKill = connector.sent.length;
  expect(atKill).toBeLessThan(208);
  await startInstance(20);
  await until(() => counts().size === 208, 60_000);
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const received = counts();
  const duplicates = [...received.values()].reduce((sum, n) => sum + n - 1, 0);
  expect(received.size).toBe(208);
  // At most the sends in flight at the moment of the kill can arrive twice (16 at a time).
  expect(duplicates).toBeLessThanOrEqual(16);
  expect(connector.violations).toBe(0);
}, 90_000);

it('sends nothing before the client it sends to is up, then everything that is due', async () => {
  await seedFanout(testStore.store, { networks: 1, leadersPerNetwork: 3, serviceUrl: connector.url });
  let clientUp = (): void => undefined;
  const bot = await startBot({ ...instanceEnv(30), LOG_LEVEL: 'silent' }, { schedulerAfter: new Promise<void>((resolve) => (clientUp = resolve)) });
  try {
    // Three scheduler rounds would have sent everything by now.
    await new Promise((resolve) => setTimeout(resolve, 3000));
    expect(connector.sent).toHaveLength(0);
    clientUp();
    // The three leaders and the council channel, once each.
    await until(() => counts().size === 4, 15_000);
    expect([...counts().values()]).toEqual([1, 1, 1, 1]);
  } finally {
    await bot.stop();
  }
}, 30_000);
