import { ALEX } from '../../src/demo/people';
import { cardsOf, cardText, createHarness, startDemo, type Harness } from '../support/conversation';
import { FANOUT_NOW, leaderConversation, seedFanout } from '../support/fanout';
import { testScheduler } from '../support/scheduler';
import { startTestStore, type TestStore } from '../support/store';
import { catalogues } from '../../src/features';

const { en, nb, nn } = catalogues;

describe('the language of replies', () => {
  let harness: Harness;
  let close: () => Promise<void>;
  beforeAll(async () => {
    ({ harness, close } = await startDemo(new Date('2026-11-25T10:00:00+01:00')));
    await harness.personal(ALEX).send('hei');
  });
  afterAll(() => close());

  const help = async (locale?: string) =>
    cardText(cardsOf(await harness.personal(ALEX).send({ type: 'message', text: 'hjelp', ...(locale ? { locale } : {}) }))[0]);

  it('follows the Norwegian written standard Teams reports for the person', async () => {
    expect(await help('nn-NO')).toContain(nn.help.helpTitle);
    expect(await help('nb-NO')).toContain(nb.help.helpTitle);
    expect(nn.help.helpTitle).not.toBe(nb.help.helpTitle);
  });

  it('stays in bokmål for an English Teams client (its UI language, not a wish), no locale, or one Sampuls lacks', async () => {
    expect(await help('en-US')).toContain(nb.help.helpTitle);
    expect(await help()).toContain(nb.help.helpTitle);
    expect(await help('sv-SE')).toContain(nb.help.helpTitle);
  });
});

describe('the language of scheduled messages', () => {
  let testStore: TestStore;
  let harness: Harness;
  beforeEach(async () => {
    testStore = await startTestStore();
    harness = await createHarness(testStore.store, { now: FANOUT_NOW });
  });
  afterEach(async () => {
    await harness.close();
    await testStore.close();
  });

  it('is the network’s: a nynorsk network gets its reminders in nynorsk, an English one in English', async () => {
    await seedFanout(testStore.store, { networks: 2, leadersPerNetwork: 1, serviceUrl: harness.connector.url });
    const network = (await testStore.store.directory.getNetwork('fan-0'))!;
    await testStore.store.directory.putNetwork({ ...network, language: 'nn' });
    const english = (await testStore.store.directory.getNetwork('fan-1'))!;
    await testStore.store.directory.putNetwork({ ...english, language: 'en' });
    await testScheduler(testStore.store, { clock: () => FANOUT_NOW }).tick();
    const sent = (n: number) => JSON.stringify(harness.connector.sent.filter((s) => s.conversationId === leaderConversation(n, 0)).map((s) => s.activity));
    const opening = (t: typeof nb) => t.annualCycle.reminder('§', '§').split('§')[0];
    expect(sent(0)).toContain(opening(nn));
    expect(sent(1)).toContain(opening(en));
    expect(opening(nn)).not.toBe(opening(nb));
    expect(opening(en)).not.toBe(opening(nb));
  });
});
