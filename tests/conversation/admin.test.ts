import type { AdaptiveCard } from '../../src/core/card';
import type { Person } from '../../src/domain/types';
import { loadConfig } from '../../src/config';
import { sign } from '../../src/features/signing';
import { BOT, cardsOf, cardText, createHarness, filledCheckIn, submittedForm, TEAM_ID, textsOf, type Harness, testPerson } from '../support/conversation';
import { startTestStore, type TestStore } from '../support/store';
import { catalogues } from '../../src/features';

const { nb } = catalogues;

const NOW = new Date('2026-11-25T10:00:00+01:00');
const TENANT = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';
const person = (n: number, name: string): Person => testPerson(TENANT, 100 + n, name);
const KARI = person(1, 'Kari Sekretariat');
const LISE = person(2, 'Lise Lønnsleder');
const PER = person(3, 'Per Personal');
const GURO = person(4, 'Guro Grong');
const rosterEntry = (p: Person) => ({ id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId, name: p.name });

let testStore: TestStore;
let harness: Harness;
beforeEach(async () => {
  testStore = await startTestStore();
  harness = await createHarness(testStore.store, { now: NOW });
});
afterEach(async () => {
  await harness.close();
  await testStore.close();
});

/** Every object in a card that carries action data with this verb. */
function actionsWith(card: AdaptiveCard, verb: string): Record<string, unknown>[] {
  const found: Record<string, unknown>[] = [];
  const walk = (node: unknown) => {
    if (Array.isArray(node)) return node.forEach(walk);
    if (typeof node !== 'object' || node === null) return;
    const data = (node as { data?: { verb?: unknown } }).data;
    if (data?.verb === verb) found.push(data as Record<string, unknown>);
    Object.values(node).forEach(walk);
  };
  walk(card);
  return found;
}

/** The choices of an Input.ChoiceSet by its id, as title → value. */
function choices(card: AdaptiveCard, id: string): Map<string, string> {
  const input = card.body.find((e) => e.id === id) as { choices: { title: string; value: string }[] } | undefined;
  return new Map((input?.choices ?? []).map((c) => [c.title, c.value]));
}

const texts = async (replies: Promise<Parameters<typeof textsOf>[0]>) => textsOf(await replies).join('\n');

/** Kari builds a network from an empty store, as the issue's «done when» walk does. */
async function buildNetwork(): Promise<void> {
  const kari = harness.personal(KARI);
  const first = await kari.send('admin');
  expect(textsOf(first)).toEqual([nb.admin.firstNetwork]);
  expect(cardText(cardsOf(first).at(-1)!)).toContain(TENANT); // the form suggests her own tenant
  expect(await texts(kari.submit({ verb: 'admin.network.save', name: 'Indre Namdal', tenantIds: TENANT, language: 'nb', retentionMonths: '36' }))).toBe(
    'Indre Namdal er lagret.'
  );
  for (const [name, number, population] of [['Røyrvik', '5043', '460'], ['Lierne', '5042', '1330'], ['Grong', '5045', '2400']]) {
    expect(await texts(kari.submit({ verb: 'admin.municipality.save', networkId: 'indre-namdal', name, number, population }))).toBe(`${name} er lagret.`);
  }
  const collaboration = { verb: 'admin.collaboration.save', networkId: 'indre-namdal', aliases: '', sector: 'HR', legalForm: 'administrativt vertskommunesamarbeid', fixedSharePercent: '', goals: '' };
  await kari.submit({ ...collaboration, name: 'Lønn', aliases: 'lønnssamarbeidet', participants: 'royrvik,lierne', host: 'lierne', cadence: 'monthly', phase: 'drift', goals: 'Riktig lønn til rett tid\nÉn felles lønnsrutine' });
  await kari.submit({ ...collaboration, name: 'Barnevern', sector: 'oppvekst', participants: 'royrvik,lierne,grong', host: 'grong', cadence: 'tertial', phase: 'etablering', fixedSharePercent: '30' });
  // The bot is added to the secretariat's team; its roster is where people are chosen from.
  harness.connector.rosters.set(TEAM_ID, [KARI, LISE, PER, GURO].map(rosterEntry));
  await harness.channel(KARI, { id: TEAM_ID, name: 'General' }).send({ type: 'conversationUpdate', membersAdded: [BOT], channelData: { tenant: { id: TENANT }, team: { id: TEAM_ID, name: 'Sekretariatet' } } });
}

/** Opens the people picker and gives the named person a role. */
async function grant(name: string, role: string, extra: Record<string, string> = {}): Promise<string> {
  const picker = cardsOf(await harness.personal(KARI).submit({ verb: 'admin.people', networkId: 'indre-namdal' }))[0];
  const value = choices(picker, 'person').get(name)!;
  expect(value).toBeDefined();
  return texts(harness.personal(KARI).submit({ verb: 'admin.role.grant', networkId: 'indre-namdal', person: value, role, ...extra }));
}

describe('building a network from chat', () => {
  it('starts from an empty store: network, three municipalities, two collaborations, roles from the team roster; a leader checks in', async () => {
    await buildNetwork();
    const network = (await testStore.store.directory.getNetwork('indre-namdal'))!;
    expect(network).toMatchObject({ name: 'Indre Namdal', tenantIds: [TENANT], language: 'nb', retention: { checkInMonths: 36 } });
    expect(network.municipalities.map((m) => [m.name, m.number, m.population])).toEqual([['Røyrvik', '5043', 460], ['Lierne', '5042', 1330], ['Grong', '5045', 2400]]);
    const lonn = (await testStore.store.directory.getCollaboration('indre-namdal', 'lonn'))!.value;
    expect(lonn).toMatchObject({ participantIds: ['royrvik', 'lierne'], hostMunicipalityId: 'lierne', cadence: 'monthly', phase: 'drift', goals: ['Riktig lønn til rett tid', 'Én felles lønnsrutine'], aliases: ['lønnssamarbeidet'], reportingSince: '2026-11-01' });
    expect((await testStore.store.directory.getCollaboration('indre-namdal', 'barnevern'))!.value.costKey).toEqual({ fixedShare: 0.3 });

    expect(await grant('Lise Lønnsleder', 'leader', { collaborationId: 'lonn' })).toBe('Lise Lønnsleder har nå rollen: leder for Lønn.');
    expect(await grant('Guro Grong', 'kommunedirektør', { municipalityId: 'grong' })).toBe('Guro Grong har nå rollen: kommunedirektør i Grong.');
    const lise = (await testStore.store.profiles.get(LISE))!;
    expect(lise.memberships).toEqual([{ networkId: 'indre-namdal', roles: ['member'] }]);
    expect(lise.teamMember).toMatchObject({ teamId: TEAM_ID, userId: `29:${LISE.aadObjectId}` }); // so reminders can reach her

    // Lise checks in; Guro sees the status.
    const form = cardsOf(await harness.personal(LISE).send('sjekk inn')).at(-1)!;
    const envelope = actionsWith(form, 'checkin.submit')[0];
    expect(envelope).toMatchObject({ collaborationId: 'lonn', period: '2026-M11' });
    await harness.personal(LISE).submit({ ...envelope, ...filledCheckIn() });
    const status = cardText(cardsOf(await harness.personal(GURO).send('status lønn')).at(-1)!);
    expect(status).toContain('Sykefravær i lønnsteamet');

    // The overview counts what was built, and the log has every step with who did it.
    const overview = cardText(cardsOf(await harness.personal(KARI).send('admin'))[0]);
    expect(overview).toContain('3 kommuner · 2 samarbeid · 3 personer med roller');
    const log = cardText(cardsOf(await harness.personal(KARI).send('logg'))[0]);
    for (const line of ['Opprettet nettverket Indre Namdal', 'La til kommunen Grong', 'Opprettet samarbeidet Barnevern', 'Ga Lise Lønnsleder en rolle', 'Kari Sekretariat']) {
      expect(log).toContain(line);
    }
  });

  it('changes a leader and a question: the new leader checks in on the new wording, and the history still reads', async () => {
    await buildNetwork();
    await grant('Lise Lønnsleder', 'leader', { collaborationId: 'lonn' });
    const liseForm = cardsOf(await harness.personal(LISE).send('sjekk inn lønn')).at(-1)!;
    await harness.personal(LISE).submit({ ...actionsWith(liseForm, 'checkin.submit')[0], ...filledCheckIn({ celebrate: 'Lise sitt svar' }) });

    const roles = cardsOf(await harness.personal(KARI).submit({ verb: 'admin.open', networkId: 'indre-namdal', section: 'roles' }))[0];
    const removeLise = actionsWith(roles, 'admin.role.revoke').find((d) => d.aadObjectId === LISE.aadObjectId && d.role === 'leader')!;
    expect(await texts(harness.personal(KARI).submit(removeLise))).toBe('Lise Lønnsleder har ikke lenger rollen: leder for Lønn.');
    await grant('Per Personal', 'leader', { collaborationId: 'lonn' });

    expect(await texts(harness.personal(LISE).send('sjekk inn lønn'))).toBe(nb.checkIn.notLeader('Lønn'));

    // A question is reworded in November; it applies from December, the next period.
    const template = cardsOf(await harness.personal(KARI).send('mal'))[0];
    const reworded = 'I hvilken grad stoler kommunene på hverandre?';
    expect(await texts(harness.personal(KARI).submit(submittedForm(template, nb.templates.save, { 'label.trust': reworded })))).toContain('gjelder fra 1. desember 2026');
    expect(cardText(cardsOf(await harness.personal(PER).send('sjekk inn')).at(-1)!)).toContain('I hvilken grad opplever du tillit mellom deltakerkommunene?');
    harness.setNow(new Date('2026-12-28T10:00:00+01:00'));
    const perForm = cardsOf(await harness.personal(PER).send('sjekk inn')).at(-1)!;
    expect(cardText(perForm)).toContain(reworded);
    await harness.personal(PER).submit({ ...actionsWith(perForm, 'checkin.submit')[0], ...filledCheckIn({ overall: 'green', celebrate: 'Per sitt svar' }) });
    const lonn = (await testStore.store.directory.getCollaboration('indre-namdal', 'lonn'))!.value;
    expect(lonn.leaders.map((l) => l.name)).toEqual(['Per Personal']);
    expect(lonn.status.periods.map((p) => [p.period, p.overall])).toEqual([['2026-M12', 'green'], ['2026-M11', 'yellow']]);
    // Lise keeps read access as a member; the November answers stay hers in the history.
    const stored = await testStore.store.checkIns.listSince('lonn', '2026-M11');
    expect(stored.map((c) => [c.period, c.respondent.name, c.templateVersion])).toEqual([['2026-M11', 'Lise Lønnsleder', 1], ['2026-M12', 'Per Personal', 2]]);
    // The trust answers compare across the change of wording (5 in both periods).
    const trend = cardText(cardsOf(await harness.personal(KARI).send('trend tillit')).at(-1)!);
    expect(trend).toContain('Lønn');
    expect(trend).toContain('5,0');
    expect(cardText(cardsOf(await harness.personal(KARI).send('status lønn')).at(-1)!)).toContain('Per sitt svar');
  });
});

describe('editing', () => {
  it('opens each part of the setup, changes a municipality, and removes one no collaboration uses', async () => {
    await buildNetwork();
    const kari = harness.personal(KARI);
    const open = async (section: string, itemId?: string) =>
      cardsOf(await kari.submit({ verb: 'admin.open', networkId: 'indre-namdal', section, ...(itemId ? { itemId } : {}) }))[0];
    expect((await open('network')).body[0].text).toBe('Innstillinger – Indre Namdal');
    expect(cardText(await open('collaborations'))).toContain('Drift · ingen leder');
    expect(cardText(await open('collaboration', 'barnevern'))).toContain('"value":"royrvik,lierne,grong"');
    const lierne = await open('municipality', 'lierne');
    expect(await texts(kari.submit(submittedForm(lierne, nb.admin.save, { population: '1350' })))).toBe('Lierne er lagret.');
    await kari.submit({ verb: 'admin.municipality.save', networkId: 'indre-namdal', name: 'Namsskogan', number: '5044', population: '840' });
    expect(cardText(await open('municipalities'))).toContain('5044 · 840 innbyggere');
    expect(await texts(kari.submit({ verb: 'admin.municipality.remove', networkId: 'indre-namdal', municipalityId: 'namsskogan' }))).toBe('Namsskogan er fjernet fra nettverket.');
    const network = (await testStore.store.directory.getNetwork('indre-namdal'))!;
    expect(network.municipalities.map((m) => [m.id, m.population])).toEqual([['royrvik', 460], ['lierne', 1350], ['grong', 2400]]);
    const log = cardText(cardsOf(await kari.send('logg'))[0]);
    expect(log).toContain('Fjernet kommunen Namsskogan');
    expect(log).toContain('Innbyggere: 1330 → 1350');
  });
});

describe('choosing people', () => {
  it('lists the team roster a page at a time, never free text, and tells the admin when there is no team', async () => {
    const kari = harness.personal(KARI);
    await kari.send('admin');
    await kari.submit({ verb: 'admin.network.save', name: 'Indre Namdal', tenantIds: TENANT, language: 'nb', retentionMonths: '' });
    expect(await texts(kari.submit({ verb: 'admin.people', networkId: 'indre-namdal' }))).toBe(nb.admin.noTeam);

    const staff = Array.from({ length: 70 }, (_, i) => person(0, `Ansatt ${String(i).padStart(2, '0')}`)).map((p, i) => ({ ...p, aadObjectId: `staff-${i}` }));
    harness.connector.rosters.set(TEAM_ID, [...staff, LISE].map(rosterEntry));
    await harness.channel(KARI, { id: TEAM_ID, name: 'General' }).send({ type: 'conversationUpdate', membersAdded: [BOT], channelData: { tenant: { id: TENANT }, team: { id: TEAM_ID, name: 'Sekretariatet' } } });
    const first = cardsOf(await kari.submit({ verb: 'admin.people', networkId: 'indre-namdal' }))[0];
    expect(first.body[0].text).toBe('Velg fra teamet Sekretariatet');
    expect(choices(first, 'person').size).toBe(50);
    expect(first.body.some((e) => e.type === 'Input.Text')).toBe(false);
    const next = actionsWith(first, 'admin.people')[0];
    // Teams sends the card's inputs along with the button's data.
    const second = cardsOf(await kari.submit({ ...next, role: 'admin', person: '' }))[0];
    expect([...choices(second, 'person').keys()]).toContain('Lise Lønnsleder');
    expect(choices(second, 'person').size).toBe(21);
    expect(actionsWith(second, 'admin.people')).toEqual([]);
    expect(await texts(kari.submit({ verb: 'admin.role.grant', networkId: 'indre-namdal', person: '', role: 'admin' }))).toBe(nb.admin.choosePerson);
    expect(await texts(kari.submit({ verb: 'admin.role.grant', networkId: 'indre-namdal', person: choices(second, 'person').get('Lise Lønnsleder')!, role: '' }))).toBe(nb.admin.chooseRole);
    expect(await texts(kari.submit({ verb: 'admin.role.grant', networkId: 'indre-namdal', person: choices(second, 'person').get('Lise Lønnsleder')!, role: 'admin' }))).toBe('Lise Lønnsleder har nå rollen: administrator.');
  });
});

describe('admin refusals', () => {
  /** One valid submission per admin operation, as an admin of Indre Namdal would send it. */
  const operations = async (): Promise<Record<string, Record<string, unknown>>> => ({
    open: { verb: 'admin.open', networkId: 'indre-namdal', section: 'roles' },
    network: { verb: 'admin.network.save', networkId: 'indre-namdal', name: 'Overtatt', tenantIds: TENANT, language: 'en', retentionMonths: '' },
    municipality: { verb: 'admin.municipality.save', networkId: 'indre-namdal', name: 'Namsskogan', number: '5044', population: '840' },
    removeMunicipality: { verb: 'admin.municipality.remove', networkId: 'indre-namdal', municipalityId: 'grong' },
    collaboration: { verb: 'admin.collaboration.save', networkId: 'indre-namdal', collaborationId: 'lonn', name: 'Lønn', sector: 'HR', legalForm: 'prosjekt', participants: 'royrvik', cadence: 'monthly', phase: 'avvikling' },
    people: { verb: 'admin.people', networkId: 'indre-namdal' },
    grant: { verb: 'admin.role.grant', networkId: 'indre-namdal', person: await pickerValue('Per Personal'), role: 'admin' },
    revoke: { verb: 'admin.role.revoke', networkId: 'indre-namdal', tenantId: TENANT, aadObjectId: KARI.aadObjectId, role: 'admin' },
    withdrawInvitation: { verb: 'admin.invitation.withdraw', networkId: 'indre-namdal', tenantId: INVITED }
  });
  const INVITED = '77777777-2222-4333-8444-555555555555';
  const pickerValue = async (name: string) => choices(cardsOf(await harness.personal(KARI).submit({ verb: 'admin.people', networkId: 'indre-namdal' }))[0], 'person').get(name)!;

  /** Everything an admin operation could change. */
  const snapshot = async () => ({
    network: await testStore.store.directory.getNetwork('indre-namdal'),
    collaborations: (await testStore.store.directory.loadNetworks(['indre-namdal'])).collaborations,
    // Roles only: a first message also stores the person's chat, which is not an admin change.
    roles: (await testStore.store.profiles.withRoles()).map((p) => [p.aadObjectId, p.memberships]),
    audit: await testStore.store.audit.recent('indre-namdal', 100),
    invitations: await testStore.store.invitations.pending('indre-namdal')
  });

  it('refuses every operation to kommunedirektører, leaders, members, strangers and admins of another network, changing nothing', async () => {
    await buildNetwork();
    await grant('Guro Grong', 'kommunedirektør', { municipalityId: 'grong' });
    await grant('Lise Lønnsleder', 'leader', { collaborationId: 'lonn' });
    await grant('Per Personal', 'member');
    const stranger = person(5, 'Sam Utenfor');
    const otherAdmin = person(6, 'Ola Annetnettverk');
    await testStore.store.directory.putNetwork({ id: 'solor', name: 'Solør', tenantIds: [TENANT], municipalities: [] });
    await testStore.store.profiles.put({ ...otherAdmin, memberships: [{ networkId: 'solor', roles: ['admin'] }] });
    await testStore.store.invitations.put({ networkId: 'indre-namdal', tenantId: INVITED, codeHash: 'c0de', expiresAt: '2026-12-09T09:00:00.000Z' });
    const submissions = await operations();
    const before = await snapshot();
    for (const who of [GURO, LISE, PER, stranger, otherAdmin]) {
      for (const [operation, data] of Object.entries(submissions)) {
        const answer = await texts(harness.personal(who).submit(data));
        const expected = [GURO, LISE, PER].includes(who) ? nb.admin.onlyAdmins('Indre Namdal') : nb.general.invalidAction;
        expect({ who: who.name, operation, answer }).toEqual({ who: who.name, operation, answer: expected });
      }
      // `admin` shows an admin only their own network; the others are told it is for admins.
      const own = cardsOf(await harness.personal(who).send('admin')).map(cardText).join();
      expect(own.includes('Indre Namdal')).toBe(false);
      if (who !== otherAdmin) expect(await texts(harness.personal(who).send('admin'))).toBe(nb.admin.onlyAdminsAny);
    }
    expect(await snapshot()).toEqual(before);
  });

  it('refuses bad input with the field named and saves nothing', async () => {
    await buildNetwork();
    const kari = harness.personal(KARI);
    const before = await snapshot();
    expect(await texts(kari.submit({ verb: 'admin.municipality.save', networkId: 'indre-namdal', name: 'grong', number: '545', population: '-3' }))).toBe(
      'Ingenting ble lagret:\n\nNavn finnes allerede i nettverket.\n\nKommunenummer må være et kommunenummer med fire sifre.\n\nInnbyggere må være et helt tall, 0 eller mer.'
    );
    expect(await texts(kari.submit({ verb: 'admin.collaboration.save', networkId: 'indre-namdal', name: 'PPT', sector: '', legalForm: 'prosjekt', participants: 'lierne,oslo', host: 'grong', cadence: 'tertial', phase: 'idé' }))).toBe(
      'Ingenting ble lagret:\n\nDeltakere nevner en kommune som ikke er med i nettverket.\n\nVertskommune må også være deltaker.'
    );
    expect(await texts(kari.submit({ verb: 'admin.network.save', networkId: 'indre-namdal', name: 'Indre Namdal', tenantIds: 'ikke-en-guid', language: 'nb', retentionMonths: '2' }))).toBe(
      'Ingenting ble lagret:\n\nTenanter må være tenant-ID-er fra Microsoft 365 (GUID).\n\nOppbevaring må være mellom 12 og 120 måneder.'
    );
    expect(await texts(kari.submit({ verb: 'admin.network.save', networkId: 'indre-namdal', name: 'Indre Namdal', tenantIds: '11111111-2222-4333-8444-555555555555', language: 'nb', retentionMonths: '' }))).toBe(
      `${nb.admin.notSaved} ${nb.admin.ownTenant}`
    );
    expect(await texts(kari.submit({ verb: 'admin.municipality.remove', networkId: 'indre-namdal', municipalityId: 'grong' }))).toBe('Ingenting ble lagret: Grong er fortsatt med i et samarbeid.');
    // Forged: a person the bot never listed, an unknown field, another network's collaboration.
    expect(await texts(kari.submit({ verb: 'admin.role.grant', networkId: 'indre-namdal', person: 'eyJvIjoiZmFrZSJ9.c2lnbmVk', role: 'admin' }))).toBe(nb.general.invalidAction);
    expect(await texts(kari.submit({ verb: 'admin.municipality.save', networkId: 'indre-namdal', name: 'X', number: '5041', population: '1', extra: 1 }))).toBe(nb.general.invalidAction);
    expect(await texts(kari.submit({ verb: 'admin.open', networkId: 'indre-namdal', section: 'collaboration', itemId: 'in-lonn' }))).toBe(nb.general.invalidAction);
    expect(await texts(kari.submit({ verb: 'admin.role.revoke', networkId: 'indre-namdal', tenantId: TENANT, aadObjectId: KARI.aadObjectId, role: 'admin' }))).toBe(nb.admin.lastAdmin);
    expect(await snapshot()).toEqual(before);

    // Once Lønn has history, its reporting rhythm is fixed.
    await grant('Lise Lønnsleder', 'leader', { collaborationId: 'lonn' });
    const form = cardsOf(await harness.personal(LISE).send('sjekk inn')).at(-1)!;
    await harness.personal(LISE).submit({ ...actionsWith(form, 'checkin.submit')[0], ...filledCheckIn() });
    const edit = { verb: 'admin.collaboration.save', networkId: 'indre-namdal', collaborationId: 'lonn', name: 'Lønn', sector: 'HR', legalForm: 'prosjekt', participants: 'royrvik,lierne', cadence: 'tertial', phase: 'drift' };
    expect(await texts(kari.submit(edit))).toBe(nb.admin.cadenceFixed('Lønn'));
    expect(await texts(kari.submit({ ...edit, cadence: 'monthly', phase: 'evaluering' }))).toBe('Lønn er lagret.');
    const lonn = (await testStore.store.directory.getCollaboration('indre-namdal', 'lonn'))!.value;
    expect(lonn).toMatchObject({ phase: 'evaluering', legalForm: 'prosjekt', leaders: [LISE], status: { periods: [{ period: '2026-M11' }] } });
    expect(lonn.hostMunicipalityId).toBeUndefined();
  });
});

describe('network settings', () => {
  it('sets the language of replies for the network’s people', async () => {
    await buildNetwork();
    const kari = harness.personal(KARI);
    await kari.submit({ verb: 'admin.network.save', networkId: 'indre-namdal', name: 'Indre Namdal', tenantIds: TENANT, language: 'nn', retentionMonths: '' });
    // Teams clients in English say nothing about the person's wish; the network's language decides.
    const help = cardText(cardsOf(await kari.send({ type: 'message', text: 'hjelp', locale: 'en-US' }))[0]);
    expect(help).toContain(catalogues.nn.help.helpTitle);
    expect((await testStore.store.directory.getNetwork('indre-namdal'))!.retention).toBeUndefined();
  });
});

describe('the first network in production', () => {
  const production = (firstAdmins: string) =>
    loadConfig({
      MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555',
      MICROSOFT_APP_TYPE: 'UserAssignedMSI',
      MICROSOFT_APP_TENANT_ID: TENANT,
      COSMOS_ENDPOINT: 'https://sampuls.documents.azure.com:443/',
      BLOB_ENDPOINT: 'https://sampulsdocs.blob.core.windows.net',
      SAMPULS_BOOTSTRAP_ADMINS: firstAdmins
    });

  it('is set up only by a first admin the configuration names: a stranger on the empty store gets a clear line and nothing is written', async () => {
    const loaded = production(`${TENANT}:${KARI.aadObjectId}`);
    const bot = await createHarness(testStore.store, { now: NOW, firstAdmins: loaded.ok ? loaded.config.bootstrapAdmins : [] });
    try {
      const newNetwork = (tenantIds: string) => ({ verb: 'admin.network.save', name: 'Kapret', tenantIds, language: 'nb', retentionMonths: '' });
      const stranger = { ...person(5, 'Sam Utenfor'), tenantId: '99999999-2222-4333-8444-555555555555' };
      for (const who of [stranger, LISE]) {
        expect(await texts(bot.personal(who).send('admin'))).toBe(nb.admin.noNetworkYet);
        expect(await texts(bot.personal(who).submit({ verb: 'admin.open', section: 'network' }))).toBe(nb.admin.noNetworkYet);
        expect(await texts(bot.personal(who).submit(newNetwork(who.tenantId)))).toBe(nb.admin.noNetworkYet);
      }
      expect(await testStore.store.directory.listNetworkIds()).toEqual([]);
      expect(await testStore.store.profiles.withRoles()).toEqual([]);

      const kari = bot.personal(KARI);
      expect(textsOf(await kari.send('admin'))).toEqual([nb.admin.firstNetwork]);
      expect(await texts(kari.submit({ ...newNetwork(TENANT), name: 'Indre Namdal' }))).toBe('Indre Namdal er lagret.');
      expect((await testStore.store.profiles.get(KARI))?.memberships).toEqual([{ networkId: 'indre-namdal', roles: ['admin'] }]);
      // Once there is a network, the others are told it is for its admins.
      expect(await texts(bot.personal(LISE).send('admin'))).toBe(nb.admin.onlyAdminsAny);
    } finally {
      await bot.close();
    }
  });
});

describe('tenants join only with proof', () => {
  const NABO = '99999999-2222-4333-8444-555555555555';
  const NABO_TEAM = '19:nabo-general@thread.tacv2';
  const OLA = { ...person(7, 'Ola Nabokommune'), tenantId: NABO };
  const code = (text: string) => /koden ([A-Z0-9]{4}(?:-[A-Z0-9]{4}){3})/.exec(text)?.[1];
  const saveTenants = (tenantIds: string) =>
    texts(harness.personal(KARI).submit({ verb: 'admin.network.save', networkId: 'indre-namdal', name: 'Indre Namdal', tenantIds, language: 'nb', retentionMonths: '' }));

  it('a rogue admin who types another organisation’s tenant id only invites it: its teams stay out of the roster picker and role grants', async () => {
    await buildNetwork();
    // The other organisation uses the same deployment in a network of its own, with the bot in its team.
    await testStore.store.directory.putNetwork({ id: 'nabo', name: 'Nabo', tenantIds: [NABO], municipalities: [] });
    harness.connector.rosters.set(NABO_TEAM, [rosterEntry(OLA)]);
    await harness.channel(OLA, { id: NABO_TEAM, name: 'General' }).send({ type: 'conversationUpdate', membersAdded: [BOT], channelData: { tenant: { id: NABO }, team: { id: NABO_TEAM, name: 'Nabo' } } });

    const reply = await saveTenants(`${TENANT}, ${NABO}`);
    expect(reply).toContain(nb.admin.invited(NABO, code(reply)!));
    expect((await testStore.store.directory.getNetwork('indre-namdal'))!.tenantIds).toEqual([TENANT]);
    const picker = cardText(cardsOf(await harness.personal(KARI).submit({ verb: 'admin.people', networkId: 'indre-namdal' }))[0]);
    expect(picker).toContain('Kari Sekretariat');
    expect(picker).not.toContain('Nabo');
    expect(picker).not.toContain(OLA.name);
    expect(await texts(harness.personal(KARI).submit({ verb: 'admin.people', networkId: 'indre-namdal', teamId: NABO_TEAM }))).toBe(nb.general.invalidAction);
    const forged = sign({ o: OLA.aadObjectId, n: OLA.name, u: `29:${OLA.aadObjectId}`, c: NABO_TEAM }, 'test-secret-that-is-long-enough-for-hmac');
    expect(await texts(harness.personal(KARI).submit({ verb: 'admin.role.grant', networkId: 'indre-namdal', person: forged, role: 'admin' }))).toBe(nb.general.invalidAction);
    expect((await testStore.store.profiles.get(OLA))?.memberships ?? []).toEqual([]);
  });

  it('an admin sees a pending invitation on the admin card until it is used, and can withdraw it: the code then lets nobody in, and the log says so', async () => {
    await buildNetwork();
    const invitation = code(await saveTenants(`${TENANT}, ${NABO}`))!;
    const adminCard = async () => cardsOf(await harness.personal(KARI).send('admin')).at(-1)!;
    const until = nb.date(new Date(NOW.getTime() + 14 * 24 * 3600_000).toISOString());
    const shown = await adminCard();
    expect(cardText(shown)).toContain(nb.admin.invitationLine(NABO, until));
    harness.setNow(new Date(NOW.getTime() + 15 * 24 * 3600_000));
    expect(cardText(await adminCard())).toContain(nb.admin.invitationExpired(NABO, until));
    harness.setNow(NOW);

    const [withdraw] = actionsWith(shown, 'admin.invitation.withdraw');
    expect(withdraw).toEqual({ verb: 'admin.invitation.withdraw', networkId: 'indre-namdal', tenantId: NABO });
    const answer = await harness.personal(KARI).submit(withdraw!);
    expect(textsOf(answer)).toEqual([nb.admin.invitationWithdrawn(NABO)]);
    expect(cardText(cardsOf(answer)[0]!)).not.toContain(nb.admin.invitationsTitle);
    expect(await texts(harness.personal(OLA).send(`bli med ${invitation}`))).toBe(nb.admin.joinUnknown);
    expect((await testStore.store.directory.getNetwork('indre-namdal'))!.tenantIds).toEqual([TENANT]);
    expect(await texts(harness.personal(KARI).submit(withdraw!))).toBe(nb.admin.invitationGone);
    expect(await texts(harness.personal(KARI).submit({ ...withdraw, tenantId: '../invitation:x#' }))).toBe(nb.general.invalidAction);
    const log = cardText(cardsOf(await harness.personal(KARI).send('logg'))[0]);
    expect(log).toContain(nb.audit.action['tenant.invitationWithdrawn']('Indre Namdal'));
    expect(log).toContain(nb.audit.change(nb.audit.field.invited, NABO, '–'));
  });

  it('someone from the invited tenant joins with the code and is audited; a wrong, foreign, expired or used code is refused and writes nothing', async () => {
    await buildNetwork();
    const reply = await saveTenants(`${TENANT}, ${NABO}`);
    const invitation = code(reply)!;
    const ola = harness.personal(OLA);
    expect(await texts(ola.send('hjelp'))).toBe(nb.general.tenantRefused);

    /** Everything joining could write. */
    const snapshot = async () => ({
      network: await testStore.store.directory.getNetwork('indre-namdal'),
      ola: await testStore.store.profiles.get(OLA),
      roles: (await testStore.store.profiles.withRoles()).map((p) => [p.aadObjectId, p.memberships]),
      chat: await testStore.store.conversations.get(`a:personal-${OLA.aadObjectId}`),
      audit: await testStore.store.audit.recent('indre-namdal', 100)
    });
    const before = await snapshot();
    expect(await texts(ola.send('bli med AAAA-BBBB-CCCC-DDDD'))).toBe(nb.admin.joinUnknown);
    expect(await texts(ola.send(`bli med ${invitation}x`))).toBe(nb.admin.joinUnknown);
    expect(await texts(ola.send('bli med'))).toBe(nb.admin.joinUsage);
    // The code alone is no proof: from any other tenant it is a wrong code.
    expect(await texts(harness.personal(LISE).send(`bli med ${invitation}`))).toBe(nb.admin.joinUnknown);
    expect(await texts(harness.personal({ ...OLA, tenantId: '88888888-2222-4333-8444-555555555555' }).send(`bli med ${invitation}`))).toBe(nb.admin.joinUnknown);
    harness.setNow(new Date(NOW.getTime() + 15 * 24 * 3600_000));
    expect(await texts(ola.send(`bli med ${invitation}`))).toBe(nb.admin.joinExpired);
    harness.setNow(NOW);
    expect(await snapshot()).toEqual(before);
    expect(before.ola).toBeUndefined();

    // Typed as people do: lower case, spaces for dashes.
    expect(await texts(ola.send(`bli med ${invitation.toLowerCase().replace(/-/g, ' ')}`))).toBe(nb.admin.joined('Indre Namdal'));
    expect((await testStore.store.directory.getNetwork('indre-namdal'))!.tenantIds).toEqual([TENANT, NABO]);
    expect((await testStore.store.profiles.get(OLA))?.memberships).toEqual([{ networkId: 'indre-namdal', roles: ['admin'] }]);
    expect(cardsOf(await harness.personal(KARI).send('admin')).map(cardText).join()).not.toContain(nb.admin.invitationsTitle);
    expect(await texts(ola.send('hjelp'))).not.toBe(nb.general.tenantRefused);
    const log = cardText(cardsOf(await harness.personal(KARI).send('logg'))[0]);
    expect(log).toContain(nb.audit.action['tenant.joined']('Indre Namdal'));
    expect(log).toContain(nb.audit.change(nb.audit.field.tenantIds, TENANT, `${TENANT}, ${NABO}`));
    expect(log).toContain(OLA.name);
    expect(log).toContain(nb.audit.change(nb.audit.field.invited, '–', NABO));

    // Used once: the same code from a colleague in the same tenant lets nobody else in.
    const colleague = { ...person(8, 'Nina Nabokommune'), tenantId: NABO };
    const afterJoin = await snapshot();
    expect(await texts(harness.personal(colleague).send(`bli med ${invitation}`))).toBe(nb.admin.joinUnknown);
    expect((await testStore.store.profiles.get(colleague))?.memberships ?? []).toEqual([]);
    expect((await snapshot()).audit).toEqual(afterJoin.audit);

    // An admin may still take a tenant out, and that is in the log too.
    expect(await saveTenants(TENANT)).toBe('Indre Namdal er lagret.');
    expect(await texts(ola.send('hjelp'))).toBe(nb.general.tenantRefused);
    expect(cardText(cardsOf(await harness.personal(KARI).send('logg'))[0])).toContain(nb.audit.change(nb.audit.field.tenantIds, `${TENANT}, ${NABO}`, TENANT));
  });
});
