import type { Activity } from 'botbuilder';
import type { AdaptiveCard } from '../../src/core/card';
import type { Catalogue } from '../../src/core/i18n/catalogue';
import { ALEX, DEMO_LEADERS } from '../../src/demo/people';
import { flagsOf } from '../../src/domain/flags';
import { memberNetworkIds } from '../../src/domain/roles';
import type { Collaboration, Person } from '../../src/domain/types';
import { catalogues } from '../../src/features';
import { cardsOf, cardText, filledCheckIn, startDemo, textsOf, type Harness } from '../support/conversation';
import { periodAt, previousPeriod } from '../../src/domain/period';
import type { TestStore } from '../support/store';

const { nb, nn, en } = catalogues;

/** The last day of November: the fourth quarter is running, and nobody has been asked to report it yet. */
const NOW = new Date('2026-11-30T10:00:00+01:00');
const MEGAN: Person = { tenantId: ALEX.tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000021', name: 'Megan Bowen' };

type Replies = Partial<Activity>[];

/** A person's chat in one language: nynorsk as Teams reports it, bokmål and English by the network's language. */
interface Speaker {
  t: Catalogue;
  send(text: string): Promise<Replies>;
  submit(data: Record<string, unknown>): Promise<Replies>;
}

function speaker(harness: Harness, person: Person, t: Catalogue, locale?: string): Speaker {
  const chat = harness.personal(person);
  return {
    t,
    send: (text) => chat.send({ type: 'message', text, ...(locale ? { locale } : {}) }),
    submit: (data) => chat.send({ type: 'message', value: data, ...(locale ? { locale } : {}) })
  };
}

/** The one card a message got, failing when it got text or several cards. */
function onlyCard(replies: Replies): AdaptiveCard {
  expect({ texts: textsOf(replies), cards: cardsOf(replies).length }).toEqual({ texts: [], cards: 1 });
  return cardsOf(replies)[0];
}

/** The one line of text a message got, failing when it got a card. */
function onlyText(replies: Replies): string {
  expect({ cards: cardsOf(replies).length, texts: textsOf(replies).length }).toEqual({ cards: 0, texts: 1 });
  return textsOf(replies)[0];
}

interface Button {
  title: string;
  data: Record<string, unknown>;
}

/** A card's Action.Submit buttons, wherever they are (ActionSet or the card's actions). */
function buttons(card: AdaptiveCard): Button[] {
  const found: Button[] = [];
  const visit = (node: unknown) => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const element = node as Record<string, unknown>;
      if (element.type === 'Action.Submit') found.push({ title: element.title as string, data: element.data as Record<string, unknown> });
      Object.values(element).forEach(visit);
    }
  };
  visit(card);
  return found;
}

/** What a command button types for the person when pressed (Teams' imBack). */
const typed = (button: Button) => (button.data.msteams as { value: string } | undefined)?.value;

/** The first heading of a card. */
const titleOf = (card: AdaptiveCard) => card.body[0].text as string;

async function collaborationsOf(testStore: TestStore, person: Person): Promise<Collaboration[]> {
  const profile = (await testStore.store.profiles.get(person))!;
  return (await testStore.store.directory.loadNetworks(memberNetworkIds(profile))).collaborations;
}

/** The full help card lists every command; a suggestion card offers a handful. */
function expectSuggestions(card: AdaptiveCard, t: Catalogue, message: string): string[] {
  expect(titleOf(card)).toBe(t.general.unknownCommand(message));
  expect(cardText(card)).not.toContain(t.help.helpTitle);
  const offered = buttons(card).map(typed);
  expect(offered.length).toBeGreaterThanOrEqual(3);
  expect(offered.length).toBeLessThanOrEqual(4);
  expect(offered.at(-1)).toBe(t.help.commandHelp);
  return offered.slice(0, -1) as string[];
}

describe('questions in plain words (bokmål and nynorsk)', () => {
  let harness: Harness;
  let testStore: TestStore;
  let close: () => Promise<void>;
  let bokmål: Speaker;
  let nynorsk: Speaker;

  beforeAll(async () => {
    ({ harness, testStore, close } = await startDemo(NOW));
    await harness.personal(ALEX).send('hjelp');
    bokmål = speaker(harness, ALEX, nb, 'nb-NO');
    nynorsk = speaker(harness, ALEX, nn, 'nn-NO');
  });
  afterAll(() => close());

  describe.each([
    [
      'bokmål',
      () => bokmål,
      [
        ['Hvordan går det med legevakten?', 'status legevakt'],
        ['status for barnevern', 'status barnevern'],
        ['hva er status i Grong', 'status Grong'],
        ['Hvordan går det i Indre Namdal?', 'status Indre Namdal'],
        ['hei, hvordan står det til med lonnssamarbeidet?', 'status lønn'],
        ['Hvordan går det med barnevernet i Lierne?', 'status barnevern']
      ]
    ],
    [
      'nynorsk',
      () => nynorsk,
      [
        ['korleis går det med barnevernet?', 'status barnevern'],
        ['Korleis går det med legevakta?', 'status legevakt'],
        ['kva er status i Grong?', 'status Grong'],
        ['korleis står det til i Solør?', 'status Solør']
      ]
    ]
  ] as const)('in %s', (_language, who, cases) => {
    it.each(cases)('«%s» gives the same card as «%s»', async (question, command) => {
      const answer = onlyCard(await who().send(question));
      expect(answer).toEqual(onlyCard(await who().send(command)));
      expect(cardText(answer)).not.toContain(who().t.help.helpTitle);
    });

    it('asks which one when a sentence names two collaborations, and the choice opens that one', async () => {
      const { t, send, submit } = who();
      const card = onlyCard(await send(t === nb ? 'Hvordan går det med lønn og legevakten?' : 'Korleis går det med lønn og legevakta?'));
      expect(cardText(card)).toContain(t.questions.which);
      const choices = buttons(card);
      expect(choices.map((b) => b.title)).toEqual(['Lønn (Indre Namdal)', 'Legevakt (Indre Namdal)']);
      expect(onlyCard(await submit(choices[1].data))).toEqual(onlyCard(await send('status legevakt')));
    });

    it('asks which one when a name fits collaborations in two networks', async () => {
      const { t, send } = who();
      const card = onlyCard(await send(t === nb ? 'hvordan går det med teknisk?' : 'korleis går det med teknisk?'));
      expect(buttons(card).map((b) => b.title)).toEqual(['Ledernettverk teknisk (Kongsbergregionen)', 'Tekniske tjenester (Solør)']);
    });

    it('asks which one when a sentence names two municipalities, with buttons that ask for each', async () => {
      const { t, send } = who();
      const card = onlyCard(await send(t === nb ? 'hva skjer i Grong og Lierne?' : 'kva skjer i Grong og Lierne?'));
      expect(cardText(card)).toContain(t.questions.which);
      expect(buttons(card).map(typed)).toEqual([`${t.help.commandStatus} Grong`, `${t.help.commandStatus} Lierne`]);
      expect(onlyCard(await send(`${t.help.commandStatus} Grong`))).toEqual(onlyCard(await send('status Grong')));
    });

    it('answers thanks, a thumbs-up and a greeting with a short line, not the help card', async () => {
      const { t, send } = who();
      expect(onlyText(await send('takk'))).toBe(t.help.thanks);
      expect(onlyText(await send('Tusen takk!'))).toBe(t.help.thanks);
      expect(onlyText(await send('👍'))).toBe(t.help.thanks);
      expect(onlyText(await send('hei'))).toBe(t.help.greeting);
      expect(onlyText(await send('Hei!'))).toBe(t.help.greeting);
      expect(t.help.thanks).not.toContain(t.help.helpTitle);
    });

    it('suggests a few likely commands for a message it does not understand, not the whole help card', async () => {
      const { t, send } = who();
      const clock = t === nb ? 'hva er klokka?' : 'kva er klokka?';
      const offered = expectSuggestions(onlyCard(await send(clock)), t, clock);
      expect(offered).toEqual([t.help.commandStatus, t.help.commandCheckIn]);
      const status = expectSuggestions(onlyCard(await send('statsu')), t, 'statsu');
      expect(status[0]).toBe(t.help.commandStatus);
      // «status» and «status Lierne» are one command: it is offered once.
      expect(status.filter((s) => s.startsWith(t.help.commandStatus))).toHaveLength(1);
      expect(expectSuggestions(onlyCard(await send('eksprot')), t, 'eksprot')[0]).toMatch(/^eksport/);
      expect(expectSuggestions(onlyCard(await send('trnd tilit')), t, 'trnd tilit')[0]).toBe('trend tillit');
    });

    it('takes no everyday word for a name: «it», «i» and «det» are no collaboration', async () => {
      const { t, send } = who();
      for (const message of ['how is it going?', t === nb ? 'hva er det i dag?' : 'kva er det i dag?']) {
        expectSuggestions(onlyCard(await send(message)), t, message);
      }
    });

    it('«hva er gult?» lists exactly the collaborations whose latest colour is yellow', async () => {
      const { t, send } = who();
      const card = onlyCard(await send(t === nb ? 'hva er gult?' : 'kva er gult?'));
      expect(titleOf(card)).toBe(t.questions.title.yellow);
      const all = await collaborationsOf(testStore, ALEX);
      const yellow = all.filter((c) => c.status.periods[0]?.overall === 'yellow');
      expect(yellow.length).toBeGreaterThan(0);
      const text = cardText(card);
      for (const c of all) expect({ name: c.name, listed: text.includes(`${c.name} (`) }).toEqual({ name: c.name, listed: yellow.includes(c) });
      expect(card.body[1].text).toBe(t.questions.count(yellow.length));
    });

    it('«hvem har ikke sjekket inn?» lists the overdue collaborations with the leaders who are to answer', async () => {
      const { t, send } = who();
      const card = onlyCard(await send(t === nb ? 'Hvem har ikke sjekket inn?' : 'kven har ikkje sjekka inn?'));
      expect(titleOf(card)).toBe(t.questions.title.overdue);
      const all = await collaborationsOf(testStore, ALEX);
      const overdue = all.filter((c) => flagsOf(c, NOW).overdue);
      expect(overdue.length).toBeGreaterThan(0);
      expect(overdue.length).toBeLessThan(all.length);
      const text = cardText(card);
      for (const c of all) expect({ name: c.name, listed: text.includes(`${c.name} (`) }).toEqual({ name: c.name, listed: overdue.includes(c) });
      for (const c of overdue) expect(text).toContain(t.questions.ledBy(c.leaders.map((l) => l.name).join(', ')));
    });
  });

  /** A demo leader who is a member of one network only. */
  async function leaderInOneNetwork(): Promise<Person> {
    for (const leader of DEMO_LEADERS) {
      if ((await testStore.store.profiles.get(leader))?.memberships.length === 1) return leader;
    }
    throw new Error('every demo leader is in several networks');
  }

  it('answers «hvem har ikke sjekket inn?» only about the networks the person may see', async () => {
    const person = await leaderInOneNetwork();
    const own = await collaborationsOf(testStore, person);
    const others = (await collaborationsOf(testStore, ALEX)).filter((c) => !own.some((o) => o.id === c.id) && flagsOf(c, NOW).overdue);
    expect(others.length).toBeGreaterThan(0);
    const chat = speaker(harness, person, nb, 'nb-NO');
    await chat.send('hjelp');
    const text = JSON.stringify(await chat.send('hvem har ikke sjekket inn?'));
    for (const c of others) expect(text).not.toContain(`${c.name} (`);
  });

  it('tells nobody about collaborations outside their networks: a person without a role gets suggestions', async () => {
    const megan = speaker(harness, MEGAN, nb, 'nb-NO');
    await megan.send('hjelp');
    const replies = await megan.send('Hvordan går det med legevakten?');
    expect(JSON.stringify(replies)).not.toContain('Status: Legevakt');
    expectSuggestions(onlyCard(replies), nb, 'Hvordan går det med legevakten?');
    expect(onlyText(await megan.send('hvem har ikke sjekket inn?'))).toBe(nb.general.notMember);
  });

  it('says so plainly once everybody in the person’s networks has checked in', async () => {
    const person = await leaderInOneNetwork();
    const chat = speaker(harness, person, nb, 'nb-NO');
    await chat.send('hjelp');
    const overdue = (await collaborationsOf(testStore, person)).filter((c) => flagsOf(c, NOW).overdue);
    expect(overdue.length).toBeGreaterThan(0);
    for (const c of overdue) {
      const leader = speaker(harness, c.leaders[0], nb, 'nb-NO');
      await leader.send('hjelp');
      const period = previousPeriod(periodAt(c.cadence, NOW));
      const receipt = await leader.submit({ verb: 'checkin.submit', networkId: c.networkId, collaborationId: c.id, period, templateVersion: 1, ...filledCheckIn() });
      expect(JSON.stringify(receipt)).not.toContain('ugyldige');
    }
    expect(onlyText(await chat.send('hvem har ikke sjekket inn?'))).toBe(nb.questions.none.overdue);
    expect(nb.questions.none.overdue).not.toBe(nn.questions.none.overdue);
  });

  it('escapes what it did not understand when it quotes it back', async () => {
    const message = 'se [her](https://evil.example) **nå**';
    const card = onlyCard(await bokmål.send(message));
    expect(cardText(card)).not.toContain('](https://evil.example)');
  });
});

describe('questions in plain words (English)', () => {
  let harness: Harness;
  let close: () => Promise<void>;
  let english: Speaker;

  beforeAll(async () => {
    let testStore: TestStore;
    ({ harness, testStore, close } = await startDemo(NOW));
    // English is chosen per network: Alex's networks all speak English here.
    for (const id of memberNetworkIds((await testStore.store.profiles.get(ALEX))!)) {
      const network = (await testStore.store.directory.getNetwork(id))!;
      await testStore.store.directory.putNetwork({ ...network, language: 'en' });
    }
    english = speaker(harness, ALEX, en, 'en-US');
    await english.send('help');
  });
  afterAll(() => close());

  it.each([
    ['how is payroll doing?', 'status lønn'],
    ['How is child welfare doing?', 'status barnevern'],
    ["what's the status of Grong?", 'status Grong'],
    ['how are things in Indre Namdal?', 'status Indre Namdal']
  ])('«%s» gives the same card as «%s»', async (question, command) => {
    const answer = onlyCard(await english.send(question));
    expect(answer).toEqual(onlyCard(await english.send(command)));
  });

  it('asks which one when a sentence names two collaborations', async () => {
    const card = onlyCard(await english.send('how are payroll and child welfare doing?'));
    expect(cardText(card)).toContain(en.questions.which);
    expect(buttons(card).map((b) => b.title)).toEqual(['Lønn (Indre Namdal)', 'Barnevern (Indre Namdal)']);
  });

  it('answers «who hasn’t checked in?» and «what is yellow?»', async () => {
    expect(titleOf(onlyCard(await english.send("who hasn't checked in?")))).toBe(en.questions.title.overdue);
    expect(titleOf(onlyCard(await english.send('Who hasn’t checked in?')))).toBe(en.questions.title.overdue);
    expect(titleOf(onlyCard(await english.send('what is yellow?')))).toBe(en.questions.title.yellow);
  });

  it('answers thanks and greetings with a line, and suggests commands for what it does not understand', async () => {
    expect(onlyText(await english.send('thanks!'))).toBe(en.help.thanks);
    expect(onlyText(await english.send('👍'))).toBe(en.help.thanks);
    expect(onlyText(await english.send('hi'))).toBe(en.help.greeting);
    expect(expectSuggestions(onlyCard(await english.send('what time is it?')), en, 'what time is it?')).toEqual([en.help.commandStatus, en.help.commandCheckIn]);
    expect(expectSuggestions(onlyCard(await english.send('exprot')), en, 'exprot')[0]).toMatch(/^export/);
  });
});
