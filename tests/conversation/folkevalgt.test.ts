import type { AdaptiveCard } from '../../src/core/card';
import { ALEX, PLAYGROUND_TENANT } from '../../src/demo/people';
import { catalogues } from '../../src/features';
import { BOT, cardsOf, cardText, startDemo, TEAM_ID, textsOf, type Harness } from '../support/conversation';
import { testScheduler } from '../support/scheduler';
import type { TestStore } from '../support/store';

const { nb } = catalogues;
const GUNN = { tenantId: PLAYGROUND_TENANT, aadObjectId: '00000000-0000-0000-0000-000000000301', name: 'Gunn Ordfører' };
const NOW = new Date('2026-11-26T10:00:00+01:00');

let harness: Harness;
let testStore: TestStore;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ harness, testStore, close } = await startDemo(NOW));
  await harness.personal(ALEX).send('hei');
  harness.connector.rosters.set(TEAM_ID, [ALEX, GUNN].map((p) => ({ id: `29:${p.aadObjectId}`, aadObjectId: p.aadObjectId, name: p.name })));
  await harness.channel(ALEX, { id: TEAM_ID, name: 'General' }).send({
    type: 'conversationUpdate', membersAdded: [BOT], channelData: { tenant: { id: PLAYGROUND_TENANT }, team: { id: TEAM_ID, name: 'Regionrådet' } }
  });
});
afterAll(() => close());

const choiceValue = (card: AdaptiveCard, id: string, title: string): string => {
  const input = JSON.parse(JSON.stringify(card.body)).find((e: { id?: string }) => e.id === id) as { choices: { title: string; value: string }[] };
  return input.choices.find((c) => c.title === title)!.value;
};

describe('folkevalgt: an elected official of a municipality', () => {
  it('is granted from the team roster for a municipality, and refused without one', async () => {
    const alex = harness.personal(ALEX);
    const picker = cardsOf(await alex.submit({ verb: 'admin.people', networkId: 'indre-namdal' }))[0];
    expect(cardText(picker)).toContain('Folkevalgt (ordfører, formannskap, kommunestyre)');
    const person = choiceValue(picker, 'person', GUNN.name);
    expect(textsOf(await alex.submit({ verb: 'admin.role.grant', networkId: 'indre-namdal', person, role: 'folkevalgt' }))).toEqual([nb.admin.chooseMunicipality]);
    expect((await testStore.store.profiles.get(GUNN))?.memberships ?? []).toEqual([]);
    const replies = await alex.submit({ verb: 'admin.role.grant', networkId: 'indre-namdal', person, role: 'folkevalgt', municipalityId: 'grong' });
    expect(textsOf(replies)[0]).toContain('folkevalgt i Grong');
    expect((await testStore.store.profiles.get(GUNN))?.memberships).toEqual([{ networkId: 'indre-namdal', roles: ['folkevalgt'], municipalityId: 'grong' }]);
    const log = cardText(cardsOf(await alex.send('logg'))[0]);
    expect(log).toContain('folkevalgt i Grong');
  });

  it('reads status only for the collaborations Grong takes part in or hosts', async () => {
    const gunn = harness.personal(GUNN);
    await gunn.send('hei');
    const overview = cardsOf(await gunn.send('status')).map(cardText).join();
    expect(overview).toContain('Barnevern');
    expect(overview).toContain('Plan, byggesak');
    expect(overview).not.toContain('Lønn');
    expect(overview).not.toContain('Brannvesen');
    const lonn = await gunn.send('status lønn');
    expect(cardsOf(lonn).map(cardText).join() + textsOf(lonn).join()).not.toContain('Riktig lønn');
    // The export holds every collaboration of the network, so it is not offered to a politician.
    expect(textsOf(await gunn.send('eksport 2026'))).toEqual([nb.general.notMember]);
    // A forged button for Lønn is refused like any other id outside the person's reach.
    expect(textsOf(await gunn.submit({ verb: 'status.show', networkId: 'indre-namdal', collaborationId: 'in-lonn' }))).toEqual([nb.general.invalidAction]);
  });

  it('gets no check-in invitations, reminders or escalations from the årshjul', async () => {
    const scheduler = testScheduler(testStore.store, { clock: () => NOW });
    await scheduler.tick();
    await scheduler.stop();
    const toGunn = harness.connector.sent.filter((s) => !s.replyToId && s.conversationId === `a:personal-${GUNN.aadObjectId}`);
    expect(toGunn).toEqual([]);
  });
});
