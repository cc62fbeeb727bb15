import { seedDemo } from '../../src/demo/seed';
import { ALEX } from '../../src/demo/people';
import { StoreUnavailable, type Store } from '../../src/core/store';
import { cardsOf, cardText, createHarness, filledCheckIn, textsOf, type Harness } from '../support/conversation';
import { startTestStore, type TestStore } from '../support/store';

const NOW = new Date('2026-11-25T10:00:00+01:00');
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
    expect(textsOf(await harness.personal(ALEX).send('status'))).toEqual([
      'Jeg får ikke kontakt med lagringen akkurat nå. Prøv igjen om litt – ingenting er endret.'
    ]);
    down = false;
    expect(cardsOf(await harness.personal(ALEX).send('status')).map(cardText).join()).toContain('Status – Indre Namdal');
  });

  it('says plainly that an answer was not saved when the write fails, and stores nothing', async () => {
    const real = testStore.store;
    const store: Store = {
      ...real,
      checkIns: overriding(real.checkIns, { save: () => Promise.reject(new StoreUnavailable('503 Service Unavailable')) })
    };
    const harness = await open(store, { now: NOW });
    const replies = await harness.personal(ALEX).submit({ ...SUBMIT, ...filledCheckIn() });
    expect(textsOf(replies)).toContain(
      'Svaret ble ikke lagret fordi lagringen ikke svarer. Svarene dine står fortsatt i kortet – trykk «Send inn» igjen om litt.'
    );
    expect(await testStore.store.checkIns.listSince('in-lonn', '2026-M11')).toHaveLength(0);
  });

  it('keeps an accepted answer when the status fold fails, and the next check-in heals the status', async () => {
    let foldFails = true;
    const real = testStore.store;
    const store: Store = {
      ...real,
      directory: overriding(real.directory, {
        replaceCollaboration: (c, etag) => (foldFails ? Promise.reject(new StoreUnavailable('timeout')) : real.directory.replaceCollaboration(c, etag))
      })
    };
    const harness = await open(store, { now: NOW });
    const receipt = cardText(cardsOf(await harness.personal(ALEX).submit({ ...SUBMIT, ...filledCheckIn({ overall: 'red', overallComment: 'Stans' }) })).at(-1)!);
    expect(receipt).toContain('Takk! Innsjekken er lagret');
    expect((await testStore.store.checkIns.listSince('in-lonn', '2026-M11'))[0].answers.overall).toBe('red');
    expect((await testStore.store.directory.getCollaboration('indre-namdal', 'in-lonn'))!.value.status.periods[0].period).not.toBe('2026-M11');

    foldFails = false;
    await harness.personal(ALEX).submit({ ...SUBMIT, ...filledCheckIn({ overall: 'red', overallComment: 'Fortsatt stans' }) });
    const status = (await testStore.store.directory.getCollaboration('indre-namdal', 'in-lonn'))!.value.status;
    expect(status.periods[0]).toMatchObject({ period: '2026-M11', overall: 'red' });
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
