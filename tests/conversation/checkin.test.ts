import { ALEX, DEMO_LEADERS } from '../../src/demo/people';
import type { Person } from '../../src/domain/types';
import { cardsOf, cardText, filledCheckIn, startDemo, textsOf, type Harness } from '../support/conversation';
import type { TestStore } from '../support/store';

const NOW = new Date('2026-11-25T10:00:00+01:00');
const MEGAN: Person = { tenantId: ALEX.tenantId, aadObjectId: '00000000-0000-0000-0000-0000000000021', name: 'Megan Bowen' };
const LONN = { networkId: 'indre-namdal', collaborationId: 'in-lonn' };
const LONN_ENVELOPE = { verb: 'checkin.submit', ...LONN, period: '2026-M11', templateVersion: 1 };

let testStore: TestStore;
let harness: Harness;
let close: () => Promise<void>;

beforeAll(async () => {
  ({ testStore, harness, close } = await startDemo(NOW));
});

afterAll(() => close());

const checkInsOfLonn = () => testStore.store.checkIns.listSince('in-lonn', '2026-M11');
const lonn = async () => (await testStore.store.directory.getCollaboration('indre-namdal', 'in-lonn'))!.value;

describe('first contact and help', () => {
  it('welcomes a person on first contact, then answers the command', async () => {
    const cards = cardsOf(await harness.personal(ALEX).send('hjelp'));
    expect(cardText(cards[0])).toContain('Velkommen til Sampuls');
    expect(cardText(cards[1])).toContain('Dette kan jeg hjelpe med');
    const again = cardsOf(await harness.personal(ALEX).send('help'));
    expect(again).toHaveLength(1);
    expect(cardText(again[0])).not.toContain('Velkommen');
  });

  it('answers unknown input with a short help, never silence', async () => {
    const cards = cardsOf(await harness.personal(ALEX).send('hva er klokka'));
    expect(cardText(cards[0])).toContain('Jeg forstod ikke «hva er klokka»');
    expect(cardText(cards[0])).toContain('sjekk inn');
  });

  it('welcomes when installed and remembers the conversation', async () => {
    const chat = harness.personal(MEGAN);
    const replies = await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: '28:sampuls-bot', name: 'Sampuls' }] });
    expect(cardText(cardsOf(replies)[0])).toContain('Velkommen til Sampuls');
    const record = await testStore.store.conversations.get(`a:personal-${MEGAN.aadObjectId}`);
    expect(record).toMatchObject({ active: true, conversationType: 'personal', tenantId: MEGAN.tenantId });
    const repeated = await chat.send({ type: 'conversationUpdate', membersAdded: [{ id: '28:sampuls-bot', name: 'Sampuls' }] });
    expect(repeated).toHaveLength(0);
  });
});

describe('the check-in', () => {
  it('asks which collaboration when the user leads several', async () => {
    const card = cardsOf(await harness.personal(ALEX).send('sjekk inn'))[0];
    const titles = JSON.stringify(card);
    expect(titles).toContain('Hvilket samarbeid vil du sjekke inn for?');
    for (const name of ['Lønn (Indre Namdal)', 'Barnevern (Indre Namdal)', 'SuksIT (Kongsbergregionen)', 'Arkiv (Solør)']) {
      expect(titles).toContain(name);
    }
  });

  it('opens the form straight away for a loosely named collaboration', async () => {
    for (const words of ['sjekk inn lønnssamarbeidet', 'check in Lønn IN', 'sjekk inn lønn']) {
      const card = cardsOf(await harness.personal(ALEX).send(words))[0];
      expect(cardText(card)).toContain('Sjekk inn: Lønn');
      expect(cardText(card)).toContain('november 2026');
      const ids = card.body.filter((e) => String(e.type).startsWith('Input.')).map((e) => e.id);
      expect(ids).toEqual([
        'overall', 'overallComment', 'goals', 'quality', 'economy', 'economyComment', 'benefits',
        'trust', 'control', 'anchoring', 'capacity', 'risks', 'decisionNeeded', 'decisionText', 'celebrate'
      ]);
      expect(card.actions![0].data).toEqual(LONN_ENVELOPE);
    }
  });

  it('matches a name only among the collaborations the person leads', async () => {
    // «arkiv» is Solør's Arkiv, which Alex leads, and an alias of Kongsbergregionen dokumentsenter, which Alex does not.
    const arkiv = await harness.personal(ALEX).send('sjekk inn arkiv');
    expect(cardText(cardsOf(arkiv)[0])).toContain('Sjekk inn: Arkiv');
    expect(JSON.stringify(arkiv)).not.toContain('dokumentsenter');
    // «IKS» fits two collaborations Alex does not lead: neither is offered, to be refused afterwards.
    const iks = JSON.stringify(await harness.personal(ALEX).send('sjekk inn IKS'));
    expect(iks).not.toContain('Indre Namdal IKT IKS');
    expect(iks).not.toContain('Brannvesen Midt IKS');
    // A name that fits exactly one collaboration led by others says why.
    expect(textsOf(await harness.personal(ALEX).send('sjekk inn legevakt'))).toEqual(['Bare lederne for Legevakt kan sjekke inn for samarbeidet.']);
    expect(cardText(cardsOf(await harness.personal(ALEX).send('sjekk inn lonn'))[0])).toContain('Sjekk inn: Lønn');
  });

  it('opens the form from a choice button, checking the ids again', async () => {
    const card = cardsOf(await harness.personal(ALEX).submit({ verb: 'checkin.open', ...LONN }))[0];
    expect(cardText(card)).toContain('Sjekk inn: Lønn');
    const forged = await harness.personal(ALEX).submit({ verb: 'checkin.open', networkId: 'indre-namdal', collaborationId: 'in-regnskap' });
    expect(textsOf(forged)[0]).toBe('Bare lederne for Regnskap kan sjekke inn for samarbeidet.');
  });

  it('stores a submitted check-in once, shows a receipt and folds the status', async () => {
    const replies = await harness.personal(ALEX).submit({ ...LONN_ENVELOPE, ...filledCheckIn() });
    const receipt = cardText(cardsOf(replies)[0]);
    expect(receipt).toContain('Takk! Innsjekken er lagret');
    expect(receipt).toContain('Sykefravær i lønnsteamet');
    expect(receipt).toContain('2 – I liten grad');
    expect(receipt).toContain('Lønn har ingen kanal ennå');
    const stored = await checkInsOfLonn();
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ period: '2026-M11', respondent: { aadObjectId: ALEX.aadObjectId }, answers: { overall: 'yellow', capacity: 2, decisionNeeded: false } });
    const status = (await lonn()).status;
    expect(status.periods[0]).toMatchObject({ period: '2026-M11', overall: 'yellow', respondents: 1 });
    expect(status.latest[0].answers.risks).toBe('Én nøkkelperson går av med pensjon i mars.');
  });

  it('updates the same check-in when the leader submits again in the period, and says so', async () => {
    const form = cardsOf(await harness.personal(ALEX).send('sjekk inn lønn'))[0];
    expect(cardText(form)).toContain('Du sjekket inn for denne perioden');
    const overall = form.body.find((e) => e.id === 'overall');
    expect(overall?.value).toBe('yellow');
    const replies = await harness.personal(ALEX).submit({ ...LONN_ENVELOPE, ...filledCheckIn({ overall: 'green', overallComment: '' }) });
    expect(cardText(cardsOf(replies)[0])).toContain('Innsjekken er oppdatert');
    const stored = await checkInsOfLonn();
    expect(stored).toHaveLength(1);
    expect(stored[0].answers.overall).toBe('green');
    expect((await lonn()).status.periods[0].overall).toBe('green');
  });

  it('links a team channel and posts the summary there after the next check-in', async () => {
    const channel = harness.channel(ALEX, { id: '19:lonn@thread.tacv2;messageid=1795566968151', name: 'Lønn' });
    expect(textsOf(await channel.send('koble lønn'))[0]).toBe('Kanalen er koblet til Lønn. Oppsummeringen etter hver innsjekk kommer hit.');
    const replies = await harness.personal(ALEX).submit({ ...LONN_ENVELOPE, ...filledCheckIn({ overall: 'red', overallComment: 'Lønnskjøringen feilet', decisionNeeded: 'true', decisionText: 'Ny leverandør må velges' }) });
    expect(cardText(cardsOf(replies)[0])).toContain('Oppsummeringen er sendt til kanalen «Lønn».');
    const posted = harness.connector.sent.filter((s) => s.conversationId === '19:lonn@thread.tacv2');
    expect(posted).toHaveLength(1);
    const summary = JSON.stringify(posted[0].activity.attachments![0].content);
    expect(summary).toContain('Ny status: Lønn');
    expect(summary).toContain('Alex Wilber har oppdatert innsjekken for november 2026');
    expect(summary).toContain('Ny leverandør må velges');
  });

  it('names a channel in the receipt without letting its name become a link', async () => {
    const hostile = harness.channel(ALEX, { id: '19:hostile@thread.tacv2', name: '[Lønn – klikk](https://evil.example/x) \u202Eexe.gnp' });
    await hostile.send('koble lønn');
    const receipt = cardsOf(await harness.personal(ALEX).submit({ ...LONN_ENVELOPE, ...filledCheckIn() }))[0];
    expect(receipt.body.at(-1)!.text).toBe('Oppsummeringen er sendt til kanalen «\\[Lønn – klikk\\]\\(https\\[:\\]//evil.example/x\\) exe.gnp».');
    // The project group's own channel again, for the tests after.
    await harness.channel(ALEX, { id: '19:lonn@thread.tacv2;messageid=1795566968151', name: 'Lønn' }).send('koble lønn');
  });

  it('refuses koble outside a channel and from people who may not link', async () => {
    expect(textsOf(await harness.personal(ALEX).send('koble lønn'))[0]).toContain('i kanalen til prosjektgruppen, for eksempel «@Sampuls koble lønn»');
    const channel = harness.channel(DEMO_LEADERS[0], { id: '19:other@thread.tacv2', name: 'Annet' });
    const replies = await channel.send('koble lønn');
    expect(textsOf(replies)[0]).toContain('Bare lederne for Lønn og administratorer i nettverket');
    expect((await lonn()).channel?.reference.conversationId).toBe('19:lonn@thread.tacv2');
  });

  it('accepts a late answer for the period just ended and rebuilds that period’s status', async () => {
    const replies = await harness.personal(ALEX).submit({ ...LONN_ENVELOPE, period: '2026-M10', ...filledCheckIn({ overall: 'red', overallComment: 'Etterslep fra oktober' }) });
    expect(cardText(cardsOf(replies)[0])).toContain('oktober 2026');
    const periods = (await lonn()).status.periods;
    expect(periods.map((p) => p.period).slice(0, 2)).toEqual(['2026-M11', '2026-M10']);
    expect(periods[1].overall).toBe('red');
  });

  it('keeps both answers when two leaders submit at the same moment', async () => {
    const ingrid = DEMO_LEADERS[0];
    const collaboration = await lonn();
    await testStore.store.directory.putCollaboration({ ...collaboration, leaders: [ALEX, ingrid] });
    await Promise.all([
      harness.personal(ALEX).submit({ ...LONN_ENVELOPE, ...filledCheckIn({ trust: '5' }) }),
      harness.personal(ingrid).submit({ ...LONN_ENVELOPE, ...filledCheckIn({ trust: '1' }) })
    ]);
    const status = (await lonn()).status;
    expect(status.latest.map((d) => d.respondent.name).sort()).toEqual(['Alex Wilber', 'Ingrid Haugen']);
    expect(status.periods[0]).toMatchObject({ respondents: 2, means: expect.objectContaining({ trust: 3 }) });
    await testStore.store.directory.putCollaboration({ ...(await lonn()), leaders: [ALEX] });
  });
});

describe('bad input changes nothing', () => {
  const cases: [string, Record<string, unknown>, RegExp][] = [
    ['a score out of range', { ...LONN_ENVELOPE, ...filledCheckIn({ goals: '7' }) }, /I hvilken grad er samarbeidet i rute mot de felles målene\?: ugyldig verdi/],
    ['a missing required answer', { ...LONN_ENVELOPE, ...filledCheckIn({ overall: '' }) }, /Samlet status for samarbeidet nå: mangler svar/],
    ['yellow without a reason', { ...LONN_ENVELOPE, ...filledCheckIn({ overall: 'yellow', overallComment: ' ' }) }, /Kort begrunnelse: mangler svar/],
    ['a decision asked for without saying what', { ...LONN_ENVELOPE, ...filledCheckIn({ decisionNeeded: 'true', decisionText: '' }) }, /Hva må besluttes eller avklares\?: mangler svar/],
    ['an unknown field', { ...LONN_ENVELOPE, ...filledCheckIn({ isAdmin: 'true' }) }, /isAdmin: ukjent felt/],
    ['megabytes of text', { ...LONN_ENVELOPE, ...filledCheckIn({ risks: 'x'.repeat(2_000_000) }) }, /Risikoer eller hindringer som bør løftes: for lang tekst/]
  ];

  it.each(cases)('refuses %s with the form and its errors', async (_name, data, message) => {
    const before = JSON.stringify(await checkInsOfLonn());
    const card = cardsOf(await harness.personal(ALEX).submit(data))[0];
    expect(cardText(card)).toContain('Svaret ble ikke lagret');
    expect(cardText(card)).toMatch(message);
    expect(JSON.stringify(await checkInsOfLonn())).toBe(before);
  });

  const refusals: [string, Person, unknown, string][] = [
    ['another collaboration’s id', ALEX, { ...LONN_ENVELOPE, collaborationId: 'in-regnskap', ...filledCheckIn() }, 'Kortet inneholdt ugyldige data, så ingenting ble endret. Skriv «hjelp» for å begynne på nytt.'],
    ['a network the user is not in', MEGAN, { ...LONN_ENVELOPE, ...filledCheckIn() }, 'Kortet inneholdt ugyldige data, så ingenting ble endret. Skriv «hjelp» for å begynne på nytt.'],
    ['a period no longer open', ALEX, { ...LONN_ENVELOPE, period: '2025-M01', ...filledCheckIn() }, 'Skjemaet gjelder januar 2025, som ikke lenger er åpen for svar. Skriv «sjekk inn» for å få et nytt skjema.'],
    ['a template version that does not exist', ALEX, { ...LONN_ENVELOPE, templateVersion: 99, ...filledCheckIn() }, 'Kortet inneholdt ugyldige data, så ingenting ble endret. Skriv «hjelp» for å begynne på nytt.'],
    ['a malformed envelope', ALEX, { ...LONN_ENVELOPE, period: { $gt: '' }, ...filledCheckIn() }, 'Kortet inneholdt ugyldige data, så ingenting ble endret. Skriv «hjelp» for å begynne på nytt.'],
    ['an unknown action', ALEX, { verb: 'admin.deleteEverything' }, 'Denne knappen kjenner jeg ikke igjen. Skriv «hjelp» for å se hva jeg kan.'],
    ['card data that is not an object', ALEX, ['overall', 'red'], 'Kortet inneholdt ugyldige data, så ingenting ble endret. Skriv «hjelp» for å begynne på nytt.']
  ];

  it.each(refusals)('refuses %s', async (_name, person, value, answer) => {
    const before = JSON.stringify(await testStore.store.checkIns.listSince('in-regnskap', '2026-T1')) + JSON.stringify(await checkInsOfLonn());
    const replies = await harness.personal(person).send({ type: 'message', value } as never);
    expect(textsOf(replies)).toContain(answer);
    expect(JSON.stringify(await testStore.store.checkIns.listSince('in-regnskap', '2026-T1')) + JSON.stringify(await checkInsOfLonn())).toBe(before);
  });

  it('lists a few of 18,000 unknown fields and counts the rest, in a card Teams can carry', async () => {
    const junk = Object.fromEntries(Array.from({ length: 18_000 }, (_, i) => [`felt${i}`, 'x']));
    const card = cardsOf(await harness.personal(ALEX).submit({ ...LONN_ENVELOPE, ...filledCheckIn({ goals: '7' }), ...junk }))[0];
    expect(cardText(card)).toContain('Svaret ble ikke lagret');
    expect(cardText(card)).toMatch(/I hvilken grad er samarbeidet i rute mot de felles målene\?: ugyldig verdi/);
    expect(cardText(card)).toMatch(/… og 17\s991 til/);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(80 * 1024);
  });

  it('tells a person without any network so, instead of showing nothing', async () => {
    expect(textsOf(await harness.personal(MEGAN).send('status'))).toContain(
      'Du er ikke med i noe nettverk i Sampuls ennå. Be sekretariatet i nettverket ditt om å legge deg til.'
    );
    expect(textsOf(await harness.personal(MEGAN).send('sjekk inn'))[0]).toContain('Du er ikke med i noe nettverk');
  });

  it('refuses a wall of text as a command', async () => {
    expect(textsOf(await harness.personal(ALEX).send('status '.repeat(200)))[0]).toContain('Meldingen er for lang');
  });

  it('says who it cannot see instead of guessing from names', async () => {
    const replies = await harness.personal({ ...ALEX, aadObjectId: '' }).send('status');
    expect(textsOf(replies)[0]).toContain('Jeg ser ikke hvem du er');
  });
});
