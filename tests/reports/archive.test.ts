import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ALEX, PLAYGROUND_TENANT } from '../../src/demo/people';
import { seedDemo } from '../../src/demo/seed';
import { catalogues } from '../../src/features';
import type { Person } from '../../src/domain/types';
import { ConnectorStandIn } from '../support/connector';
import { lazyTestDocuments, type TestDocuments } from '../support/documents';
import { expectWordDocument, openDocx } from '../support/docx';
import { download, startReportBot, tampered, type ReportBot } from '../support/reportBot';
import { startTestStore, type TestStore } from '../support/store';

const { nb } = catalogues;
const SECRET = 'archive-test-secret-that-is-long-enough';
const LIV: Person = { tenantId: PLAYGROUND_TENANT, aadObjectId: '00000000-0000-0000-0000-000000000501', name: 'Liv Lierne' };
const MEETING = 'møte 10.12.2026';
const MEETING_DAY = '10. desember 2026';

let now = new Date('2026-12-04T10:00:00+01:00');
const dataDir = mkdtempSync(path.join(tmpdir(), 'sampuls-archive-'));
let testStore: TestStore;
let documents: TestDocuments;
let connector: ConnectorStandIn;
let bot: ReportBot;

/** The bot on the store and a document store on `dataDir`: started again, it is the same archive. */
async function startBot(): Promise<void> {
  documents = lazyTestDocuments(dataDir);
  bot = await startReportBot({ store: testStore.store, documents: documents.documents, connector, clock: () => now, secret: SECRET });
}

async function stopBot(): Promise<void> {
  await bot.close();
  await documents.close();
}

beforeAll(async () => {
  testStore = await startTestStore();
  await seedDemo(testStore.store, now);
  await testStore.store.profiles.put({ ...LIV, memberships: [{ networkId: 'indre-namdal', roles: ['folkevalgt'], municipalityId: 'lierne' }] });
  connector = await new ConnectorStandIn().start();
  await startBot();
});

afterAll(async () => {
  await stopBot();
  await connector.stop();
  await testStore.close();
  rmSync(dataDir, { recursive: true, force: true });
});

const ask = (person: Person, input: string | Record<string, unknown>) => bot.ask(person, input);

/** The meeting link for Indre Namdal on the card the person gets. */
async function meetingLink(person: Person): Promise<string> {
  const text = JSON.stringify((await ask(person, `rapport ${MEETING}`)).cards);
  const title = nb.reports.meetingLink('Indre Namdal', MEETING_DAY);
  return new RegExp(`"title":"${title}","url":"([^"]+)"`).exec(text)![1];
}

const bytesOf = download;

describe('a report filed for a meeting', () => {
  it('is not made before the cut-off, three working days before the meeting', async () => {
    await ask(ALEX, 'hei');
    expect((await ask(ALEX, `rapport ${MEETING}`)).texts).toEqual([nb.reports.notYet(MEETING_DAY, '7. desember 2026')]);
    expect((await ask(ALEX, 'rapport møte 31.02.2026')).texts).toEqual([nb.reports.badMeeting]);
  });

  it('is made once from the data as of the cut-off, with its SHA-256 in logg, and gives the same bytes when asked again', async () => {
    now = new Date('2026-12-08T09:00:00+01:00');
    const link = await meetingLink(ALEX);
    const first = await bytesOf(link);
    expect(first.status).toBe(200);
    const docx = await expectWordDocument(first.body);
    expect(docx.paragraphs[0]).toBe('Tertialrapport for Indre Namdal');
    expect(docx.paragraphs[1]).toBe(nb.reports.meetingSubtitle('7. desember 2026', MEETING_DAY));
    const sha256 = createHash('sha256').update(first.body).digest('hex');
    const filed = (await testStore.store.audit.recent('indre-namdal', 20)).filter((e) => e.action === 'report.filed');
    expect(filed).toHaveLength(1);
    expect(filed[0].after).toEqual({ file: 'reports/indre-namdal/2026-12-10/tertial-alle.docx', cutoff: '2026-12-06T23:00:00.000Z', sha256, quoted: expect.any(String), quotedIds: expect.any(String) });
    expect(JSON.stringify((await ask(ALEX, 'logg')).cards)).toContain(`SHA-256: – → ${sha256}`);

    // The data changes after the cut-off; the filed copy does not, and nothing more is logged.
    await testStore.store.directory.updateCollaboration('indre-namdal', 'in-lonn', (c) => ({ ...c, name: 'Lønn og personal' }));
    now = new Date('2026-12-09T12:00:00+01:00');
    const again = await bytesOf(await meetingLink(ALEX));
    expect(again.body.equals(first.body)).toBe(true);
    expect(openDocx(again.body).text).not.toContain('Lønn og personal');
    expect((await testStore.store.audit.recent('indre-namdal', 20)).filter((e) => e.action === 'report.filed')).toHaveLength(1);
  });

  it('is still the same bytes after a restart of the bot and its document store', async () => {
    const before = await bytesOf(await meetingLink(ALEX));
    await stopBot();
    await startBot();
    const after = await bytesOf(await meetingLink(ALEX));
    expect(after.status).toBe(200);
    expect(after.body.equals(before.body)).toBe(true);
  });

  it('keeps a politician’s copy apart, with only their municipality’s collaborations', async () => {
    await ask(LIV, 'hei');
    const liv = await bytesOf(await meetingLink(LIV));
    const alex = await bytesOf(await meetingLink(ALEX));
    expect(liv.status).toBe(200);
    expect(liv.body.equals(alex.body)).toBe(false);
    const files = (await testStore.store.audit.recent('indre-namdal', 20)).filter((e) => e.action === 'report.filed').map((e) => (e.after as { file: string }).file);
    expect(files.sort()).toEqual(['reports/indre-namdal/2026-12-10/tertial-alle.docx', 'reports/indre-namdal/2026-12-10/tertial-lierne.docx']);
  });

  it('refuses a tampered link: another meeting or the whole network’s copy under Liv’s signature', async () => {
    const link = await meetingLink(LIV);
    for (const changed of [{ meeting: '2026-12-11' }, { user: `${ALEX.tenantId}:${ALEX.aadObjectId}` }]) {
      expect((await bytesOf(tampered(bot.url, link, changed))).status).toBe(403);
    }
  });

  it('is in `mine data` of each leader it quotes, with when and why it is kept; erasure pseudonymises the record and leaves the copy as filed', async () => {
    const entryOf = async () => (await testStore.store.audit.all('indre-namdal')).find((e) => e.action === 'report.filed' && (e.after as { file: string }).file.endsWith('tertial-alle.docx'))!;
    const { quoted, quotedIds } = (await entryOf()).after as { quoted: string; quotedIds: string };
    const names = quoted.split(', ');
    const keys = quotedIds.split(', ');
    expect(keys).toHaveLength(names.length);
    expect(names.length).toBeGreaterThan(0);
    const [tenantId, aadObjectId] = keys[0].split(':');
    const leader: Person = { tenantId, aadObjectId, name: names[0] };
    await ask(leader, 'hei');
    const file = 'reports/indre-namdal/2026-12-10/tertial-alle.docx';
    const card = JSON.stringify((await ask(leader, 'mine data')).cards);
    expect(card).toContain(nb.privacy.archivedTitle);
    expect(card).toContain(nb.privacy.archivedLine(file, 'Indre Namdal', '8. desember 2026'));
    expect(card).toContain(nb.privacy.archivedWhy);
    // Liv's words are in no copy.
    expect(JSON.stringify((await ask(LIV, 'mine data')).cards)).not.toContain(nb.privacy.archivedTitle);

    const before = await bytesOf(await meetingLink(ALEX));
    await ask(leader, 'slett mine data');
    await ask(leader, { verb: 'privacy.erase' });
    const after = (await entryOf()).after as { quoted: string; quotedIds: string; sha256: string };
    expect(after.quotedIds).not.toContain(aadObjectId);
    expect(after.quoted.split(', ')).not.toContain(names[0]);
    expect(after.sha256).toBe(createHash('sha256').update(before.body).digest('hex'));
    expect((await bytesOf(await meetingLink(ALEX))).body.equals(before.body)).toBe(true);
    expect(JSON.stringify((await ask(leader, 'mine data')).cards)).not.toContain(nb.privacy.archivedTitle);
  });
});
