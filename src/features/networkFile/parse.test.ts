import { readFileSync } from 'node:fs';
import path from 'node:path';
import { errorLine } from './definition';
import { networkYaml } from './format';
import { parseNetworkFile } from './parse';
import { catalogues } from '..';

const { nb } = catalogues;

const EXAMPLE = readFileSync(path.resolve(__dirname, '../../../examples/indre-namdal.yaml'), 'utf8');
const TENANT = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** A small valid file; the tests break one line or another. Line numbers are in the comments. */
const SOLOR = `network:
  id: solor
  name: Solør
  tenantIds: [${TENANT}]
municipalities:
  - id: valer
    name: Våler
    number: "3419"
    population: 3600
  - id: asnes
    name: Åsnes
    number: "3418"
    population: 7100
collaborations:
  - id: so-arkiv
    name: Arkiv
    sector: digitalisering
    legalForm: administrativt vertskommunesamarbeid
    host: asnes
    participants: [valer, asnes]
    cadence: quarterly
    reportingSince: 2026-01-01
    leaders:
      - name: Kari Nordmann
        tenantId: ${TENANT}
        aadObjectId: u1
people:
  - name: Kari Nordmann
    tenantId: ${TENANT}
    aadObjectId: u1
    roles: [admin, member]
`;

/** The file with whole lines (1-based) replaced: `{ 8: '    number: "34190"' }`. */
function edit(lines: Record<number, string>, text = SOLOR): string {
  return text
    .split('\n')
    .map((line, i) => lines[i + 1] ?? line)
    .join('\n');
}

function errorsOf(text: string): string[] {
  const result = parseNetworkFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map((e) => errorLine(e, nb));
}

describe('reading a network definition file', () => {
  it('reads the example file built from the Indre Namdal demo', () => {
    const result = parseNetworkFile(EXAMPLE);
    if (!result.ok) throw new Error(result.errors.map((e) => errorLine(e, nb)).join('\n'));
    const { network, municipalities, collaborations, people } = result.definition;
    expect(network).toMatchObject({ id: 'indre-namdal', name: 'Indre Namdal', language: 'nb', retention: { checkInMonths: 60 } });
    expect(municipalities.map((m) => `${m.name} ${m.number}`)).toEqual(['Røyrvik 5043', 'Lierne 5042', 'Namsskogan 5044', 'Grong 5045']);
    expect(collaborations).toHaveLength(9);
    expect(collaborations.find((c) => c.id === 'in-lonn')).toMatchObject({ participantIds: ['royrvik', 'lierne', 'namsskogan'], costKey: { fixedShare: 0.5 } });
    expect(people[0]).toMatchObject({ name: 'Alex Wilber', roles: ['admin', 'kommunedirektør', 'member'], municipalityId: 'royrvik' });
  });

  it('writes what it reads: the YAML of a definition reads back as the same definition', () => {
    const first = parseNetworkFile(EXAMPLE);
    if (!first.ok) throw new Error('the example must read');
    const written = networkYaml(first.definition, nb);
    expect(written).toMatch(/^# Sampuls: nettverksdefinisjon for Indre Namdal\./);
    expect(written).toContain('participants: [royrvik, lierne, namsskogan]');
    const again = parseNetworkFile(written);
    expect(again.ok && again.definition).toEqual(first.definition);
  });

  it('makes ids from names when they are left out, and keeps municipality numbers as written', () => {
    const text = edit({
      6: '  - name: Nore og Uvdal',
      7: '    number: 0301',
      8: '',
      15: '  - name: Arkiv og dokumentsenter',
      16: '',
      20: '    participants: [nore-og-uvdal, asnes]'
    });
    const result = parseNetworkFile(text);
    if (!result.ok) throw new Error(result.errors.map((e) => errorLine(e, nb)).join('\n'));
    expect(result.definition.municipalities[0]).toEqual({ id: 'nore-og-uvdal', name: 'Nore og Uvdal', number: '0301', population: 3600 });
    expect(result.definition.collaborations[0].id).toBe('arkiv-og-dokumentsenter');
  });

  it('names the line and field of every mistake in the shape of the file, with the allowed words', () => {
    const text = edit({
      9: '    population: mange',
      17: '    sektor: digitalisering',
      21: '    cadence: weekly',
      31: '    roles: [admin, leder]'
    });
    expect(errorsOf(text)).toEqual([
      'linje 9, municipalities[0].population: må være et tall',
      'linje 15, collaborations[0].sector: må fylles ut',
      'linje 17, collaborations[0].sektor: er ikke et felt her. Mente du «sector»?',
      'linje 21, collaborations[0].cadence: må være en av disse: monthly, quarterly, tertial',
      'linje 31, people[0].roles[1]: må være en av disse: admin, kommunedirektør, member, folkevalgt'
    ]);
  });

  it('refuses fields it does not know, so a typo is never silently ignored', () => {
    expect(errorsOf(edit({ 4: `  tenantIds: [${TENANT}]\n  digestChannel: ledelse` }))).toEqual(['linje 5, network.digestChannel: er ikke et felt her']);
  });

  it('reports every broken rule at once: numbers, duplicate names, unknown municipalities, tenants, dates', () => {
    const text = edit({
      8: '    number: "34190"',
      11: '    name: våler',
      19: '    host: grue',
      20: '    participants: [valer, asnes, grue]',
      22: '    reportingSince: 2026-13-01',
      26: [
        '        aadObjectId: u1',
        '      - name: Kari Nordmann',
        `        tenantId: ${TENANT}`,
        '        aadObjectId: u1',
        '      - name: Ola Utlending',
        '        tenantId: 11111111-2222-3333-4444-555555555555',
        '        aadObjectId: u2'
      ].join('\n')
    });
    expect(errorsOf(text)).toEqual([
      'linje 8, municipalities[0].number: må være et kommunenummer med fire sifre',
      'linje 11, municipalities[1].name: finnes allerede i nettverket',
      'linje 19, collaborations[0].host: nevner en kommune som ikke er med i nettverket: «grue»',
      'linje 20, collaborations[0].participants[2]: nevner en kommune som ikke er med i nettverket: «grue»',
      'linje 22, collaborations[0].reportingSince: må være en dato på formen ÅÅÅÅ-MM-DD',
      'linje 29, collaborations[0].leaders[1].aadObjectId: står flere ganger i filen',
      'linje 31, collaborations[0].leaders[2].tenantId: er ikke en av tenantene i network.tenantIds'
    ]);
  });

  it('checks the network, the årshjul and the roles by the same rules as the chat forms', () => {
    const text = edit({
      2: '  id: Solør!',
      4: '  tenantIds: [contoso]\n  retentionMonths: 6\n  cycle: {opensBefore: 3, reminders: [4, 2], closesAfter: 5, digest: {cadence: tertial, workingDay: 6}, sendHour: 9}',
      20: '    participants: [valer]',
      31: '    roles: [member, member]\n    municipality: grong'
    });
    expect(errorsOf(text)).toEqual([
      'linje 2, network.id: må bestå av små bokstaver (a–z), sifre og bindestrek',
      'linje 4, network.tenantIds: må være tenant-ID-er fra Microsoft 365 (GUID)',
      'linje 5, network.retentionMonths: må være mellom 12 og 120 måneder',
      'linje 6, network.cycle.reminders: Påminnelsene må være stigende hele tall, høyst tre, og før fristen.',
      'linje 21, collaborations[0].host: må også være deltaker',
      'linje 27, collaborations[0].leaders[0].tenantId: er ikke en av tenantene i network.tenantIds',
      'linje 29, people: må ha minst én person med rollen admin, ellers kan ingen endre nettverket i Teams',
      'linje 31, people[0].tenantId: er ikke en av tenantene i network.tenantIds',
      'linje 33, people[0].roles: står flere ganger i filen',
      'linje 34, people[0].municipality: nevner en kommune som ikke er med i nettverket: «grong»'
    ]);
  });

  it('names the line of a YAML syntax error, a repeated field and a tab', () => {
    expect(errorsOf(edit({ 20: '    participants: [valer, asnes' }))).toEqual([expect.stringMatching(/^linje 2[01]: er ikke gyldig YAML/)]);
    expect(errorsOf(edit({ 21: '    cadence: quarterly\n    cadence: monthly' }))).toEqual(['linje 22: feltet står to ganger']);
    expect(errorsOf(edit({ 9: '\tpopulation: 3600' }))).toEqual(['linje 9: innrykk må lages med mellomrom, ikke tabulator']);
  });

  it('says so when the file is empty or holds something other than a network', () => {
    expect(errorsOf('# bare en kommentar\n')).toEqual(['linje 1: filen er tom']);
    expect(errorsOf('- Indre Namdal\n')).toEqual(['linje 1: må være en gruppe med felt (navn: verdi)']);
    expect(errorsOf('network:\n  id: x\n')).toEqual([
      'linje 1, network.name: må fylles ut',
      'linje 1, network.tenantIds: må fylles ut',
      'linje 1, municipalities: må fylles ut',
      'linje 1, collaborations: må fylles ut',
      'linje 1, people: må fylles ut'
    ]);
  });
});

describe('governing bodies in a network file', () => {
  /** SOLOR with a body appended: its `bodies:` is line 32. */
  const withBody = (body: string) => `${SOLOR}bodies:\n${body}`;
  const KDU = `  - id: kdu
    name: KDU Solør
    kind: kdu
    members:
      - name: Kari Nordmann
        tenantId: ${TENANT}
        aadObjectId: u1
    meetings: [2026-12-10, 2027-03-11]
`;

  it('reads a body with its members and meetings, its report following its kind', () => {
    const result = parseNetworkFile(withBody(KDU));
    if (!result.ok) throw new Error(result.errors.map((e) => errorLine(e, nb)).join('\n'));
    expect(result.definition.bodies).toEqual([
      { id: 'kdu', name: 'KDU Solør', kind: 'kdu', members: [{ name: 'Kari Nordmann', tenantId: TENANT, aadObjectId: 'u1' }], meetings: ['2026-12-10', '2027-03-11'], report: 'tertial' }
    ]);
  });

  it('names the line and field of a bad date, an unknown municipality or collaboration, and a member who is not in the network', () => {
    const bad = `  - id: kdu
    name: KDU Solør
    kind: kommunestyre
    municipality: grue
    agenda: [so-arkiv, so-landbruk]
    members:
      - name: Ola Utenfor
        tenantId: ${TENANT}
        aadObjectId: u9
    meetings: [2026-12-10, 2027-02-30]
`;
    expect(errorsOf(withBody(bad))).toEqual([
      'linje 36, bodies[0].municipality: nevner en kommune som ikke er med i nettverket: «grue»',
      'linje 37, bodies[0].agenda[1]: nevner et samarbeid som ikke er i nettverket: «so-landbruk»',
      'linje 39, bodies[0].members[0]: må være en av personene i people eller leder for et samarbeid i filen',
      'linje 42, bodies[0].meetings[1]: må være en dato på formen ÅÅÅÅ-MM-DD'
    ]);
  });

  it('refuses a steering group without its collaboration and lead times that do not work', () => {
    const group = `  - name: Styringsgruppe arkiv
    kind: styringsgruppe
`;
    expect(errorsOf(edit({ 4: `  tenantIds: [${TENANT}]\n  meetingLead: {prepareBefore: 2, reportBefore: 3}` }, withBody(group)))).toEqual([
      'linje 5, network.meetingLead.prepareBefore: «Forbered status» må komme flere arbeidsdager før møtet enn rapporten, og høyst 30.',
      'linje 34, bodies[0].collaboration: må fylles ut',
      'linje 34, bodies[0].report: årsrapporten krever at organet har ett samarbeid'
    ]);
  });

  it('reads the date of the årlig evaluering, writes it back, and refuses a month or working day out of range', () => {
    const result = parseNetworkFile(edit({ 4: `  tenantIds: [${TENANT}]\n  evaluationDate: {month: 4, workingDay: 3}` }));
    if (!result.ok) throw new Error('expected the file to be read');
    expect(result.definition.network.evaluationDate).toEqual({ month: 4, workingDay: 3 });
    const again = parseNetworkFile(networkYaml(result.definition, nb));
    expect(again.ok && again.definition.network.evaluationDate).toEqual({ month: 4, workingDay: 3 });
    expect(errorsOf(edit({ 4: `  tenantIds: [${TENANT}]\n  evaluationDate: {month: 13, workingDay: 3}` }))).toEqual(['linje 5, network.evaluationDate.month: Måneden må være 1–12.']);
    expect(errorsOf(edit({ 4: `  tenantIds: [${TENANT}]\n  evaluationDate: {month: 4, workingDay: 16}` }))).toEqual(['linje 5, network.evaluationDate.workingDay: Virkedagen må være 1–15.']);
  });

  it('writes the bodies back as it reads them', () => {
    const result = parseNetworkFile(withBody(KDU));
    if (!result.ok) throw new Error('expected the file to be read');
    const again = parseNetworkFile(networkYaml(result.definition, nb));
    expect(again.ok && again.definition.bodies).toEqual(result.definition.bodies);
  });
});
