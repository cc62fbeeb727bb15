import { ALEX, PLAYGROUND_TENANT } from '../../src/demo/people';
import { seedDemo } from '../../src/demo/seed';
import { catalogues } from '../../src/features';
import { sign } from '../../src/features/signing';
import type { Person, Profile } from '../../src/domain/types';
import { ConnectorStandIn } from '../support/connector';
import { expectWordDocument, isPng, openDocx } from '../support/docx';
import { download, linksOn, startReportBot, type ReportBot } from '../support/reportBot';
import { startTestStore, type TestStore } from '../support/store';

const { nb } = catalogues;
const SECRET = 'reports-test-secret-that-is-long-enough';
const LIV: Person = { tenantId: PLAYGROUND_TENANT, aadObjectId: '00000000-0000-0000-0000-000000000401', name: 'Liv Lierne' };
const GUNN: Person = { tenantId: PLAYGROUND_TENANT, aadObjectId: '00000000-0000-0000-0000-000000000402', name: 'Gunn Grong' };

let testStore: TestStore;
let connector: ConnectorStandIn;
let bot: ReportBot;
let url: string;

const politician = (person: Person, municipalityId: string): Profile => ({ ...person, memberships: [{ networkId: 'indre-namdal', roles: ['folkevalgt'], municipalityId }] });

beforeAll(async () => {
  testStore = await startTestStore();
  await seedDemo(testStore.store, new Date());
  await testStore.store.profiles.put(politician(LIV, 'lierne'));
  await testStore.store.profiles.put(politician(GUNN, 'grong'));
  await testStore.store.directory.updateCollaboration('indre-namdal', 'in-lonn', (c) => ({ ...c, goals: ['Færre feil i lønnskjøringene', 'Én felles lønnsrutine'] }));
  connector = await new ConnectorStandIn().start();
  bot = await startReportBot({ store: testStore.store, documents: testStore.documents, connector, clock: () => new Date(), secret: SECRET });
  url = bot.url;
});

afterAll(async () => {
  await bot.close();
  await connector.stop();
  await testStore.close();
});

const ask = (person: Person, input: string | Record<string, unknown>) => bot.ask(person, input);
const links = linksOn;

const year = new Date().getFullYear();

describe('rapport: Word documents for the governing bodies', () => {
  it('gives the tertial report with every collaboration’s colour in word and symbol, tables and the trend chart', async () => {
    await ask(ALEX, 'hei');
    const offered = links((await ask(ALEX, 'rapport')).cards);
    const link = offered.get(nb.reports.tertialLink('Indre Namdal'))!;
    expect(link).toMatch(/\/report\/[\w-]+\.[\w-]+\.docx$/);
    const { status, body, type } = await download(link);
    expect(status).toBe(200);
    expect(type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    const docx = await expectWordDocument(body);
    expect(docx.paragraphs[0]).toBe('Tertialrapport for Indre Namdal');
    for (const heading of ['Oppsummering', 'Status per samarbeid', 'Saker som trenger beslutning', 'Resultater å feire', 'Forsinket rapportering', 'Utvikling']) {
      expect(docx.paragraphs).toContain(heading);
    }
    // Every collaboration of the network, æ, ø and å intact.
    for (const name of ['Plan, byggesak, tilsyn, GIS og oppmåling', 'Lønn', 'Barnevern', 'Brannvesen Midt IKS']) expect(docx.text).toContain(name);
    expect(docx.text).toMatch(/[●▲■] (Grønn|Gul|Rød)/);
    expect(docx.text).toContain('Tjenesteområde');
    expect(docx.tables).toBe(1);
    expect(docx.images).toHaveLength(1);
    expect(isPng(docx.images[0])).toBe(true);
    // The same seen by a second reader: title, headings, one table with a header row, the chart with its description.
    expect(docx.html).toMatch(/^<h1>Tertialrapport for Indre Namdal<\/h1>/);
    expect(docx.html).toContain('<h2>Resultater å feire</h2>');
    expect(docx.html.match(/<table>/g)).toHaveLength(1);
    expect(docx.html).toContain('<th><p><strong>Tjenesteområde</strong></p></th>');
    expect(docx.html).toContain('<td><p>Plan, byggesak, tilsyn, GIS og oppmåling</p></td>');
    expect(docx.html).toMatch(new RegExp(`<img alt="${nb.reports.trendChart}" src="data:image/png;base64,`));
  });

  it('gives one collaboration’s annual report with its goals, colour history and chart', async () => {
    const card = (await ask(ALEX, 'rapport lønn')).cards;
    const link = links(card).get(nb.reports.annualLink('Lønn', year))!;
    const docx = await expectWordDocument((await download(link)).body);
    expect(docx.paragraphs[0]).toBe(`Årsrapport ${year}: Lønn`);
    expect(docx.paragraphs).toEqual(expect.arrayContaining(['Færre feil i lønnskjøringene', 'Én felles lønnsrutine', 'Felles mål', 'Status gjennom året']));
    expect(docx.text).toContain('Røyrvik, Lierne, Namsskogan');
    expect(docx.tables).toBe(2);
    expect(docx.images.filter(isPng)).toHaveLength(1);
    expect(docx.html).toContain(`<h1>Årsrapport ${year}: Lønn</h1>`);
    expect(docx.html).toContain('<li>Færre feil i lønnskjøringene</li>');
    expect(docx.html.match(/<table>/g)).toHaveLength(2);
    expect(docx.html).toMatch(/<img alt="[^"]+" src="data:image\/png;base64,/);
  });

  it('puts the partners’ evaluation of the year and the benefits plan into the annual report where those exist', async () => {
    await testStore.store.directory.updateCollaboration('indre-namdal', 'in-plan', (c) => ({
      ...c,
      partnerView: {
        roundId: `evaluering-${year}`, closedAt: `${year}-03-23T08:00:00.000Z`, respondents: 7,
        means: { quality: 2.6, trust: 4 }, previous: { closedAt: `${year - 1}-03-20T08:00:00.000Z`, means: { quality: 3.1 } }
      },
      benefits: {
        years: [],
        benefits: [{
          id: 'b1', kind: 'time', indicator: 'Saksbehandlingstid byggesak (dager)', baseline: 60, target: 30, since: `${year - 1}-01-01`, targetDate: `${year + 1}-06-30`,
          realised: [{ period: `${year - 1}-T3`, value: 48, submittedAt: `${year - 1}-12-20T10:00:00.000Z` }, { period: `${year + 1}-T1`, value: 25, submittedAt: `${year + 1}-04-20T10:00:00.000Z` }]
        }]
      }
    }));
    const link = links((await ask(ALEX, 'rapport plan')).cards).get(nb.reports.annualLink('Plan, byggesak, tilsyn, GIS og oppmåling', year))!;
    const docx = await expectWordDocument((await download(link)).body);
    expect(docx.paragraphs).toEqual(expect.arrayContaining(['Deltakerkommunenes vurdering', 'Gevinster']));
    expect(docx.text).toContain('7 svar');
    // Quality now and the year before; trust has no earlier mean.
    expect(docx.html).toContain('<tr><td><p>Kvalitet</p></td><td><p>2,6</p></td><td><p>3,1</p></td></tr>');
    expect(docx.html).toContain(`<tr><td><p>Tillit til vertskommunen</p></td><td><p>4,0</p></td><td><p>${nb.notAnswered}</p></td></tr>`);
    // The value reported after the year is not in the year's report.
    expect(docx.html).toContain('<td><p>Saksbehandlingstid byggesak (dager)</p></td><td><p>Tid</p></td>');
    expect(docx.text).toContain(`48 (${nb.period({ cadence: 'tertial', year: year - 1, index: 3 })})`);
    expect(docx.text).not.toContain('25 (');
    expect(docx.tables).toBe(4);
  });

  it('says so in the annual report when there is no evaluation or benefits plan', async () => {
    const link = links((await ask(ALEX, 'rapport lønn')).cards).get(nb.reports.annualLink('Lønn', year))!;
    const docx = await expectWordDocument((await download(link)).body);
    expect(docx.paragraphs).toEqual(expect.arrayContaining([nb.reports.noPartners(year), nb.reports.noBenefits]));
  });

  it('gives a municipality’s overview with legal form, host, cost key and its share', async () => {
    const link = links((await ask(ALEX, 'rapport')).cards).get(nb.reports.overviewLink('Grong'))!;
    const docx = await expectWordDocument((await download(link)).body);
    expect(docx.paragraphs[0]).toBe('Samarbeidene til Grong');
    expect(docx.text).toContain('administrativt vertskommunesamarbeid');
    expect(docx.text).toContain('20 % likt, 80 % etter innbyggertall');
    expect(docx.text).toMatch(/\d+(,\d)? %/);
    // Grong takes no part in Lønn or the fire service.
    expect(docx.text).not.toContain('Lønn');
    expect(docx.text).not.toContain('Brannvesen');
    expect(docx.html).toContain('<h1>Samarbeidene til Grong</h1>');
    expect(docx.html).toContain('<th><p><strong>Kommunens andel</strong></p></th>');
    expect(docx.html.match(/<table>/g)).toHaveLength(1);
  });

  it('writes the report in the network’s language', async () => {
    await testStore.store.directory.updateNetwork('solor', (n) => ({ ...n, language: 'nn' }));
    const link = links((await ask(ALEX, 'rapport')).cards).get(nb.reports.tertialLink('Solør'))!;
    const docx = openDocx((await download(link)).body);
    expect(docx.paragraphs).toContain('Resultat å feire');
    expect(docx.paragraphs).toContain(catalogues.nn.reports.decisionsHeading);
  });
});

describe('a politician’s reports', () => {
  it('offers Lierne’s politician Lierne’s overview and nothing of Grong’s', async () => {
    await ask(LIV, 'hei');
    const offered = links((await ask(LIV, 'rapport')).cards);
    expect([...offered.keys()].sort()).toEqual([nb.reports.overviewLink('Lierne'), nb.reports.tertialLink('Indre Namdal')].sort());
    const docx = openDocx((await download(offered.get(nb.reports.overviewLink('Lierne'))!)).body);
    expect(docx.paragraphs[0]).toBe('Samarbeidene til Lierne');
  });

  it('leaves out of Grong’s politician’s tertial report what Grong takes no part in, and the leaders’ written answers', async () => {
    await ask(GUNN, 'hei');
    const docx = openDocx((await download(links((await ask(GUNN, 'rapport')).cards).get(nb.reports.tertialLink('Indre Namdal'))!)).body);
    expect(docx.text).toContain('Barnevern');
    expect(docx.text).not.toContain('Lønn');
    expect(docx.text).not.toContain('Brannvesen');
    const alexDocx = openDocx((await download(links((await ask(ALEX, 'rapport')).cards).get(nb.reports.tertialLink('Indre Namdal'))!)).body);
    const written = alexDocx.paragraphs.filter((p) => /^Barnevern: /.test(p));
    expect(written).not.toEqual([]);
    for (const line of written) expect(docx.paragraphs).not.toContain(line);
    const celebrate = docx.paragraphs.indexOf('Resultater å feire');
    expect(docx.paragraphs[celebrate + 1]).toBe(nb.reports.none);
  });

  it('never opens Grong’s overview for Lierne’s politician: not by a tampered link, a forged grant or a card', async () => {
    const own = links((await ask(LIV, 'rapport')).cards).get(nb.reports.overviewLink('Lierne'))!;
    const [, token] = /\/report\/([\w-]+\.[\w-]+)\.docx$/.exec(own)!;
    const [payload, signature] = token.split('.');
    // The payload changed to Grong under the old signature.
    const grant = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
    const tampered = Buffer.from(JSON.stringify({ ...grant, municipalityId: 'grong' })).toString('base64url');
    expect((await download(`${url}/report/${tampered}.${signature}.docx`)).status).toBe(403);
    // Even a correctly signed grant for Liv that names Grong is refused when opened: the rules are checked again.
    expect((await download(`${url}/report/${sign({ ...grant, municipalityId: 'grong' }, SECRET)}.docx`)).status).toBe(403);
    expect((await download(`${url}/report/${sign({ ...grant, report: 'annual', collaborationId: 'in-lonn', year }, SECRET)}.docx`)).status).toBe(200);
    // Gunn of Grong cannot have Lønn's annual report, by name, by a forged button or by a signed grant.
    const gunnGrant = { ...grant, user: `${GUNN.tenantId}:${GUNN.aadObjectId}` };
    expect((await download(`${url}/report/${sign({ ...gunnGrant, report: 'annual', collaborationId: 'in-lonn', year }, SECRET)}.docx`)).status).toBe(403);
    expect((await ask(GUNN, { verb: 'report.annual', networkId: 'indre-namdal', collaborationId: 'in-lonn' })).texts).toEqual([nb.general.invalidAction]);
    expect(links((await ask(GUNN, 'rapport lønn')).cards).size).toBe(0);
    // An expired link and a link that is not ours.
    expect((await download(`${url}/report/${sign({ ...grant, exp: Math.floor(Date.now() / 1000) - 1 }, SECRET)}.docx`)).status).toBe(403);
    expect((await download(`${url}/report/${sign(grant, 'another-secret-that-is-long-enough-too')}.docx`)).status).toBe(403);
  });
});
