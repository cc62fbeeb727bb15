import { BOT, createHarness, TEAM_ID, type Harness } from '../support/conversation';
import { FANOUT_NOW, seedFanout } from '../support/fanout';
import { testScheduler } from '../support/scheduler';
import { startTestStore, type TestStore } from '../support/store';
import type { Person } from '../../src/domain/types';

let testStore: TestStore;
let harness: Harness;
let leaders: Person[];
let admin: Person;

const userId = (person: Person) => `29:${person.aadObjectId}`;
const rosterEntry = (person: Person) => ({ id: userId(person), aadObjectId: person.aadObjectId, name: person.name });
const to = (conversationId: string) => harness.connector.sent.filter((s) => s.conversationId === conversationId);

/** Leaders who never opened Sampuls: their profiles have no 1:1 chat. */
async function forgetChats(people: Person[]): Promise<void> {
  for (const person of people) {
    const { personalConversation, ...profile } = (await testStore.store.profiles.get(person))!;
    await testStore.store.profiles.put(profile);
  }
}

beforeEach(async () => {
  testStore = await startTestStore();
  harness = await createHarness(testStore.store, { now: FANOUT_NOW });
  ({ leaders, admins: [admin] } = await seedFanout(testStore.store, { networks: 1, leadersPerNetwork: 3, serviceUrl: harness.connector.url }));
  await forgetChats(leaders.slice(0, 2));
});
afterEach(async () => {
  await harness.close();
  await testStore.close();
});

describe('leaders who never wrote to Sampuls', () => {
  it('get their reminder in a 1:1 chat the bot opens, because the bot was added to their team', async () => {
    // Three pages of roster: the bot must follow the continuation token.
    const others = Array.from({ length: 1100 }, (_, i) => ({ id: `29:other-${i}`, aadObjectId: `other-${i}`, name: `Ansatt ${i}` }));
    harness.connector.rosters.set(TEAM_ID, [...others, ...leaders.map(rosterEntry), { ...BOT, aadObjectId: '' }]);
    await harness.channel(admin, { id: TEAM_ID, name: 'General' }).send({ type: 'conversationUpdate', membersAdded: [BOT] });

    const report = await testScheduler(testStore.store, { clock: () => FANOUT_NOW }).tick();
    expect(report).toMatchObject({ sent: 4, undeliverable: 0 }); // three reminders and the digest
    for (const leader of leaders.slice(0, 2)) {
      const chat = `a:chat-${userId(leader)}`;
      expect(to(chat)).toHaveLength(1);
      expect(JSON.stringify(to(chat)[0].activity)).toContain('Påminnelse: vi mangler fortsatt innsjekken din for november 2026');
      expect((await testStore.store.profiles.get(leader))?.personalConversation?.conversationId).toBe(chat);
    }
    // The leader who already had a chat is written to there; nobody else gets a chat opened.
    expect(harness.connector.opened.sort()).toEqual(leaders.slice(0, 2).map(userId).sort());
  });

  it('are all remembered from a large team, however long the roster takes to store', async () => {
    // A turn's store calls give up after its deadline; reading a team of 1,100 once must not stop halfway.
    const hurried = await createHarness(testStore.store, { now: FANOUT_NOW, turnDeadlineMs: 200 });
    try {
      const others = Array.from({ length: 1100 }, (_, i) => ({ id: `29:other-${i}`, aadObjectId: `other-${i}`, name: `Ansatt ${i}` }));
      hurried.connector.rosters.set(TEAM_ID, [...others, ...leaders.map(rosterEntry), { ...BOT, aadObjectId: '' }]);
      await hurried.channel(admin, { id: TEAM_ID, name: 'General' }).send({ type: 'conversationUpdate', membersAdded: [BOT] });
      for (const leader of leaders) expect((await testStore.store.profiles.get(leader))?.teamMember?.userId).toBe(userId(leader));
    } finally {
      await hurried.close();
    }
  });

  it('are captured when they are added to the team later, and their chat is opened once', async () => {
    await harness.channel(admin, { id: TEAM_ID, name: 'General' }).send({ type: 'conversationUpdate', membersAdded: leaders.slice(0, 2).map(rosterEntry) });
    await testScheduler(testStore.store, { clock: () => FANOUT_NOW }).tick();
    expect(harness.connector.opened).toHaveLength(2);
    // The second reminder goes to the chat opened for the first: no second createConversation.
    const later = new Date('2026-12-03T10:00:00+01:00');
    await testScheduler(testStore.store, { clock: () => later }).tick();
    expect(harness.connector.opened).toHaveLength(2);
    expect(to(`a:chat-${userId(leaders[0])}`)).toHaveLength(2);
  });

  it('who blocked the app are reported to the admins and not tried again', async () => {
    await harness.channel(admin, { id: TEAM_ID, name: 'General' }).send({ type: 'conversationUpdate', membersAdded: leaders.slice(0, 2).map(rosterEntry) });
    harness.connector.blocked.add(userId(leaders[1]));
    const scheduler = testScheduler(testStore.store, { clock: () => FANOUT_NOW });
    expect(await scheduler.tick()).toMatchObject({ undeliverable: 1 });
    // The next round tells the admin, naming the person.
    expect(await scheduler.tick()).toMatchObject({ sent: 1 });
    const notice = JSON.stringify(to('a:admin-0').map((s) => s.activity));
    expect(notice).toContain('Noen kan ikke nås – Region 0');
    expect(notice).toContain(`${leaders[1].name} – kan ikke nås i Teams`);
    expect((await testStore.store.profiles.get(leaders[1]))?.teamMember).toBeUndefined();
    expect(to(`a:chat-${userId(leaders[0])}`)).toHaveLength(1);
    await testScheduler(testStore.store, { clock: () => new Date('2026-12-03T10:00:00+01:00') }).tick();
    expect(harness.connector.opened.filter((id) => id === userId(leaders[1]))).toHaveLength(1);
  });
});
