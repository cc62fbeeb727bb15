import { ALEX } from '../../src/demo/people';
import { TEAMS_MESSAGE_BUDGET, teamsSize, type AdaptiveCard } from '../../src/core/card';
import type { Collaboration, Colour } from '../../src/domain/types';
import { cardsOf, cardText, startDemo, textsOf, type Harness } from '../support/conversation';
import type { TestStore } from '../support/store';

const NOW = new Date('2026-11-25T10:00:00+01:00');

let harness: Harness;
let testStore: TestStore;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ harness, testStore, close } = await startDemo(NOW));
  await harness.personal(ALEX).send('hjelp');
});

afterAll(() => close());

const name = (i: number, network = 'Indre Namdal') => `Interkommunalt samarbeid ${network} nr. ${i}`;

/** Red ones spread their trust over 1–5 for the trend; a green one with low answers would be flagged, so greens keep a 4. */
const lowTrustIfRed = (colour: Colour, i: number) => (colour === 'red' ? 1 + (i % 5) : 4);

/** `count` collaborations reported for November, the colour of each chosen by its number; without a colour, never reported. */
async function addCollaborations(networkId: string, networkName: string, count: number, colourOf: (i: number) => Colour | undefined): Promise<void> {
  const [base] = (await testStore.store.directory.loadNetworks([networkId])).collaborations;
  const writes = Array.from({ length: count }, (_, i): Collaboration => ({
    id: `${networkId}-many-${i}`, networkId, name: name(i, networkName), aliases: [], sector: 'økonomi', legalForm: 'administrativt vertskommunesamarbeid',
    participantIds: base!.participantIds, leaders: base!.leaders, cadence: 'monthly', templateId: base!.templateId, reportingSince: '2026-01-01',
    status: {
      periods: colourOf(i) ? [{ period: '2026-M11', overall: colourOf(i)!, means: { trust: lowTrustIfRed(colourOf(i)!, i), capacity: 4 }, respondents: 1, decisionNeeded: false, lastSubmittedAt: '2026-11-20T09:00:00.000Z' }] : [],
      latest: []
    }
  }));
  for (let i = 0; i < writes.length; i += 16) await Promise.all(writes.slice(i, i + 16).map((c) => testStore.store.directory.putCollaboration(c)));
}

/** The collaborations the card shows as rows of their own, by the name each row opens. */
const rowsOf = (card: AdaptiveCard) =>
  card.body.flatMap((e) => (e.type === 'Container' ? [String((e.items as { selectAction: { title: string } }[])[0]!.selectAction.title)] : []));

const numbers = (count: number, keep: (i: number) => boolean) => Array.from({ length: count }, (_, i) => i).filter(keep);

const colourOf = (i: number): Colour => (i % 6 === 0 ? 'red' : i % 6 === 1 ? 'yellow' : 'green');

describe('status for a network too large for one card', () => {
  beforeAll(() => addCollaborations('indre-namdal', 'Indre Namdal', 150, colourOf));

  it('keeps the card within what Teams accepts: red first, the quiet greens on one line, and says how many did not fit', async () => {
    const [card] = cardsOf(await harness.personal(ALEX).send('status Indre Namdal'));
    const rows = rowsOf(card!);

    expect(teamsSize(card)).toBeLessThanOrEqual(TEAMS_MESSAGE_BUDGET);
    expect(harness.connector.tooLarge).toBe(0);
    expect(card!.body[1]!.text).toMatch(/^158 samarbeid · /);
    expect(rows).toEqual(expect.arrayContaining(numbers(150, (i) => colourOf(i) === 'red').map((i) => `Åpne ${name(i)} – Rød`)));
    const quiet = card!.body.filter((e) => String(e.text).startsWith('Grønne uten merknader: ')).map((e) => String(e.text).slice('Grønne uten merknader: '.length)).join(', ');
    expect(numbers(150, (i) => colourOf(i) === 'green').filter((i) => !quiet.includes(`${name(i)},`) && !quiet.includes(`${name(i)} og`) && !quiet.endsWith(name(i)))).toEqual([]);
    expect(cardText(card!)).toContain('Grønne samarbeid uten merknader står samlet på én linje, så kortet får plass i Teams.');

    const yellowsShown = numbers(150, (i) => colourOf(i) === 'yellow').filter((i) => rows.includes(`Åpne ${name(i)} – Gul`)).length;
    expect(yellowsShown).toBeGreaterThan(0);
    expect(yellowsShown).toBeLessThan(25);
    const quietCount = quiet.split(/, | og /).length;
    expect(card!.body.at(-1)!.text).toBe(`${158 - rows.length - quietCount} samarbeid til får ikke plass på kortet, de minst presserende.`);
  });
  it('shows a municipality in as many of its collaborations as fit, and says how many more there are', async () => {
    const { networks, collaborations } = await testStore.store.directory.loadNetworks(['indre-namdal']);
    const municipality = networks[0]!.municipalities.find((m) => m.id === collaborations.find((c) => c.id === 'indre-namdal-many-0')!.participantIds[0])!;
    const inIt = collaborations.filter((c) => c.participantIds.includes(municipality.id)).length;
    const [card] = cardsOf(await harness.personal(ALEX).send(`status ${municipality.name}`));

    expect(teamsSize(card)).toBeLessThanOrEqual(TEAMS_MESSAGE_BUDGET);
    expect(card!.body[1]!.text).toMatch(new RegExp(`^Deltar i ${inIt} samarbeid`));
    const shown = rowsOf(card!).length;
    expect(shown).toBeGreaterThan(10);
    expect(card!.body.at(-1)!.text).toBe(`${inIt - shown} samarbeid til får ikke plass på kortet. Skriv «status» og navnet for å se ett av dem.`);
  });

  it('answers with a line, not silence, when even the short form would be larger than Teams accepts', async () => {
    await addCollaborations('solor', 'Sør', 1600, () => 'green');
    const replies = await harness.personal(ALEX).send('status Solør');
    expect(textsOf(replies)).toEqual(['Svaret ble for stort til at Teams kan vise det. Spør om noe smalere, for eksempel «status» og navnet på ett samarbeid.']);
    expect(cardsOf(replies)).toEqual([]);
    expect(harness.connector.tooLarge).toBe(0);
    // One of them, asked for by name, still answers.
    expect(textsOf(await harness.personal(ALEX).send(`status ${name(1234, 'Sør')}`))).toEqual([`${name(1234, 'Sør')} har ingen innsjekk ennå.`]);
  });
});

describe('the executives\' questions across networks too large for one card', () => {
  const lastLine = (card: AdaptiveCard) => String(card.body.at(-1)!.text);
  const leftOut = (card: AdaptiveCard) => Number(/^([\d\s]+) samarbeid til får ikke plass på kortet\. Skriv «status» og navnet for å se ett av dem\.$/.exec(lastLine(card))?.[1]?.replace(/\s/g, ''));

  it('«hva er rødt?» lists as many red collaborations as fit and counts the rest', async () => {
    await addCollaborations('kongsbergregionen', 'Kongsberg', 150, () => 'red');
    const [card] = cardsOf(await harness.personal(ALEX).send('hva er rødt?'));
    const total = Number(/^(\d+) samarbeid$/.exec(String(card!.body[1]!.text))?.[1]);

    expect(teamsSize(card)).toBeLessThanOrEqual(TEAMS_MESSAGE_BUDGET);
    expect(harness.connector.tooLarge).toBe(0);
    expect(total).toBeGreaterThanOrEqual(175);
    expect(rowsOf(card!).length).toBeGreaterThan(20);
    expect(rowsOf(card!).length).toBeLessThan(total);
    expect(rowsOf(card!).length + leftOut(card!)).toBe(total);
  });

  it('«trend tillit» keeps the weakest rows that fit and counts the rest', async () => {
    const [card] = cardsOf(await harness.personal(ALEX).send('trend tillit'));
    const table = card!.body.find((e) => e.type === 'Table')!;
    const rows = (table.rows as { cells: { items: { text: string }[] }[] }[]).slice(1);
    const means = rows.map((row) => Number(row.cells[1]!.items[0]!.text.replace(',', '.').replace(/[^\d.].*$/, '')));

    expect(teamsSize(card)).toBeLessThanOrEqual(TEAMS_MESSAGE_BUDGET);
    expect(rows.length).toBeGreaterThan(20);
    expect(rows.length + leftOut(card!)).toBeGreaterThan(1900);
    // Weakest first: the lowest mean there is, 1, then never a lower one further down.
    expect(means[0]).toBe(1);
    expect(means).toEqual([...means].sort((a, b) => a - b));
  });

  it('«hvem har ikke sjekket inn?» lists as many as fit and counts the rest', async () => {
    await addCollaborations('nav-indre-salten', 'Salten', 300, () => undefined);
    const [card] = cardsOf(await harness.personal(ALEX).send('hvem har ikke sjekket inn?'));
    const total = Number(/^(\d+) samarbeid$/.exec(String(card!.body[1]!.text))?.[1]);

    expect(teamsSize(card)).toBeLessThanOrEqual(TEAMS_MESSAGE_BUDGET);
    expect(total).toBeGreaterThanOrEqual(300);
    expect(rowsOf(card!).length + leftOut(card!)).toBe(total);
  });
});
