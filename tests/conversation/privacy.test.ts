import { ALEX, DEMO_LEADERS } from '../../src/demo/people';
import { cardsOf, cardText, filledCheckIn, pickNetwork, startDemo, textsOf, type Harness } from '../support/conversation';
import type { TestStore } from '../support/store';
import { catalogues } from '../../src/features';

const { nb } = catalogues;

const NOW = new Date('2026-11-25T10:00:00+01:00');
const COUNCIL = { id: '19:lonn-prosjekt@thread.tacv2', name: 'Lønn prosjektgruppe' };
const INGRID = DEMO_LEADERS[0];

let harness: Harness;
let testStore: TestStore;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ harness, testStore, close } = await startDemo(NOW));
  // Past the welcome each person gets on their first message.
  for (const person of [ALEX, INGRID]) await harness.personal(person).send('hei');
});
afterEach(() => close());

describe('the audit log', () => {
  it('records who changed the årshjul and linked a channel, with before and after, for the admins to read', async () => {
    const alex = harness.personal(ALEX);
    const form = { verb: 'cycle.save', networkId: 'indre-namdal', opensBefore: '3', reminders: '2', closesAfter: '5', digestCadence: 'tertial', digestDay: '6', sendHour: '10' };
    await alex.submit({ ...form, reminders: '9, 1' }); // refused: must leave no trace
    await alex.submit(form);
    harness.setNow(new Date(NOW.getTime() + 60_000));
    await harness.channel(ALEX, COUNCIL).send('koble lønn');
    const log = cardsOf(await alex.send('logg'));
    // One card: the network changed most recently, with a choice of the others.
    expect(log.map((c) => c.body[0].text)).toEqual(['Logg – Indre Namdal']);
    const text = cardText(log[0]);
    // Newest first.
    expect(text.indexOf('Koblet en kanal til Lønn')).toBeLessThan(text.indexOf('Endret årshjulet for Indre Namdal'));
    expect(text).toContain('Kanal: – → Lønn prosjektgruppe');
    // Logged values are shown as typed: markdown characters in them are escaped.
    expect(text).toContain(String.raw`Påminnelser: \\[2,4\\] → \\[2\\]`);
    expect(text).toContain('Klokkeslett: 9 → 10');
    expect(text).toContain('Alex Wilber');
    expect(text).not.toContain('[9,1]');
    const kongsberg = await pickNetwork(alex, log[0], 'kongsbergregionen');
    expect(JSON.stringify(kongsberg.value)).toContain('Logg – Kongsbergregionen');
    expect(JSON.stringify(kongsberg.value)).toContain('Ingen endringer er logget ennå.');
    const entries = await testStore.store.audit.recent('indre-namdal', 10);
    expect(entries.map((e) => e.action)).toEqual(['channel.linked', 'cycle.changed']);
    expect(entries[1]).toMatchObject({ actor: { aadObjectId: ALEX.aadObjectId }, before: { sendHour: 9 }, after: { sendHour: 10 } });
  });

  it('is for admins only', async () => {
    expect(textsOf(await harness.personal(INGRID).send('logg'))).toEqual([nb.audit.onlyAdmins]);
    expect(cardsOf(await harness.personal(INGRID).send('logg'))).toEqual([]);
  });
});

describe('personal data', () => {
  it('`mine data` shows roles, collaborations led and answers, with a download and the way to erase', async () => {
    await harness.personal(ALEX).submit({ verb: 'checkin.submit', networkId: 'indre-namdal', collaborationId: 'in-lonn', period: '2026-M11', templateVersion: 1, ...filledCheckIn() });
    const card = cardsOf(await harness.personal(ALEX).send('mine data'))[0];
    const text = cardText(card);
    expect(text).toContain('Dette har Sampuls lagret om deg');
    expect(text).toContain('Indre Namdal: administrator');
    expect(text).toContain('Lønn (Indre Namdal)');
    expect(text).toMatch(/\d+ innsjekker, levert fra/);
    expect(text).toContain(ALEX.aadObjectId);
    const download = (card.actions ?? []).find((a) => a.title === 'Last ned alt (JSON)') as { url?: string } | undefined;
    expect(download?.url).toMatch(/\/export\/[\w-]+\.[\w-]+\.json$/);
    expect(JSON.stringify(card.actions)).toContain('slett mine data');
  });

  it('`slett mine data` asks first, then removes the identity from every answer and deletes the profile', async () => {
    const alex = harness.personal(ALEX);
    await alex.submit({ verb: 'checkin.submit', networkId: 'indre-namdal', collaborationId: 'in-lonn', period: '2026-M11', templateVersion: 1, ...filledCheckIn() });
    const answered = await testStore.store.checkIns.listByRespondent(ALEX);
    expect(answered.length).toBeGreaterThan(0);
    const confirm = cardsOf(await alex.send('slett mine data'))[0];
    expect(cardText(confirm)).toContain('Dette kan ikke angres');
    // Asking changed nothing; a forged confirmation naming someone else is refused.
    expect(await testStore.store.profiles.get(ALEX)).toBeDefined();
    expect(textsOf(await harness.personal(INGRID).submit({ verb: 'privacy.erase', aadObjectId: ALEX.aadObjectId }))).toEqual([nb.general.invalidAction]);
    expect(await testStore.store.checkIns.listByRespondent(ALEX)).toHaveLength(answered.length);

    expect(textsOf(await alex.submit({ verb: 'privacy.erase' }))).toEqual([nb.privacy.erased(answered.length)]);
    expect(await testStore.store.checkIns.listByRespondent(ALEX)).toHaveLength(0);
    expect(await testStore.store.profiles.get(ALEX)).toBeUndefined();
    // The answers stay as Lønn's history, without the name.
    const history = await testStore.store.checkIns.listSince('in-lonn', '2026-M01');
    const november = history.filter((c) => c.period === '2026-M11');
    expect(november).toHaveLength(1);
    expect(november[0].respondent.name).toBe('');
    expect(november[0].answers.overallComment).toBe(filledCheckIn().overallComment);
    const lonn = (await testStore.store.directory.getCollaboration('indre-namdal', 'in-lonn'))!.value;
    expect(JSON.stringify(lonn.status)).not.toContain(ALEX.aadObjectId);
    expect(lonn.status.periods[0]).toMatchObject({ period: '2026-M11', overall: 'yellow' });
    const [entry] = await testStore.store.audit.recent('indre-namdal', 1);
    expect(entry).toMatchObject({ action: 'person.erased' });
    expect(JSON.stringify(entry)).not.toContain(ALEX.aadObjectId);
    // Erasing again finds nothing left and fails on nothing.
    expect(textsOf(await alex.submit({ verb: 'privacy.erase' }))).toEqual([nb.privacy.erased(0)]);
  });

  it('`slett mine data` leaves the name and object id nowhere in the configuration: leader lists drop them, the log keeps a pseudonym', async () => {
    const { store } = testStore;
    const alex = harness.personal(ALEX);
    const cycle = { verb: 'cycle.save', networkId: 'indre-namdal', opensBefore: '3', reminders: '2', closesAfter: '5', digestCadence: 'tertial', digestDay: '6', sendHour: '10' };
    await alex.submit(cycle);
    await harness.channel(ALEX, COUNCIL).send('koble lønn');
    await alex.submit({ verb: 'checkin.submit', networkId: 'indre-namdal', collaborationId: 'in-lonn', period: '2026-M11', templateVersion: 1, ...filledCheckIn() });
    // Ingrid, made an admin, takes one of Alex's leader roles away: the log names Alex as its subject.
    const ingrid = (await store.profiles.get(INGRID))!;
    await store.profiles.put({ ...ingrid, memberships: ingrid.memberships.map((m) => (m.networkId === 'indre-namdal' ? { ...m, roles: [...m.roles, 'admin' as const] } : m)) });
    await harness.personal(INGRID).submit({ verb: 'admin.role.revoke', networkId: 'indre-namdal', tenantId: ALEX.tenantId, aadObjectId: ALEX.aadObjectId, role: 'leader', collaborationId: 'in-barnevern' });
    const config = async () => JSON.stringify((await testStore.client.database(testStore.databaseId).container('config').items.query('SELECT * FROM c').fetchAll()).resources);
    expect(await config()).toContain(ALEX.name);

    await alex.submit({ verb: 'privacy.erase' });
    const after = await config();
    expect(after).not.toContain(ALEX.name);
    expect(after).not.toContain(ALEX.aadObjectId);
    expect((await store.directory.getCollaboration('indre-namdal', 'in-lonn'))!.value.leaders.map((l) => l.name)).not.toContain(ALEX.name);
    // The admins still see that one person made the changes.
    const entries = await store.audit.recent('indre-namdal', 20);
    const byAlex = entries.filter((e) => e.action === 'cycle.changed' || e.action === 'channel.linked');
    expect(byAlex).toHaveLength(2);
    expect(byAlex[0].actor).toEqual(byAlex[1].actor);
    const log = cardText(cardsOf(await harness.personal(INGRID).send('logg'))[0]);
    expect(log).toContain(`· ${byAlex[0].actor!.name}`);
    expect(log).toMatch(/Slettet person [0-9a-f]{6}/);
  });

  it('`slett mine data` leaves the object id and name in no document of any container: every holder is declared', async () => {
    const alex = harness.personal(ALEX);
    await alex.submit({ verb: 'checkin.submit', networkId: 'indre-namdal', collaborationId: 'in-lonn', period: '2026-M11', templateVersion: 1, ...filledCheckIn() });
    await harness.channel(ALEX, COUNCIL).send('koble lønn');
    await alex.submit({ verb: 'privacy.erase' });
    const database = testStore.client.database(testStore.databaseId);
    const { resources: containers } = await database.containers.readAll().fetchAll();
    const mentions: string[] = [];
    for (const { id } of containers) {
      const { resources } = await database.container(id).items.query('SELECT * FROM c').fetchAll();
      for (const document of resources) if (JSON.stringify(document).includes(ALEX.aadObjectId) || JSON.stringify(document).includes(ALEX.name)) mentions.push(`${id}/${String(document.id)}`);
    }
    expect(mentions).toEqual([]);
  });
});
