import { currentVersion, fellesStatusmal } from '../../domain/template';
import type { CheckIn } from '../../domain/types';
import { checkInSheet, toCsv, type ExportData } from './table';
import { toXlsx } from './workbook';
import { catalogues } from '..';

const { nb: t } = catalogues;

describe('toCsv', () => {
  it('writes what Norwegian spreadsheet programs open: BOM, semicolons, quoted fields, CRLF', () => {
    expect(toCsv([['Kommune', 'Andel'], ['Åsnes; Våler', 'Sier "ja"'], ['Grue', 3.5]])).toBe(
      '\uFEFF"Kommune";"Andel"\r\n"Åsnes; Våler";"Sier ""ja"""\r\n"Grue";"3.5"\r\n'
    );
  });

  it('keeps someone’s text from running as a spreadsheet formula', () => {
    expect(toCsv([['=HYPERLINK("http://evil")', '+47 123', '-tap', '@sum']])).toBe(
      '\uFEFF"\'=HYPERLINK(""http://evil"")";"\'+47 123";"\'-tap";"\'@sum"\r\n'
    );
  });
});

describe('text with control characters, as stored before answers were cleaned', () => {
  const questions = currentVersion(fellesStatusmal('n')).questions;
  const checkIn: CheckIn = {
    id: 'c', collaborationId: 'lonn', networkId: 'n', period: '2026-M11', templateId: 'felles-statusmal', templateVersion: 1,
    respondent: { tenantId: 't', aadObjectId: 'a', name: 'Alex\u0000 Wilber' }, submittedAt: '2026-11-25T09:00:00.000Z',
    answers: { overall: 'red', overallComment: 'Lønn\u0001kjøring\r\nfeilet\u001F\tigjen\uFFFE\uFFFF' }
  };
  const data: ExportData = { networks: [], collaborations: [], checkIns: [checkIn], questions };

  it('gives a workbook that opens, with the text kept apart from the characters XML cannot hold', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Workbook } = require('exceljs') as typeof import('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load((await toXlsx(data, t)) as never);
    const row = workbook.worksheets[0].getRow(2).values as unknown[];
    expect(row).toContain('Alex Wilber');
    expect(row).toContain('Lønnkjøring\nfeilet\tigjen');
  });

  it('gives a CSV without them', () => {
    const csv = toCsv(checkInSheet(data, t));
    expect(csv).toContain('"Lønnkjøring\nfeilet\tigjen"');
    // eslint-disable-next-line no-control-regex
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/);
  });
});
