import { readFileSync } from 'node:fs';
import path from 'node:path';
import { seedDemo } from '../../src/demo/seed';
import { seedBodies } from '../../src/demo/bodies';
import { DEMO_NETWORKS } from '../../src/demo/networks';
import { ALEX } from '../../src/demo/people';
import { CHECKLIST_TEMPLATE_ID, defaultChecklistTemplate } from '../../src/domain/checklist';
import type { ChannelLink } from '../../src/domain/types';
import { errorLine } from '../../src/features/networkFile/definition';
import { exportNetworkFile } from '../../src/features/networkFile/export';
import { importNetworkFile, type ImportResult } from '../../src/features/networkFile/import';
import { parseNetworkFile } from '../../src/features/networkFile/parse';
import { importSummary } from '../../src/features/networkFile/summary';
import { interleaving, startTestStore, type TestStore } from '../support/store';
import { ConcurrencyConflict } from '../../src/core/store';
import { catalogues } from '../../src/features';

const { nb } = catalogues;

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../examples/indre-namdal.yaml'), 'utf8');
const NOW = new Date('2026-11-25T10:00:00Z');
const EIRIK = { tenantId: ALEX.tenantId, aadObjectId: '00000000-0000-0000-0000-000000000108' };

/** The example without the lines of one entry: from the line holding `start` up to the next line holding `next` (or the end). */
function without(text: string, start: string, next?: string): string {
  const lines = text.split('\n');
  const from = lines.findIndex((l) => l.includes(start));
  const to = next ? lines.findIndex((l, i) => i > from && l.includes(next)) : lines.length;
  return [...lines.slice(0, from), ...lines.slice(to)].join('\n');
}

/** The 1-based line of the first line holding `fragment`. */
const lineOf = (text: string, fragment: string) => text.split('\n').findIndex((l) => l.includes(fragment)) + 1;

function succeeded(result: ImportResult): Extract<ImportResult, { ok: true }> {
  if (!result.ok) throw new Error(result.errors.map((e) => errorLine(e, nb)).join('\n'));
  return result;
}

let testStore: TestStore;
beforeEach(async () => {
  testStore = await startTestStore();
});
afterEach(() => testStore.close());

/** Every stored document's ETag in the containers an import writes to: equal snapshots mean nothing was written. */
async function etags(): Promise<Record<string, string>> {
  const database = testStore.client.database(testStore.databaseId);
  const all = await Promise.all(
    ['config', 'people'].map(async (name) => (await database.container(name).items.query<{ id: string; _etag: string }>('SELECT * FROM c').fetchAll()).resources)
  );
  return Object.fromEntries(all.flat().map((d) => [d.id, d._etag]));
}

describe('importing a network definition file', () => {
  it('creates the network, its collaborations, the default template and the roles, and logs it as done from the command line', async () => {
    const { store } = testStore;
    const result = succeeded(await importNetworkFile(store, EXAMPLE, NOW));
    expect(importSummary(result, nb)).toEqual([
      'Importerte nettverket Indre Namdal (indre-namdal).',
      'Nettverket – endret: Navn, Tenanter, Språk, Oppbevaring, Åpner, Påminnelser, Frist, Sammendrag, Klokkeslett, Forbered status, Rapport før møtet',
      'Kommuner – nye: Røyrvik; Lierne; Namsskogan; Grong',
      'Samarbeid – nye: Plan, byggesak, tilsyn, GIS og oppmåling; Regnskap; Lønn; Barnevern; PPT; Legevakt; Indre Namdal IKT IKS; Brannvesen Midt IKS; Rus og psykiatri',
      'Personer med roller – nye: Alex Wilber; Ingrid Haugen; Ola Berg; Marit Dahl; Jon Solberg; Hanne Strand; Eirik Vik; Kari Nordli',
      'Organ – nye: KDU Indre Namdal; Kommunestyret i Lierne'
    ]);
    const { networks, collaborations } = await store.directory.loadNetworks(['indre-namdal']);
    expect(networks[0]).toMatchObject({ name: 'Indre Namdal', language: 'nb', retention: { checkInMonths: 60 }, cycle: { reminders: [2, 4] } });
    expect(collaborations.find((c) => c.id === 'in-rus-psykiatri')).toMatchObject({ phase: 'utredning', leaders: [], templateId: 'felles-statusmal', status: { periods: [] } });
    expect((await store.directory.getTemplate('indre-namdal', 'felles-statusmal'))?.name).toBe('Felles statusmal');
    expect(await store.profiles.get(ALEX)).toEqual({ ...ALEX, memberships: [{ networkId: 'indre-namdal', roles: ['admin', 'kommunedirektør', 'member'], municipalityId: 'royrvik' }] });

    const [entry, ...more] = await store.audit.recent('indre-namdal', 10);
    expect(more).toEqual([]);
    expect(entry).toMatchObject({ action: 'network.imported', subject: 'Indre Namdal', at: NOW.toISOString() });
    expect(entry.actor).toBeUndefined();
    expect(entry.after).toMatchObject({ name: 'Indre Namdal', collaborations: { Lønn: { cadence: 'monthly', participants: ['royrvik', 'lierne', 'namsskogan'] } } });
  });

  it('changes nothing the second time: no document written, no second audit entry, «Ingen endringer»', async () => {
    const { store } = testStore;
    succeeded(await importNetworkFile(store, EXAMPLE, NOW));
    const before = await etags();
    const again = succeeded(await importNetworkFile(store, EXAMPLE, new Date('2026-11-26T10:00:00Z')));
    expect(again.changes).toBeUndefined();
    expect(importSummary(again, nb)).toEqual(['Ingen endringer: Indre Namdal er allerede slik filen beskriver.']);
    expect(await etags()).toEqual(before);
    expect(await store.audit.recent('indre-namdal', 10)).toHaveLength(1);
  });

  it('keeps the check-in history and the linked channels of the collaborations it changes, and the ones it leaves out', async () => {
    const { store } = testStore;
    await seedDemo(store, NOW);
    const link: ChannelLink = {
      reference: { serviceUrl: 'http://127.0.0.1:1/', tenantId: ALEX.tenantId, conversationId: '19:lonn@thread.tacv2', conversationType: 'channel', botId: 'bot', channelId: 'msteams' },
      channelName: 'Lønn',
      linkedBy: ALEX,
      linkedAt: NOW.toISOString()
    };
    const lonn = (await store.directory.updateCollaboration('indre-namdal', 'in-lonn', (stored) => ({ ...stored, channel: link })))!;
    await store.directory.updateNetwork('indre-namdal', (network) => ({ ...network, digestChannel: { ...link, channelName: 'KDU' } }));
    const brann = (await store.directory.getCollaboration('indre-namdal', 'in-brann'))!.value;

    const result = succeeded(await importNetworkFile(store, without(EXAMPLE, '- id: in-brann', '- id: in-rus-psykiatri'), NOW, { replace: true }));
    expect(result.kept).toEqual(['Brannvesen Midt IKS']);
    expect(importSummary(result, nb)).toContain('Samarbeid som ikke står i filen, er beholdt med historikken sin: Brannvesen Midt IKS');

    const after = (await store.directory.getCollaboration('indre-namdal', 'in-lonn'))!.value;
    expect(after.status.periods.length).toBeGreaterThan(0);
    expect(after.status).toEqual(lonn.status);
    expect(after.channel).toEqual(link);
    expect(after).toMatchObject({ reportingSince: '2026-01-01', costKey: { fixedShare: 0.5 }, phase: 'drift' });
    expect((await store.directory.getCollaboration('indre-namdal', 'in-brann'))?.value).toEqual(brann);
    expect(await store.directory.getNetwork('indre-namdal')).toMatchObject({ digestChannel: { channelName: 'KDU' }, cycle: { sendHour: 9 } });
  });

  it('sets the bodies and their meetings as the file says, keeping the channel chosen in chat', async () => {
    const { store } = testStore;
    await seedDemo(store, NOW);
    await seedBodies(store, NOW);
    const channel = (await store.directory.getNetwork('indre-namdal'))!.bodies!.find((b) => b.id === 'kdu')!.channel;
    expect(channel).toBeDefined();
    const result = succeeded(await importNetworkFile(store, EXAMPLE, NOW, { replace: true }));
    expect(importSummary(result, nb)).toContain('Organ – fjernet: Kommunestyret i Røyrvik; Kommunestyret i Namsskogan; Kommunestyret i Grong');
    const bodies = (await store.directory.getNetwork('indre-namdal'))!.bodies!;
    expect(bodies.map((b) => b.id)).toEqual(['kdu', 'kommunestyre-lierne']);
    expect(bodies[0]).toMatchObject({ meetings: ['2027-01-11', '2027-03-10', '2027-05-10'], channel });
    const [entry] = await store.audit.recent('indre-namdal', 1);
    expect(entry.after).toMatchObject({ bodies: { 'KDU Indre Namdal': { meetings: ['2027-01-11', '2027-03-10', '2027-05-10'] } } });
  });

  it('takes away the roles in this network of people left out of the file, and only those', async () => {
    const { store } = testStore;
    await seedDemo(store, NOW);
    await seedBodies(store, NOW); // the demo's politician, whom the example file names
    const eirik = (await store.profiles.get(EIRIK))!;
    const alex = (await store.profiles.get(ALEX))!;
    // Eirik Vik leads a collaboration in Kongsbergregionen too.
    expect(eirik.memberships.map((m) => m.networkId).sort()).toEqual(['indre-namdal', 'kongsbergregionen']);

    const withoutEirik = EXAMPLE.replace(/ {2}- name: Eirik Vik\n {4}tenantId: .*\n {4}aadObjectId: .*\n {4}roles: \[member\]\n/, '');
    expect(withoutEirik).not.toEqual(EXAMPLE);
    const result = succeeded(await importNetworkFile(store, withoutEirik, NOW, { replace: true }));
    expect(importSummary(result, nb)).toContain('Personer med roller – fjernet: Eirik Vik');
    expect((await store.profiles.get(EIRIK))?.memberships).toEqual([{ networkId: 'kongsbergregionen', roles: ['member'] }]);
    expect((await store.profiles.get(ALEX))?.memberships).toEqual(alex.memberships);
    const [entry] = await store.audit.recent('indre-namdal', 1);
    expect(entry.before).toMatchObject({ people: { 'Eirik Vik': { roles: ['member'] } } });
    expect(entry.after).not.toHaveProperty('people');
  });

  it('writes nothing when the file disagrees with what is stored, and names the lines', async () => {
    const { store } = testStore;
    await seedDemo(store, NOW);
    const before = await etags();
    const text = without(EXAMPLE, '- id: in-brann', '- id: in-rus-psykiatri')
      .replace('name: Rus og psykiatri', 'name: Brannvesen Midt IKS')
      .replace('    name: Regnskap\n', '    name: Regnskap\n    template: egen-mal\n');
    const result = await importNetworkFile(store, text, NOW);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.errors.map((e) => errorLine(e, nb))).toEqual([
      `linje ${lineOf(text, 'template: egen-mal')}, collaborations[1].template: er ikke en mal i nettverket`,
      `linje ${lineOf(text, 'name: Brannvesen Midt IKS')}, collaborations[7].name: finnes allerede i nettverket`
    ]);

    const solor = ['network:', '  id: solor', '  name: Solør', `  tenantIds: [${ALEX.tenantId}]`, 'municipalities:',
      '  - {id: valer, name: Våler, number: "3419", population: 3600}', '  - {id: asnes, name: Åsnes, number: "3418", population: 7100}',
      'collaborations: []', 'people:', `  - {name: Alex Wilber, tenantId: ${ALEX.tenantId}, aadObjectId: ${ALEX.aadObjectId}, roles: [admin]}`].join('\n');
    const removed = await importNetworkFile(store, solor, NOW);
    // Grue takes part in all five collaborations of Solør, and each is named.
    expect(!removed.ok && removed.errors).toHaveLength(5);
    expect(!removed.ok && removed.errors.map((e) => errorLine(e, nb))).toContain(
      'linje 5, municipalities: kommunen Grue er fjernet fra filen, men er fortsatt med i samarbeidet Arkiv, som ikke står i filen'
    );
    expect(await etags()).toEqual(before);
    expect(await store.audit.recent('indre-namdal', 10)).toEqual([]);
  });

  it('changes a network that exists only when told to replace it, and first says what would change', async () => {
    const { store } = testStore;
    await seedDemo(store, NOW);
    const before = await etags();
    const hostile = EXAMPLE.replace(/ {2}- name: Eirik Vik\n {4}tenantId: .*\n {4}aadObjectId: .*\n {4}roles: \[member\]\n/, '');
    const result = succeeded(await importNetworkFile(store, hostile, NOW));
    expect(result.written).toBe(false);
    expect(importSummary(result, nb)).toEqual(expect.arrayContaining([
      'Nettverket Indre Namdal (indre-namdal) finnes allerede. Importen ville gjort disse endringene:',
      'Personer med roller – fjernet: Eirik Vik'
    ]));
    expect(await etags()).toEqual(before);
    expect(await store.audit.recent('indre-namdal', 10)).toEqual([]);
    expect(succeeded(await importNetworkFile(store, hostile, NOW, { replace: true })).written).toBe(true);
    expect(await etags()).not.toEqual(before);
  });

  it('never writes into a network someone else created while the file was being read: nothing of the file lands in it', async () => {
    const racing = interleaving(testStore.store);
    const theirs = { id: 'indre-namdal', name: 'Indre Namdal', tenantIds: ['99999999-8888-4777-8666-555555555555'], municipalities: [] };
    let created: unknown;
    racing.next('createNetwork', async () => {
      await testStore.store.directory.createNetwork(theirs);
      created = await testStore.store.directory.getNetwork('indre-namdal');
    });

    await expect(importNetworkFile(racing.store, EXAMPLE, NOW)).rejects.toBeInstanceOf(ConcurrencyConflict);
    expect(created).toMatchObject(theirs);
    expect(await testStore.store.directory.getNetwork('indre-namdal')).toEqual(created);
    expect((await testStore.store.directory.loadNetworks(['indre-namdal'])).collaborations).toEqual([]);
    expect(await testStore.store.profiles.get(EIRIK)).toBeUndefined();
  });

  it('records only what changed in the audit entry, as it was and as it is now', async () => {
    const { store } = testStore;
    succeeded(await importNetworkFile(store, EXAMPLE, NOW));
    const changed = EXAMPLE.replace('    cadence: monthly\n', '    cadence: quarterly\n').replace('population: 2400', 'population: 2350');
    const result = succeeded(await importNetworkFile(store, changed, new Date('2026-12-01T09:00:00Z'), { replace: true }));
    expect(importSummary(result, nb)).toEqual(['Importerte nettverket Indre Namdal (indre-namdal).', 'Kommuner – endret: Grong', 'Samarbeid – endret: Lønn']);
    const [entry] = await store.audit.recent('indre-namdal', 1);
    expect(entry).toMatchObject({
      at: '2026-12-01T09:00:00.000Z',
      before: { municipalities: { Grong: { population: 2400 } }, collaborations: { Lønn: { cadence: 'monthly' } } },
      after: { municipalities: { Grong: { population: 2350 } }, collaborations: { Lønn: { cadence: 'quarterly' } } }
    });
    expect(entry.actor).toBeUndefined();
  });
});

describe('exporting a network definition file', () => {
  it('writes every seeded demo network so that importing it back changes nothing', async () => {
    const { store } = testStore;
    await seedDemo(store, NOW);
    const before = await etags();
    for (const { network } of DEMO_NETWORKS) {
      const text = (await exportNetworkFile(store, network.id, nb))!;
      expect(text).toContain(`# Sampuls: nettverksdefinisjon for ${network.name}.`);
      expect(succeeded(await importNetworkFile(store, text, NOW)).changes).toBeUndefined();
    }
    expect(await etags()).toEqual(before);
  });

  it('gives back what was imported, with collaborations and people by name', async () => {
    const { store } = testStore;
    succeeded(await importNetworkFile(store, EXAMPLE, NOW));
    const exported = parseNetworkFile((await exportNetworkFile(store, 'indre-namdal', nb))!);
    const imported = parseNetworkFile(EXAMPLE);
    if (!exported.ok || !imported.ok) throw new Error('both files must read');
    const byName = <T extends { name: string }>(list: T[]) => [...list].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
    expect(exported.definition.collaborations.map((c) => c.name)).toEqual(byName(imported.definition.collaborations).map((c) => c.name));
    expect(exported.definition).toEqual({
      ...imported.definition,
      collaborations: byName(imported.definition.collaborations),
      people: byName(imported.definition.people)
    });
  });

  it('carries checklists and benefits plans, and keeps the values reported for a benefit the file changes', async () => {
    const { store } = testStore;
    await seedDemo(store, NOW);
    const landbruk = async () => (await store.directory.getCollaboration('solor', 'so-landbruk'))!.value;
    const reported = (await landbruk()).benefits!.benefits[0].realised;
    expect(reported).toHaveLength(6);
    const text = (await exportNetworkFile(store, 'solor', nb))!;
    expect(text).toContain('checklist:');
    expect(text).not.toContain('realised');
    const changed = text.replace('target: 14\n', 'target: 12\n');
    expect(changed).not.toEqual(text);
    const result = succeeded(await importNetworkFile(store, changed, NOW, { replace: true }));
    expect(result.changes!.items.collaborations).toEqual([{ key: 'so-landbruk', name: 'Landbruk', kind: 'changed' }]);
    const after = (await landbruk()).benefits!.benefits[0];
    expect(after).toMatchObject({ target: 12, realised: reported });
  });

  it('carries the prioritisation rounds and the revised checklist template, so another store gets them back as they were', async () => {
    const { store } = testStore;
    await seedDemo(store, NOW);
    // A second version of the template, as «sjekklistemal» saves it: one point retired.
    const base = defaultChecklistTemplate('indre-namdal');
    await store.planning.updateChecklistTemplate('indre-namdal', CHECKLIST_TEMPLATE_ID, () => ({
      ...base,
      versions: [...base.versions, { version: 2, validFrom: '2026-11-01', points: base.versions[0].points.filter((p) => p.key !== 'purpose') }]
    }));
    const text = (await exportNetworkFile(store, 'indre-namdal', nb))!;
    expect(text).toContain('name: Workshop om nye samarbeidsområder');
    expect(text).toContain('- version: 2');
    const other = await startTestStore();
    try {
      const result = succeeded(await importNetworkFile(other.store, text, NOW));
      expect(importSummary(result, nb)).toEqual(expect.arrayContaining(['Versjoner av sjekklistemalen – nye: 1; 2', 'Prioriteringsrunder – nye: Workshop om nye samarbeidsområder']));
      expect(await other.store.planning.getRound('indre-namdal', 'workshop')).toEqual(await store.planning.getRound('indre-namdal', 'workshop'));
      expect(await other.store.planning.getChecklistTemplate('indre-namdal', CHECKLIST_TEMPLATE_ID)).toEqual(await store.planning.getChecklistTemplate('indre-namdal', CHECKLIST_TEMPLATE_ID));
    } finally {
      await other.close();
    }
  });

  it('changes a round\'s scores as the file says and logs it, and refuses a score of 11 writing nothing', async () => {
    const { store } = testStore;
    await seedDemo(store, NOW);
    const text = (await exportNetworkFile(store, 'indre-namdal', nb))!;
    const first = /rus-og-psykiatri: \{potential: \d+/;
    expect(text).toMatch(first);
    const before = await etags();
    const eleven = text.replace(first, 'rus-og-psykiatri: {potential: 11');
    const refused = await importNetworkFile(store, eleven, NOW, { replace: true });
    expect(refused.ok || refused.errors.map((e) => errorLine(e, nb))).toEqual([
      `linje ${lineOf(eleven, 'rus-og-psykiatri: {potential: 11')}, rounds[0].scores[0].areas.rus-og-psykiatri.potential: må være et helt tall fra 1 til 10`
    ]);
    expect(await etags()).toEqual(before);

    const result = succeeded(await importNetworkFile(store, text.replace(first, 'rus-og-psykiatri: {potential: 1'), NOW, { replace: true }));
    expect(importSummary(result, nb)).toEqual(['Importerte nettverket Indre Namdal (indre-namdal).', 'Prioriteringsrunder – endret: Workshop om nye samarbeidsområder']);
    const round = (await store.planning.getRound('indre-namdal', 'workshop'))!;
    expect(round.submissions.find((s) => s.groupId === 'g1')!.scores['rus-og-psykiatri'].potential).toBe(1);
    const [entry] = await store.audit.recent('indre-namdal', 1);
    expect(entry).toMatchObject({ action: 'network.imported', after: { rounds: { 'Workshop om nye samarbeidsområder': { scores: expect.any(Array) } } } });
  });

  it('finds no network that is not stored', async () => {
    expect(await exportNetworkFile(testStore.store, 'indre-namdal', nb)).toBeUndefined();
  });
});
