import type { AdaptiveCard } from '../../src/core/card';
import { ALEX, DEMO_LEADERS } from '../../src/demo/people';
import { rankAreas } from '../../src/domain/prioritisation';
import { userKey } from '../../src/domain/roles';
import type { Person, Profile } from '../../src/domain/types';
import { catalogues } from '../../src/features';
import { cardsOf, cardText, startDemo, submittedForm, textsOf, type Harness } from '../support/conversation';
import type { TestStore } from '../support/store';

const { nb } = catalogues;
const NOVEMBER = new Date('2026-11-25T10:00:00+01:00');
const MEMBER: Person = { tenantId: ALEX.tenantId, aadObjectId: '00000000-0000-0000-0000-000000000921', name: 'Mona Medlem' };
const STRANGER: Person = { tenantId: ALEX.tenantId, aadObjectId: '00000000-0000-0000-0000-000000000922', name: 'Adele Vance' };
const INGRID = DEMO_LEADERS[0];
const OLA = DEMO_LEADERS[1];

let testStore: TestStore;
let harness: Harness;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ testStore, harness, close } = await startDemo(NOVEMBER));
  const member: Profile = { ...MEMBER, memberships: [{ networkId: 'indre-namdal', roles: ['member'] }] };
  await testStore.store.profiles.put(member);
  for (const who of [ALEX, MEMBER, STRANGER, INGRID, OLA]) await harness.personal(who).send('hei');
});
afterAll(() => close());

const rounds = () => testStore.store.planning.listRounds(['indre-namdal']);
const titled = (cards: AdaptiveCard[], start: string) => cards.find((c) => String(c.body[0].text).startsWith(start))!;

describe('the demo’s finished round', () => {
  it('ranks the workshop’s 13 areas by mean potential × feasibility and flags Grong’s group, which scored everything high', async () => {
    const cards = cardsOf(await harness.personal(MEMBER).send('prioriter'));
    const result = titled(cards, 'Prioritering – Workshop');
    const text = cardText(result);
    expect(text).toContain('5 av 5 grupper har gitt poeng');
    const rows = (result.body.find((e) => e.type === 'Table')!.rows as { cells: { items: { text: string }[] }[] }[]).slice(1).map((r) => r.cells[1].items[0].text);
    expect(rows).toHaveLength(13);
    expect(rows[0]).toBe('Rus og psykiatri');
    expect(text).toContain(nb.prioritise.everythingHigh('Formannskapet i Grong'));
    expect(text).toContain('Chart.VerticalBar.Grouped');
    // A member reads the result; only admins get the new-round form and the adopt button.
    expect(cards.some((c) => String(c.body[0].text).startsWith('Ny prioriteringsrunde'))).toBe(false);
    expect(result.actions ?? []).toEqual([]);
  });

  it('turns the top area into a collaboration in phase idé with one press, once', async () => {
    const result = titled(cardsOf(await harness.personal(ALEX).send('prioriter')), 'Prioritering – Workshop');
    const data = submittedForm(result, nb.prioritise.adopt);
    expect(data.areaId).toBe('rus-og-psykiatri');
    expect(textsOf(await harness.personal(MEMBER).submit(data))).toEqual([nb.prioritise.onlyAdmins('Indre Namdal')]);
    const replies = await harness.personal(ALEX).submit(data);
    expect(textsOf(replies)).toEqual(['Rus og psykiatri er blitt samarbeidet Rus og psykiatri.']);
    const created = (await testStore.store.directory.getCollaboration('indre-namdal', 'rus-og-psykiatri'))!.value;
    expect(created).toMatchObject({ name: 'Rus og psykiatri', phase: 'idé', participantIds: ['royrvik', 'lierne', 'namsskogan', 'grong'] });
    expect(created.checklist?.items.filter((i) => i.phase === 'idé').length).toBeGreaterThan(0);
    expect(textsOf(await harness.personal(ALEX).submit(data))).toEqual([nb.prioritise.alreadyAdopted('Rus og psykiatri')]);
    const [checklist] = cardsOf(await harness.personal(ALEX).send('sjekkliste rus og psykiatri'));
    expect(cardText(checklist)).toContain('Idé (0 av 5) · nåværende fase');
  });
});

describe('mine data', () => {
  it('names the rounds a person started and the groups they answer for or sent scores for', async () => {
    const [alex] = cardsOf(await harness.personal(ALEX).send('mine data'));
    expect(cardText(alex)).toContain('Workshop om nye samarbeidsområder (Indre Namdal)');
    expect(cardText(alex)).toContain('Workshop om nye samarbeidsområder: Kommunedirektørenes ledergruppe (Indre Namdal)');
    const [ingrid] = cardsOf(await harness.personal(INGRID).send('mine data'));
    expect(cardText(ingrid)).toContain('Workshop om nye samarbeidsområder: Formannskapet i Røyrvik (Indre Namdal)');
    expect(cardText(ingrid)).not.toContain('Workshop om nye samarbeidsområder (Indre Namdal)');
  });
});

describe('a new round', () => {
  const newRound = async () => titled(cardsOf(await harness.personal(ALEX).send('prioriter')), 'Ny prioriteringsrunde – Indre Namdal');
  const groups = { groupName1: 'Formannskapet i Røyrvik', groupRep1: userKey(INGRID), groupName2: 'Ledergruppen', groupRep2: userKey(OLA) };

  it('refuses bad input and writes nothing', async () => {
    const card = await newRound();
    expect(String(card.body.find((e) => e.id === 'areas')!.value).split('\n')).toHaveLength(13);
    const cases: [Record<string, unknown>, string, Person?][] = [
      [{ name: 'Runde 2', ...groups, areas: 'Bare ett' }, nb.prioritise.badAreas],
      [{ name: 'Runde 2', ...groups, areas: 'Jordmor\njordmor' }, nb.prioritise.badAreas],
      [{ name: '', ...groups }, nb.prioritise.badName],
      [{ name: 'Runde 2', groupName1: 'Røyrvik', groupRep1: userKey(STRANGER) }, nb.prioritise.badGroups],
      [{ name: 'Runde 2', groupName1: 'Røyrvik', groupRep1: '' }, nb.prioritise.badGroups],
      [{ name: 'Runde 2', ...groups }, nb.prioritise.onlyAdmins('Indre Namdal'), MEMBER],
      [{ name: 'Runde 2', ...groups }, nb.general.invalidAction, STRANGER],
      [{ name: 'Runde 2', ...groups, sneaky: 'x' }, nb.general.invalidAction]
    ];
    for (const [changes, answer, who] of cases) {
      expect(textsOf(await harness.personal(who ?? ALEX).submit(submittedForm(card, nb.prioritise.create, changes)))).toEqual([answer]);
    }
    expect(await rounds()).toHaveLength(1);
  });

  it('lets each representative score their own group only, 1–10 for every area, and ranks the result', async () => {
    const card = await newRound();
    const created = await harness.personal(ALEX).submit(submittedForm(card, nb.prioritise.create, { name: 'Runde 2', ...groups, areas: 'Jordmor\nNæringsutvikling\nLegetjenesten' }));
    expect(textsOf(created)).toEqual(['Runden Runde 2 er startet. 2 personer kan nå gi poeng med «prioriter».']);
    const round = (await rounds()).find((r) => r.name === 'Runde 2')!;

    const ingridCard = titled(cardsOf(await harness.personal(INGRID).send('prioriter')), 'Gi poeng – Runde 2');
    const scores = { 'potential.jordmor': '4', 'feasibility.jordmor': '5', 'potential.naeringsutvikling': '9', 'feasibility.naeringsutvikling': '8', 'potential.legetjenesten': '7', 'feasibility.legetjenesten': '6' };
    const refusals: [Record<string, unknown>, string, Person][] = [
      [{ ...scores, 'potential.jordmor': '11' }, nb.prioritise.outOfRange, INGRID],
      [{ ...scores, 'feasibility.legetjenesten': '0' }, nb.prioritise.outOfRange, INGRID],
      [{ ...scores, 'potential.jordmor': '' }, nb.prioritise.missing, INGRID],
      [{ ...scores, 'potential.kino': '5' }, nb.general.invalidAction, INGRID],
      [scores, nb.prioritise.notYourGroup, OLA],
      [scores, nb.prioritise.notYourGroup, ALEX],
      [{ ...scores, groupId: 'g9' }, nb.general.invalidAction, INGRID]
    ];
    for (const [sent, answer, who] of refusals) {
      expect(textsOf(await harness.personal(who).submit(submittedForm(ingridCard, nb.prioritise.send, sent)))).toEqual([answer]);
    }
    expect((await testStore.store.planning.getRound('indre-namdal', round.id))!.submissions).toEqual([]);

    const saved = await harness.personal(INGRID).submit(submittedForm(ingridCard, nb.prioritise.send, scores));
    expect(textsOf(saved)).toEqual(['Poengene fra Formannskapet i Røyrvik i Runde 2 er lagret.']);
    const olaCard = titled(cardsOf(await harness.personal(OLA).send('prioriter')), 'Gi poeng – Runde 2');
    const second = await harness.personal(OLA).submit(submittedForm(olaCard, nb.prioritise.send, { ...scores, 'potential.naeringsutvikling': '5', 'feasibility.jordmor': '9' }));
    const stored = (await testStore.store.planning.getRound('indre-namdal', round.id))!;
    expect(rankAreas(stored).map((r) => [r.area.name, r.mean])).toEqual([['Næringsutvikling', 56], ['Legetjenesten', 42], ['Jordmor', 28]]);
    expect(cardText(cardsOf(second)[0])).toContain('2 av 2 grupper har gitt poeng');
    const entries = (await testStore.store.audit.recent('indre-namdal', 20)).map((e) => e.action);
    expect(entries).toEqual(expect.arrayContaining(['round.created', 'round.scored', 'collaboration.added']));
  });
});
