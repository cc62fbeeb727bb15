import { plain } from '../../src/core/card';
import { ALEX, PLAYGROUND_TENANT } from '../../src/demo/people';
import { writtenAnswers } from '../../src/domain/reporting';
import type { Person } from '../../src/domain/types';
import { catalogues } from '../../src/features';
import { STATUS_REFRESH } from '../../src/features/status/cards';
import { cardsOf, cardText, startDemo, testPerson, textsOf, type Harness } from '../support/conversation';
import type { TestStore } from '../support/store';

const { nb } = catalogues;
const NOW = new Date('2026-11-26T10:00:00+01:00');
const LIV: Person = testPerson(PLAYGROUND_TENANT, 1101, 'Liv Lierne');
const GUNN: Person = testPerson(PLAYGROUND_TENANT, 1102, 'Gunn Grong');
const KARI: Person = testPerson(PLAYGROUND_TENANT, 1103, 'Kari Kommunedirektør');
const WRITTEN_KEYS = ['overallComment', 'economyComment', 'risks', 'decisionText', 'celebrate'];
/** What a person reads in their chat: the status commands a politician may use. */
const COMMANDS = ['status', 'status barnevern', 'status lønn', 'status Lierne', 'hva trenger beslutning?', 'hva kan vi feire?', 'hva er rødt?', 'hva er gult?'];

let harness: Harness;
let testStore: TestStore;
let close: () => Promise<void>;
/** Every free-text answer of the latest periods in Indre Namdal, as a card shows it. */
let written: string[];

beforeAll(async () => {
  ({ harness, testStore, close } = await startDemo(NOW));
  await testStore.store.profiles.put({ ...LIV, memberships: [{ networkId: 'indre-namdal', roles: ['folkevalgt'], municipalityId: 'lierne' }] });
  await testStore.store.profiles.put({ ...GUNN, memberships: [{ networkId: 'indre-namdal', roles: ['folkevalgt'], municipalityId: 'grong' }] });
  await testStore.store.profiles.put({ ...KARI, memberships: [{ networkId: 'indre-namdal', roles: ['kommunedirektør'], municipalityId: 'lierne' }] });
  const { collaborations } = await testStore.store.directory.loadNetworks(['indre-namdal']);
  written = collaborations.flatMap((c) => WRITTEN_KEYS.flatMap((key) => writtenAnswers(c, key))).map((text) => JSON.stringify(plain(text)).slice(1, -1));
  for (const person of [ALEX, LIV, GUNN, KARI]) await harness.personal(person).send('hei');
});
afterAll(() => close());

/** Everything the person reads after each status command, cards and lines together. */
async function readAll(person: Person): Promise<string> {
  const chat = harness.personal(person);
  const replies = await Promise.all(COMMANDS.map((command) => chat.send(command)));
  return replies.map((r) => cardsOf(r).map(cardText).join() + textsOf(r).join()).join('\n');
}

const shownOf = (read: string) => written.filter((text) => read.includes(text));

async function setPoliticiansRead(on: boolean) {
  const replies = await harness.personal(ALEX).submit({
    verb: 'admin.network.save', networkId: 'indre-namdal', name: 'Indre Namdal', tenantIds: PLAYGROUND_TENANT, language: 'nb', retentionMonths: '',
    politiciansReadWrittenAnswers: String(on)
  });
  expect(textsOf(replies)[0]).toBe(nb.admin.saved('Indre Namdal'));
}

describe('what named leaders wrote, and the politicians', () => {
  it('the demo has written answers to hide, and the administration reads them all', async () => {
    expect(written.length).toBeGreaterThan(3);
    for (const person of [ALEX, KARI]) expect(shownOf(await readAll(person))).not.toEqual([]);
  });

  it('is off by default: a politician reads colours and flags in status and the questions, and no word a leader wrote', async () => {
    const liv = await readAll(LIV);
    expect(shownOf(liv)).toEqual([]);
    expect(liv).toContain('Barnevern');
    expect(liv).toMatch(/Grønn|Gul|Rød/);
    expect(liv).not.toContain(nb.status.comments);
    // Gunn's refreshed overview (Action.Execute «Oppdater») shows Grong's collaborations only, like `status`.
    const refreshed = await harness.personal(GUNN).execute(STATUS_REFRESH, { networkId: 'indre-namdal' });
    expect(refreshed.type).toBe('application/vnd.microsoft.card.adaptive');
    const card = JSON.stringify(refreshed.value);
    expect(card).toContain('Barnevern');
    expect(card).not.toContain('Lønn');
    expect(card).not.toContain('Brannvesen');
  });

  it('an admin turns it on in «Innstillinger», it is logged, and the politician then reads the leaders’ words', async () => {
    const form = cardText(cardsOf(await harness.personal(ALEX).submit({ verb: 'admin.open', networkId: 'indre-namdal', section: 'network' }))[0]);
    expect(form).toContain('"id":"politiciansReadWrittenAnswers"');
    expect(form).toContain(nb.admin.politiciansTitle);
    await setPoliticiansRead(true);
    expect((await testStore.store.directory.getNetwork('indre-namdal'))?.politiciansReadWrittenAnswers).toBe(true);
    const log = cardText(cardsOf(await harness.personal(ALEX).send('logg'))[0]);
    expect(log).toContain(nb.audit.change(nb.audit.field.politiciansReadWrittenAnswers, 'false', 'true'));
    expect(shownOf(await readAll(LIV))).toEqual(shownOf(await readAll(ALEX)));
  });

  it('turned off again, the politician’s cards lose the words at once; the kommunedirektør keeps them', async () => {
    await setPoliticiansRead(false);
    expect(shownOf(await readAll(LIV))).toEqual([]);
    expect(shownOf(await readAll(KARI))).not.toEqual([]);
  });

  it('a politician who also has another role reads as that role', async () => {
    await testStore.store.profiles.put({ ...LIV, memberships: [{ networkId: 'indre-namdal', roles: ['folkevalgt', 'member'], municipalityId: 'lierne' }] });
    expect(shownOf(await readAll(LIV))).not.toEqual([]);
    await testStore.store.profiles.put({ ...LIV, memberships: [{ networkId: 'indre-namdal', roles: ['folkevalgt'], municipalityId: 'lierne' }] });
  });
});
