import { DateTime } from 'luxon';
import { ALEX, DEMO_LEADERS } from '../../src/demo/people';
import { cardsOf, cardText, filledCheckIn, networkPickerOf, startDemo, textsOf, type Harness } from '../support/conversation';
import { testScheduler } from '../support/scheduler';
import type { TestStore } from '../support/store';
import { catalogues } from '../../src/features';

const { nb } = catalogues;

const oslo = (text: string) => DateTime.fromISO(text, { zone: 'Europe/Oslo' }).toJSDate();
/** The demo as it is when the November window opens for the monthly collaborations. */
const OPENING = oslo('2026-11-26T09:05');
const COUNCIL = { id: '19:kommunedirektorer@thread.tacv2', name: 'Kommunedirektørutvalget' };
const INGRID = DEMO_LEADERS[0];

let harness: Harness;
let testStore: TestStore;
let close: () => Promise<void>;
let now = OPENING;

beforeAll(async () => {
  ({ harness, testStore, close } = await startDemo(OPENING));
  await harness.personal(ALEX).send('hei');
});
afterAll(() => close());

const scheduler = () => testScheduler(testStore.store, { clock: () => now });

const proactive = () => harness.connector.sent.filter((s) => !s.replyToId);

describe('årshjul in chat', () => {
  it('shows what is coming and who cannot be reached, with the settings form for admins', async () => {
    const cards = cardsOf(await harness.personal(ALEX).send('årshjul'));
    expect(cards.map((c) => c.body[0].text)).toEqual(['Årshjul – Indre Namdal']);
    expect(Object.keys(networkPickerOf(cards[0])!.choices)).toEqual(['Indre Namdal', 'Kongsbergregionen', 'NAV Indre Salten', 'Solør']);
    const text = cardText(cards[0]);
    expect(text).toContain('Innsjekken åpner 3. siste arbeidsdag i perioden, påminnelser 2 og 4 arbeidsdager etter');
    expect(text).toContain('Meldinger sendes kl. 09:00 på hverdager');
    // One time format: every coming event with its weekday, date and a 24-hour time.
    expect(text).toContain('"title":"man. 30. nov., 09:00","value":"Påminnelse for november 2026"');
    expect(text).toContain('Påminnelse for november 2026');
    expect(text).toContain('Frist for november 2026; forsinkede varsles');
    expect(text).toContain('Innsjekk åpner for 3. tertial 2026');
    expect(text).toContain(`${INGRID.name} – kan ikke nås i Teams`);
    expect(text).toContain('Sammendraget – nettverket har ingen kanal for det');
    expect(text).toContain('Lagre årshjulet');
  });

  it('lets an admin change the cycle, and refuses a cycle that cannot work without changing anything', async () => {
    const chat = harness.personal(ALEX);
    const form = { verb: 'cycle.save', networkId: 'indre-namdal', opensBefore: '2', reminders: '1, 3', closesAfter: '4', digestCadence: 'monthly', digestDay: '5', sendHour: '10' };
    expect(textsOf(await chat.submit({ ...form, reminders: '3, 1' }))).toEqual(['Årshjulet ble ikke lagret: Påminnelsene må være stigende hele tall, høyst tre, og før fristen.']);
    expect((await testStore.store.directory.getNetwork('indre-namdal'))?.cycle).toBeUndefined();
    const replies = await chat.submit(form);
    expect(textsOf(replies)).toEqual(['Årshjulet for Indre Namdal er lagret. Endringen gjelder fra neste hendelse.']);
    expect(cardText(cardsOf(replies)[0])).toContain('kl. 10:00');
    expect((await testStore.store.directory.getNetwork('indre-namdal'))?.cycle).toEqual({
      opensBefore: 2, reminders: [1, 3], closesAfter: 4, digest: { cadence: 'monthly', workingDay: 5 }, sendHour: 10
    });
    // Back to the default, so the rest of the file runs on the standard årshjul.
    await chat.submit({ ...form, opensBefore: '3', reminders: '2, 4', closesAfter: '5', digestCadence: 'tertial', digestDay: '6', sendHour: '9' });
  });

  it('refuses changes from people who are not admins of the network, and forged fields', async () => {
    const ingrid = harness.personal(INGRID);
    const card = cardsOf(await ingrid.send('årshjul'))[0];
    expect(cardText(card)).not.toContain('Lagre årshjulet');
    const form = { verb: 'cycle.save', networkId: 'indre-namdal', opensBefore: '2', reminders: '', closesAfter: '4', digestCadence: 'monthly', digestDay: '5', sendHour: '10' };
    expect(textsOf(await ingrid.submit(form))).toEqual(['Bare administratorer i Indre Namdal kan endre årshjulet.']);
    expect(textsOf(await harness.personal(ALEX).submit({ ...form, extra: 'x' }))).toEqual([nb.general.invalidAction]);
    expect(textsOf(await harness.personal(ALEX).submit({ ...form, networkId: 'not-mine' }))).toEqual([nb.general.invalidAction]);
    expect((await testStore.store.directory.getNetwork('indre-namdal'))?.cycle?.sendHour).toBe(9);
  });

  it('sends the digest to the channel an admin chose from that channel', async () => {
    const channel = harness.channel(ALEX, COUNCIL);
    const card = cardsOf(await channel.send('årshjul'))[0];
    expect(cardText(card)).toContain('Send sammendraget hit');
    expect(textsOf(await channel.submit({ verb: 'cycle.channel', networkId: 'indre-namdal' }))).toEqual([
      'Sammendraget for Indre Namdal sendes heretter til kanalen «Kommunedirektørutvalget».'
    ]);
    expect(textsOf(await harness.personal(ALEX).submit({ verb: 'cycle.channel', networkId: 'indre-namdal' }))).toEqual([nb.annualCycle.channelOnlyInChannel]);
    expect(textsOf(await harness.channel(INGRID, COUNCIL).submit({ verb: 'cycle.channel', networkId: 'indre-namdal' }))).toEqual([
      'Bare administratorer i Indre Namdal kan endre årshjulet.'
    ]);
  });
});

describe('the årshjul as the demo network lives it', () => {
  const toAlex = (text: string) => proactive().filter((s) => s.conversationId === `a:personal-${ALEX.aadObjectId}` && JSON.stringify(s.activity).includes(text));

  it('asks Alex to check in for Lønn when the monthly window opens', async () => {
    harness.connector.sent.splice(0);
    await scheduler().tick();
    const [invitation] = toAlex('Sjekk inn: Lønn');
    expect(JSON.stringify(invitation?.activity)).toContain('Det er tid for statusrapport for november 2026');
    expect(JSON.stringify(invitation?.activity)).toContain('Fristen er mandag 7. desember');
  });

  it('does not remind a leader who has answered', async () => {
    await harness.personal(ALEX).submit({ verb: 'checkin.submit', networkId: 'indre-namdal', collaborationId: 'in-lonn', period: '2026-M11', templateVersion: 1, ...filledCheckIn() });
    harness.connector.sent.splice(0);
    now = oslo('2026-11-30T09:10');
    await scheduler().tick();
    expect(proactive()).toHaveLength(0);
  });

  it('opens the tertial over Christmas and tells the admin which leaders it could not ask', async () => {
    now = oslo('2026-12-28T09:05');
    await scheduler().tick();
    expect(toAlex('Sjekk inn: Barnevern')).toHaveLength(1);
    expect(JSON.stringify(toAlex('Sjekk inn: Barnevern')[0].activity)).toContain('Det er tid for statusrapport for 3. tertial 2026');
    await scheduler().tick();
    // One notice per event (the tertial and the quarter open the same day), naming the leaders.
    const notices = JSON.stringify(toAlex('Noen kan ikke nås – Indre Namdal').map((s) => s.activity));
    expect(notices).toContain('Da jeg sendte invitasjonene til å sjekke inn');
    expect(notices).toContain('Ola Berg – kan ikke nås i Teams');
    await scheduler().tick();
    expect(toAlex('Noen kan ikke nås – Indre Namdal').length).toBeLessThanOrEqual(2);
  });

  it('escalates the collaborations still missing when the window closes, and posts the digest to the council', async () => {
    now = oslo('2027-01-08T09:10');
    await scheduler().tick();
    const [escalation] = toAlex('Forsinket rapportering – Indre Namdal');
    expect(JSON.stringify(escalation.activity)).toContain('har ikke sjekket inn for 3. tertial 2026');
    expect(JSON.stringify(escalation.activity)).toContain('Leder: Ola Berg');
    now = oslo('2027-01-11T09:10');
    await scheduler().tick();
    const digest = proactive().filter((s) => s.conversationId === COUNCIL.id);
    expect(digest).toHaveLength(1);
    const text = JSON.stringify(digest[0].activity);
    expect(text).toContain('Sammendrag 3. tertial 2026 – Indre Namdal');
    expect(text).toContain('Har ikke rapportert');
    expect(text).toContain('Lønn');
  });
});

describe('conversation references', () => {
  const TEAM = { id: '19:prosjektgruppe-it@thread.tacv2', name: 'IT' };

  it('are captured from channel messages and member changes, and revived when a lost channel speaks again', async () => {
    const channel = harness.channel(ALEX, TEAM);
    await channel.send({ type: 'conversationUpdate', membersAdded: [{ id: '29:megan', name: 'Megan Bowen' }] });
    expect(await testStore.store.conversations.get(TEAM.id)).toMatchObject({ active: true, conversationType: 'channel' });
    const lost = (await testStore.store.conversations.get(TEAM.id))!;
    await testStore.store.conversations.put({ ...lost, active: false });
    await channel.send('hjelp');
    expect((await testStore.store.conversations.get(TEAM.id))?.active).toBe(true);
  });
});
