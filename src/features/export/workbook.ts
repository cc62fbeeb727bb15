import type { Catalogue } from '../../core/i18n/catalogue';
import { checkInSheet, periodSheet, type ExportData, type Sheet } from './table';
import { surveySheet } from '../survey/export';
import { benefitSheet } from '../benefits/sheet';

/** The XLSX workbook: check-ins, per-period aggregates and the benefits plans and the year's survey results on their own sheets, headers bold and frozen. */
export async function toXlsx(data: ExportData, t: Catalogue): Promise<Buffer> {
  // Loaded on demand: exceljs costs ~28 MB of memory and only exports need it.
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const { Workbook } = require('exceljs') as typeof import('exceljs');
  const workbook = new Workbook();
  workbook.creator = 'Sampuls';
  const add = (title: string, sheet: Sheet) => {
    const worksheet = workbook.addWorksheet(title, { views: [{ state: 'frozen', ySplit: 1 }] });
    worksheet.addRows(sheet);
    worksheet.getRow(1).font = { bold: true };
    worksheet.columns.forEach((column, i) => {
      column.width = 18;
      // «Levert» and any other moment: a real date-time the spreadsheet can sort and filter.
      if (sheet[1]?.[i] instanceof Date) column.numFmt = t.export.dateTimeFormat;
    });
  };
  add(t.export.checkInSheet, checkInSheet(data, t));
  add(t.export.periodSheet, periodSheet(data, t));
  add(t.benefits.sheet, benefitSheet(data, t));
  if (data.surveys?.length) add(t.survey.exportSheet, surveySheet(data.surveys, t));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
