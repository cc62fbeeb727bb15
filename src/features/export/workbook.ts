import type { Catalogue } from '../../core/i18n/catalogue';
import { checkInSheet, periodSheet, type ExportData, type Sheet } from './table';
import { benefitSheet } from '../benefits/sheet';

/** The XLSX workbook: check-ins, per-period aggregates and the benefits plans on three sheets, headers bold and frozen. */
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
    worksheet.columns.forEach((column) => (column.width = 18));
  };
  add(t.export.checkInSheet, checkInSheet(data, t));
  add(t.export.periodSheet, periodSheet(data, t));
  add(t.benefits.sheet, benefitSheet(data, t));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
