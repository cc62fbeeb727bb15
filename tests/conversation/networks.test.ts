import { ALEX, DEMO_LEADERS } from '../../src/demo/people';
import { catalogues } from '../../src/features';
import type { AdaptiveCard } from '../../src/core/card';
import {
  cardsOf,
  cardText,
  networkPickerOf,
  pickNetwork,
  startDemo,
  submittedForm,
  textsOf,
  type ExecuteResponse,
  type Harness
} from '../support/conversation';
import type { TestStore } from '../support/store';

/**
 * Alex Wilber is admin in all four demo networks. `logg`, `årshjul`, `admin` and `mal` answer with
 * one card and a choice of network, not four cards of which three say nothing new.
 */
const NOW = new Date('2026-11-25T10:00:00+01:00');
const { nb } = catalogues;
const NETWORKS = { 'Indre Namdal': 'indre-namdal', Kongsbergregionen: 'kongsbergregionen', 'NAV Indre Salten': 'nav-indre-salten', Solør: 'solor' };

let harness: Harness;
let testStore: TestStore;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ harness, testStore, close } = await startDemo(NOW));
  // The first message of a person gets the welcome card too.
  await harness.personal(ALEX).send('hjelp');
});

afterAll(() => close());

const cardOf = (response: ExecuteResponse): AdaptiveCard => {
  if (response.type !== 'application/vnd.microsoft.card.adaptive') throw new Error(`a message instead of a card: ${response.value}`);
  return response.value;
};

describe.each([
  ['logg', 'Logg – Indre Namdal', 'Logg – Solør'],
  ['årshjul', 'Årshjul – Indre Namdal', 'Årshjul – Solør'],
  ['admin', 'Administrasjon – Indre Namdal', 'Administrasjon – Solør'],
  ['mal', 'Felles statusmal – Indre Namdal', 'Felles statusmal – Solør']
])('«%s» for a person in four networks', (command, first, chosen) => {
  it('gives one card with a choice of the four networks, the first one chosen', async () => {
    const cards = cardsOf(await harness.personal(ALEX).send(command));
    expect(cards).toHaveLength(1);
    expect(cards[0].body[0].text).toBe(first);
    const picker = networkPickerOf(cards[0])!;
    expect(picker.choices).toEqual(NETWORKS);
    expect(picker.value).toBe('indre-namdal');
    expect(picker.button).toBe('Vis nettverket');
  });

  it('shows the chosen network in place of the card, to the person who chose only', async () => {
    const chat = harness.personal(ALEX);
    const [card] = cardsOf(await chat.send(command));
    const shown = cardOf(await pickNetwork(chat, card, 'solor'));
    expect(shown.body[0].text).toBe(chosen);
    expect(networkPickerOf(shown)?.value).toBe('solor');
  });

  it('refuses a network the person may not see, and a choice sent without the picker', async () => {
    const chat = harness.personal(ALEX);
    const [card] = cardsOf(await chat.send(command));
    expect(await pickNetwork(chat, card, 'someone-elses')).toMatchObject({ type: 'application/vnd.microsoft.activity.message', value: nb.general.invalidAction });
    const verb = (JSON.stringify(card).match(/"verb":"([a-z]+\.network)"/) ?? [])[1]!;
    expect((await chat.execute(verb, {})).value).toBe(nb.general.invalidAction);
  });
});

describe('choosing a network with forms on the card', () => {
  it('saves the årshjul form of the network shown, whatever the picker says when «Lagre» is pressed', async () => {
    const chat = harness.personal(ALEX);
    const solor = cardOf(await pickNetwork(chat, cardsOf(await chat.send('årshjul'))[0], 'solor'));
    // The person changes the picker to another network but presses «Lagre årshjulet» instead of «Vis nettverket».
    const form = submittedForm(solor, 'Lagre årshjulet', { sendHour: '11', chosenNetwork: 'indre-namdal' });
    const replies = await chat.submit(form);
    expect(textsOf(replies)).toEqual(['Årshjulet for Solør er lagret. Endringen gjelder fra neste hendelse.']);
    expect(cardsOf(replies)[0].body[0].text).toBe('Årshjul – Solør');
    expect((await testStore.store.directory.getNetwork('solor'))?.cycle?.sendHour).toBe(11);
    expect((await testStore.store.directory.getNetwork('indre-namdal'))?.cycle).toBeUndefined();
  });

  it('opens the admin sections of the network shown, with «Opprett et nytt nettverk» on the same card', async () => {
    const chat = harness.personal(ALEX);
    const kongsberg = cardOf(await pickNetwork(chat, cardsOf(await chat.send('admin'))[0], 'kongsbergregionen'));
    expect(kongsberg.actions!.map((a) => a.title)).toEqual(['Innstillinger', 'Kommuner', 'Samarbeid', 'Roller', 'Opprett et nytt nettverk']);
    const municipalities = cardsOf(await chat.submit(submittedForm(kongsberg, 'Kommuner')));
    expect(cardText(municipalities[0])).toContain('Notodden');
  });

  it('shows the template’s questions collapsed, each behind a button that names it, and saves them unchanged', async () => {
    const chat = harness.personal(ALEX);
    const [card] = cardsOf(await chat.send('mal'));
    const toggles = card.body.flatMap((e) => ((e.actions as { type: string; title: string; targetElements: string[] }[] | undefined) ?? []).filter((a) => a.type === 'Action.ToggleVisibility'));
    expect(toggles.map((a) => a.title)).toContain('Spørsmål 8 · Skala fra 1 til 5: Tillit');
    const boxes = card.body.filter((e) => e.type === 'Container' && typeof e.id === 'string' && e.id.startsWith('question.'));
    expect(boxes.length).toBe(toggles.length);
    expect(boxes.every((b) => b.isVisible === false)).toBe(true);
    expect(toggles.map((a) => a.targetElements[0])).toEqual(boxes.map((b) => b.id));
    // Nothing opened, nothing changed: the hidden inputs are sent as they were.
    const replies = await chat.submit(submittedForm(card, 'Lagre ny versjon'));
    expect(textsOf(replies)).toEqual([nb.templates.unchanged]);
  });

  it('keeps one card without a choice for a person in one network', async () => {
    const profiles = await Promise.all(DEMO_LEADERS.map((p) => testStore.store.profiles.get(p)));
    const inOne = DEMO_LEADERS.find((_, i) => profiles[i]?.memberships.length === 1)!;
    const chat = harness.personal(inOne);
    await chat.send('hjelp');
    const cards = cardsOf(await chat.send('årshjul'));
    expect(cards).toHaveLength(1);
    expect(networkPickerOf(cards[0])).toBeUndefined();
  });
});
