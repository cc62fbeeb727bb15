import type { AdaptiveCard } from '../../src/core/card';
import { ALEX, DEMO_LEADERS } from '../../src/demo/people';
import { userKey } from '../../src/domain/roles';
import type { Collaboration, Person, Profile } from '../../src/domain/types';
import { checklist as checklistModule } from '../../src/features/checklist';
import { catalogues } from '../../src/features';
import { cardsOf, cardText, startDemo, submittedForm, textsOf, type Harness, testPerson } from '../support/conversation';
import { testScheduler } from '../support/scheduler';
import type { TestStore } from '../support/store';

const { nb } = catalogues;

const NOVEMBER = new Date('2026-11-25T10:00:00+01:00');
const BARNEVERN = { networkId: 'indre-namdal', collaborationId: 'in-barnevern' };
const LONN = { networkId: 'indre-namdal', collaborationId: 'in-lonn' };

const person = (n: number, name: string): Person => testPerson(ALEX.tenantId, 910 + n, name);
const CHIEF = person(1, 'Kari Kommunedirektør');
const MEMBER = person(2, 'Mona Medlem');
const STRANGER = person(3, 'Adele Vance');
const INGRID = DEMO_LEADERS[0];

let testStore: TestStore;
let harness: Harness;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ testStore, harness, close } = await startDemo(NOVEMBER));
  const profiles: Profile[] = [
    { ...CHIEF, memberships: [{ networkId: 'indre-namdal', roles: ['kommunedirektør'], municipalityId: 'grong' }] },
    { ...MEMBER, memberships: [{ networkId: 'indre-namdal', roles: ['member'] }] }
  ];
  for (const profile of profiles) await testStore.store.profiles.put(profile);
  for (const who of [ALEX, CHIEF, MEMBER, STRANGER, INGRID]) await harness.personal(who).send('hei');
});
afterAll(() => close());

const stored = async (ids = BARNEVERN): Promise<Collaboration> => (await testStore.store.directory.getCollaboration(ids.networkId, ids.collaborationId))!.value;
const auditOf = () => testStore.store.audit.recent('indre-namdal', 50);
const itemOf = async (id: string, ids = BARNEVERN) => (await stored(ids)).checklist?.items.find((i) => i.id === id);
const inputIds = (card: AdaptiveCard) => [...cardText(card).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]);

/** Opens an item's form the way the checklist card's «Endre punktet» does. */
async function itemCard(who: Person, itemId: string, ids = BARNEVERN): Promise<AdaptiveCard> {
  const [list] = cardsOf(await harness.personal(who).send('sjekkliste barnevern'));
  const replies = await harness.personal(who).submit(submittedForm(list, nb.checklist.edit, { itemId, ...ids }));
  const [card] = cardsOf(replies);
  if (!card) throw new Error(textsOf(replies).join(' '));
  return card;
}

describe('the checklist card', () => {
  it('shows every phase’s items from the seeds, with the current phase marked and per-municipality items', async () => {
    const [card] = cardsOf(await harness.personal(ALEX).send('sjekkliste barnevern'));
    const text = cardText(card);
    expect(card.body[0].text).toBe('Sjekkliste – Barnevern');
    expect(text).toContain('Vedtak i kommunestyret, med saksnummer – Grong');
    expect(text).toContain('Utredningen er drøftet med tillitsvalgte – Røyrvik');
    expect(text).toContain('Avklart om samarbeidet utøver offentlig myndighet (krever vertskommunemodell)');
    expect(text).toContain('Drift (0 av 1) · nåværende fase');
    expect(card.actions!.map((a) => a.title)).toEqual([nb.checklist.edit, 'Flytt til fase: Evaluering']);
  });

  it('lets a member read it without edit or move controls, and refuses a stranger', async () => {
    const [card] = cardsOf(await harness.personal(MEMBER).send('sjekkliste barnevern'));
    expect(card.actions ?? []).toEqual([]);
    expect(inputIds(card)).toEqual([]);
    expect(textsOf(await harness.personal(STRANGER).send('sjekkliste barnevern'))).toEqual([nb.general.notMember]);
  });

  it('gives a kommunedirektør only their own municipality’s items to tick off', async () => {
    const [card] = cardsOf(await harness.personal(CHIEF).send('sjekkliste barnevern'));
    const choices = (card.body.find((e) => e.id === 'itemId')!.choices as { value: string }[]).map((c) => c.value);
    expect(choices.length).toBeGreaterThan(0);
    expect(choices.every((c) => c.endsWith('@grong'))).toBe(true);
    expect(card.actions!.map((a) => a.title)).toEqual([nb.checklist.edit]);
  });
});

describe('changing an item', () => {
  it('saves state, an owner from the roster, a due date and a reference, and logs it', async () => {
    const card = await itemCard(ALEX, 'startDecision@lierne');
    expect(inputIds(card)).toEqual(['state', 'owner', 'due', 'reference']);
    expect(cardText(card)).toContain('Ingrid Haugen');
    const replies = await harness.personal(ALEX).submit(
      submittedForm(card, nb.checklist.save, { state: 'done', owner: userKey(INGRID), due: '2026-12-01', reference: 'K-sak 42/26 [se](https://evil.example)' })
    );
    expect(textsOf(replies)).toEqual(['Lagret: «Vedtak om oppstart av utredningen, med saksnummer – Lierne» – Ferdig.']);
    const line = (cardsOf(replies)[0].body.map((e) => e.text as string)).find((text) => text?.includes('ref.: K-sak 42/26'))!;
    expect(line).toContain('ansvarlig: Ingrid Haugen · frist 1. desember 2026');
    expect(line).not.toMatch(/\]\(https?:|https?:\/\//);
    expect(await itemOf('startDecision@lierne')).toMatchObject({ state: 'done', owner: INGRID, due: '2026-12-01', reference: 'K-sak 42/26 [se](https://evil.example)' });
    const entry = (await auditOf()).find((e) => e.action === 'checklist.changed');
    expect(entry).toMatchObject({ action: 'checklist.changed', subject: 'Barnevern', after: { 'Vedtak om oppstart av utredningen, med saksnummer – Lierne': 'Ferdig · Ingrid Haugen · 2026-12-01 · K-sak 42/26 [se](https://evil.example)' } });
  });

  const refusals: [string, Person, Record<string, unknown>, string][] = [
    ['an owner not on the roster', ALEX, { owner: userKey(STRANGER) }, nb.checklist.notOnRoster],
    ['a due date in year 0', ALEX, { due: '0000-01-01' }, nb.checklist.badDate],
    ['a due date that does not exist', ALEX, { due: '2026-02-30' }, nb.checklist.badDate],
    ['an item of another collaboration', ALEX, { ...LONN, itemId: 'councilDecision@grong' }, nb.general.invalidAction],
    ['an item that does not exist', ALEX, { itemId: 'madeUp' }, nb.general.invalidAction],
    ['a state that does not exist', ALEX, { state: 'skipped' }, nb.general.invalidAction],
    ['a member', MEMBER, {}, nb.checklist.notAllowed('Barnevern')],
    ['someone outside the network', STRANGER, {}, nb.general.invalidAction],
    ['a kommunedirektør setting the owner', CHIEF, { itemId: 'councilDecision@grong', owner: userKey(CHIEF) }, nb.checklist.onlyState],
    ['a kommunedirektør ticking another municipality’s item', CHIEF, { itemId: 'councilDecision@lierne' }, nb.checklist.notAllowed('Barnevern')]
  ];

  it.each(refusals)('refuses %s with a clear answer and writes nothing', async (_name, who, changes, answer) => {
    const card = await itemCard(ALEX, 'councilDecision@grong');
    const before = [await stored(), await stored(LONN), (await auditOf()).length];
    const replies = await harness.personal(who).submit(submittedForm(card, nb.checklist.save, { state: 'inProgress', ...changes }));
    expect(textsOf(replies)).toEqual([answer]);
    expect([await stored(), await stored(LONN), (await auditOf()).length]).toEqual(before);
  });

  it('names the items a person owns in `mine data`', async () => {
    const card = await itemCard(ALEX, 'startDecision@lierne');
    // As the test above left it, so the tests below find the same state.
    await harness.personal(ALEX).submit(submittedForm(card, nb.checklist.save, { state: 'done', owner: userKey(INGRID) }));
    const [data] = cardsOf(await harness.personal(INGRID).send('mine data'));
    expect(cardText(data)).toContain('Barnevern: Vedtak om oppstart av utredningen, med saksnummer – Lierne (Indre Namdal)');
  });

  it('lets a kommunedirektør tick off their own municipality’s item, state only', async () => {
    const card = await itemCard(CHIEF, 'councilDecision@grong');
    expect(inputIds(card)).toEqual(['state']);
    const replies = await harness.personal(CHIEF).submit(submittedForm(card, nb.checklist.save, { state: 'done' }));
    expect(textsOf(replies)[0]).toBe('Lagret: «Vedtak i kommunestyret, med saksnummer – Grong» – Ferdig.');
    expect(await itemOf('councilDecision@grong')).toMatchObject({ state: 'done' });
    expect(await itemOf('startDecision@lierne')).toMatchObject({ state: 'done', owner: INGRID });
  });
});

describe('moving to the next phase', () => {
  it('asks for a reason while items of the phase are open, then moves and logs the reason', async () => {
    const [card] = cardsOf(await harness.personal(ALEX).send('sjekkliste barnevern'));
    const move = 'Flytt til fase: Evaluering';
    expect(textsOf(await harness.personal(ALEX).submit(submittedForm(card, move)))).toEqual([nb.checklist.reasonNeeded(1, 'Drift')]);
    expect((await stored()).phase).toBeUndefined();
    expect(textsOf(await harness.personal(MEMBER).submit(submittedForm(card, move, { reason: 'Jeg vil' })))).toEqual([nb.checklist.notAllowed('Barnevern')]);

    const replies = await harness.personal(ALEX).submit(submittedForm(card, move, { reason: 'Rapporteringen går i årshjulet fra januar.' }));
    expect(textsOf(replies)).toEqual(['Barnevern er nå i fasen Evaluering.']);
    expect((await stored()).phase).toBe('evaluering');
    const entry = (await auditOf()).find((e) => e.action === 'phase.changed');
    expect(entry).toMatchObject({ action: 'phase.changed', before: { phase: 'drift' }, after: { phase: 'evaluering', reason: 'Rapporteringen går i årshjulet fra januar.' } });

    // The same card again is stale: nothing moves twice.
    expect(textsOf(await harness.personal(ALEX).submit(submittedForm(card, move, { reason: 'Igjen' })))).toEqual([nb.checklist.changedMeanwhile]);
    expect((await stored()).phase).toBe('evaluering');
  });
});

describe('owners of overdue items', () => {
  it('are reminded through the årshjul, once a week, of what they still have open', async () => {
    const card = await itemCard(ALEX, 'swot');
    await harness.personal(ALEX).submit(submittedForm(card, nb.checklist.save, { state: 'inProgress', owner: userKey(ALEX), due: '2026-11-20' }));
    const monday = new Date('2026-11-30T09:05:00+01:00');
    const scheduler = testScheduler(testStore.store, { clock: () => monday, modules: [checklistModule] });
    const before = harness.connector.sent.length;
    await scheduler.tick();
    const sent = harness.connector.sent.slice(before).map((s) => JSON.stringify(s.activity));
    expect(sent).toHaveLength(1);
    expect(sent[0]).toContain(nb.checklist.reminderTitle);
    expect(sent[0]).toContain('Barnevern: SWOT-analyse og fremmere og hemmere per funksjon');
    expect(sent[0]).toContain('frist 20. november 2026');
    await scheduler.tick();
    expect(harness.connector.sent.length).toBe(before + 1);
  });
});

describe('the status card', () => {
  it('shows the checklist’s progress and flags missing anchoring, in the overview too', async () => {
    const [detail] = cardsOf(await harness.personal(ALEX).send('status barnevern'));
    const text = cardText(detail);
    expect(text).toMatch(/Sjekkliste: \d+ av \d+ punkter ferdige · fase: Evaluering/);
    expect(text).toContain(nb.checklist.flag);
    const overview = cardsOf(await harness.personal(ALEX).send('status')).map(cardText).find((c) => c.includes('Barnevern'))!;
    expect(overview).toMatch(/Barnevern[^●○]*Mangler forankring/);
    const [lonn] = cardsOf(await harness.personal(ALEX).send('status lønn'));
    expect(cardText(lonn)).not.toContain('Sjekkliste:');
  });
});
