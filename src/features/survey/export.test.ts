import { countAnswer, defaultBarometer, defaultEvaluation, emptyTally, storedCells, type SurveyRound, type SurveyTally } from '../../domain/survey';
import { currentVersion } from '../../domain/template';
import type { Network } from '../../domain/types';
import { toXlsx } from '../export/workbook';
import { catalogues } from '..';
import { surveySheet, type SurveyExportPart } from './export';

const { nb: t } = catalogues;
const network: Network = {
  id: 'indre-namdal', name: 'Indre Namdal', tenantIds: [],
  municipalities: [{ id: 'grong', name: 'Grong', number: '5045', population: 2400 }, { id: 'lierne', name: 'Lierne', number: '5042', population: 1330 }, { id: 'namsskogan', name: 'Namsskogan', number: '5044', population: 840 }]
};
const SECRET = 'Ordføreren i Namsskogan sier ja til alt';

function round(invited: Record<string, number>, extra: Partial<SurveyRound> = {}): SurveyRound {
  return { id: 'r', templateId: 'x', templateVersion: 1, opensAt: '2026-03-01T08:00:00.000Z', closesAt: '2026-03-20T08:00:00.000Z', reminders: [], threshold: 5, cells: storedCells(invited, 5), invited, ...extra };
}

/** Everyone invited answers: `commonGoal`/`quality` 4 for the administrative, 2 for the political. */
function answered(r: SurveyRound, key: string): SurveyTally {
  let tally = emptyTally(network.id, r.id);
  let n = 0;
  for (const [group, count] of Object.entries(r.invited)) {
    const [municipalityId, level] = group.split('/') as [string, 'administrative' | 'political'];
    for (let i = 0; i < count; i++) tally = countAnswer(tally, r, { municipalityId, level }, { scale: { [key]: level === 'political' ? 2 : 4 }, text: SECRET }, `t${n++}`)!;
  }
  return tally;
}

describe('the «Undersøkelser» sheet of `eksport`', () => {
  const barometer = round({ 'grong/political': 6, 'lierne/administrative': 6, 'namsskogan/administrative': 2 });
  const barometerPart: SurveyExportPart = { network, round: barometer, tally: answered(barometer, 'commonGoal'), questions: currentVersion(defaultBarometer(network.id)).questions };
  const evaluation = round({ 'lierne/administrative': 2, 'namsskogan/administrative': 1 }, { kind: 'evaluation', cells: ['all'] });
  const evaluationPart: SurveyExportPart = { network, round: evaluation, collaboration: 'Lønn', tally: answered(evaluation, 'quality'), questions: currentVersion(defaultEvaluation(network.id)).questions };
  const sheet = surveySheet([barometerPart, evaluationPart], t);
  const groups = (rows: (string | number)[][]) => rows.map((row) => row[3]);

  it('has a row per shown group, with answers, mean and shares', () => {
    const rows = sheet.filter((row) => row[4] === 'Felles mål');
    expect(groups(rows)).toEqual(['Alle', 'Administrativt', 'Politisk', 'Lierne']);
    expect(rows[1].slice(5)).toEqual([8, 4, 100, 0, 0]);
    expect(rows[2].slice(5)).toEqual([6, 2, 0, 100, 0]);
  });

  it('leaves out a group of 2, and a group of 6 that would give it away by subtraction', () => {
    expect(groups(sheet)).not.toContain('Namsskogan');
    expect(groups(sheet)).not.toContain('Grong');
  });

  it('withholds a collaboration below N in one row without a figure, and never writes free text', () => {
    const lonn = sheet.filter((row) => row[2] === 'Lønn');
    expect(lonn).toEqual([['Indre Namdal', 'Årlig evaluering – 2026', 'Lønn', '', t.survey.evaluationWithheld(3, 5)]]);
    expect(JSON.stringify(sheet)).not.toContain(SECRET);
  });

  it('is its own sheet of the workbook', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Workbook } = require('exceljs') as typeof import('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load((await toXlsx({ networks: [network], collaborations: [], checkIns: [], questions: [], surveys: [barometerPart] }, t)) as never);
    expect(workbook.worksheets.map((w) => w.name)).toEqual(['Innsjekker', 'Perioder', 'Gevinster', 'Undersøkelser']);
    expect(workbook.getWorksheet('Undersøkelser')!.getRow(2).values).toContain('Tillitsbarometer – 2026');
  });
});
