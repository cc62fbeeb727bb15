import { ALEX, PLAYGROUND_TENANT } from '../../src/demo/people';
import type { AdaptiveCard } from '../../src/core/card';
import type { NetworkDirectory, ProfileStore, Store } from '../../src/core/store';
import type { Person, UserId } from '../../src/domain/types';
import { cardsOf, cardText, createHarness, testPerson, type Harness } from '../support/conversation';
import { startTestStore, type TestStore } from '../support/store';
import { seedDemo } from '../../src/demo/seed';

/**
 * What a `status` turn asks the store, and in which order: a returning person's networks are read
 * while their profile is read, one store round trip instead of two, and a wrong guess is never shown.
 */
const NOW = new Date('2026-11-25T10:00:00+01:00');
const GUNN: Person = testPerson(PLAYGROUND_TENANT, 1201, 'Gunn Grong');
const ALL_NETWORKS = 'indre-namdal,kongsbergregionen,nav-indre-salten,solor';

let testStore: TestStore;
let harness: Harness;
/** The store calls of the turns since the last `asked()`, in the order they started or answered. */
let calls: string[] = [];

/** The real store, noting when a profile read starts and answers and which networks are read. */
function watched(real: Store): Store {
  const profiles: ProfileStore = Object.assign(Object.create(real.profiles) as ProfileStore, {
    get: async (user: UserId) => {
      calls.push('profile asked');
      const profile = await real.profiles.get(user);
      calls.push('profile answered');
      return profile;
    }
  });
  const directory: NetworkDirectory = Object.assign(Object.create(real.directory) as NetworkDirectory, {
    loadNetworks: (networkIds: string[]) => {
      calls.push(`networks ${[...networkIds].sort().join(',')}`);
      return real.directory.loadNetworks(networkIds);
    }
  });
  return { ...real, profiles, directory };
}

/** The calls of one message. */
async function asked(person: Person, text: string) {
  calls = [];
  const replies = await harness.personal(person).send(text);
  return { calls, cards: cardsOf(replies) };
}

const titles = (cards: AdaptiveCard[]) => cards.map((c) => c.body[0]!.text);

beforeAll(async () => {
  testStore = await startTestStore();
  await seedDemo(testStore.store, NOW);
  await testStore.store.profiles.put({ ...GUNN, memberships: [{ networkId: 'indre-namdal', roles: ['folkevalgt'], municipalityId: 'grong' }] });
  harness = await createHarness(watched(testStore.store), { now: NOW });
  for (const person of [ALEX, GUNN]) await harness.personal(person).send('hei');
});

afterAll(async () => {
  await harness.close();
  await testStore.close();
});

describe('what a status turn asks the store', () => {
  it('reads a returning person’s networks while it reads the profile, once, and shows every network', async () => {
    await asked(ALEX, 'status');
    const again = await asked(ALEX, 'status');
    expect(again.calls).toEqual([`networks ${ALL_NETWORKS}`, 'profile asked', 'profile answered']);
    expect(titles(again.cards)).toEqual(['Status – Indre Namdal', 'Status – Kongsbergregionen', 'Status – NAV Indre Salten', 'Status – Solør']);
  });

  it('reads no network for a command that needs none', async () => {
    await asked(ALEX, 'status');
    expect((await asked(ALEX, 'hjelp')).calls).toEqual(['profile asked', 'profile answered']);
  });

  it('never shows a network the person was taken out of since their last turn: the guess is read, dropped and read again', async () => {
    await asked(ALEX, 'status');
    const before = (await testStore.store.profiles.get(ALEX))!;
    await testStore.store.profiles.put({ ...before, memberships: before.memberships.filter((m) => m.networkId !== 'kongsbergregionen') });
    try {
      const after = await asked(ALEX, 'status');
      expect(after.calls).toEqual([`networks ${ALL_NETWORKS}`, 'profile asked', 'profile answered', 'networks indre-namdal,nav-indre-salten,solor']);
      expect(titles(after.cards)).toEqual(['Status – Indre Namdal', 'Status – NAV Indre Salten', 'Status – Solør']);
      expect(after.cards.map(cardText).join()).not.toContain('Kongsberg');
    } finally {
      await testStore.store.profiles.put(before);
    }
  });

  it('gives a chief executive and a politician asking in turn each their own overview', async () => {
    const rows = (cards: AdaptiveCard[]) => cards[0]!.body.filter((e) => e.type === 'Container').length;
    const whole = await asked(ALEX, 'status Indre Namdal');
    const grong = await asked(GUNN, 'status');
    const wholeAgain = await asked(ALEX, 'status Indre Namdal');
    expect(rows(grong.cards)).toBeLessThan(rows(whole.cards));
    expect(rows(wholeAgain.cards)).toBe(rows(whole.cards));
    expect(cardText(wholeAgain.cards[0]!)).toBe(cardText(whole.cards[0]!));
    expect(rows((await asked(GUNN, 'status')).cards)).toBe(rows(grong.cards));
  });
});
