import { DateTime } from 'luxon';
import type { AdaptiveCard } from '../../src/core/card';
import { CONTAINERS } from '../../src/store/cosmos/containers';
import { ALEX, DEMO_LEADERS, PLAYGROUND_TENANT } from '../../src/demo/people';
import { catalogues } from '../../src/features';
import type { Person, Profile } from '../../src/domain/types';
import { cardsOf, cardText, startDemo, textsOf, type Harness } from '../support/conversation';
import { testScheduler } from '../support/scheduler';
import type { TestStore } from '../support/store';

const { nb } = catalogues;
const oslo = (text: string) => DateTime.fromISO(text, { zone: 'Europe/Oslo' }).toJSDate();
const START = oslo('2026-11-26T10:00');
const NETWORK = 'indre-namdal';
const INGRID = DEMO_LEADERS[0];
const person = (n: number, name: string): Person => ({ tenantId: PLAYGROUND_TENANT, aadObjectId: `00000000-0000-0000-0000-00000000${700 + n}`, name });
/** Five politicians of Grong and three chief executives: enough for the levels to pass N = 5. */
const POLITICIANS = [1, 2, 3, 4, 5].map((n) => person(n, `Politiker ${n}`));
const CHIEFS = [6, 7, 8].map((n) => person(n, `Direktør ${n}`));
const STRANGER = person(9, 'Sam Utenfor');
const SECRET_TEXT = 'Vi trenger bedre møter i regionrådet';

let harness: Harness;
let testStore: TestStore;
let close: () => Promise<void>;
let now = START;
let roundId = '';

beforeAll(async () => {
  ({ harness, testStore, close } = await startDemo(START));
  const profiles: Profile[] = [
    ...POLITICIANS.map((p) => ({ ...p, memberships: [{ networkId: NETWORK, roles: ['folkevalgt' as const], municipalityId: 'grong' }] })),
    ...CHIEFS.map((p, i) => ({ ...p, memberships: [{ networkId: NETWORK, roles: ['kommunedirektør' as const], municipalityId: ['royrvik', 'lierne', 'namsskogan'][i] }] }))
  ];
  for (const profile of profiles) await testStore.store.profiles.put(profile);
  // Everyone has written to the bot once, so the scheduler can reach them in 1:1 chat.
  for (const p of [ALEX, INGRID, ...POLITICIANS, ...CHIEFS, STRANGER]) await harness.personal(p).send('hei');
});
afterAll(() => close());

const scheduler = () => testScheduler(testStore.store, { clock: () => now });
/** Rounds until nothing is left to send (Teams' per-chat limits spread Alex's many messages over rounds). */
async function runScheduler(): Promise<void> {
  const instance = scheduler();
  for (let i = 0; i < 10; i++) {
    const report = await instance.tick();
    if (!report?.sent && !report?.deferred) break;
  }
  await instance.stop();
}
const answer = (who: Person, answers: Record<string, string>) => harness.personal(who).submit({ verb: 'survey.answer', networkId: NETWORK, roundId, ...answers });
const proactiveTo = (who: Person, from: number) => harness.connector.sent.slice(from).filter((s) => !s.replyToId && s.conversationId === `a:personal-${who.aadObjectId}`);

/** Every document in every container, as stored (system properties included). */
async function everyDocument(): Promise<{ container: string; document: Record<string, unknown> }[]> {
  const database = testStore.client.database(testStore.databaseId);
  const all = await Promise.all(Object.values(CONTAINERS).map(async ({ id }) => {
    const { resources } = await database.container(id).items.query<Record<string, unknown>>('SELECT * FROM c').fetchAll();
    return resources.map((document) => ({ container: id, document }));
  }));
  return all.flat();
}

describe('tillitsbarometer from start to results', () => {
  it('shows last year’s demo round split by level and municipality, largest gap first', async () => {
    const card = cardsOf(await harness.personal(INGRID).send('tillitsbarometer'))[0];
    const text = cardText(card);
    expect(text).toContain('32 svar');
    for (const group of ['Administrativt', 'Politisk', 'Røyrvik', 'Lierne', 'Namsskogan', 'Grong']) expect(text).toContain(group);
    expect(text).toContain('Flere felles møter mellom formannskapene.');
    const gaps = card.body
      .filter((e) => e.type === 'FactSet')
      .map((e) => Number(/(\d+) poeng/.exec((e.facts as { title: string; value: string }[]).find((f) => f.title === 'Forskjell mellom nivåene')!.value)![1]));
    expect(gaps).toHaveLength(9);
    expect(gaps).toEqual([...gaps].sort((a, b) => b - a));
  });

  it('refuses a non-admin who tries to start one, and shows the admin the start form', async () => {
    expect(textsOf(await harness.personal(INGRID).submit({ verb: 'survey.start', networkId: NETWORK, weeks: '3', threshold: '5' }))).toEqual([nb.admin.onlyAdmins('Indre Namdal')]);
    expect(textsOf(await harness.personal(STRANGER).submit({ verb: 'survey.start', networkId: NETWORK, weeks: '3', threshold: '5' }))).toEqual([nb.general.invalidAction]);
    // Only the demo's past rounds: nothing was started.
    expect((await testStore.store.directory.getNetwork(NETWORK))?.survey?.rounds.every((r) => r.receiptsDeleted)).toBe(true);
    const cards = cardsOf(await harness.personal(ALEX).send('undersøkelse')).map(cardText);
    expect(cards[0]).toContain('Start tillitsbarometer – Indre Namdal');
  });

  it('starts on the admin’s word with the PwC questions, three weeks on working days, and logs it', async () => {
    expect(textsOf(await harness.personal(ALEX).submit({ verb: 'survey.start', networkId: NETWORK, weeks: '3', threshold: '2' }))).toEqual([nb.survey.badWindow]);
    const replies = await harness.personal(ALEX).submit({ verb: 'survey.start', networkId: NETWORK, weeks: '3', threshold: '5' });
    expect(textsOf(replies)[0]).toMatch(/^Tillitsbarometeret for Indre Namdal er startet og er åpent til torsdag 17\. desember\.$/);
    const card = cardText(cardsOf(replies)[0]);
    expect(card).toContain('evner å jobbe mot et felles mål');
    expect(card).toContain('Vet ikke');
    const round = (await testStore.store.directory.getNetwork(NETWORK))!.survey!.rounds.at(-1)!;
    roundId = round.id;
    expect(round.threshold).toBe(5);
    expect(cardText(cardsOf(await harness.personal(ALEX).send('logg'))[0])).toContain('Tillitsbarometer startet i Indre Namdal');
  });

  it('sends the card at opening to everybody with a role, through the scheduler, once', async () => {
    const before = harness.connector.sent.length;
    now = oslo('2026-11-26T10:05');
    harness.setNow(now);
    await scheduler().tick();
    await scheduler().tick();
    for (const who of [...POLITICIANS, ...CHIEFS, INGRID]) expect(proactiveTo(who, before).map((s) => cardText(s.activity.attachments![0].content as AdaptiveCard))).toEqual([expect.stringContaining('Tillitsbarometer – Indre Namdal')]);
    expect(proactiveTo(STRANGER, before)).toEqual([]);
  });

  it('counts answers once and refuses a second answer, forged keys, values out of range and outsiders', async () => {
    expect(textsOf(await answer(POLITICIANS[0], { commonGoal: '2', forged: '3' }))).toEqual(['Svaret ble ikke lagret: «forged» er ikke et spørsmål her.']);
    expect(textsOf(await answer(POLITICIANS[0], { commonGoal: '7' }))).toEqual(['Svaret ble ikke lagret: svaret på «commonGoal» må være 1–5 eller «Vet ikke».']);
    expect(textsOf(await answer(STRANGER, { commonGoal: '4' }))).toEqual([nb.survey.notInvited]);
    for (const [i, p] of POLITICIANS.entries()) expect(textsOf(await answer(p, { commonGoal: i < 3 ? '2' : '4', closer: '5', comment: i === 0 ? SECRET_TEXT : '' }))).toEqual([nb.survey.thanks('Indre Namdal')]);
    expect(textsOf(await answer(POLITICIANS[0], { commonGoal: '5' }))).toEqual([nb.survey.already]);
    for (const p of [ALEX, INGRID, ...CHIEFS]) await answer(p, { commonGoal: '5', closer: 'dontKnow' });
    const tally = await testStore.store.surveys.getTally({ networkId: NETWORK, roundId });
    expect(tally?.respondents.all).toBe(10);
  });

  it('shows `mine data` that the person answered, not what', async () => {
    const text = cardText(cardsOf(await harness.personal(POLITICIANS[0]).send('mine data'))[0]);
    expect(text).toContain('Du har svart på tillitsbarometeret i Indre Namdal');
    expect(text).not.toContain('møter i regionrådet');
  });

  it('reminds only those who have not answered, and shows the admins the response rate', async () => {
    const round = (await testStore.store.directory.getNetwork(NETWORK))!.survey!.rounds.at(-1)!;
    now = new Date(new Date(round.reminders[0]).getTime() + 60_000);
    harness.setNow(now);
    const before = harness.connector.sent.length;
    await runScheduler();
    for (const who of [...POLITICIANS, ...CHIEFS, INGRID]) expect(proactiveTo(who, before)).toEqual([]);
    const rate = proactiveTo(ALEX, before).map((s) => cardText(s.activity.attachments![0].content as AdaptiveCard)).join();
    expect(rate).toContain('Svarprosent');
    expect(rate).toContain('Grong – Politisk');
    expect(rate).toContain('5 av 5 har svart');
  });

  it('withholds results while it runs, closes early on the admin’s word and sends the results', async () => {
    expect(textsOf(await harness.personal(ALEX).send('tillitsbarometer'))[0]).toContain('10 har svart så langt');
    expect(textsOf(await harness.personal(INGRID).submit({ verb: 'survey.close', networkId: NETWORK, roundId }))).toEqual([nb.admin.onlyAdmins('Indre Namdal')]);
    expect(textsOf(await harness.personal(ALEX).submit({ verb: 'survey.close', networkId: NETWORK, roundId }))).toEqual([nb.survey.closed('Indre Namdal')]);
    const before = harness.connector.sent.length;
    await runScheduler();
    const results = proactiveTo(CHIEFS[0], before).map((s) => cardText(s.activity.attachments![0].content as AdaptiveCard)).join();
    expect(results).toContain('Tillitsbarometer – Indre Namdal');
    expect(proactiveTo(POLITICIANS[1], before)).toEqual([]);
    const card = cardText(cardsOf(await harness.personal(ALEX).send('tillitsbarometer'))[0]);
    expect(card).toContain('10 svar');
    expect(card).toContain('Politisk');
    expect(card).toContain('40 % enig');
    expect(card).toContain(SECRET_TEXT);
    expect(cardText(cardsOf(await harness.personal(ALEX).send('logg'))[0])).toContain('Tillitsbarometer avsluttet før tiden');
  });

  it('leaves nothing in the database that pairs an answer with the person who gave it', async () => {
    const documents = await everyDocument();
    const ids = [ALEX, INGRID, ...POLITICIANS, ...CHIEFS].map((p) => p.aadObjectId);
    const withAnswer = documents.filter(({ document }) => JSON.stringify(document).includes('commonGoal') && !String(document.id).startsWith('template:'));
    expect(new Set(withAnswer.map((d) => d.container))).toEqual(new Set(['surveys']));
    for (const { document } of withAnswer) for (const id of ids) expect(JSON.stringify(document)).not.toContain(id);
    for (const { document } of withAnswer) expect(document.applied).toEqual([]);
    // «Has answered» is gone with the round: nothing says who answered any more.
    expect(documents.filter((d) => d.container === 'surveyReceipts')).toEqual([]);
    const secret = documents.filter(({ document }) => JSON.stringify(document).includes(SECRET_TEXT));
    expect(secret.map((d) => d.container)).toEqual(['surveys']);
  });
});
