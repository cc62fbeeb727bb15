import type { AdaptiveCard } from '../../src/core/card';
import { ALEX, DEMO_LEADERS } from '../../src/demo/people';
import type { Person, Profile } from '../../src/domain/types';
import { loadExport } from '../../src/features/export/data';
import { TemplateVersions } from '../../src/core/templateVersions';
import { cardsOf, cardText, filledCheckIn, networkPickerOf, startDemo, submittedForm, textsOf, type Harness, testPerson } from '../support/conversation';
import type { TestStore } from '../support/store';
import { catalogues } from '../../src/features';

const { nb } = catalogues;

const NOVEMBER = new Date('2026-11-25T10:00:00+01:00');
const DECEMBER = new Date('2026-12-02T10:00:00+01:00');
const LONN = { networkId: 'indre-namdal', collaborationId: 'in-lonn' };
const TRUST_BEFORE = 'I hvilken grad opplever du tillit mellom deltakerkommunene?';
const TRUST_AFTER = 'Hvor stor tillit er det mellom deltakerkommunene nå?';
const SATISFACTION = 'I hvilken grad er brukerne fornøyde med tjenesten?';

const person = (n: number, name: string): Person => testPerson(ALEX.tenantId, 900 + n, name);
const CHIEF = person(1, 'Kari Kommunedirektør');
const MEMBER = person(2, 'Mona Medlem');
const STRANGER = person(3, 'Adele Vance');
const OTHER_ADMIN = person(4, 'Kåre Kongsberg');
const INGRID = DEMO_LEADERS[0];

let testStore: TestStore;
let harness: Harness;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ testStore, harness, close } = await startDemo(NOVEMBER));
  const profiles: Profile[] = [
    { ...CHIEF, memberships: [{ networkId: 'indre-namdal', roles: ['kommunedirektør'], municipalityId: 'grong' }] },
    { ...MEMBER, memberships: [{ networkId: 'indre-namdal', roles: ['member'] }] },
    { ...OTHER_ADMIN, memberships: [{ networkId: 'kongsbergregionen', roles: ['admin', 'member'] }] }
  ];
  for (const profile of profiles) await testStore.store.profiles.put(profile);
  for (const who of [ALEX, CHIEF, MEMBER, STRANGER, OTHER_ADMIN, INGRID]) await harness.personal(who).send('hei');
});
afterAll(() => close());

const template = async () => (await testStore.store.directory.getTemplate('indre-namdal', 'felles-statusmal'))!;
const auditOf = () => testStore.store.audit.recent('indre-namdal', 50);

/** What Teams sends for «Lagre ny versjon». */
const formOf = (card: AdaptiveCard, changes: Record<string, unknown> = {}) => submittedForm(card, nb.templates.save, changes);

const indreNamdalCard = async (who: Person = ALEX) => cardsOf(await harness.personal(who).send('mal'))[0];

/** The rows of a card's first table as cell texts. */
function tableRows(card: AdaptiveCard): string[][] {
  const rows = (card.body.find((e) => e.type === 'Table')?.rows ?? []) as { cells: { items: { text: string }[] }[] }[];
  return rows.map((r) => r.cells.map((c) => c.items[0].text));
}

const openLonn = async () => cardsOf(await harness.personal(ALEX).submit({ verb: 'checkin.open', ...LONN }))[0];
const inputIds = (card: AdaptiveCard) => [...cardText(card).matchAll(/"id":"([^"]+)"/g)].map((m) => m[1]);

describe('who may change a template', () => {
  it('shows admins one card, with a choice of network, with the questions to reword, retire or add', async () => {
    const cards = cardsOf(await harness.personal(ALEX).send('mal'));
    expect(cards.map((c) => c.body[0].text)).toEqual(['Felles statusmal – Indre Namdal']);
    expect(Object.keys(networkPickerOf(cards[0])!.choices)).toEqual(['Indre Namdal', 'Kongsbergregionen', 'NAV Indre Salten', 'Solør']);
    const text = cardText(cards[0]);
    expect(text).toMatch(/Versjon 1 gjelder nå og brukes av \d+ samarbeid/);
    expect(text).toContain(TRUST_BEFORE);
    expect(text).toContain(nb.templates.essential);
    expect(inputIds(cards[0])).toContain('retire.trust');
    expect(inputIds(cards[0])).not.toContain('retire.overall');
    expect(text).toContain('Lagre ny versjon');
  });

  it.each([
    ['a kommunedirektør', CHIEF],
    ['a leader', INGRID],
    ['a member', MEMBER],
    ['a person without a role', STRANGER]
  ])('tells %s that templates are for admins', async (_who, who) => {
    const replies = await harness.personal(who).send('mal');
    expect(textsOf(replies)).toEqual([nb.templates.onlyAdmins]);
    expect(cardsOf(replies)).toEqual([]);
  });

  it('shows the admin of another network only that network', async () => {
    const cards = cardsOf(await harness.personal(OTHER_ADMIN).send('mal'));
    expect(cards.map((c) => c.body[0].text)).toEqual(['Felles statusmal – Kongsbergregionen']);
  });

  it.each([
    ['a kommunedirektør', CHIEF, 'Bare administratorer i Indre Namdal kan endre malene.'],
    ['a leader', INGRID, 'Bare administratorer i Indre Namdal kan endre malene.'],
    ['a member', MEMBER, 'Bare administratorer i Indre Namdal kan endre malene.'],
    ['a person without a role', STRANGER, nb.general.invalidAction],
    ['the admin of another network', OTHER_ADMIN, nb.general.invalidAction]
  ])('refuses a save from %s, changing nothing and logging nothing', async (_who, who, answer) => {
    const before = await template();
    const form = formOf(await indreNamdalCard(), { 'label.trust': TRUST_AFTER, 'retire.capacity': 'true' });
    expect(textsOf(await harness.personal(who).submit(form))).toEqual([answer]);
    expect(await template()).toEqual(before);
    expect(await auditOf()).toEqual([]);
  });

  it('refuses forged and oversized forms with nothing written', async () => {
    const before = await template();
    const form = formOf(await indreNamdalCard());
    const alex = harness.personal(ALEX);
    for (const forged of [
      { ...form, 'label.hacked': 'Nytt spørsmål' },
      { ...form, 'retire.hacked': 'false' },
      { ...form, 'label.constructor': 'x' },
      { ...form, extra: 'x' },
      { ...form, 'label.trust': 'x'.repeat(301) },
      { ...form, 'retire.trust': 'yes' },
      { ...form, newKind: 'colour', newLabel: 'Farge?', newShort: 'Farge' },
      { ...form, templateId: 'another-template' },
      { ...form, networkId: 'kongsbergregionen-not-mine' },
      { ...form, baseVersion: '1' }
    ]) {
      expect(textsOf(await alex.submit(forged))).toEqual([nb.general.invalidAction]);
    }
    expect(await template()).toEqual(before);
    expect(await auditOf()).toEqual([]);
  });

  it('refuses what would break the template and a save with no change', async () => {
    const card = await indreNamdalCard();
    const alex = harness.personal(ALEX);
    expect(textsOf(await alex.submit(formOf(card)))).toEqual([nb.templates.unchanged]);
    expect(textsOf(await alex.submit(formOf(card, { 'retire.overall': 'true', 'label.goals': ' ', newLabel: 'Hvordan går det?' })))).toEqual([
      'Ingenting ble lagret: «Samlet status» kan ikke tas ut, fordi statusen bygger på det. «Felles mål» mangler spørsmålstekst. Det nye spørsmålet mangler kortnavn.'
    ]);
    expect((await template()).versions).toHaveLength(1);
    expect(await auditOf()).toEqual([]);
  });
});

describe('a new version, from the next period', () => {
  it('a check-in answered before the change keeps its version', async () => {
    const replies = await harness.personal(ALEX).submit({ verb: 'checkin.submit', ...LONN, period: '2026-M11', templateVersion: 1, ...filledCheckIn({ trust: '5', capacity: '2' }) });
    expect(cardText(cardsOf(replies)[0])).toContain('Takk! Innsjekken er lagret');
  });

  it('rewords, retires and adds, each save a new version from 1 December, each building on the last', async () => {
    const alex = harness.personal(ALEX);
    const reworded = await alex.submit(formOf(await indreNamdalCard(), { 'label.trust': TRUST_AFTER }));
    expect(textsOf(reworded)).toEqual([
      'Ny versjon 2 av Felles statusmal er lagret. Den gjelder fra 1. desember 2026: perioder som begynner da eller senere, får de nye spørsmålene, mens perioder som alt er i gang, beholder sine.'
    ]);
    const card = cardsOf(reworded)[0];
    expect(cardText(card)).toContain('Versjon 1 gjelder nå');
    expect(cardText(card)).toContain('Versjon 2 er lagret og gjelder fra 1. desember 2026');

    // A form opened before the rewording would undo it: refused.
    const stale = formOf(card, { baseVersion: 1, 'retire.capacity': 'true' });
    expect(textsOf(await alex.submit(stale))).toEqual([nb.templates.changedMeanwhile]);

    harness.setNow(new Date(NOVEMBER.getTime() + 60_000));
    const retired = await alex.submit(formOf(card, { 'retire.capacity': 'true' }));
    expect(textsOf(retired)[0]).toMatch(/^Ny versjon 3 av Felles statusmal er lagret\. Den gjelder fra 1\. desember 2026/);
    harness.setNow(new Date(NOVEMBER.getTime() + 120_000));
    const added = await alex.submit(formOf(cardsOf(retired)[0], { newKind: 'scale', newLabel: SATISFACTION, newShort: 'Brukertilfredshet' }));
    expect(textsOf(added)[0]).toMatch(/^Ny versjon 4 av Felles statusmal er lagret/);

    const stored = await template();
    expect(stored.versions.map((v) => [v.version, v.validFrom])).toEqual([[1, '2000-01-01'], [2, '2026-12-01'], [3, '2026-12-01'], [4, '2026-12-01']]);
    const newest = stored.versions[3].questions;
    expect(newest.find((q) => q.key === 'trust')?.label).toBe(TRUST_AFTER);
    expect(newest.map((q) => q.key)).not.toContain('capacity');
    expect(newest.find((q) => q.key === 'brukertilfredshet')).toEqual({ key: 'brukertilfredshet', kind: 'scale', label: SATISFACTION, short: 'Brukertilfredshet', required: true });
    expect(stored.versions[0].questions.find((q) => q.key === 'trust')?.label).toBe(TRUST_BEFORE);
  });

  it('writes each save to the log: who, and each question before and after', async () => {
    const entries = await auditOf();
    expect(entries.map((e) => e.action)).toEqual(['template.changed', 'template.changed', 'template.changed']);
    expect(entries.map((e) => [e.before, e.after])).toEqual([
      [{ validFrom: '2026-12-01' }, { validFrom: '2026-12-01', Brukertilfredshet: SATISFACTION }],
      [{ validFrom: '2026-12-01', 'Kapasitet og kompetanse': expect.stringContaining('robust kapasitet') }, { validFrom: '2026-12-01' }],
      [{ validFrom: '2000-01-01', Tillit: TRUST_BEFORE }, { validFrom: '2026-12-01', Tillit: TRUST_AFTER }]
    ]);
    expect(entries[0]).toMatchObject({ subject: 'Felles statusmal', actor: { aadObjectId: ALEX.aadObjectId, name: ALEX.name } });
    const log = cardText(cardsOf(await harness.personal(ALEX).send('logg'))[0]);
    expect(log).toContain('Endret malen Felles statusmal');
    expect(log).toContain(`Tillit: ${TRUST_BEFORE} → ${TRUST_AFTER}`);
    expect(log).toContain('Gjelder fra: 2000-01-01 → 2026-12-01');
    expect(log).toContain(`Brukertilfredshet: – → ${SATISFACTION}`);
    expect(log).toContain('Kapasitet og kompetanse: I hvilken grad har samarbeidet robust kapasitet');
  });

  it('leaves the period under way with the questions it had', async () => {
    const card = await openLonn();
    expect(inputIds(card)).toContain('capacity');
    expect(inputIds(card)).not.toContain('brukertilfredshet');
    expect(cardText(card)).toContain(TRUST_BEFORE);
    expect(cardText(card)).toContain('"templateVersion":1');
    // A form with the new version's questions is not for November.
    const early = await harness.personal(ALEX).submit({ verb: 'checkin.submit', ...LONN, period: '2026-M11', templateVersion: 4, ...filledCheckIn({ capacity: undefined, brukertilfredshet: '4' }) });
    expect(textsOf(early)).toEqual([nb.templates.staleForm('november 2026')]);
    const stored = await testStore.store.checkIns.listSince('in-lonn', '2026-M11');
    expect(stored.map((c) => [c.period, c.templateVersion, c.answers.capacity])).toEqual([['2026-M11', 1, 2]]);
  });

  it('asks the new questions from December, while November can still be corrected on its own form', async () => {
    harness.setNow(DECEMBER);
    const card = await openLonn();
    expect(cardText(card)).toContain('"templateVersion":4');
    expect(inputIds(card)).toContain('brukertilfredshet');
    expect(inputIds(card)).not.toContain('capacity');
    expect(cardText(card)).toContain(TRUST_AFTER);
    expect(cardText(card)).not.toContain(TRUST_BEFORE);

    const alex = harness.personal(ALEX);
    const old = await alex.submit({ verb: 'checkin.submit', ...LONN, period: '2026-M12', templateVersion: 1, ...filledCheckIn() });
    expect(textsOf(old)).toEqual([nb.templates.staleForm('desember 2026')]);
    const corrected = await alex.submit({ verb: 'checkin.submit', ...LONN, period: '2026-M11', templateVersion: 1, ...filledCheckIn({ trust: '5', capacity: '3' }) });
    expect(cardText(cardsOf(corrected)[0])).toContain('Innsjekken er oppdatert');
  });

  it('shows November readably in its own words until December is answered', async () => {
    const card = cardsOf(await harness.personal(ALEX).send('status lønn'))[0];
    const rows = tableRows(card).map((r) => r[0]);
    expect(rows).toContain('Kapasitet og kompetanse');
    expect(rows).not.toContain('Brukertilfredshet');
  });

  it('compares the reworded question across the change, and keeps the retired one in trends and the export', async () => {
    const answers = { ...filledCheckIn({ trust: '3', brukertilfredshet: '4' }) };
    delete answers.capacity;
    const replies = await harness.personal(ALEX).submit({ verb: 'checkin.submit', ...LONN, period: '2026-M12', templateVersion: 4, ...answers });
    expect(cardText(cardsOf(replies)[0])).toContain('Takk! Innsjekken er lagret');

    const detail = tableRows(cardsOf(await harness.personal(ALEX).send('status lønn'))[0]);
    expect(detail).toContainEqual(['Tillit', '3,0 ↓', '5,0']);
    expect(detail).toContainEqual(['Brukertilfredshet', '4,0', '–']);

    const trust = tableRows(cardsOf(await harness.personal(ALEX).send('trend tillit'))[0]);
    expect(trust).toContainEqual(['Lønn (Indre Namdal)', '3,0 ↓', '5,0']);
    const capacity = tableRows(cardsOf(await harness.personal(ALEX).send('trend kapasitet'))[0]);
    expect(capacity).toContainEqual(['Lønn (Indre Namdal)', '–', '3,0']);

    const data = await loadExport(testStore.store, new TemplateVersions(testStore.store.directory), { user: 'x', networkIds: ['indre-namdal'], year: 2026, exp: 0 });
    const shorts = data.questions.map((q) => q.short);
    expect(shorts).toEqual(expect.arrayContaining(['Tillit', 'Brukertilfredshet', 'Kapasitet og kompetanse']));
    expect(data.questions.find((q) => q.key === 'trust')?.label).toBe(TRUST_AFTER);
    const lonn = data.checkIns.filter((c) => c.collaborationId === 'in-lonn' && c.period >= '2026-M11');
    expect(lonn.map((c) => [c.period, c.templateVersion, c.answers.capacity, c.answers.brukertilfredshet])).toEqual(
      expect.arrayContaining([['2026-M11', 1, 3, undefined], ['2026-M12', 4, undefined, 4]])
    );
  });
});
