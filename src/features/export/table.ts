import { summarizePeriod } from '../../domain/status';
import type { Question } from '../../domain/template';
import type { CheckIn, Collaboration, Network } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import { displayAnswer } from '../../cards/answers';
import { cleanText } from '../../domain/text';
import type { SurveyExportPart } from '../survey/export';

/** A sheet as plain rows: the first row is the header. Pure, so CSV and XLSX are made from the same data. */
export type Sheet = (string | number)[][];

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
    [t.export.network, t.export.collaboration, t.export.period, t.export.respondent, t.export.submitted, ...data.questions.map((q) => q.short)],
    ...[...data.checkIns].sort(byPlace).map((c) => [
      name.network(c.networkId),
      name.collaboration(c.collaborationId),
      c.period,
      c.respondent.name,
      c.submittedAt,
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
    [t.export.network, t.export.collaboration, t.export.period, t.status.overall, t.status.economy, t.export.respondents, t.status.decision, ...scales.map((q) => q.short)],
    ...[...groups.values()].map((group) => {
      const summary = summarizePeriod(group[0].period, group);
      return [
        name.network(group[0].networkId),
        name.collaboration(group[0].collaborationId),
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
 * survive, and every field quoted.
 */
export function toCsv(sheet: Sheet): string {
  // A text starting like a formula is prefixed with ' so a spreadsheet shows it instead of running it.
  const safe = (value: string | number) => (typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value));
  const field = (value: string | number) => `"${safe(value).replace(/"/g, '""')}"`;
  return `\uFEFF${sheet.map((row) => row.map(field).join(';')).join('\r\n')}\r\n`;
}
