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
`;

const edit = (lines: Record<number, string>) => FILE.split('\n').map((line, i) => lines[i + 1] ?? line).join('\n');

function errorsOf(text: string): string[] {
  const result = parseNetworkFile(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.errors.map((e) => errorLine(e, nb));
}

describe('checklists and benefits plans in a network file', () => {
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
