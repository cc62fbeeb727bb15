import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALEX, PLAYGROUND_TENANT } from '../../src/demo/people';
import { seedDemo } from '../../src/demo/seed';
import { writtenAnswers } from '../../src/domain/reporting';
import type { Person } from '../../src/domain/types';
import { catalogues } from '../../src/features';
import { sign } from '../../src/features/signing';
import { ConnectorStandIn } from '../support/connector';
import { testPerson } from '../support/conversation';
import { lazyTestDocuments, type TestDocuments } from '../support/documents';
import { expectWordDocument } from '../support/docx';
import { download, grantOf, linksOn, startReportBot, tampered, type ReportBot } from '../support/reportBot';
import { startTestStore, type TestStore } from '../support/store';

/**
 * A politician's reports follow the rules of their `status`: their own municipality's
 * collaborations, the leaders' words only when the network allows it, and nothing of another
 * municipality by any card data or link. Here Grong alone (with Namsskogan) runs Plan.
 */

const { nb } = catalogues;
const SECRET = 'politician-reports-secret-that-is-long-enough';
const LIERNE_TENANT = '7d1c0f3e-0000-4000-8000-000000005042';
const LIV: Person = testPerson(LIERNE_TENANT, 1201, 'Liv Lierne');
const GUNN: Person = testPerson(PLAYGROUND_TENANT, 1202, 'Gunn Grong');
const MEETING = 'møte 10.12.2026';
const MEETING_DAY = '10. desember 2026';
const NOW = new Date('2026-12-08T09:00:00+01:00');

const dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-politicians-'));
let testStore: TestStore;
let documents: TestDocuments;
let connector: ConnectorStandIn;
let bot: ReportBot;
/** What the leaders of Liv's collaborations wrote about decisions and results, as the reports quote it. */
let livsWritten: string[];

beforeAll(async () => {
  testStore = await startTestStore();
  await seedDemo(testStore.store, NOW);
  const { store } = testStore;
  await store.directory.updateNetwork('indre-namdal', (n) => ({ ...n, tenantIds: [...n.tenantIds, LIERNE_TENANT] }));
  await store.directory.updateCollaboration('indre-namdal', 'in-plan', (c) => ({ ...c, hostMunicipalityId: 'grong', participantIds: ['grong', 'namsskogan'] }));
  await store.profiles.put({ ...LIV, memberships: [{ networkId: 'indre-namdal', roles: ['folkevalgt'], municipalityId: 'lierne' }] });
  await store.profiles.put({ ...GUNN, memberships: [{ networkId: 'indre-namdal', roles: ['folkevalgt'], municipalityId: 'grong' }] });
  const { collaborations } = await store.directory.loadNetworks(['indre-namdal']);
  livsWritten = collaborations.filter((c) => c.id !== 'in-plan').flatMap((c) => [...writtenAnswers(c, 'decisionText'), ...writtenAnswers(c, 'celebrate')]);
  connector = await new ConnectorStandIn().start();
  documents = lazyTestDocuments(dataDir);
  bot = await startReportBot({ store, documents: documents.documents, connector, clock: () => NOW, secret: SECRET });
  for (const person of [ALEX, LIV, GUNN]) await bot.ask(person, 'hei');
});

afterAll(async () => {
  await bot.close();
  await documents.close();
  await connector.stop();
  await testStore.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const offered = async (person: Person, text = 'rapport') => linksOn((await bot.ask(person, text)).cards);
const docxOf = async (link: string) => {
  const { status, body } = await download(link);
  expect(status).toBe(200);
  return { body, docx: await expectWordDocument(body) };
};
const tertialOf = async (person: Person) => (await docxOf((await offered(person)).get(nb.reports.tertialLink('Indre Namdal'))!)).docx;
const meetingOf = async (person: Person) => docxOf((await offered(person, `rapport ${MEETING}`)).get(nb.reports.meetingLink('Indre Namdal', MEETING_DAY))!);
const setPoliticiansRead = (on: boolean) => testStore.store.directory.updateNetwork('indre-namdal', (n) => ({ ...n, politiciansReadWrittenAnswers: on }));

describe('the leaders’ words in a politician’s reports', () => {
  it('are left out while the network keeps them from politicians (the default): tertial, annual and the meeting copy', async () => {
    expect(livsWritten.length).toBeGreaterThan(0);
    const alex = await tertialOf(ALEX);
    expect(livsWritten.filter((w) => alex.text.includes(w))).not.toEqual([]);
    const liv = await tertialOf(LIV);
    expect(livsWritten.filter((w) => liv.text.includes(w))).toEqual([]);
    expect(liv.text).toContain('Barnevern');
    const annual = (await docxOf(linksOn((await bot.ask(LIV, 'rapport barnevern')).cards).values().next().value!)).docx;
    expect(livsWritten.filter((w) => annual.text.includes(w))).toEqual([]);
    const meeting = (await meetingOf(LIV)).docx;
    expect(livsWritten.filter((w) => meeting.text.includes(w))).toEqual([]);
  });

  it('are in them once the network allows it, the meeting copy filed apart; and out again when it no longer does', async () => {
    const before = await meetingOf(LIV);
    await setPoliticiansRead(true);
    const alex = await tertialOf(ALEX);
    const quoted = livsWritten.filter((w) => alex.text.includes(w));
    const liv = await tertialOf(LIV);
    expect(quoted.filter((w) => liv.text.includes(w))).toEqual(quoted);
    const withWords = await meetingOf(LIV);
    expect(withWords.body.equals(before.body)).toBe(false);
    const filed = (await testStore.store.audit.recent('indre-namdal', 20)).filter((e) => e.action === 'report.filed').map((e) => (e.after as { file: string }).file);
    expect(filed.sort()).toEqual(['reports/indre-namdal/2026-12-10/tertial-lierne-med-svar.docx', 'reports/indre-namdal/2026-12-10/tertial-lierne.docx']);
    await setPoliticiansRead(false);
    expect((await meetingOf(LIV)).body.equals(before.body)).toBe(true);
    const again = await tertialOf(LIV);
    expect(livsWritten.filter((w) => again.text.includes(w))).toEqual([]);
  });
});

describe('a politician of Lierne and what is Grong’s alone', () => {
  it('is offered Lierne’s overview, and the tertial report and meeting copy without Plan', async () => {
    const links = await offered(LIV);
    expect([...links.keys()].sort()).toEqual([nb.reports.overviewLink('Lierne'), nb.reports.tertialLink('Indre Namdal')].sort());
    expect((await tertialOf(LIV)).text).not.toContain('Plan, byggesak');
    expect((await meetingOf(LIV)).docx.text).not.toContain('Plan, byggesak');
    expect((await tertialOf(GUNN)).text).toContain('Plan, byggesak');
    expect(linksOn((await bot.ask(LIV, 'rapport plan')).cards).size).toBe(0);
  });

  it('gets nothing of Grong’s from forged card data', async () => {
    for (const forged of [
      { verb: 'report.annual', networkId: 'indre-namdal', collaborationId: 'in-plan' },
      { verb: 'report.annual', networkId: 'kongsbergregionen', collaborationId: 'kr-oppvekst' },
      { verb: 'report.annual', networkId: 'indre-namdal', collaborationId: 'in-plan', municipalityId: 'grong' }
    ]) {
      const reply = await bot.ask(LIV, forged);
      expect(linksOn(reply.cards).size).toBe(0);
      expect(reply.texts).toEqual([nb.general.invalidAction]);
    }
  });

  it('gets 403 for a Lierne link changed to Grong, a grant naming Grong even when signed, a link replayed after the role is gone, and an expired one', async () => {
    const links = await offered(LIV);
    const overview = links.get(nb.reports.overviewLink('Lierne'))!;
    const tertial = links.get(nb.reports.tertialLink('Indre Namdal'))!;
    const meeting = (await offered(LIV, `rapport ${MEETING}`)).get(nb.reports.meetingLink('Indre Namdal', MEETING_DAY))!;
    const { grant } = grantOf(overview);
    const gunn = `${GUNN.tenantId}:${GUNN.aadObjectId}`;
    const forgeries = [
      tampered(bot.url, overview, { municipalityId: 'grong' }),
      tampered(bot.url, overview, { report: 'annual', collaborationId: 'in-plan', year: 2026 }),
      tampered(bot.url, tertial, { user: gunn }),
      tampered(bot.url, meeting, { user: gunn }),
      tampered(bot.url, overview, { exp: grant.exp + 3600 }),
      // Only someone holding the bot's secret could make these; the route still checks what Liv may see.
      `${bot.url}/report/${sign({ ...grant, municipalityId: 'grong' }, SECRET)}.docx`,
      `${bot.url}/report/${sign({ ...grant, report: 'annual', collaborationId: 'in-plan', year: 2026 }, SECRET)}.docx`,
      `${bot.url}/report/${sign({ ...grant, exp: Math.floor(NOW.getTime() / 1000) - 1 }, SECRET)}.docx`,
      `${bot.url}/report/${sign(grant, 'another-secret-that-is-long-enough-too')}.docx`
    ];
    for (const link of forgeries) expect((await download(link)).status).toBe(403);
    // Whoever opens Liv's link gets what Liv may see, never more: Lierne's overview.
    expect((await docxOf(overview)).docx.paragraphs[0]).toBe('Samarbeidene til Lierne');
    // Replayed once Liv has no role, or once the network no longer lists Lierne's tenant: refused.
    await testStore.store.profiles.put({ ...LIV, memberships: [] });
    for (const link of [overview, tertial, meeting]) expect((await download(link)).status).toBe(403);
    await testStore.store.profiles.put({ ...LIV, memberships: [{ networkId: 'indre-namdal', roles: ['folkevalgt'], municipalityId: 'lierne' }] });
    expect((await download(overview)).status).toBe(200);
    await bot.ask(ALEX, { verb: 'admin.network.save', networkId: 'indre-namdal', name: 'Indre Namdal', tenantIds: PLAYGROUND_TENANT, language: 'nb', retentionMonths: '', politiciansReadWrittenAnswers: 'false' });
    for (const link of [overview, tertial, meeting]) expect((await download(link)).status).toBe(403);
  });
});
