import { currentVersion, fellesStatusmal } from '../../domain/template';
import type { CheckIn } from '../../domain/types';
import { checkInSheet, osloClock, periodSheet, toCsv, type ExportData } from './table';
import { toXlsx } from './workbook';
import { catalogues } from '..';

const { nb: t } = catalogues;

describe('toCsv', () => {
  it('writes what Norwegian spreadsheet programs open: BOM, semicolons, quoted fields, CRLF', () => {
    expect(toCsv([['Kommune', 'Andel'], ['Åsnes; Våler', 'Sier "ja"'], ['Grue', 3.5]], 'nb-NO')).toBe(
      '\uFEFF"Kommune";"Andel"\r\n"Åsnes; Våler";"Sier ""ja"""\r\n"Grue";"3,5"\r\n'
    );
  });

  it('keeps someone’s text from running as a spreadsheet formula', () => {
    expect(toCsv([['=HYPERLINK("http://evil")', '+47 123', '-tap', '@sum']], 'nb-NO')).toBe(
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
    const csv = toCsv(checkInSheet(data, t), t.locale);
    expect(csv).toContain('"Lønnkjøring\nfeilet\tigjen"');
    // eslint-disable-next-line no-control-regex
    expect(csv.replace(/\r\n/g, '')).not.toMatch(/[\u0000-\u0008\u000B-\u001F\uFFFE\uFFFF]/);
  });
});

describe('toCsv numbers', () => {
  it('writes numbers with the language’s decimal mark and no grouping, so Norwegian Excel does not read «3.5» as 3 May', () => {
    expect(toCsv([[3.5, 1500, 4]], 'nb-NO')).toBe('\uFEFF"3,5";"1500";"4"\r\n');
    expect(toCsv([[3.5, 1500, 4]], 'en-GB')).toBe('\uFEFF"3.5";"1500";"4"\r\n');
  });
});

describe('periods and times as people read them', () => {
  const questions = currentVersion(fellesStatusmal('n')).questions;
  const checkIn = (period: string, submittedAt: string): CheckIn => ({
    id: period, collaborationId: 'lonn', networkId: 'n', period, templateId: 'felles-statusmal', templateVersion: 1,
    respondent: { tenantId: 't', aadObjectId: 'a', name: 'Kari Nordmann' }, submittedAt,
    answers: { overall: 'green', trust: 4 }
  });
  // Summer (UTC+2), across midnight, and winter (UTC+1): the sheet shows the hour on a clock in Oslo.
  const data: ExportData = {
    networks: [{ id: 'n', name: 'Indre Namdal' } as ExportData['networks'][number]],
    collaborations: [{ id: 'lonn', name: 'Lønn' } as ExportData['collaborations'][number]],
    // Rows come sorted by period key: month, quarter, tertial.
    checkIns: [checkIn('2026-T1', '2026-04-28T07:30:00.000Z'), checkIn('2026-M05', '2026-05-29T22:15:00.000Z'), checkIn('2026-Q4', '2026-12-28T08:05:00.000Z')],
    questions
  };
  const column = (sheet: (string | number | Date)[][], title: string) => sheet.slice(1).map((row) => row[sheet[0].indexOf(title)]);

  it('names each period as people say it next to its code, in the sheet’s language', () => {
    const sheet = checkInSheet(data, t);
    expect(column(sheet, 'Periode')).toEqual(['mai 2026', '4. kvartal 2026', '1. tertial 2026']);
    expect(column(sheet, 'Periodekode')).toEqual(['2026-M05', '2026-Q4', '2026-T1']);
    expect(column(periodSheet(data, catalogues.en), 'Period')).toEqual(['May 2026', '4th quarter 2026', '1st tertial 2026']);
    expect(column(periodSheet(data, catalogues.nn), 'Periode')).toEqual(['mai 2026', '4. kvartal 2026', '1. tertial 2026']);
  });

  it('gives «Levert» as the Oslo clock time, also across midnight and in summer time', () => {
    expect(osloClock('2026-04-28T07:30:00.000Z').toISOString()).toBe('2026-04-28T09:30:00.000Z');
    expect(osloClock('2026-05-29T22:15:00.000Z').toISOString()).toBe('2026-05-30T00:15:00.000Z');
    expect(osloClock('2026-12-28T08:05:00.000Z').toISOString()).toBe('2026-12-28T09:05:00.000Z');
    const csv = toCsv(checkInSheet(data, t), t.locale);
    expect(csv).toContain('"2026-04-28 09:30"');
    expect(csv).toContain('"2026-05-30 00:15"');
  });

  it('writes «Levert» in the workbook as a real date-time cell with a date-time format', async () => {
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    const { Workbook } = require('exceljs') as typeof import('exceljs');
    const workbook = new Workbook();
    await workbook.xlsx.load((await toXlsx(data, t)) as never);
    const sheet = workbook.worksheets[0];
    const header = sheet.getRow(1).values as unknown[];
    const cell = sheet.getRow(2).getCell(header.indexOf('Levert'));
    expect(cell.value).toBeInstanceOf(Date);
    expect((cell.value as Date).toISOString()).toBe('2026-05-30T00:15:00.000Z');
    expect(cell.numFmt).toBe('dd.mm.yyyy hh:mm');
    expect(sheet.getRow(2).getCell(header.indexOf('Periode')).value).toBe('mai 2026');
  });
});
