import { ALEX } from '../../src/demo/people';
import { cardsOf, cardText, filledCheckIn, startDemo, type Harness } from '../support/conversation';
import type { TestStore } from '../support/store';

const NOW = new Date('2026-11-25T10:00:00+01:00');
const SUBMIT = { verb: 'checkin.submit', networkId: 'indre-namdal', collaborationId: 'in-lonn', period: '2026-M11', templateVersion: 1 };
const LONN_CHANNEL = { id: '19:lonn@thread.tacv2', name: 'Lønn' };

let testStore: TestStore;
let harness: Harness;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ testStore, harness, close } = await startDemo(NOW));
});

afterEach(() => close());

const storedAnswers = async () => (await testStore.store.checkIns.listSince('in-lonn', '2026-M11')).map((c) => c.answers);
const summariesInChannel = () =>
  harness.connector.sent
    .filter((s) => s.conversationId === LONN_CHANNEL.id)
    .map((s) => JSON.stringify(s.activity.attachments?.[0]?.content ?? ''))
    .filter((text) => text.includes('Ny status: Lønn'));

describe('one leader editing the same check-in', () => {
  it('shows the stored answer in the status after 30 simultaneous edits', async () => {
    const colours = ['green', 'yellow', 'red'];
    const chat = harness.personal(ALEX);
    await Promise.all(
      Array.from({ length: 30 }, (_, i) => chat.submit({ ...SUBMIT, ...filledCheckIn({ overall: colours[i % 3], overallComment: `Endring nummer ${i}` }) }))
    );
    const [stored] = await storedAnswers();
    const status = (await testStore.store.directory.getCollaboration('indre-namdal', 'in-lonn'))!.value.status;
    const shown = status.latest.find((d) => d.respondent.aadObjectId === ALEX.aadObjectId)!;
    expect(shown.answers).toEqual(stored);
    expect(cardText(cardsOf(await chat.send('status lønn')).at(-1)!)).toContain(String(stored.overallComment));
  });

  it('posts one channel summary for an activity Teams delivers twice, and another for a genuine new submit', async () => {
    await harness.channel(ALEX, LONN_CHANNEL).send('koble lønn');
    const chat = harness.personal(ALEX);
    const delivery = { id: 'teams-activity-7', type: 'message', value: { ...SUBMIT, ...filledCheckIn({ overall: 'green' }) } };

    expect(cardText(cardsOf(await chat.send(delivery)).at(-1)!)).toContain('Oppsummeringen er sendt til kanalen «Lønn».');
    const again = cardText(cardsOf(await chat.send(delivery)).at(-1)!);
    expect(again).toContain('Takk! Innsjekken er lagret');
    expect(again).toContain('Dette svaret var allerede mottatt, så oppsummeringen sendes ikke til kanalen en gang til.');
    expect(summariesInChannel()).toHaveLength(1);

    await chat.submit({ ...SUBMIT, ...filledCheckIn({ overall: 'red', overallComment: 'Ny leverandør svikter' }) });
    const summaries = summariesInChannel();
    expect(summaries).toHaveLength(2);
    expect(summaries[1]).toContain('Alex Wilber har oppdatert innsjekken for november 2026');
    expect(await storedAnswers()).toEqual([expect.objectContaining({ overall: 'red', overallComment: 'Ny leverandør svikter' })]);
  });
});
