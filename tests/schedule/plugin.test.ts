import { adminsOf, deliveryOf, type AnnualCycleContribution } from '../../src/core/annualCycle';
import type { FeatureModule } from '../../src/core/module';
import { say } from '../../src/core/turn';
import { periodAt } from '../../src/domain/period';
import { userKey } from '../../src/domain/roles';
import { modules } from '../../src/features';
import { ConnectorStandIn } from '../support/connector';
import { adminConversation, FANOUT_NOW, seedFanout } from '../support/fanout';
import { testScheduler } from '../support/scheduler';
import { startTestStore, type TestStore } from '../support/store';

let testStore: TestStore;
let connector: ConnectorStandIn;

beforeEach(async () => {
  testStore = await startTestStore();
  connector = await new ConnectorStandIn().start();
});
afterEach(async () => {
  await connector.stop();
  await testStore.close();
});

const DAY_MS = 24 * 3600_000;

/** A module the scheduler has never heard of: it thanks the admins once a month, with kinds of its own. */
const thanks: AnnualCycleContribution = {
  due: (_snapshot, now) => [{ kind: 'thanks', period: periodAt('monthly', now), at: new Date(now.getTime() - 60_000), until: new Date(now.getTime() + DAY_MS) }],
  plan: (snapshot, event) => adminsOf(snapshot).map((admin) => deliveryOf(snapshot, event, 'thankYou', userKey(admin), admin)),
  render: { thankYou: async (delivery, { snapshot }) => say(`Takk for innsatsen i ${snapshot.network.name}, ${delivery.person?.name}`) }
};
const thanksModule: FeatureModule = { name: 'thanks', annualCycle: thanks, personalData: 'none' };

describe('the årshjul plug-in point', () => {
  it('plans, sends and renders an event kind only a module knows, beside the check-in window and the digest', async () => {
    await seedFanout(testStore.store, { networks: 1, leadersPerNetwork: 2, serviceUrl: connector.url });
    const scheduler = testScheduler(testStore.store, { clock: () => FANOUT_NOW, modules: [...modules, thanksModule] });
    // Two reminders and the digest, as without the module, and the admin's thanks.
    expect(await scheduler.tick()).toMatchObject({ planned: 4, sent: 4, undeliverable: 0 });
    const toAdmin = connector.sent.filter((s) => s.conversationId === adminConversation(0));
    expect(toAdmin.map((s) => s.activity.text)).toEqual(['Takk for innsatsen i Region 0, Sekretær 0']);
    const event = await testStore.store.jobs.getEvent('fan-0', 'fan-0|thanks|2026-M12');
    expect(event).toMatchObject({ kind: 'thanks', period: '2026-M12' });
    const [delivery] = await testStore.store.jobs.deliveriesOf('fan-0', 'fan-0|thanks|2026-M12');
    expect(delivery).toMatchObject({ id: `fan-0|thanks|2026-M12|${userKey({ tenantId: 'fanout-tenant', aadObjectId: 'admin-0' })}`, kind: 'thankYou', state: 'sent' });
    // Planned once: the deterministic key stops a second round.
    expect(await scheduler.tick()).toMatchObject({ planned: 0, sent: 0 });
  });

  it('refuses two modules that claim the same delivery kind', () => {
    const again: FeatureModule = { name: 'thanksAgain', annualCycle: thanks, personalData: 'none' };
    expect(() => testScheduler(testStore.store, { clock: () => FANOUT_NOW, modules: [thanksModule, again] })).toThrow(/thankYou/);
  });
});
