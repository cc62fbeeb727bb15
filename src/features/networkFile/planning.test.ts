import { errorLine } from './definition';
import { networkYaml } from './format';
import { parseNetworkFile } from './parse';
import { catalogues } from '..';

const { nb } = catalogues;
const TENANT = '0f8fad5b-d9cb-469f-a165-70867728950e';

/** Solør with a checklist and a benefits plan on Arkiv. Line numbers are in the comments. */
const FILE = `network:
  id: solor
  name: Solør
  tenantIds: [${TENANT}]
municipalities:
  - { id: valer, name: Våler, number: "3419", population: 3600 }
  - { id: asnes, name: Åsnes, number: "3418", population: 7100 }
  - { id: grue, name: Grue, number: "3417", population: 4500 }
collaborations:
  - id: so-arkiv
    name: Arkiv
    sector: digitalisering
    legalForm: administrativt vertskommunesamarbeid
    participants: [valer, asnes]
    cadence: quarterly
    phase: utredning
    reportingSince: 2026-01-01
    checklist:
      templateVersion: 1
      items:
        - { id: startDecision@valer, phase: utredning, label: Vedtak om oppstart, anchoring: true, state: done, reference: PS 12/25 }
        - id: swot
          phase: utredning
          label: SWOT-analyse
          state: inProgress
          owner: { name: Kari Nordmann, tenantId: ${TENANT}, aadObjectId: u1 }
          due: 2026-12-01
    benefits:
      benefits:
        - id: b1
          kind: economic
          indicator: Innsparing per år (kr)
          baseline: 0
          target: 600000
          since: 2026-01-01
          targetDate: 2027-12-31
          owner: { name: Kari Nordmann, tenantId: ${TENANT}, aadObjectId: u1 }
          amounts: { valer: 250000, asnes: 350000 }
      years:
        - { year: 2026, oneOff: 250000, running: 80000, savings: 150000, income: 0 }
people:
  - name: Kari Nordmann
    tenantId: ${TENANT}
    aadObjectId: u1
    roles: [admin]
checklistTemplate:
  - version: 1
    validFrom: 2020-01-01
    points:
      - { key: politiciansInformed, phase: idé, label: Folkevalgte er informert, perMunicipality: true, anchoring: true }
      - { key: swot, phase: utredning, label: SWOT-analyse }
  - version: 2
    validFrom: 2026-06-01
    points:
      - { key: swot, phase: utredning, label: SWOT-analyse og fremmere og hemmere }
rounds:
  - id: workshop
    name: Workshop om nye områder
    createdAt: 2026-01-26T09:00:00.000Z
    createdBy: { name: Kari Nordmann, tenantId: ${TENANT}, aadObjectId: u1 }
    areas:
      - { id: arkiv, name: Arkiv, collaboration: so-arkiv }
      - { id: innkjop, name: Innkjøp }
    groups:
      - { id: g1, name: Formannskapet i Våler, representative: { name: Kari Nordmann, tenantId: ${TENANT}, aadObjectId: u1 } }
      - { id: g2, name: Formannskapet i Åsnes, representative: { name: Kari Nordmann, tenantId: ${TENANT}, aadObjectId: u1 } }
    scores:
      - group: g1
        submittedAt: 2026-01-26T10:00:00.000Z
        areas:
          arkiv: { potential: 8, feasibility: 7 }
          innkjop: { potential: 5, feasibility: 9 }
`;

const edit = (lines: Record<number, string>) => FILE.split('\n').map((line, i) => lines[i + 1] ?? line).join('\n');
/** The 1-based line of the first line holding `fragment`. */
const lineOf = (fragment: string) => FILE.split('\n').findIndex((line) => line.includes(fragment)) + 1;
/** The file with the line holding `fragment` replaced, and the number of that line. */
const replacing = (fragment: string, line: string): [string, number] => [edit({ [lineOf(fragment)]: line }), lineOf(fragment)];

function errorsOf(text: string): string[] {
  const result = parseNetworkFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map((e) => errorLine(e, nb));
}

describe('checklists and benefits plans in a network file', () => {
  it('refuses an owner who is not on the roster (neither a person with a role nor a leader)', () => {
    expect(errorsOf(edit({ 26: `          owner: { name: Eva, tenantId: ${TENANT}, aadObjectId: u9 }` }))).toContain(
      'linje 26, collaborations[0].checklist.items[1].owner: er ikke en person med rolle i nettverket (under people) eller leder av et samarbeid i filen'
    );
  });

  it('reads them, and writes them back the same', () => {
    const result = parseNetworkFile(FILE);
    if (!result.ok) throw new Error(result.errors.map((e) => errorLine(e, nb)).join('\n'));
    const [arkiv] = result.definition.collaborations;
    expect(arkiv.checklist!.items[0]).toEqual({ id: 'startDecision@valer', key: 'startDecision', municipalityId: 'valer', phase: 'utredning', label: 'Vedtak om oppstart', anchoring: true, state: 'done', reference: 'PS 12/25' });
    expect(arkiv.checklist!.items[1]).toMatchObject({ key: 'swot', anchoring: false, owner: { name: 'Kari Nordmann' }, due: '2026-12-01' });
    expect(arkiv.benefits!.benefits[0]).toMatchObject({ id: 'b1', target: 600_000, amounts: { valer: 250_000, asnes: 350_000 }, realised: [] });
    expect(arkiv.benefits!.years).toEqual([{ year: 2026, oneOff: 250_000, running: 80_000, savings: 150_000, income: 0 }]);
    const again = parseNetworkFile(networkYaml(result.definition, nb));
    expect(again.ok && again.definition).toEqual(result.definition);
  });

  it.each([
    ['an item of a municipality outside the collaboration', { 21: '        - { id: startDecision@grue, phase: utredning, label: Vedtak, state: done }' }, 'linje 21, collaborations[0].checklist.items[0].id: nevner en kommune som ikke er med i samarbeidet: «grue»'],
    ['a due date in year 0', { 27: '          due: 0000-12-01' }, 'linje 27, collaborations[0].checklist.items[1].due: må være en gyldig dato mellom år 2000 og 2100 (ÅÅÅÅ-MM-DD)'],
    ['a state that does not exist', { 25: '          state: skipped' }, 'linje 25, collaborations[0].checklist.items[1].state: må være en av disse: notStarted, inProgress, done, notApplicable'],
    ['the same item twice', { 22: '        - id: startDecision@valer' }, 'linje 22, collaborations[0].checklist.items[1].id: står flere ganger i filen'],
    ['a target equal to the baseline', { 34: '          target: 0' }, 'linje 34, collaborations[0].benefits.benefits[0].target: må være forskjellig fra utgangspunktet (baseline)'],
    ['a target date that does not exist', { 36: '          targetDate: 2027-02-30' }, 'linje 36, collaborations[0].benefits.benefits[0].targetDate: må være en gyldig dato mellom år 2000 og 2100 (ÅÅÅÅ-MM-DD)'],
    ['an owner from another tenant', { 37: '          owner: { name: Eva, tenantId: other, aadObjectId: u9 }' }, 'linje 37, collaborations[0].benefits.benefits[0].owner.tenantId: er ikke en av tenantene i network.tenantIds'],
    ['an amount for a municipality outside the collaboration', { 38: '          amounts: { valer: 250000, grue: 350000 }' }, 'linje 38, collaborations[0].benefits.benefits[0].amounts.grue: nevner en kommune som ikke er med i samarbeidet: «grue»'],
    ['a negative running cost', { 40: '        - { year: 2026, oneOff: 250000, running: -5, savings: 150000, income: 0 }' }, 'linje 40, collaborations[0].benefits.years[0].running: må være 0 eller mer'],
    ['an unknown field', { 35: '          sinse: 2026-01-01' }, 'linje 35, collaborations[0].benefits.benefits[0].sinse: er ikke et felt her. Mente du «since»?']
  ])('refuses %s, naming the line and the field', (_name, lines, error) => {
    expect(errorsOf(edit(lines))).toContain(error);
  });
});

describe('the checklist template and prioritisation rounds in a network file', () => {
  it('reads them, and writes them back the same', () => {
    const result = parseNetworkFile(FILE);
    if (!result.ok) throw new Error(result.errors.map((e) => errorLine(e, nb)).join('\n'));
    const { checklistTemplate, rounds } = result.definition;
    expect(checklistTemplate).toEqual([
      {
        version: 1,
        validFrom: '2020-01-01',
        points: [
          { key: 'politiciansInformed', phase: 'idé', label: 'Folkevalgte er informert', perMunicipality: true, anchoring: true },
          { key: 'swot', phase: 'utredning', label: 'SWOT-analyse', perMunicipality: false, anchoring: false }
        ]
      },
      { version: 2, validFrom: '2026-06-01', points: [{ key: 'swot', phase: 'utredning', label: 'SWOT-analyse og fremmere og hemmere', perMunicipality: false, anchoring: false }] }
    ]);
    const kari = { name: 'Kari Nordmann', tenantId: TENANT, aadObjectId: 'u1' };
    expect(rounds).toEqual([
      {
        id: 'workshop',
        name: 'Workshop om nye områder',
        createdAt: '2026-01-26T09:00:00.000Z',
        createdBy: kari,
        areas: [{ id: 'arkiv', name: 'Arkiv' }, { id: 'innkjop', name: 'Innkjøp' }],
        groups: [{ id: 'g1', name: 'Formannskapet i Våler', representative: kari }, { id: 'g2', name: 'Formannskapet i Åsnes', representative: kari }],
        // Without «by», the group's representative sent the scores.
        submissions: [{ groupId: 'g1', by: kari, submittedAt: '2026-01-26T10:00:00.000Z', scores: { arkiv: { potential: 8, feasibility: 7 }, innkjop: { potential: 5, feasibility: 9 } } }],
        adopted: { arkiv: 'so-arkiv' }
      }
    ]);
    const written = networkYaml(result.definition, nb);
    expect(written).toContain('arkiv: {potential: 8, feasibility: 7}');
    const again = parseNetworkFile(written);
    expect(again.ok && again.definition).toEqual(result.definition);
  });

  it.each([
    ['a score of 11', replacing('arkiv: { potential: 8', '          arkiv: { potential: 11, feasibility: 7 }'), 'rounds[0].scores[0].areas.arkiv.potential: må være et helt tall fra 1 til 10'],
    ['a score that is not whole', replacing('innkjop: { potential: 5', '          innkjop: { potential: 5, feasibility: 2.5 }'), 'rounds[0].scores[0].areas.innkjop.feasibility: må være et helt tall fra 1 til 10'],
    ['scores from a group not in the round', replacing('- group: g1', '      - group: g9'), 'rounds[0].scores[0].group: er ikke en gruppe i runden (under groups)'],
    ['a score for an area not in the round', replacing('innkjop: { potential: 5', '          kantine: { potential: 5, feasibility: 9 }'), 'rounds[0].scores[0].areas.kantine: er ikke et område i runden (under areas)'],
    ['a representative not on the roster', replacing('id: g2', `      - { id: g2, name: Åsnes, representative: { name: Eva, tenantId: ${TENANT}, aadObjectId: u9 } }`), 'rounds[0].groups[1].representative: er ikke en person med rolle i nettverket (under people) eller leder av et samarbeid i filen'],
    ['a representative from another tenant', replacing('id: g2', '      - { id: g2, name: Åsnes, representative: { name: Eva, tenantId: other, aadObjectId: u9 } }'), 'rounds[0].groups[1].representative.tenantId: er ikke en av tenantene i network.tenantIds'],
    ['the same group twice', replacing('id: g2', `      - { id: g1, name: Åsnes, representative: { name: Kari Nordmann, tenantId: ${TENANT}, aadObjectId: u1 } }`), 'rounds[0].groups[1].id: står flere ganger i filen'],
    ['a round held in year 0', replacing('createdAt:', '    createdAt: 0000-01-26T09:00:00.000Z'), 'rounds[0].createdAt: må være et tidspunkt mellom år 2000 og 2100 (ÅÅÅÅ-MM-DDTtt:mm:ssZ)'],
    ['a template version valid from a day that does not exist', replacing('validFrom: 2026-06-01', '    validFrom: 2026-02-30'), 'checklistTemplate[1].validFrom: må være en gyldig dato mellom år 2000 og 2100 (ÅÅÅÅ-MM-DD)'],
    ['versions that do not count up', replacing('- version: 2', '  - version: 1'), 'checklistTemplate[1].version: må være 1 eller mer, og større enn versjonen før'],
    ['a point in a phase that does not exist', replacing('label: SWOT-analyse og', '      - { key: swot, phase: planlegging, label: SWOT }'), 'checklistTemplate[1].points[0].phase: må være en av disse: idé, utredning, vedtak, etablering, drift, evaluering, avvikling']
  ])('refuses %s, naming the line and the field', (_name, [file, line], error) => {
    expect(errorsOf(file)).toContain(`linje ${line}, ${error}`);
  });

  it('refuses a group that has not scored every area, naming the area', () => {
    const [file, line] = replacing('innkjop: { potential: 5', '');
    expect(errorsOf(file)).toContain(`linje ${line - 2}, rounds[0].scores[0].areas: mangler poeng for området «Innkjøp»: en gruppe gir poeng til alle områdene`);
  });

  it('refuses a retired point that comes back in a later version', () => {
    const file = `${FILE.replace('rounds:\n', '  - version: 3\n    validFrom: 2026-09-01\n    points:\n      - { key: politiciansInformed, phase: idé, label: Folkevalgte informert }\nrounds:\n')}`;
    const line = file.split('\n').findIndex((l) => l.includes('label: Folkevalgte informert }')) + 1;
    expect(errorsOf(file)).toContain(`linje ${line}, checklistTemplate[2].points[0].key: ble tatt ut i en tidligere versjon og kan ikke brukes igjen (velg en ny nøkkel)`);
  });
});
