import { seedDemo } from '../../src/demo/seed';
import { ALEX } from '../../src/demo/people';
import { StoreUnavailable, type Store } from '../../src/core/store';
import { cardsOf, cardText, createHarness, filledCheckIn, textsOf, type Harness } from '../support/conversation';
import { testScheduler } from '../support/scheduler';
import { startSilentProxy, startTestStore, type TestStore } from '../support/store';
import { createCosmosClient } from '../../src/store/client';
import { openCosmosStore } from '../../src/store/cosmos';

const NOW = new Date('2026-11-25T10:00:00+01:00');
const STORE_UNAVAILABLE = 'Jeg får ikke kontakt med lagringen akkurat nå. Prøv igjen om litt – ingenting er endret.';
const SUBMIT = { verb: 'checkin.submit', networkId: 'indre-namdal', collaborationId: 'in-lonn', period: '2026-M11', templateVersion: 1 };

let testStore: TestStore;

beforeEach(async () => {
  testStore = await startTestStore();
  await seedDemo(testStore.store, NOW);
});

afterEach(async () => {
  await testStore.close();
});

/** A real repository with some methods replaced, to make them fail as Cosmos DB does when throttled or away. */
const overriding = <T extends object>(repository: T, methods: Partial<T>): T => Object.assign(Object.create(repository), methods);

const harnesses: Harness[] = [];
const open = async (...args: Parameters<typeof createHarness>) => {
  const harness = await createHarness(...args);
  harnesses.push(harness);
  return harness;
};

afterEach(async () => {
  await Promise.all(harnesses.splice(0).map((h) => h.close()));
});

describe('store outages', () => {
  it('tells the user when the store is down, and keeps answering once it is back', async () => {
    let down = true;
    const real = testStore.store;
    const store: Store = {
      ...real,
      profiles: overriding(real.profiles, { get: (user) => (down ? Promise.reject(new StoreUnavailable('ECONNREFUSED')) : real.profiles.get(user)) })
    };
    const harness = await open(store, { now: NOW });
    expect(textsOf(await harness.personal(ALEX).send('status'))).toEqual([STORE_UNAVAILABLE]);
    down = false;
    expect(cardsOf(await harness.personal(ALEX).send('status')).map(cardText).join()).toContain('Status – Indre Namdal');
  });

  it('says plainly that an answer was not saved when the write fails, and stores nothing', async () => {
    const real = testStore.store;
    const store: Store = {
      ...real,
      checkIns: overriding(real.checkIns, { saveIfUnchanged: () => Promise.reject(new StoreUnavailable('503 Service Unavailable')) })
    };
    const harness = await open(store, { now: NOW });
    const replies = await harness.personal(ALEX).submit({ ...SUBMIT, ...filledCheckIn() });
    expect(textsOf(replies)).toContain(
      'Svaret ble ikke lagret fordi lagringen ikke svarer. Svarene dine står fortsatt i kortet – trykk «Send inn» igjen om litt.'
    );
    expect(await testStore.store.checkIns.listSince('in-lonn', '2026-M11')).toHaveLength(0);
  });

  it('says so when an answer is stored but the status write fails, and the next scheduler round shows it, even after a restart', async () => {
    const real = testStore.store;
    const store: Store = {
      ...real,
      directory: overriding(real.directory, { updateCollaboration: () => Promise.reject(new StoreUnavailable('timeout')) })
    };
    const harness = await open(store, { now: NOW });
    const answer = filledCheckIn({ overall: 'red', overallComment: 'Lønnskjøringen stanset', decisionNeeded: 'true', decisionText: 'Velge reserveløsning' });
    const receipt = cardText(cardsOf(await harness.personal(ALEX).submit({ ...SUBMIT, ...answer })).at(-1)!);
    expect(receipt).toContain('Takk! Innsjekken er lagret');
    expect(receipt).toContain('Svaret er lagret, men statusen viser det ikke ennå.');

    // A restart: a new bot and a new scheduler on the same store, without the fault.
    const restarted = await open(real, { now: NOW });
    expect(cardText(cardsOf(await restarted.personal(ALEX).send('hva er rødt?'))[0])).not.toContain('Lønnskjøringen stanset');
    await testScheduler(real, { clock: () => NOW }).tick();
    const red = cardText(cardsOf(await restarted.personal(ALEX).send('hva er rødt?'))[0]);
    expect(red).toContain('Lønn (Indre Namdal) – Rød');
    expect(red).toContain('Lønnskjøringen stanset');
    expect(cardText(cardsOf(await restarted.personal(ALEX).send('hva trenger beslutning?'))[0])).toContain('Velge reserveløsning');
    expect(await real.checkIns.pendingFolds()).toEqual([]);
  });

  it('answers within the turn when the store accepts connections but never answers, and the redelivery stores the answer once', async () => {
    const proxy = await startSilentProxy(testStore.server.endpoint);
    const client = createCosmosClient({ endpoint: proxy.endpoint, key: testStore.server.key, embedded: true, requestTimeoutMs: 200 });
    try {
      const store = await openCosmosStore(client, testStore.databaseId);
      const harness = await open(store, { now: NOW, turnDeadlineMs: 1000 });
      const delivery = { id: 'teams-activity-1', type: 'message', value: { ...SUBMIT, ...filledCheckIn() } };
      proxy.silent = true;
      expect(textsOf(await harness.personal(ALEX).send('status'))).toEqual([STORE_UNAVAILABLE]);
      expect(textsOf(await harness.personal(ALEX).send(delivery))).toEqual([STORE_UNAVAILABLE]);

      proxy.silent = false;
      expect(cardText(cardsOf(await harness.personal(ALEX).send(delivery)).at(-1)!)).toContain('Takk! Innsjekken er lagret');
      const stored = await testStore.store.checkIns.listSince('in-lonn', '2026-M11');
      expect(stored).toHaveLength(1);
      expect(stored[0].revision).toBe(1);
      await harness.personal(ALEX).send(delivery);
      expect((await testStore.store.checkIns.listSince('in-lonn', '2026-M11')).map((c) => c.revision)).toEqual([1]);
    } finally {
      client.dispose();
      await proxy.close();
    }
  });

  it('reports the answer as saved even when the channel cannot be reached', async () => {
    const harness = await open(testStore.store, {
      now: NOW,
      messenger: {
        send: () => Promise.reject(new Error('connect ECONNREFUSED')),
        openPersonalChat: () => Promise.reject(new Error('connect ECONNREFUSED')),
        teamMembers: () => Promise.reject(new Error('connect ECONNREFUSED'))
      }
    });
    await harness.channel(ALEX, { id: '19:lonn@thread.tacv2', name: 'Lønn' }).send('koble lønn');
    const receipt = cardText(cardsOf(await harness.personal(ALEX).submit({ ...SUBMIT, ...filledCheckIn() })).at(-1)!);
    expect(receipt).toContain('Takk! Innsjekken er lagret');
    expect(receipt).toContain('Svaret er lagret, men oppsummeringen kunne ikke sendes til kanalen nå.');
  });
});
