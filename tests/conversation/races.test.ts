import { ALEX } from '../../src/demo/people';
import type { Delivery } from '../../src/core/store';
import type { ConversationReference, Person } from '../../src/domain/types';
import { sign } from '../../src/features/signing';
import { forgetDeliveryTarget } from '../../src/features/annualCycle/reach';
import { BOT, cardsOf, createHarness, startDemo, submittedForm, TEAM_ID, textsOf, type Harness, testPerson } from '../support/conversation';
import { interleaving, type Interleaving, type TestStore } from '../support/store';
import { catalogues } from '../../src/features';

const { nb } = catalogues;

/**
 * Two writers at the same instant: the second harness's store lets the first writer land between
 * the second one's read and its write. Whatever the order, nothing either of them saved is lost.
 */
const NOW = new Date('2026-11-25T10:00:00+01:00');
const SECRET = 'test-secret-that-is-long-enough-for-hmac';
const person = (n: number, name: string): Person => testPerson(ALEX.tenantId, 800 + n, name);
const BIRGIT = person(1, 'Birgit Sekretariat');
const PAL = person(2, 'Pål Plan');
const SIRI = person(3, 'Siri Skole');
const TEAM: ConversationReference = {
  serviceUrl: 'http://127.0.0.1:1/', tenantId: ALEX.tenantId, conversationId: TEAM_ID, conversationType: 'channel', botId: '28:sampuls-bot', channelId: 'msteams'
};

let testStore: TestStore;
let harness: Harness;
let close: () => Promise<void>;
let racing: Interleaving;
let racingHarness: Harness;

beforeAll(async () => {
  ({ testStore, harness, close } = await startDemo(NOW));
  racing = interleaving(testStore.store);
  racingHarness = await createHarness(racing.store, { now: NOW });
  await testStore.store.profiles.put({ ...BIRGIT, memberships: [{ networkId: 'indre-namdal', roles: ['admin', 'member'] }] });
  await testStore.store.conversations.put({ ...TEAM, teamId: TEAM_ID, name: 'General', active: true, updatedAt: NOW.toISOString() });
  for (const who of [ALEX, BIRGIT]) {
    await harness.personal(who).send('hei');
    await racingHarness.personal(who).send('hei');
  }
});
afterAll(async () => {
  await racingHarness.close();
  await close();
});

/** What the roster picker offers for a person of the team: signed, as the bot lists them. */
const picked = (p: Person) => sign({ o: p.aadObjectId, n: p.name, u: `29:${p.aadObjectId}`, c: TEAM_ID }, SECRET);
const grantForm = (p: Person, role: string, extra: Record<string, string> = {}) => ({ verb: 'admin.role.grant', networkId: 'indre-namdal', person: picked(p), role, ...extra });

describe('no lost update when two write at the same instant', () => {
  it('an admin saving the årshjul while the scheduler finds the digest channel gone: the cycle is saved and the channel stays forgotten', async () => {
    const channel = { reference: { ...TEAM, conversationId: '19:kdu@thread.tacv2' }, channelName: 'KDU', linkedBy: ALEX, linkedAt: NOW.toISOString() };
    await testStore.store.directory.updateNetwork('indre-namdal', (network) => ({ ...network, digestChannel: channel }));
    const refused: Delivery = {
      id: 'digest-refused', networkId: 'indre-namdal', eventKey: 'digest:2026-T3', kind: 'digest', period: '2026-T3', reference: channel.reference,
      state: 'pending', attempts: 1, notBefore: NOW.toISOString(), until: NOW.toISOString()
    };
    racing.next('updateNetwork', () => forgetDeliveryTarget(testStore.store, refused, NOW));

    const form = { verb: 'cycle.save', networkId: 'indre-namdal', opensBefore: '2', reminders: '1, 3', closesAfter: '4', digestCadence: 'monthly', digestDay: '5', sendHour: '10' };
    expect(textsOf(await racingHarness.personal(ALEX).submit(form))).toEqual([nb.annualCycle.saved('Indre Namdal')]);

    const network = await testStore.store.directory.getNetwork('indre-namdal');
    expect(network?.cycle).toEqual({ opensBefore: 2, reminders: [1, 3], closesAfter: 4, digest: { cadence: 'monthly', workingDay: 5 }, sendHour: 10 });
    expect(network?.digestChannel).toBeUndefined();
  });

  it('two admins creating a network of the same name at once: two networks, each administered by its own creator only', async () => {
    const form = { verb: 'admin.network.save', name: 'Nordre Land', tenantIds: ALEX.tenantId, language: 'nb', retentionMonths: '' };
    racing.next('createNetwork', async () => expect(textsOf(await harness.personal(BIRGIT).submit(form))[0]).toBe(nb.admin.saved('Nordre Land')));
    expect(textsOf(await racingHarness.personal(ALEX).submit(form))[0]).toBe(nb.admin.saved('Nordre Land'));

    const created = (await testStore.store.directory.loadNetworks(['nordre-land', 'nordre-land-2'])).networks;
    expect(created.map((n) => [n.id, n.name]).sort()).toEqual([['nordre-land', 'Nordre Land'], ['nordre-land-2', 'Nordre Land']]);
    const adminOf = async (who: Person) =>
      (await testStore.store.profiles.get(who))!.memberships.filter((m) => m.networkId.startsWith('nordre-land') && m.roles.includes('admin')).map((m) => m.networkId);
    expect(await adminOf(BIRGIT)).toEqual(['nordre-land']);
    expect(await adminOf(ALEX)).toEqual(['nordre-land-2']);
  });

  it('two admins adding a collaboration of the same name at once: one is created, the other is told the name is taken, nothing is written over', async () => {
    const form = { verb: 'admin.collaboration.save', networkId: 'indre-namdal', name: 'Felles innkjøp', sector: 'økonomi', legalForm: 'prosjekt', participants: 'grong,lierne', cadence: 'tertial', phase: 'idé' };
    racing.next('createCollaboration', async () => expect(textsOf(await harness.personal(BIRGIT).submit({ ...form, goals: 'Birgits mål' }))[0]).toBe(nb.admin.saved('Felles innkjøp')));
    const answer = textsOf(await racingHarness.personal(ALEX).submit({ ...form, goals: 'Alex sine mål' }))[0];

    expect(answer).toContain(nb.admin.notSaved);
    const named = (await testStore.store.directory.loadNetworks(['indre-namdal'])).collaborations.filter((c) => c.name === 'Felles innkjøp');
    expect(named.map((c) => c.goals)).toEqual([['Birgits mål']]);
  });

  it('an area adopted from a prioritisation round while an admin adds a collaboration of its name: the admin\'s is kept, the area stays open', async () => {
    const result = cardsOf(await racingHarness.personal(ALEX).send('prioriter')).find((c) => String(c.body[0]!.text).startsWith('Prioritering – Workshop'))!;
    const adopt = submittedForm(result, nb.prioritise.adopt);
    const form = { verb: 'admin.collaboration.save', networkId: 'indre-namdal', name: 'Rus og psykiatri', sector: 'helse', legalForm: 'prosjekt', participants: 'grong', cadence: 'tertial', phase: 'utredning' };
    racing.next('createCollaboration', async () => expect(textsOf(await harness.personal(BIRGIT).submit(form))[0]).toBe(nb.admin.saved('Rus og psykiatri')));

    expect(textsOf(await racingHarness.personal(ALEX).submit(adopt))).toEqual([nb.prioritise.nameTaken('Rus og psykiatri')]);
    expect((await testStore.store.directory.getCollaboration('indre-namdal', 'rus-og-psykiatri'))!.value).toMatchObject({ participantIds: ['grong'], phase: 'utredning' });
    const round = (await testStore.store.planning.listRounds(['indre-namdal'])).find((r) => r.id === adopt.roundId)!;
    expect(round.adopted?.[String(adopt.areaId)]).toBeUndefined();
  });

  it('two admins making two people leaders of the same collaboration at once: both are leaders', async () => {
    racing.next('updateCollaboration', async () =>
      expect(textsOf(await harness.personal(BIRGIT).submit(grantForm(SIRI, 'leader', { collaborationId: 'in-lonn' })))[0]).toContain(`${SIRI.name} har nå rollen: leder`)
    );
    expect(textsOf(await racingHarness.personal(ALEX).submit(grantForm(PAL, 'leader', { collaborationId: 'in-lonn' })))[0]).toContain(`${PAL.name} har nå rollen: leder`);

    const { value: lonn } = (await testStore.store.directory.getCollaboration('indre-namdal', 'in-lonn'))!;
    expect(lonn.leaders.map((l) => l.name)).toEqual(expect.arrayContaining([PAL.name, SIRI.name]));
  });

  it('two admins giving the same person two roles at once: the person has both', async () => {
    racing.next('profiles.update', async () =>
      expect(textsOf(await harness.personal(BIRGIT).submit(grantForm(PAL, 'kommunedirektør', { municipalityId: 'grong' })))).toHaveLength(1)
    );
    expect(textsOf(await racingHarness.personal(ALEX).submit(grantForm(PAL, 'admin')))).toEqual([nb.admin.granted(PAL.name, 'administrator')]);

    const stored = await testStore.store.profiles.get(PAL);
    expect(stored?.memberships.find((m) => m.networkId === 'indre-namdal')).toEqual({
      networkId: 'indre-namdal', roles: expect.arrayContaining(['member', 'kommunedirektør', 'admin']), municipalityId: 'grong'
    });
    expect(stored?.teamMember?.teamId).toBe(TEAM_ID);
  });

  it('two template saves from the same version at once: one becomes the next version, the other is refused, never two of the same number', async () => {
    const card = cardsOf(await harness.personal(ALEX).send('mal'))[0];
    const reworded = submittedForm(card, nb.templates.save, { 'label.trust': 'Hvor stor tillit er det mellom deltakerkommunene nå?' });
    const retired = submittedForm(card, nb.templates.save, { 'retire.capacity': 'true' });
    racing.next('updateTemplate', async () => expect(textsOf(await harness.personal(ALEX).submit(reworded))[0]).toContain('Ny versjon 2'));
    expect(textsOf(await racingHarness.personal(ALEX).submit(retired))).toEqual([nb.templates.changedMeanwhile]);

    const template = await testStore.store.directory.getTemplate('indre-namdal', 'felles-statusmal');
    expect(template?.versions.map((v) => v.version)).toEqual([1, 2]);
    expect(JSON.stringify(template?.versions[1])).toContain('Hvor stor tillit er det mellom deltakerkommunene nå?');
  });

  it('the bot added to a team channel twice at once (Teams repeats install events): one welcome, one active record', async () => {
    const channel = { id: '19:prosjekt@thread.tacv2', name: 'Prosjekt' };
    const install = { type: 'conversationUpdate', membersAdded: [BOT], channelData: { tenant: { id: ALEX.tenantId }, team: { id: TEAM_ID, name: 'Sekretariatet' } } };
    let first: unknown[] = [];
    racing.next('conversations.update', async () => {
      first = await harness.channel(ALEX, channel).send(install);
    });
    const second = await racingHarness.channel(ALEX, channel).send(install);
    expect([...first, ...second]).toHaveLength(1);
    expect(await testStore.store.conversations.get(channel.id)).toMatchObject({ active: true, teamId: TEAM_ID });
  });
});
