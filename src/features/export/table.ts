import { summarizePeriod } from '../../domain/status';
import type { Question } from '../../domain/template';
import type { CheckIn, Collaboration, Network } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import { DateTime } from 'luxon';
import { displayAnswer, periodName } from '../../cards/answers';
import { ZONE } from '../../core/i18n/format';
import { cleanText } from '../../domain/text';
import type { SurveyExportPart } from '../survey/export';

/**
 * A sheet as plain rows: the first row is the header. Pure, so CSV and XLSX are made from the same
 * data. A Date is a moment as read on a clock in Oslo (see `osloClock`).
 */
export type Sheet = (string | number | Date)[][];

/**
 * A stored instant as a wall-clock time in Oslo, kept in the Date's UTC fields. A spreadsheet cell
 * has no time zone and exceljs writes a Date's UTC fields, so «Levert» then shows the Oslo time.
 */
export const osloClock = (iso: string): Date => DateTime.fromISO(iso, { zone: ZONE }).setZone('UTC', { keepLocalTime: true }).toJSDate();

export interface ExportData {
  networks: Network[];
  collaborations: Collaboration[];
  checkIns: CheckIn[];
  /** The questions to give columns to, in template order. */
  questions: Question[];
  /** The year's closed survey rounds (tillitsbarometer, yearly evaluations), shown only as far as the threshold allows. */
  surveys?: SurveyExportPart[];
}

function names(data: ExportData) {
  const network = new Map(data.networks.map((n) => [n.id, n.name]));
  const collaboration = new Map(data.collaborations.map((c) => [c.id, c.name]));
  return { network: (id: string) => network.get(id) ?? id, collaboration: (id: string) => collaboration.get(id) ?? id };
}

/** Stored text from before answers were cleaned, and names from Teams, must not break the workbook's XML either. */
const cleaned = (sheet: Sheet): Sheet => sheet.map((row) => row.map((value) => (typeof value === 'string' ? cleanText(value) : value)));

const byPlace = (a: CheckIn, b: CheckIn) =>
  a.networkId.localeCompare(b.networkId) || a.collaborationId.localeCompare(b.collaborationId) || a.period.localeCompare(b.period);

/** Every check-in of the year, one row each, answers as people read them on the cards. */
export function checkInSheet(data: ExportData, t: Catalogue): Sheet {
  const name = names(data);
  return cleaned([
    [t.export.network, t.export.collaboration, t.export.period, t.export.periodCode, t.export.respondent, t.export.submitted, ...data.questions.map((q) => q.short)],
    ...[...data.checkIns].sort(byPlace).map((c) => [
      name.network(c.networkId),
      name.collaboration(c.collaborationId),
      periodName(c.period, t),
      c.period,
      c.respondent.name,
      osloClock(c.submittedAt),
      ...data.questions.map((q) => (c.answers[q.key] === undefined ? '' : displayAnswer(q, c.answers[q.key], t)))
    ])
  ]);
}

/** One row per collaboration and period: the colour, economy and mean of each scale question. */
export function periodSheet(data: ExportData, t: Catalogue): Sheet {
  const name = names(data);
  const scales = data.questions.filter((q) => q.kind === 'scale');
  const groups = new Map<string, CheckIn[]>();
  for (const c of [...data.checkIns].sort(byPlace)) {
    const key = `${c.networkId}|${c.collaborationId}|${c.period}`;
    groups.set(key, [...(groups.get(key) ?? []), c]);
  }
  return cleaned([
    [t.export.network, t.export.collaboration, t.export.period, t.export.periodCode, t.status.overall, t.status.economy, t.export.respondents, t.status.decision, ...scales.map((q) => q.short)],
    ...[...groups.values()].map((group) => {
      const summary = summarizePeriod(group[0].period, group);
      return [
        name.network(group[0].networkId),
        name.collaboration(group[0].collaborationId),
        periodName(summary.period, t),
        summary.period,
        t.colour[summary.overall],
        summary.economy ? t.economy[summary.economy] : '',
        summary.respondents,
        summary.decisionNeeded ? t.yes : t.no,
        ...scales.map((q) => summary.means[q.key] ?? '')
      ];
    })
  ]);
}

/**
 * CSV as Norwegian spreadsheet programs open it: semicolons, a byte order mark so æ, ø and å
 * survive, every field quoted, numbers with the locale's decimal mark («3,5»: Norwegian Excel
 * reads «3.5» as 3 May) and times as «2026-11-25 10:00», which every spreadsheet reads as one.
 */
export function toCsv(sheet: Sheet, locale: string): string {
  const number = new Intl.NumberFormat(locale, { useGrouping: false, maximumFractionDigits: 2 });
  const text = (value: string | number | Date) =>
    typeof value === 'number' ? number.format(value) : value instanceof Date ? value.toISOString().slice(0, 16).replace('T', ' ') : value;
  // A text starting like a formula is prefixed with ' so a spreadsheet shows it instead of running it.
  const safe = (value: string | number | Date) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : text(value));
  const field = (value: string | number | Date) => `"${safe(value).replace(/"/g, '""')}"`;
  return `\uFEFF${sheet.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}
