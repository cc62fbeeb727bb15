import { DateTime } from 'luxon';
import { ALEX, DEMO_LEADERS } from '../../src/demo/people';
import { catalogues } from '../../src/features';
import { cardsOf, cardText, startDemo, submittedForm, textsOf, type Harness } from '../support/conversation';
import type { TestStore } from '../support/store';

const { nb } = catalogues;
const NOW = DateTime.fromISO('2026-11-26T10:00', { zone: 'Europe/Oslo' }).toJSDate();
const NETWORK = 'indre-namdal';
const CLOSER_AFTER = 'I hvilken grad bør kommunene i regionen samarbeide tettere enn de gjør i dag?';

let harness: Harness;
let testStore: TestStore;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ harness, testStore, close } = await startDemo(NOW));
  await harness.personal(ALEX).send('hei');
});
afterAll(() => close());

const surveyCards = async () => cardsOf(await harness.personal(ALEX).send('mal undersøkelse'));

describe('survey question sets through `mal undersøkelse`', () => {
  it('shows admins the tillitsbarometer and the yearly evaluation of each network, scale and text questions only', async () => {
    const cards = await surveyCards();
    expect(cards.map((c) => c.body[0].text).slice(0, 2)).toEqual(['Tillitsbarometer – Indre Namdal', 'Årlig evaluering – Indre Namdal']);
    expect(cards).toHaveLength(8);
    const text = cardText(cards[0]);
    expect(text).toContain('Versjon 1 gjelder nå og brukes når neste runde starter.');
    expect(text).toContain('evner å jobbe mot et felles mål');
    expect(text).not.toContain('"value":"yesno"');
    expect(cardText(cards[1])).toContain('nok igjen for pengene');
    // The check-in template is still what plain `mal` shows.
    expect(cardsOf(await harness.personal(ALEX).send('mal')).map((c) => c.body[0].text)[0]).toBe('Felles statusmal – Indre Namdal');
    expect(textsOf(await harness.personal(DEMO_LEADERS[0]).send('mal undersøkelse'))).toEqual([nb.templates.onlyAdmins]);
  });

  it('saves a rewording as a new version from the next round, and refuses a yes/no question in a survey', async () => {
    const [barometer] = await surveyCards();
    expect(textsOf(await harness.personal(ALEX).submit(submittedForm(barometer, 'Lagre ny versjon', { newKind: 'yesno', newLabel: 'Ja eller nei?', newShort: 'Ja/nei' })))).toEqual([nb.general.invalidAction]);
    const saved = await harness.personal(ALEX).submit(submittedForm(barometer, 'Lagre ny versjon', { 'label.closer': CLOSER_AFTER }));
    expect(textsOf(saved)[0]).toMatch(/^Ny versjon 2 av Tillitsbarometer er lagret\. Den gjelder fra 1\. desember 2026/);
    const stored = (await testStore.store.directory.getTemplate(NETWORK, 'tillitsbarometer'))!;
    expect(stored.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(stored.versions[1].questions.find((q) => q.key === 'closer')?.label).toBe(CLOSER_AFTER);
    // Same key, so next year's round still compares «Tettere samarbeid» with the year before.
    expect(stored.versions[0].questions.find((q) => q.key === 'closer')?.label).toBe('I hvilken grad bør kommunene samarbeide tettere enn i dag?');
  });

  it('asks a round started before the new version applies with the version in effect, and one started after with the new one', async () => {
    const start = () => harness.personal(ALEX).submit({ verb: 'survey.start', networkId: NETWORK, weeks: '1', threshold: '5' });
    const latest = async () => (await testStore.store.directory.getNetwork(NETWORK))!.survey!.rounds.at(-1)!;
    expect(cardText(cardsOf(await start())[0])).not.toContain(CLOSER_AFTER);
    const first = await latest();
    expect(first.templateVersion).toBe(1);
    await harness.personal(ALEX).submit({ verb: 'survey.close', networkId: NETWORK, roundId: first.id });
    harness.setNow(DateTime.fromISO('2026-12-02T10:00', { zone: 'Europe/Oslo' }).toJSDate());
    expect(cardText(cardsOf(await start())[0])).toContain(CLOSER_AFTER);
    expect((await latest()).templateVersion).toBe(2);
  });
});
