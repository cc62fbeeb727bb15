import { DateTime } from 'luxon';
import type { AdaptiveCard } from '../../src/core/card';
import { CONTAINERS } from '../../src/store/cosmos/containers';
import { ALEX } from '../../src/demo/people';
import { catalogues, modules } from '../../src/features';
import { loadExport } from '../../src/features/export/data';
import { surveySheet } from '../../src/features/survey/export';
import { TemplateVersions } from '../../src/core/templateVersions';
import type { Person } from '../../src/domain/types';
import { cardsOf, cardText, startDemo, textsOf, type Harness } from '../support/conversation';
import { runSchedulerAt, testScheduler } from '../support/scheduler';
import { GRONG, PARTNERS, partnerProfiles } from '../support/partners';
import type { TestStore } from '../support/store';

const { nb } = catalogues;
const oslo = (text: string) => DateTime.fromISO(text, { zone: 'Europe/Oslo' }).toJSDate();
const NETWORK = 'indre-namdal';
const ROUND = 'evaluering-2027';
const SECRET_TEXT = 'Lønnskjøringen kommer for sent hver måned';

let harness: Harness;
let testStore: TestStore;
let close: () => Promise<void>;
let now = oslo('2027-02-26T10:00');

beforeAll(async () => {
  ({ harness, testStore, close } = await startDemo(now));
  for (const profile of partnerProfiles(NETWORK)) await testStore.store.profiles.put(profile);
  for (const p of [ALEX, GRONG, ...PARTNERS.map(([p]) => p)]) await harness.personal(p).send('hei');
});
afterAll(() => close());

const runScheduler = () => runSchedulerAt(testStore.store, () => now);
const at = (when: Date) => {
  now = when;
  harness.setNow(when);
};
const evaluate = (who: Person, subjectId: string | undefined, answers: Record<string, string>) =>
  harness.personal(who).submit({ verb: 'survey.answer', networkId: NETWORK, roundId: ROUND, ...(subjectId ? { subjectId } : {}), ...answers });
const cardsTo = (who: Person, from: number) =>
  harness.connector.sent.slice(from).filter((s) => !s.replyToId && s.conversationId === `a:personal-${who.aadObjectId}` && s.activity.attachments?.length).map((s) => cardText(s.activity.attachments![0].content as AdaptiveCard));
const network = async () => (await testStore.store.directory.getNetwork(NETWORK))!;

describe('årlig evaluering from its day in the årshjul to status', () => {
  it('shows last year’s demo evaluation of Lønn beside Alex’s own ratings', async () => {
    const detail = cardText(cardsOf(await harness.personal(ALEX).send('status lønn'))[0]);
    expect(detail).toContain('Deltakerkommunenes syn (årlig evaluering)');
    expect(detail).toContain('5 svar fra deltakerkommunene');
    // Quality and control are what both rate (Alex answered «Vet ikke» on trust last period); control differs by more than a point.
    for (const mean of ['2,6', '2,4']) expect(detail).toContain(`"${mean}"`);
    // The demo has no evaluation before last year's: nothing to compare with yet.
    expect(detail).not.toContain('Pilene viser endringen');
    expect(detail).toContain('Ulikt syn');
  });

  it('starts on the first working day of March and asks each partner about each collaboration, never the host or the leader', async () => {
    at(oslo('2027-03-01T09:05'));
    const before = harness.connector.sent.length;
    await runScheduler();
    const round = (await network()).survey!.rounds.find((r) => r.id === ROUND)!;
    expect(round.kind).toBe('evaluation');
    // Lønn has five partners to ask; Brannvesen Midt (Lierne and Røyrvik) too few to ever show, so it is not asked.
    expect(Object.keys(round.subjects!)).toEqual(expect.arrayContaining(['in-lonn', 'in-plan']));
    expect(round.subjects!['in-brann']).toBeUndefined();
    expect(Object.values(round.subjects!['in-lonn'].invited).reduce((a, b) => a + b, 0)).toBe(5);
    const partnerCards = cardsTo(PARTNERS[0][0], before);
    expect(partnerCards.some((c) => c.includes('Årlig evaluering: Lønn – Indre Namdal'))).toBe(true);
    expect(partnerCards.some((c) => c.includes('nok igjen for pengene'))).toBe(true);
    expect(cardsTo(GRONG, before).some((c) => c.includes('Årlig evaluering: Plan'))).toBe(false);
    expect(cardsTo(ALEX, before).some((c) => c.includes('Årlig evaluering: Lønn'))).toBe(false);
    expect(cardText(cardsOf(await harness.personal(ALEX).send('logg'))[0])).toContain('Årlig evaluering startet i Indre Namdal');
  });

  it('refuses the host, the leader, outsiders, forged keys, values out of range and a second answer', async () => {
    const [kari] = PARTNERS[0];
    expect(textsOf(await evaluate(GRONG, 'in-plan', { quality: '5' }))).toEqual([nb.survey.notEvaluator.host]);
    expect(textsOf(await evaluate(GRONG, 'in-lonn', { quality: '5' }))).toEqual([nb.survey.notEvaluator.notParticipant]);
    expect(textsOf(await evaluate(ALEX, 'in-lonn', { quality: '5' }))).toEqual([nb.survey.notEvaluator.leader]);
    expect(textsOf(await evaluate(kari, undefined, { quality: '5' }))).toEqual([nb.general.invalidAction]);
    expect(textsOf(await evaluate(kari, 'in-brann', { quality: '5' }))).toEqual([nb.general.invalidAction]);
    expect(textsOf(await evaluate(kari, 'in-lonn', { quality: '2', commonGoal: '3' }))).toEqual(['Svaret ble ikke lagret: «commonGoal» er ikke et spørsmål her.']);
    expect(textsOf(await evaluate(kari, 'in-lonn', { value: '0' }))).toEqual(['Svaret ble ikke lagret: svaret på «value» må være 1–5 eller «Vet ikke».']);
    for (const [i, [p]] of PARTNERS.entries()) {
      expect(textsOf(await evaluate(p, 'in-lonn', { quality: '1', value: '2', control: '2', trust: i < 2 ? 'dontKnow' : '4', comment: i === 0 ? SECRET_TEXT : '' }))).toEqual([nb.survey.evaluationThanks]);
    }
    expect(textsOf(await evaluate(kari, 'in-lonn', { quality: '5' }))).toEqual([nb.survey.already]);
    // Only one partner answers for Plan: below N, so withheld at the close.
    expect(textsOf(await evaluate(kari, 'in-plan', { quality: '3' }))).toEqual([nb.survey.evaluationThanks]);
    const tally = await testStore.store.surveys.getTally({ networkId: NETWORK, roundId: ROUND, subjectId: 'in-lonn' });
    expect(tally?.respondents.all).toBe(5);
  });

  it('gives on `undersøkelse` the cards still to answer, and the admins the response rate per collaboration', async () => {
    const cards = cardsOf(await harness.personal(PARTNERS[1][0]).send('undersøkelse')).map(cardText);
    expect(cards.some((c) => c.includes('Årlig evaluering: Plan'))).toBe(true);
    expect(cards.some((c) => c.includes('Årlig evaluering: Lønn'))).toBe(false);
    const rate = cardsOf(await harness.personal(ALEX).send('undersøkelse')).map(cardText).find((c) => c.includes('Svarprosent – årlig evaluering'));
    expect(rate).toContain('"title":"Lønn","value":"5 av 5 har svart"');
  });

  it('lets `slett mine data` remove the receipt, and with it the roles, so the answer cannot be given again', async () => {
    const [randi] = PARTNERS[4];
    const ref = { networkId: NETWORK, roundId: ROUND, subjectId: 'in-lonn' };
    expect(await testStore.store.surveys.hasReceipt(ref, randi)).toBe(true);
    await harness.personal(randi).submit({ verb: 'privacy.erase' });
    expect(await testStore.store.surveys.hasReceipt(ref, randi)).toBe(false);
    expect(textsOf(await evaluate(randi, 'in-lonn', { quality: '5' }))).toEqual([nb.survey.notInvited]);
    expect((await testStore.store.surveys.getTally(ref))?.respondents.all).toBe(5);
  });

  it('reminds only those who have not answered', async () => {
    const round = (await network()).survey!.rounds.find((r) => r.id === ROUND)!;
    at(new Date(new Date(round.reminders[0]).getTime() + 60_000));
    const before = harness.connector.sent.length;
    await runScheduler();
    expect(cardsTo(PARTNERS[1][0], before).some((c) => c.includes('Årlig evaluering: Lønn'))).toBe(false);
    expect(cardsTo(PARTNERS[1][0], before).some((c) => c.includes('Årlig evaluering: Plan'))).toBe(true);
    expect(cardsTo(ALEX, before).join()).toContain('Svarprosent – årlig evaluering Indre Namdal');
  });

  it('extends in the evaluation’s own name on an admin’s word only, and the log says so', async () => {
    const closes = async () => (await network()).survey!.rounds.find((r) => r.id === ROUND)!.closesAt;
    const before = await closes();
    const extend = (who: Person) => harness.personal(who).submit({ verb: 'survey.extend', networkId: NETWORK, roundId: ROUND });
    expect(textsOf(await extend(PARTNERS[1][0]))).toEqual([nb.admin.onlyAdmins('Indre Namdal')]);
    expect(await closes()).toBe(before);
    const reply = textsOf(await extend(ALEX));
    const after = await closes();
    expect(new Date(after).getTime()).toBeGreaterThan(new Date(before).getTime());
    expect(reply).toEqual([nb.survey.evaluationExtended('Indre Namdal', nb.annualCycle.deadline(after))]);
    expect(reply[0]).not.toContain('Tillitsbarometer');
    expect(cardText(cardsOf(await harness.personal(ALEX).send('logg'))[0])).toContain('Årlig evaluering forlenget i Indre Namdal');
  });

  it('sends the results at the close, withholds a collaboration below N, and status shows the partners beside the leader', async () => {
    const round = (await network()).survey!.rounds.find((r) => r.id === ROUND)!;
    const lastYear = (await testStore.store.directory.getCollaboration(NETWORK, 'in-lonn'))!.value.partnerView!;
    at(new Date(new Date(round.closesAt).getTime() + 60_000));
    const before = harness.connector.sent.length;
    await runScheduler();
    const results = cardsTo(PARTNERS[0][0], before).join();
    expect(results).toContain('Årlig evaluering – Indre Namdal');
    // Lønn's quality fell from last year's 2.6 to 1.0; trust held at 4.0.
    expect(results).toContain(nb.survey.comparedWith(nb.annualCycle.deadline(lastYear.closedAt)));
    expect(results).toContain('"title":"Kvalitet","value":"1,0 ↓ · 0 % enig · 100 % uenig"');
    expect(results).toContain('"title":"Tillit til vertskommunen","value":"4,0 → · 60 % enig · 0 % uenig"');
    expect(results).toContain(nb.survey.evaluationWithheld(1, 5));
    expect(results).toContain(SECRET_TEXT);

    const lonn = (await testStore.store.directory.getCollaboration(NETWORK, 'in-lonn'))!.value;
    expect(lonn.partnerView).toMatchObject({ respondents: 5, means: { quality: 1, value: 2, control: 2, trust: 4 }, previous: { closedAt: lastYear.closedAt, means: lastYear.means } });
    expect((await testStore.store.directory.getCollaboration(NETWORK, 'in-plan'))!.value.partnerView).toBeUndefined();
    const leaderQuality = lonn.status.periods[0].means.quality;
    expect(leaderQuality).toBeGreaterThanOrEqual(2);
    const detail = cardText(cardsOf(await harness.personal(ALEX).send('status lønn'))[0]);
    expect(detail).toContain('Deltakerkommunenes syn (årlig evaluering)');
    expect(detail).toContain(nb.score(leaderQuality));
    expect(detail).toContain(nb.survey.comparedWith(nb.annualCycle.deadline(lastYear.closedAt)));
    expect(detail).toContain('"text":"1,0 ↓","wrap":true,"color":"attention"');
    expect(detail).toContain('Ulikt syn');
    const overview = cardsOf(await harness.personal(ALEX).send('status'))[0];
    const lines = overview.body.map((element) => JSON.stringify(element)).filter((line) => line.includes('"collaborationId":"in-'));
    expect(lines.filter((line) => line.includes('Ulikt syn')).map((line) => /"collaborationId":"([^"]+)"/.exec(line)![1])).toEqual(['in-lonn']);
  });

  it('puts the year’s evaluation into `eksport` as far as the threshold allows', async () => {
    const data = await loadExport(testStore.store, new TemplateVersions(testStore.store.directory), { user: 'x', networkIds: [NETWORK], year: 2027, exp: 0 });
    const sheet = surveySheet(data.surveys ?? [], nb);
    const lonn = sheet.filter((row) => row[2] === 'Lønn');
    expect(lonn.map((row) => [row[4], row[5], row[6]])).toEqual([['Kvalitet', 5, 1], ['Nok igjen for pengene', 5, 2], ['Informasjon og innsikt', 5, 2], ['Tillit til vertskommunen', 5, 4]]);
    expect(sheet.filter((row) => String(row[2]).startsWith('Plan'))).toEqual([['Indre Namdal', 'Årlig evaluering – 2027', 'Plan, byggesak, tilsyn, GIS og oppmåling', '', nb.survey.evaluationWithheld(1, 5)]]);
    expect(JSON.stringify(sheet)).not.toContain(SECRET_TEXT);
  });

  it('costs a scheduler round no store request of its own when no round opens, reminds or closes', async () => {
    at(oslo('2027-04-21T11:00'));
    await runScheduler();
    const requests = async (chosen: typeof modules) => {
      const instance = testScheduler(testStore.store, { clock: () => now, modules: chosen });
      const before = testStore.server.requests;
      await instance.tick();
      const used = testStore.server.requests - before;
      await instance.stop();
      return used;
    };
    const without = await requests(modules.filter((m) => m.name !== 'survey'));
    expect(await requests(modules)).toBe(without);
  });

  it('leaves nothing in the database that pairs an evaluation answer with the person who gave it', async () => {
    const database = testStore.client.database(testStore.databaseId);
    const documents = (await Promise.all(Object.values(CONTAINERS).map(async ({ id }) => {
      const { resources } = await database.container(id).items.query<Record<string, unknown>>('SELECT * FROM c').fetchAll();
      return resources.map((document) => ({ container: id, document }));
    }))).flat();
    const ids = [ALEX, GRONG, ...PARTNERS.map(([p]) => p)].map((p) => p.aadObjectId);
    const answers = documents.filter(({ document }) => JSON.stringify(document).includes(SECRET_TEXT) || (document.subjectId && document.counts));
    expect(new Set(answers.map((d) => d.container))).toEqual(new Set(['surveys']));
    for (const { document } of answers) {
      for (const id of ids) expect(JSON.stringify(document)).not.toContain(id);
      expect(document.applied).toEqual([]);
    }
    expect(documents.filter((d) => d.container === 'surveyReceipts')).toEqual([]);
  });
});
