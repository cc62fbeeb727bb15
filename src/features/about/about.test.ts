import { ALEX } from '../../demo/people';
import { cardsOf, cardText, startDemo, type Harness } from '../../../tests/support/conversation';
import { catalogues } from '..';

const NOW = new Date('2026-11-25T10:00:00+01:00');

let harness: Harness;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ harness, close } = await startDemo(NOW));
});
afterEach(() => close());

describe('om / about', () => {
  it('tells the version, where the data is kept and whom to ask about privacy', async () => {
    const alex = harness.personal(ALEX);
    await alex.send('hei');
    const [card] = cardsOf(await alex.send('om'));
    const text = cardText(card);
    expect(card.body[0].text).toBe('Om Sampuls');
    expect(text).toContain('1.2.3');
    expect(text).toContain('Lokalt på denne maskinen, i /srv/sampuls/.data');
    expect(text).toContain('personvern@indre-namdal.no');
  });

  it('answers the English word and speaks nynorsk to a nynorsk Teams', async () => {
    const alex = harness.personal(ALEX);
    await alex.send('hei');
    expect(cardsOf(await alex.send('about'))[0].body[0].text).toBe('Om Sampuls');
    const nynorsk = cardText(cardsOf(await alex.send({ type: 'message', text: 'om', locale: 'nn-NO' }))[0]);
    expect(nynorsk).toContain(catalogues.nn.about.embedded('/srv/sampuls/.data'));
  });

  it('is on the help card', async () => {
    expect(cardText(cardsOf(await harness.personal(ALEX).send('hjelp'))[0])).toContain(catalogues.nb.about.helpEntries[0].text);
  });
});
