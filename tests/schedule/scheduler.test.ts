import { DateTime } from 'luxon';
import type { Scheduler } from '../../src/features/annualCycle/scheduler';
import type { Store } from '../../src/core/store';
import { ConnectorStandIn, type SentActivity } from '../support/connector';
import { adminConversation, digestConversation, FANOUT_NOW, leaderConversation, seedFanout } from '../support/fanout';
import { testScheduler } from '../support/scheduler';
import { startTestStore, type TestStore } from '../support/store';

let testStore: TestStore;
let connector: ConnectorStandIn;

beforeEach(async () => {
  testStore = await startTestStore();
  connector = await new ConnectorStandIn().start();
  connector.enforceTeamsLimits(30);
});
afterEach(async () => {
  await connector.stop();
  await testStore.close();
});

function scheduler(store: Store, options: { now?: Date; instanceId?: string } = {}): Scheduler {
  return testScheduler(store, { clock: () => options.now ?? FANOUT_NOW, instanceId: options.instanceId });
}

const to = (conversationId: string) => connector.sent.filter((s) => s.conversationId === conversationId);
const says = (sent: SentActivity[], text: string) => sent.filter((s) => JSON.stringify(s.activity).includes(text));

describe('the årshjul scheduler', () => {
  it('sends each leader the reminder with the check-in card and each leadership channel the digest, once', async () => {
    await seedFanout(testStore.store, { networks: 3, leadersPerNetwork: 4, serviceUrl: connector.url });
    const report = await scheduler(testStore.store).tick();
    expect(report).toMatchObject({ planned: 15, sent: 15, undeliverable: 0, deferred: 0 });
    for (let n = 0; n < 3; n++) {
      for (let i = 0; i < 4; i++) {
        const sent = to(leaderConversation(n, i));
        expect(sent).toHaveLength(1);
        expect(says(sent, 'Påminnelse: vi mangler fortsatt innsjekken din for november 2026')).toHaveLength(1);
        expect(says(sent, 'Input.ChoiceSet')).toHaveLength(1);
      }
      expect(says(to(digestConversation(n)), `Sammendrag november 2026 – Region ${n}`)).toHaveLength(1);
      expect(says(to(digestConversation(n)), 'Har ikke rapportert')).toHaveLength(1);
    }
    const again = await scheduler(testStore.store).tick();
    expect(again).toMatchObject({ planned: 0, sent: 0 });
    expect(connector.sent).toHaveLength(15);
    expect(connector.violations).toBe(0);
  });

  it('sends nothing outside office hours and catches up on the next working morning', async () => {
    await seedFanout(testStore.store, { networks: 1, leadersPerNetwork: 2, serviceUrl: connector.url });
    const evening = DateTime.fromISO('2026-12-01T17:30', { zone: 'Europe/Oslo' }).toJSDate();
    expect(await scheduler(testStore.store, { now: evening }).tick()).toMatchObject({ planned: 3, sent: 0 });
    expect(connector.sent).toHaveLength(0);
    const morning = DateTime.fromISO('2026-12-02T08:00', { zone: 'Europe/Oslo' }).toJSDate();
    expect(await scheduler(testStore.store, { now: morning }).tick()).toMatchObject({ sent: 3 });
  });

  it('gets everything through a connector that throttles with Retry-After and has brief outages', async () => {
    await seedFanout(testStore.store, { networks: 2, leadersPerNetwork: 5, serviceUrl: connector.url });
    const seen = new Map<string, number>();
    connector.respondWith((sent) => {
      const count = (seen.get(sent.conversationId) ?? 0) + 1;
      seen.set(sent.conversationId, count);
      if (count > 1) return undefined;
      return sent.conversationId.endsWith('-0') ? { status: 429, headers: { 'retry-after': '1' } } : sent.conversationId.endsWith('-1') ? { status: 503 } : undefined;
    });
    const report = await scheduler(testStore.store).tick();
    expect(report).toMatchObject({ sent: 12, undeliverable: 0, deferred: 0 });
    expect(report!.retries).toBe(4);
    for (let n = 0; n < 2; n++) for (let i = 0; i < 5; i++) expect(to(leaderConversation(n, i))).toHaveLength(1);
    expect(connector.violations).toBe(0);
  });

  it('stays within the per-conversation limits when one person gets many messages', async () => {
    const { leaders } = await seedFanout(testStore.store, { networks: 1, leadersPerNetwork: 12, serviceUrl: connector.url });
    // One person leads all twelve collaborations: twelve check-in cards to one chat.
    const { collaborations } = await testStore.store.directory.loadNetworks(['fan-0']);
    for (const c of collaborations) await testStore.store.directory.putCollaboration({ ...c, leaders: [leaders[0]] });
    const started = Date.now();
    expect(await scheduler(testStore.store).tick()).toMatchObject({ sent: 13 });
    expect(to(leaderConversation(0, 0))).toHaveLength(12);
    expect(connector.violations).toBe(0);
    // 8 per 2 seconds: the last four had to wait for the window.
    expect(Date.now() - started).toBeGreaterThanOrEqual(2000);
  });

  it('gives up on 403, forgets the chat and tells the admins who could not be reached', async () => {
    const { leaders } = await seedFanout(testStore.store, { networks: 1, leadersPerNetwork: 3, serviceUrl: connector.url });
    connector.respondWith((sent) => (sent.conversationId === leaderConversation(0, 2) ? { status: 403 } : undefined));
    const tick = scheduler(testStore.store);
    expect(await tick.tick()).toMatchObject({ sent: 3, undeliverable: 1 });
    const profile = await testStore.store.profiles.get(leaders[2]);
    expect(profile?.personalConversation).toBeUndefined();
    expect((await testStore.store.conversations.get(leaderConversation(0, 2)))?.active).toBe(false);
    // The next round tells the admin, naming the person.
    expect(await tick.tick()).toMatchObject({ sent: 1 });
    const notice = to(adminConversation(0));
    expect(says(notice, 'Noen kan ikke nås – Region 0')).toHaveLength(1);
    expect(says(notice, 'Leder 0-2')).toHaveLength(1);
    expect(await tick.tick()).toMatchObject({ sent: 0 });
    expect(to(adminConversation(0))).toHaveLength(1);
  });

  it('runs on one instance at a time', async () => {
    await seedFanout(testStore.store, { networks: 1, leadersPerNetwork: 2, serviceUrl: connector.url });
    const [a, b] = await Promise.all([
      scheduler(testStore.store, { instanceId: 'a' }).tick(),
      scheduler(testStore.store, { instanceId: 'b' }).tick()
    ]);
    expect([a, b].filter(Boolean)).toHaveLength(1);
    expect(connector.sent).toHaveLength(3);
  });

  it('waits out Teams’ one-second tenant window when it takes the lease over from another instance', async () => {
    const first = scheduler(testStore.store, { instanceId: 'a' });
    await first.tick();
    await first.stop();
    await seedFanout(testStore.store, { networks: 1, leadersPerNetwork: 2, serviceUrl: connector.url });
    const takenOver = performance.now();
    await scheduler(testStore.store, { instanceId: 'b' }).tick();
    expect(connector.sent).toHaveLength(3);
    expect(connector.sent[0]!.at - takenOver).toBeGreaterThanOrEqual(1000);
  });
});
