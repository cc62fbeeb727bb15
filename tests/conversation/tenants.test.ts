import { ALEX } from '../../src/demo/people';
import { BOT, cardsOf, filledCheckIn, startDemo, textsOf, type Harness } from '../support/conversation';
import type { TestStore } from '../support/store';
import { catalogues } from '../../src/features';

const { nb } = catalogues;

const NOW = new Date('2026-11-25T10:00:00+01:00');
const STRANGER = { tenantId: 'another-tenant', aadObjectId: 'stranger-1', name: 'Kari Utenfor' };

let harness: Harness;
let testStore: TestStore;
let close: () => Promise<void>;

beforeEach(async () => {
  ({ harness, testStore, close } = await startDemo(NOW));
});
afterEach(() => close());

describe('the tenant allow-list', () => {
  it('refuses people from a tenant no network lists, and stores nothing about them', async () => {
    const chat = harness.personal(STRANGER);
    expect(textsOf(await chat.send('status'))).toEqual([nb.general.tenantRefused]);
    expect(textsOf(await chat.submit({ verb: 'privacy.erase' }))).toEqual([nb.general.tenantRefused]);
    await harness.channel(STRANGER, { id: '19:fremmed@thread.tacv2', name: 'Fremmed' }).send({ type: 'conversationUpdate', membersAdded: [BOT] });
    expect(await testStore.store.profiles.get(STRANGER)).toBeUndefined();
    expect(await testStore.store.conversations.get('19:fremmed@thread.tacv2')).toBeUndefined();
    expect(await testStore.store.conversations.get(`a:personal-${STRANGER.aadObjectId}`)).toBeUndefined();
  });

  it('hides a network from its members once it no longer lists their tenant, without losing their roles', async () => {
    const alex = harness.personal(ALEX);
    await alex.send('hei');
    const titles = async () => cardsOf(await alex.send('status')).map((c) => c.body[0].text);
    expect(await titles()).toContain('Status – Solør');
    const solor = (await testStore.store.directory.getNetwork('solor'))!;
    await testStore.store.directory.putNetwork({ ...solor, tenantIds: ['another-tenant'] });
    harness.setNow(new Date(NOW.getTime() + 61_000)); // past the gate's one-minute cache
    expect(await titles()).toEqual(['Status – Indre Namdal', 'Status – Kongsbergregionen', 'Status – NAV Indre Salten']);
    const form = { verb: 'cycle.save', networkId: 'solor', opensBefore: '3', reminders: '2', closesAfter: '5', digestCadence: 'tertial', digestDay: '6', sendHour: '10' };
    expect(textsOf(await alex.submit(form))).toEqual([nb.general.invalidAction]);
    expect((await testStore.store.directory.getNetwork('solor'))?.cycle).toBeUndefined();
    expect(cardsOf(await alex.send('logg')).map((c) => c.body[0].text)).not.toContain('Logg – Solør');
    // Alex leads Arkiv in Solør: a check-in sent there now is refused and stores nothing.
    const before = await testStore.store.checkIns.listByRespondent(ALEX);
    const submit = { verb: 'checkin.submit', networkId: 'solor', collaborationId: 'so-arkiv', period: '2026-Q4', templateVersion: 1, ...filledCheckIn() };
    expect(textsOf(await alex.submit(submit))).toEqual([nb.general.invalidAction]);
    expect(await testStore.store.checkIns.listByRespondent(ALEX)).toHaveLength(before.length);
    // The stored roles are untouched, so putting the tenant back restores access.
    expect((await testStore.store.profiles.get(ALEX))?.memberships.map((m) => m.networkId)).toContain('solor');
  });
});
