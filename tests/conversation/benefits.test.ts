import type { AdaptiveCard } from '../../src/core/card';
import { ALEX, DEMO_LEADERS } from '../../src/demo/people';
import { userKey } from '../../src/domain/roles';
import type { Collaboration, Person, Profile } from '../../src/domain/types';
import { catalogues } from '../../src/features';
import { cardsOf, cardText, filledCheckIn, startDemo, submittedForm, textsOf, type Harness, testPerson } from '../support/conversation';
import type { TestStore } from '../support/store';

const { nb } = catalogues;

const NOVEMBER = new Date('2026-11-25T10:00:00+01:00');
const LONN = { networkId: 'indre-namdal', collaborationId: 'in-lonn' };
const BARNEVERN = { networkId: 'indre-namdal', collaborationId: 'in-barnevern' };
const TEKNISK_IDS = { networkId: 'solor', collaborationId: 'so-teknisk' };

const person = (n: number, name: string): Person => testPerson(ALEX.tenantId, 930 + n, name);
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
    { ...CHIEF, memberships: [{ networkId: 'indre-namdal', roles: ['kommunedirektør'], municipalityId: 'lierne' }] },
    { ...MEMBER, memberships: [{ networkId: 'indre-namdal', roles: ['member'] }] }
  ];
  for (const profile of profiles) await testStore.store.profiles.put(profile);
  for (const who of [ALEX, CHIEF, MEMBER, STRANGER, INGRID]) await harness.personal(who).send('hei');
});
afterAll(() => close());

const stored = async (ids = LONN): Promise<Collaboration> => (await testStore.store.directory.getCollaboration(ids.networkId, ids.collaborationId))!.value;
const auditOf = () => testStore.store.audit.recent('indre-namdal', 50);
const snapshot = async () => [await stored(), await stored(BARNEVERN), (await auditOf()).length, (await testStore.store.checkIns.listSince('in-lonn', '2026-M11')).length];

/** Opens a benefit's form the way the plan card's «Endre eller legg til gevinst» does. */
async function benefitForm(who: Person, benefitId: string, ids = LONN): Promise<AdaptiveCard> {
  const [plan] = cardsOf(await harness.personal(who).send('gevinster lønn'));
  const replies = await harness.personal(who).submit(submittedForm(plan, nb.benefits.edit, { benefitId, ...ids }));
  const [card] = cardsOf(replies);
  if (!card) throw new Error(textsOf(replies).join(' '));
  return card;
}

const SAVING = {
  kind: 'economic',
  indicator: 'Sparte kroner per år på lønnskjøring',
  baseline: '0',
  target: '1 200 000',
  targetDate: '2027-12-31',
  owner: userKey(INGRID),
  'amount:lierne': '400 000'
};

describe('the benefits plan card', () => {
  it('starts empty, with edit buttons for a leader', async () => {
    const [card] = cardsOf(await harness.personal(ALEX).send('gevinster lønn'));
    expect(card.body[0].text).toBe('Gevinstplan – Lønn');
    expect(cardText(card)).toContain(nb.benefits.none);
    expect(card.actions!.map((a) => a.title)).toEqual([nb.benefits.edit, nb.benefits.editYears]);
  });

  it('lets a member and a kommunedirektør read it without edit controls, and refuses a stranger', async () => {
    for (const reader of [MEMBER, CHIEF]) {
      const [card] = cardsOf(await harness.personal(reader).send('benefits payroll'));
      expect(card.actions ?? []).toEqual([]);
    }
    expect(textsOf(await harness.personal(STRANGER).send('gevinster lønn'))).toEqual([nb.general.notMember]);
  });
});

describe('adding and changing a benefit', () => {
  it('saves a benefit with an owner from the roster and a part per municipality, and logs it', async () => {
    const form = await benefitForm(ALEX, 'new');
    expect(cardText(form)).toContain('Ingrid Haugen');
    const replies = await harness.personal(ALEX).submit(submittedForm(form, nb.benefits.save, SAVING));
    expect(textsOf(replies)).toEqual(['Lagret gevinsten «Sparte kroner per år på lønnskjøring».']);
    const plan = cardText(cardsOf(replies)[0]);
    expect(plan).toContain(`fra 0 til ${nb.benefits.number(1_200_000)} innen 31. desember 2027`);
    expect(plan).toContain('gevinsteier: Ingrid Haugen');
    expect((await stored()).benefits!.benefits).toEqual([
      {
        id: 'b1', kind: 'economic', indicator: 'Sparte kroner per år på lønnskjøring', baseline: 0, target: 1_200_000, targetDate: '2027-12-31',
        since: '2026-11-25', owner: INGRID, amounts: { lierne: 400_000 }, realised: []
      }
    ]);
    expect((await auditOf()).find((e) => e.action === 'benefits.changed')).toMatchObject({ subject: 'Lønn', after: { 'Sparte kroner per år på lønnskjøring': expect.stringContaining('Ingrid Haugen') } });
  });

  const refusals: [string, Person, Record<string, unknown>, string][] = [
    ['a member', MEMBER, {}, nb.benefits.notAllowed('Lønn')],
    ['a kommunedirektør', CHIEF, {}, nb.benefits.notAllowed('Lønn')],
    ['someone outside the network', STRANGER, {}, nb.general.invalidAction],
    ['an owner not on the roster', ALEX, { owner: userKey(STRANGER) }, nb.benefits.notOnRoster],
    ['no owner', ALEX, { owner: '' }, nb.benefits.ownerNeeded],
    ['a target date in year 0', ALEX, { targetDate: '0000-12-31' }, nb.benefits.notSaved(nb.benefits.problem.targetDate)],
    ['a target date that does not exist', ALEX, { targetDate: '2027-02-30' }, nb.benefits.notSaved(nb.benefits.problem.targetDate)],
    ['a baseline out of range', ALEX, { baseline: '1e99' }, nb.benefits.notSaved(nb.benefits.problem.baseline)],
    ['a target equal to the baseline', ALEX, { target: '0' }, nb.benefits.notSaved(nb.benefits.problem.sameAsBaseline)],
    ['a kind that does not exist', ALEX, { kind: 'magic' }, nb.benefits.notSaved(nb.benefits.problem.kind)],
    ['an amount for a municipality outside the collaboration', ALEX, { 'amount:grong': '5' }, nb.general.invalidAction],
    ['an unknown field', ALEX, { sneaky: 'x' }, nb.general.invalidAction],
    ['a benefit that does not exist', ALEX, { benefitId: 'b99' }, nb.general.invalidAction],
    ['the benefit on someone else’s card', ALEX, { ...BARNEVERN, benefitId: 'b1' }, nb.general.invalidAction]
  ];

  it.each(refusals)('refuses %s with a clear answer and writes nothing', async (_name, who, changes, answer) => {
    const form = await benefitForm(ALEX, 'b1');
    const before = await snapshot();
    const replies = await harness.personal(who).submit(submittedForm(form, nb.benefits.save, { ...SAVING, target: '900 000', ...changes }));
    expect(textsOf(replies)).toEqual([answer]);
    expect(await snapshot()).toEqual(before);
  });

  it('says so when nothing changed', async () => {
    const form = await benefitForm(ALEX, 'b1');
    expect(textsOf(await harness.personal(ALEX).submit(submittedForm(form, nb.benefits.save)))).toEqual([nb.benefits.unchanged]);
  });
});

describe('the yearly economy', () => {
  it('saves one-off costs, running costs, savings and income per year', async () => {
    const [plan] = cardsOf(await harness.personal(ALEX).send('gevinster lønn'));
    const opened = await harness.personal(ALEX).submit(submittedForm(plan, nb.benefits.editYears));
    const [form] = cardsOf(opened);
    expect(textsOf(opened)).toEqual([]);
    const replies = await harness.personal(ALEX).submit(submittedForm(form, nb.benefits.saveYears, { 'oneOff:2026': '350 000', 'running:2027': '120000', 'savings:2027': '600 000' }));
    expect(textsOf(replies)).toEqual([nb.benefits.yearsSaved]);
    expect((await stored()).benefits!.years).toEqual([
      { year: 2026, oneOff: 350_000, running: 0, savings: 0, income: 0 },
      { year: 2027, oneOff: 0, running: 120_000, savings: 600_000, income: 0 }
    ]);
    expect(cardText(cardsOf(replies)[0])).toContain(nb.benefits.number(480_000));
  });

  it.each([
    ['a negative amount', { 'oneOff:2026': '-5' }, nb.benefits.badAmounts],
    ['an amount that is not a number', { 'income:2027': 'mye' }, nb.benefits.badAmounts],
    ['a year the form did not offer', { 'income:1999': '5' }, nb.general.invalidAction]
  ])('refuses %s and writes nothing', async (_name, changes, answer) => {
    const [plan] = cardsOf(await harness.personal(ALEX).send('gevinster lønn'));
    const [form] = cardsOf(await harness.personal(ALEX).submit(submittedForm(plan, nb.benefits.editYears)));
    const before = await snapshot();
    expect(textsOf(await harness.personal(ALEX).submit(submittedForm(form, nb.benefits.saveYears, changes)))).toEqual([answer]);
    expect(await snapshot()).toEqual(before);
  });
});

describe('reporting benefits in the check-in', () => {
  const checkInForm = async () => cardsOf(await harness.personal(ALEX).send('sjekk inn lønn'))[0];

  it.each([
    ['a value that is not a number', { 'benefit:b1:value': 'mye' }],
    ['a forged value out of range', { 'benefit:b1:value': '99999999999999' }],
    ['red without a comment', { 'benefit:b1:colour': 'red' }],
    ['a benefit the collaboration does not have', { 'benefit:b7:value': '5' }]
  ])('refuses %s, keeps what was typed and writes nothing', async (_name, changes) => {
    const form = await checkInForm();
    const before = await snapshot();
    const [card] = cardsOf(await harness.personal(ALEX).submit(submittedForm(form, nb.checkIn.submit, { ...filledCheckIn(), ...changes })));
    expect(cardText(card)).toContain(nb.checkIn.notSavedTitle);
    expect(cardText(card)).toContain('Sykefravær i lønnsteamet, men vi har kontroll.');
    expect(await snapshot()).toEqual(before);
  });

  it('asks for the value per planned benefit and keeps it with the answer and on the plan', async () => {
    const form = await checkInForm();
    expect(cardText(form)).toContain(`Sparte kroner per år på lønnskjøring: verdi nå (utgangspunkt 0, mål ${nb.benefits.number(1_200_000)})`);
    const replies = await harness.personal(ALEX).submit(submittedForm(form, nb.checkIn.submit, { ...filledCheckIn(), 'benefit:b1:value': '450 000', 'benefit:b1:comment': 'Færre manuelle rettinger' }));
    expect(cardText(cardsOf(replies)[0])).toContain(nb.checkIn.savedTitle);
    const [checkIn] = await testStore.store.checkIns.listSince('in-lonn', '2026-M11');
    expect(checkIn.benefits).toEqual({ b1: { value: 450_000, comment: 'Færre manuelle rettinger' } });
    expect((await stored()).benefits!.benefits[0].realised).toEqual([{ period: '2026-M11', value: 450_000, comment: 'Færre manuelle rettinger', submittedAt: NOVEMBER.toISOString() }]);
    // The form shows the answer again when reopened.
    expect(cardText(await checkInForm())).toContain('"value":"450000"');
  });

  /** The value beside a fact's title, in the card's FactSets. */
  const factOf = (card: AdaptiveCard, title: string) =>
    card.body.flatMap((e) => (e.type === 'FactSet' ? (e.facts as { title: string; value: string }[]) : [])).find((f) => f.title === title)?.value;
  const SAVED_KRONER = 'Sparte kroner per år på lønnskjøring';

  it('shows a colour with its comment when no value is given, and no benefits part when nothing was said about them', async () => {
    const [colourOnly] = cardsOf(await harness.personal(ALEX).submit(submittedForm(await checkInForm(), nb.checkIn.submit, { ...filledCheckIn(), 'benefit:b1:value': '', 'benefit:b1:colour': 'red', 'benefit:b1:comment': 'Systemet er forsinket' })));
    expect(factOf(colourOnly, SAVED_KRONER)).toBe('■ Rød – Systemet er forsinket');
    const [none] = cardsOf(await harness.personal(INGRID).submit({ verb: 'checkin.submit', networkId: 'indre-namdal', collaborationId: 'in-plan', period: '2026-T3', templateVersion: 1, ...filledCheckIn() }));
    expect(cardText(none)).toContain(nb.checkIn.savedTitle);
    expect(cardText(none)).not.toContain(`"text":"${nb.benefits.checkInHeading}"`);
  });

  it('lists the benefit answers on the receipt and in the channel summary: the value against the target and the comment', async () => {
    await harness.channel(ALEX, { id: '19:lonn@thread.tacv2;messageid=1795566968151', name: 'Lønn' }).send('koble lønn');
    // The same answer as above, so the figures the chief executives see below stay as they were.
    const answer = { 'benefit:b1:value': '450 000', 'benefit:b1:colour': '', 'benefit:b1:comment': 'Færre manuelle rettinger' };
    const [receipt] = cardsOf(await harness.personal(ALEX).submit(submittedForm(await checkInForm(), nb.checkIn.submit, { ...filledCheckIn(), ...answer })));
    const shown = `${nb.benefits.number(450_000)} \\(mål ${nb.benefits.number(1_200_000)}\\) – Færre manuelle rettinger`;
    expect(cardText(receipt)).toContain(`"text":"${nb.benefits.checkInHeading}"`);
    expect(factOf(receipt, SAVED_KRONER)).toBe(shown);
    const [posted] = harness.connector.sent.filter((s) => s.conversationId === '19:lonn@thread.tacv2');
    expect(factOf(posted.activity.attachments![0].content as AdaptiveCard, SAVED_KRONER)).toBe(shown);
  });
});

describe('what the chief executives see', () => {
  it('`status lønn` shows planned against realised with a chart and its fallback', async () => {
    const [card] = cardsOf(await harness.personal(CHIEF).send('status lønn'));
    const text = cardText(card);
    expect(text).toContain('Gevinster: 0 av 1 nådd');
    const chart = card.body.find((e) => e.type === 'Chart.VerticalBar.Grouped')!;
    expect(chart.title).toBe(nb.benefits.chartTitle);
    expect(JSON.stringify(chart.fallback)).toContain('realisert 38 %');
  });

  it('`status Lierne` shows Lierne’s benefit next to its cost share', async () => {
    const [card] = cardsOf(await harness.personal(CHIEF).send('status Lierne'));
    // The line under Lønn's row: its last period and Lierne's part of the benefit.
    const text = cardText(card);
    const lonn = text.indexOf('"Lønn – Gul"');
    expect(lonn).toBeGreaterThan(-1);
    expect(text.slice(lonn).match(/"text":"(Sist: [^"]*)"/)?.[1]).toBe(`Sist: november 2026 · gevinst: ${nb.cost.kroner(150_000)} av ${nb.cost.kroner(400_000)} realisert`);
  });

  it('«hva kan vi feire?» names a benefit once a reported value reaches its target', async () => {
    const form = cardsOf(await harness.personal(ALEX).send('sjekk inn lønn'))[0];
    const replies = await harness.personal(ALEX).submit(submittedForm(form, nb.checkIn.submit, { 'benefit:b1:value': '1 250 000' }));
    expect(cardText(cardsOf(replies)[0])).toContain(nb.checkIn.updatedTitle);

    const [card] = cardsOf(await harness.personal(CHIEF).send('hva kan vi feire?'));
    const lines = card.body.flatMap((e) => (e.items as { text: string }[] | undefined) ?? []).map((i) => i.text);
    // Card text escapes Markdown: the parentheses arrive as \( and \), shown as typed.
    expect(lines).toContain(`Gevinst nådd: Sparte kroner per år på lønnskjøring \\(${nb.benefits.number(1_250_000)}\\)`);
  });

  it('flags a late benefit and a collaboration in operation without a benefits plan', async () => {
    await testStore.store.directory.updateCollaboration('indre-namdal', 'in-barnevern', (c) => ({
      ...c,
      phase: 'drift',
      benefits: { benefits: [{ id: 'b1', kind: 'time', indicator: 'Ventetid', baseline: 10, target: 5, since: '2025-01-01', targetDate: '2026-06-30', owner: ALEX, realised: [] }], years: [] }
    }));
    await testStore.store.directory.updateCollaboration('indre-namdal', 'in-ppt', (c) => ({ ...c, phase: 'drift' }));
    const overview = cardsOf(await harness.personal(ALEX).send('status')).map(cardText).find((c) => c.includes('Barnevern'))!;
    expect(overview).toMatch(/Barnevern[^●○]*Gevinst forsinket/);
    expect(overview).toMatch(/PPT[^●○]*I drift uten gevinstplan/);
  });
});

describe('mine data', () => {
  it('names the benefits a person owns', async () => {
    const [card] = cardsOf(await harness.personal(INGRID).send('mine data'));
    expect(cardText(card)).toContain('Lønn: Sparte kroner per år på lønnskjøring');
  });
});

describe('the demo data', () => {
  it('has Solør’s Landbruk in operation with a benefits plan and two years of values', async () => {
    const [card] = cardsOf(await harness.personal(ALEX).send('gevinster landbruk'));
    expect(cardText(card)).toContain('Solør · fase: Drift · 3 planlagte gevinster');
    const chart = card.body.find((e) => e.type === 'Chart.VerticalBar.Grouped')!;
    const years = (chart.data as { values: { x: string }[] }[])[1].values.map((v) => v.x);
    expect(years).toEqual(['2024', '2025', '2026']);
    const [status] = cardsOf(await harness.personal(ALEX).send('status landbruk'));
    expect(cardText(status)).toContain('Gevinster: 1 av 3 nådd');
  });

  it('has Solør’s Tekniske tjenester in utredning with its checklist half done', async () => {
    const [card] = cardsOf(await harness.personal(ALEX).send('sjekkliste tekniske tjenester'));
    expect(cardText(card)).toMatch(/Solør · fase: Utredning · \d+ av \d+ punkter ferdige/);
    expect(cardText(card)).toContain('Idé (4 av 4)');
    expect(cardText(card)).toContain('ref.: PS');
  });
});

describe('the admin form’s phase change follows the checklist', () => {
  const TEKNISK = { networkId: 'solor', collaborationId: 'so-teknisk' };
  const save = { verb: 'admin.collaboration.save', ...TEKNISK, name: 'Tekniske tjenester', aliases: 'teknisk', sector: 'teknisk', legalForm: 'prosjekt', participants: 'valer,asnes,grue', cadence: 'tertial' };
  const teknisk = () => stored(TEKNISK);
  const phaseEntries = async () => (await testStore.store.audit.recent('solor', 50)).filter((e) => e.action === 'phase.changed');

  it('asks for a reason on the form of a collaboration with a checklist', async () => {
    const [card] = cardsOf(await harness.personal(ALEX).submit({ verb: 'admin.open', networkId: 'solor', section: 'collaboration', itemId: 'so-teknisk' }));
    expect(card.body.find((e) => e.id === 'phaseReason')).toMatchObject({ label: nb.checklist.reasonInput });
  });

  it('refuses to skip past open items without a reason, and writes nothing', async () => {
    const before = [await teknisk(), (await testStore.store.audit.recent('solor', 50)).length];
    const texts = textsOf(await harness.personal(ALEX).submit({ ...save, phase: 'vedtak' }));
    expect(texts).toHaveLength(1);
    expect(texts[0]).toMatch(/^\d+ punkter i fasen Utredning er ikke ferdige\. Skriv en begrunnelse/);
    expect([await teknisk(), (await testStore.store.audit.recent('solor', 50)).length]).toEqual(before);
  });

  it('moves with a reason and logs it as the checklist’s «Flytt til fase» does; going back needs none', async () => {
    expect(textsOf(await harness.personal(ALEX).submit({ ...save, phase: 'vedtak', phaseReason: 'Kommunestyrene behandler saken i desember.' }))).toEqual(['Tekniske tjenester er lagret.']);
    expect((await teknisk()).phase).toBe('vedtak');
    expect((await phaseEntries())[0]).toMatchObject({ subject: 'Tekniske tjenester', before: { phase: 'utredning' }, after: { phase: 'vedtak', reason: 'Kommunestyrene behandler saken i desember.' } });
    expect(textsOf(await harness.personal(ALEX).submit({ ...save, phase: 'utredning' }))).toEqual(['Tekniske tjenester er lagret.']);
    expect((await teknisk()).phase).toBe('utredning');
    // Both entries carry the harness's one instant, so the log's order between them is not asserted.
    expect(await phaseEntries()).toEqual(
      expect.arrayContaining([expect.objectContaining({ before: { phase: 'vedtak' }, after: { phase: 'utredning' } })])
    );
    expect(await phaseEntries()).toHaveLength(2);
  });
});

describe('revising the checklist template', () => {
  const template = () => testStore.store.planning.getChecklistTemplate('solor', 'sjekkliste');

  it('is for admins only', async () => {
    expect(textsOf(await harness.personal(MEMBER).send('sjekklistemal'))).toEqual([nb.checklist.templateOnlyAdmins]);
  });

  it('saves a new version with reworded, retired and new points, used by checklists started from then on', async () => {
    const cards = cardsOf(await harness.personal(ALEX).send('sjekklistemal'));
    const solor = cards.find((c) => cardText(c).includes('Sjekklistemal – Solør'))!;
    const replies = await harness.personal(ALEX).submit(
      submittedForm(solor, nb.checklist.saveTemplate, { 'label:swot': 'SWOT-analyse', 'retire:communicationPlan': 'true', newLabel: 'Risiko- og sårbarhetsanalyse', newPhase: 'utredning' })
    );
    expect(textsOf(replies)).toEqual([nb.checklist.templateSaved(2)]);
    const saved = (await template())!;
    expect(saved.versions.map((v) => [v.version, v.validFrom])).toEqual([[1, '2020-01-01'], [2, '2026-11-25']]);
    expect(saved.versions[1].points.map((p) => p.key)).toContain('risiko-og-sarbarhetsanalyse');
    expect(saved.versions[1].points.map((p) => p.key)).not.toContain('communicationPlan');
    expect((await testStore.store.audit.recent('solor', 50)).find((e) => e.action === 'template.changed')).toMatchObject({ after: { version: 2, retired: 'communicationPlan' } });
    // A checklist under way keeps its items; one started now has the new point.
    expect((await stored(TEKNISK_IDS)).checklist!.items.map((i) => i.key)).toContain('communicationPlan');
    const [fresh] = cardsOf(await harness.personal(ALEX).send('sjekkliste økonomi og regnskap'));
    expect(cardText(fresh)).toContain('Risiko- og sårbarhetsanalyse');
    expect(cardText(fresh)).not.toContain('Kommunikasjonsplan');

    // The same card again is stale: two saves from one version never make two version 2s.
    const again = await harness.personal(ALEX).submit(submittedForm(solor, nb.checklist.saveTemplate, { 'label:swot': 'SWOT' }));
    expect(textsOf(again)).toEqual([nb.checklist.templateProblem.stale]);
    expect((await template())!.versions).toHaveLength(2);
  });

  it.each([
    ['an empty label', { 'label:swot': ' ' }, nb.checklist.templateProblem.label],
    ['a point the template does not have', { 'label:madeUp': 'x' }, nb.checklist.templateProblem.unknownPoint],
    ['an unknown field', { sneaky: 'x' }, nb.general.invalidAction],
    ['a member', { 'label:swot': 'x' }, nb.checklist.templateOnlyAdmins]
  ])('refuses %s and writes nothing', async (name, changes, answer) => {
    const [card] = cardsOf(await harness.personal(ALEX).send('sjekklistemal')).filter((c) => cardText(c).includes('Solør'));
    const before = [await template(), (await testStore.store.audit.recent('solor', 50)).length];
    const who = name === 'a member' ? MEMBER : ALEX;
    expect(textsOf(await harness.personal(who).submit(submittedForm(card, nb.checklist.saveTemplate, changes)))).toEqual([answer]);
    expect([await template(), (await testStore.store.audit.recent('solor', 50)).length]).toEqual(before);
  });
});
