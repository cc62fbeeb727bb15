import { DateTime } from 'luxon';
import { ALEX } from '../../src/demo/people';
import { catalogues } from '../../src/features';
import type { Person } from '../../src/domain/types';
import { cardsOf, cardText, startDemo, textsOf, type Harness } from '../support/conversation';
import { runSchedulerAt } from '../support/scheduler';
import { PARTNERS, partnerProfiles } from '../support/partners';
import type { TestStore } from '../support/store';

const { nb } = catalogues;
const oslo = (text: string) => DateTime.fromISO(text, { zone: 'Europe/Oslo' }).toJSDate();
const NETWORK = 'indre-namdal';
const MEMBER = PARTNERS[0][0];

let harness: Harness;
let testStore: TestStore;
let close: () => Promise<void>;
let now = oslo('2027-02-10T10:00');

beforeAll(async () => {
  ({ harness, testStore, close } = await startDemo(now));
  for (const profile of partnerProfiles(NETWORK)) await testStore.store.profiles.put(profile);
  for (const p of [ALEX, ...PARTNERS.map(([p]) => p)]) await harness.personal(p).send('hei');
});
afterAll(() => close());

const network = async () => (await testStore.store.directory.getNetwork(NETWORK))!;
const saveDate = (who: Person, month: string, workingDay: string) =>
  harness.personal(who).submit({ verb: 'survey.evaluationDate', networkId: NETWORK, month, workingDay });

async function evaluationStartedAt(when: string): Promise<boolean> {
  now = oslo(when);
  harness.setNow(now);
  await runSchedulerAt(testStore.store, () => now);
  return (await network()).survey?.rounds.some((r) => r.id === 'evaluering-2027') ?? false;
}

describe('the date of the årlig evaluering, set in chat', () => {
  it('shows admins when the next evaluation opens, with a form to move it', async () => {
    const card = cardsOf(await harness.personal(ALEX).send('undersøkelse')).find((c) => c.body[0]!.text === 'Årlig evaluering – Indre Namdal');
    expect(cardText(card!)).toContain('Neste evaluering åpner 1. mars 2027 og er åpen i tre uker.');
    const inputs = card!.body.filter((e) => e.type.startsWith('Input.'));
    expect(inputs.map((e) => [e.id, e.value])).toEqual([['month', '3'], ['workingDay', 1]]);
    expect(cardsOf(await harness.personal(MEMBER).send('undersøkelse')).some((c) => c.body[0]!.text === 'Årlig evaluering – Indre Namdal')).toBe(false);
  });

  it('refuses anyone but an admin, and a month or working day out of range, changing nothing', async () => {
    expect(textsOf(await saveDate(MEMBER, '9', '2'))).toEqual([nb.admin.onlyAdmins('Indre Namdal')]);
    for (const [month, day] of [['13', '1'], ['0', '1'], ['4', '16'], ['4', '0'], ['april', '2']]) {
      const replies = await saveDate(ALEX, month!, day!);
      expect([...textsOf(replies), ...cardsOf(replies).map(cardText)].join()).toMatch(/Velg en måned og en virkedag fra 1 til 15\.|Kortet inneholdt ugyldige data/);
    }
    expect((await network()).evaluationDate).toBeUndefined();
  });

  it('moves the evaluation to the third working day of April: the årshjul opens it then, not on 1 March, and the log says so', async () => {
    expect(textsOf(await saveDate(ALEX, '4', '3'))).toEqual(['Den årlige evalueringen i Indre Namdal åpner nå 5. april 2027, og deretter samme virkedag hvert år.']);
    expect((await network()).evaluationDate).toEqual({ month: 4, workingDay: 3 });
    expect(cardText(cardsOf(await harness.personal(ALEX).send('logg'))[0]!)).toContain('Endret datoen for den årlige evalueringen i Indre Namdal');

    expect(await evaluationStartedAt('2027-03-01T09:05')).toBe(false);
    expect(await evaluationStartedAt('2027-04-02T09:05')).toBe(false);
    expect(await evaluationStartedAt('2027-04-05T09:05')).toBe(true);
  });

  it('names next year when this year’s evaluation has run, even if the new day is later this year', async () => {
    expect(textsOf(await saveDate(ALEX, '9', '1'))).toEqual(['Den årlige evalueringen i Indre Namdal åpner nå 1. september 2028, og deretter samme virkedag hvert år.']);
  });
});
