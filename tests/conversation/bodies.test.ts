import type { AdaptiveCard } from '../../src/core/card';
import type { ConversationRecord } from '../../src/core/store';
import { LIERNE_POLITICIAN, seedBodies } from '../../src/demo/bodies';
import { ALEX, PLAYGROUND_TENANT } from '../../src/demo/people';
import type { Body } from '../../src/domain/bodies';
import { nb } from '../../src/core/i18n/nb';
import { verifyReportGrant } from '../../src/features/reports/links';
import { cardsOf, cardText, startDemo, submittedForm, textsOf, type Chat, type Harness } from '../support/conversation';
import type { TestStore } from '../support/store';

const NOW = new Date('2026-11-25T10:00:00+01:00');
const OTHER_TENANT = '6f1c2d3e-4a5b-4c6d-8e9f-0a1b2c3d4e5f';

let demo: Awaited<ReturnType<typeof startDemo>>;
let testStore: TestStore;
let harness: Harness;
let alex: Chat;

const channelRecord = (tenantId: string, conversationId: string, name: string): ConversationRecord => ({
  serviceUrl: 'http://127.0.0.1:9/', tenantId, conversationId, conversationType: 'channel', botId: '28:sampuls-bot', channelId: 'msteams',
  name, teamId: conversationId, active: true, updatedAt: NOW.toISOString()
});

beforeEach(async () => {
  demo = await startDemo(NOW);
  ({ testStore, harness } = demo);
  await seedBodies(testStore.store, NOW);
  alex = harness.personal(ALEX);
  await testStore.store.conversations.put(channelRecord(PLAYGROUND_TENANT, '19:kdu-team@thread.tacv2', 'Kommunedirektørene'));
  await testStore.store.conversations.put(channelRecord(OTHER_TENANT, '19:other-network@thread.tacv2', 'Et annet nettverk'));
});
afterEach(() => demo.close());

const bodiesOf = async (): Promise<Body[]> => (await testStore.store.directory.getNetwork('indre-namdal'))!.bodies ?? [];
const kdu = async () => (await bodiesOf()).find((b) => b.id === 'kdu')!;

/** Alex's `organ` card and the form behind one of its «Endre» buttons (or «Nytt organ»). */
async function openForm(buttonTitle: string): Promise<AdaptiveCard> {
  const list = cardsOf(await alex.send('organ')).at(-1)!;
  const button = JSON.stringify(list).match(new RegExp(`"title":"${buttonTitle}","data":(\\{[^}]*\\})`));
  return cardsOf(await alex.submit(JSON.parse(button![1]) as Record<string, unknown>))[0];
}

const saveText = async (form: AdaptiveCard, changes: Record<string, unknown>) => textsOf(await alex.submit(submittedForm(form, 'Lagre organet', changes))).join('\n');

describe('governing bodies (organ) in chat', () => {
  it('lists the network’s bodies with their members, channel and next meeting', async () => {
    const card = cardText(cardsOf(await alex.send('organ')).at(-1)!);
    expect(card).toContain('Organ – Indre Namdal');
    expect(card).toContain('KDU Indre Namdal');
    expect(card).toContain('Kommunedirektørutvalg (KDU) · 1 medlem · Indre Namdal – Generelt · neste møte');
    expect(card).toContain('Kommunestyret i Lierne');
    expect(card).toContain('Endre KDU Indre Namdal');
  });

  it('lets an admin set the KDU’s meeting dates and channel, and logs the change', async () => {
    const form = await openForm('Endre KDU Indre Namdal');
    expect(await saveText(form, { meetings: '10.12.2026, 11.03.2027', channel: '19:kdu-team@thread.tacv2' })).toBe('Lagret: KDU Indre Namdal.');
    const body = await kdu();
    expect(body.meetings).toEqual(['2026-12-10', '2027-03-11']);
    expect(body.channel).toMatchObject({ channelName: 'Kommunedirektørene – Generelt', reference: { conversationId: '19:kdu-team@thread.tacv2', tenantId: PLAYGROUND_TENANT } });
    const [entry] = await testStore.store.audit.recent('indre-namdal', 1);
    expect(entry).toMatchObject({ action: 'body.changed', subject: 'KDU Indre Namdal', after: { meetings: ['2026-12-10', '2027-03-11'], channel: 'Kommunedirektørene – Generelt' } });
    expect(cardText(cardsOf(await alex.send('logg')).at(-1)!)).toContain('Endret organet KDU Indre Namdal');
  });

  it('refuses a bad date, an unknown person and another network’s channel with a clear answer, and writes nothing', async () => {
    const before = await bodiesOf();
    const form = await openForm('Endre KDU Indre Namdal');
    expect(await saveText(form, { meetings: '10.12.2026, 31.02.2027' })).toBe('Ikke lagret: «31.02.2027» er ikke en dato. Skriv møtedatoene som 10.12.2026, skilt med komma.');
    expect(await saveText(form, { members: `${OTHER_TENANT}:00000000-0000-0000-0000-000000000999` })).toBe(
      'Ikke lagret: Medlemmene må være personer med en rolle i nettverket. Velg dem fra listen.'
    );
    expect(await saveText(form, { channel: '19:other-network@thread.tacv2' })).toBe(
      'Ikke lagret: Kanalen er ikke en kanal Sampuls er lagt til i hos dette nettverket. Velg en fra listen.'
    );
    expect(await saveText(form, { kind: 'kommunestyre', report: 'tertial' })).toBe('Ikke lagret: Kommunen må fylles ut.');
    expect(await saveText(form, { name: 'Kommunestyret i Lierne' })).toBe('Ikke lagret: Navnet finnes allerede i nettverket.');
    expect(await bodiesOf()).toEqual(before);
    expect((await testStore.store.audit.recent('indre-namdal', 5)).some((e) => e.action.startsWith('body.'))).toBe(false);
  });

  it('adds a steering group and removes it again', async () => {
    const form = await openForm('Nytt organ');
    const { collaborations } = await testStore.store.directory.loadNetworks(['indre-namdal']);
    const lonn = collaborations.find((c) => c.name === 'Lønn')!;
    expect(await saveText(form, { name: 'Styringsgruppe lønn', kind: 'styringsgruppe', collaboration: lonn.id, report: 'annual', meetings: '2027-01-14', members: `${ALEX.tenantId}:${ALEX.aadObjectId}` })).toBe(
      'Lagret: Styringsgruppe lønn.'
    );
    expect((await bodiesOf()).find((b) => b.name === 'Styringsgruppe lønn')).toMatchObject({ kind: 'styringsgruppe', collaborationId: lonn.id, meetings: ['2027-01-14'], members: [ALEX] });
    const edit = await openForm('Endre Styringsgruppe lønn');
    expect(textsOf(await alex.submit(submittedForm(edit, 'Fjern organet')))).toEqual(['Fjernet: Styringsgruppe lønn.']);
    expect((await bodiesOf()).some((b) => b.name === 'Styringsgruppe lønn')).toBe(false);
  });

  it('lets an admin set the lead times, within reason', async () => {
    const list = cardsOf(await alex.send('organ')).at(-1)!;
    expect(textsOf(await alex.submit(submittedForm(list, 'Lagre fristene', { prepareBefore: '2', reportBefore: '3' })))[0]).toContain('Ikke lagret');
    expect((await testStore.store.directory.getNetwork('indre-namdal'))!.meetingLead).toBeUndefined();
    expect(textsOf(await alex.submit(submittedForm(list, 'Lagre fristene', { prepareBefore: '8', reportBefore: '2' })))[0]).toBe('Fristene før møtene i Indre Namdal er lagret.');
    expect((await testStore.store.directory.getNetwork('indre-namdal'))!.meetingLead).toEqual({ prepareBefore: 8, reportBefore: 2 });
  });

  it('shows a politician the bodies without edit buttons, refuses their forged save, and lists their seat in «mine data»', async () => {
    const kari = harness.personal(LIERNE_POLITICIAN);
    const card = cardText(cardsOf(await kari.send('organ')).at(-1)!);
    expect(card).toContain('Kommunestyret i Lierne');
    expect(card).not.toContain('Endre');
    const form = await openForm('Endre KDU Indre Namdal');
    expect(textsOf(await kari.submit(submittedForm(form, 'Lagre organet', { meetings: '01.01.2027' })))).toEqual(['Bare administratorene for Indre Namdal kan endre organene.']);
    expect((await kdu()).meetings).not.toContain('2027-01-01');
    expect(cardText(cardsOf(await kari.send('mine data')).at(-1)!)).toContain('Kommunestyret i Lierne');
  });
});

describe('a body\'s filed report in `rapport`', () => {
  const kduLinkIn = (card: AdaptiveCard) => JSON.stringify(card).match(/"title":"KDU Indre Namdal – møtet ([^"]+)","url":"[^"]*\/report\/([\w-]+\.[\w-]+)\.docx"/);

  it('offers a member the latest meeting whose report is cut off, and no one outside the body', async () => {
    const [first, second] = (await kdu()).meetings;
    expect(kduLinkIn(cardsOf(await alex.send('rapport')).at(-1)!)).toBeNull();
    harness.setNow(new Date(`${second}T12:00:00+01:00`));
    const found = kduLinkIn(cardsOf(await alex.send('rapport')).at(-1)!);
    expect(found?.[1]).toBe(nb.date(`${second}T12:00:00Z`));
    const grant = verifyReportGrant(found![2], harness.links.secret, Math.floor(new Date(`${second}T12:00:00+01:00`).getTime() / 1000));
    expect(grant).toMatchObject({ body: 'kdu', meeting: second, report: 'tertial', networkId: 'indre-namdal' });
    expect(second > first).toBe(true);
    expect(kduLinkIn(cardsOf(await harness.personal(LIERNE_POLITICIAN).send('rapport')).at(-1)!)).toBeNull();
  });

  it('offers an earlier meeting’s filed report through «rapport møte <dato>», to members only', async () => {
    const [first, second] = (await kdu()).meetings;
    harness.setNow(new Date(`${second}T12:00:00+01:00`));
    const [year, month, day] = first!.split('-');
    const found = kduLinkIn(cardsOf(await alex.send(`rapport møte ${day}.${month}.${year}`)).at(-1)!);
    expect(found?.[1]).toBe(nb.date(`${first}T12:00:00Z`));
    expect(verifyReportGrant(found![2], harness.links.secret, Math.floor(new Date(`${second}T12:00:00+01:00`).getTime() / 1000))).toMatchObject({ body: 'kdu', meeting: first });
    expect(kduLinkIn(cardsOf(await harness.personal(LIERNE_POLITICIAN).send(`rapport møte ${day}.${month}.${year}`)).at(-1)!)).toBeNull();
  });
});

