import type { Catalogue } from '../../core/i18n/catalogue';
import { parsePeriod, type PeriodKey } from '../../domain/period';
import type { AnnualReport, MunicipalityOverview, TertialReport } from '../../domain/reports';
import type { Colour } from '../../domain/types';
import type { Block, ReportDocument } from './docx';

/** Colour as word and shape: readable in black and white and without colour vision. */
const SYMBOL: Record<Colour, string> = { green: '●', yellow: '▲', red: '■' };
export const colourText = (t: Catalogue, colour: Colour | undefined): string => (colour ? `${SYMBOL[colour]} ${t.colour[colour]}` : t.notAnswered);

const periodText = (t: Catalogue, period: PeriodKey | undefined): string => {
  const parsed = period ? parsePeriod(period) : undefined;
  return parsed ? t.period(parsed) : t.reports.never;
};
const shortPeriod = (t: Catalogue, period: PeriodKey): string => {
  const parsed = parsePeriod(period);
  return parsed ? t.periodShort(parsed) : period;
};
const percent = (t: Catalogue, share: number) => `${t.reports.decimal(share * 100)} %`;
const listOrNone = (t: Catalogue, items: string[]): Block => (items.length ? { kind: 'bullets', items } : { kind: 'paragraph', text: t.reports.none });

/** `meeting`: the day of the meeting the report is filed for, its data as of `madeAt` (the cut-off). */
export function tertialDocument(report: TertialReport, t: Catalogue, madeAt: Date, meeting?: string): ReportDocument {
  const r = t.reports;
  const count = (test: (l: TertialReport['lines'][number]) => boolean) => report.lines.filter(test).length;
  const decisions = report.lines.filter((l) => l.decisionNeeded).map((l) => (l.decisions.length ? `${l.name}: ${l.decisions.join(' ')}` : l.name));
  const celebrations = report.lines.flatMap((l) => l.celebrations.map((text) => `${l.name}: ${text}`));
  const blocks: Block[] = [
    { kind: 'heading', text: r.summary },
    { kind: 'paragraph', text: r.summaryLine(report.lines.length, count((l) => l.colour === 'red'), count((l) => l.colour === 'yellow'), count((l) => l.decisionNeeded), count((l) => l.overdue)) },
    { kind: 'heading', text: r.statusTable },
    {
      kind: 'table',
      header: [r.columns.collaboration, r.columns.sector, r.columns.colour, r.columns.trend, r.columns.economy, r.columns.decision, r.columns.lastPeriod],
      rows: report.lines.map((l) => [
        l.name,
        l.sector,
        colourText(t, l.colour),
        l.trend ? r.trend[l.trend] : t.notAnswered,
        l.economy ? t.economy[l.economy] : t.notAnswered,
        l.decisionNeeded ? t.yes : t.no,
        periodText(t, l.lastPeriod)
      ])
    },
    { kind: 'heading', text: r.decisionsHeading },
    listOrNone(t, decisions),
    { kind: 'heading', text: r.celebrateHeading },
    listOrNone(t, celebrations),
    { kind: 'heading', text: r.overdueHeading },
    listOrNone(t, report.lines.filter((l) => l.overdue).map((l) => r.overdueLine(l.name, periodText(t, l.lastPeriod))))
  ];
  if (report.trend.length) {
    blocks.push({ kind: 'heading', text: r.trendHeading }, { kind: 'chart', points: report.trend.map((p) => ({ label: shortPeriod(t, p.tertial), value: p.score })), description: r.trendChart });
  }
  const subtitle = meeting
    ? r.meetingSubtitle(t.date(madeAt.toISOString()), t.date(`${meeting}T12:00:00Z`))
    : r.tertialSubtitle(periodText(t, report.tertial), t.date(madeAt.toISOString()));
  return { title: r.tertialTitle(report.network), subtitle, blocks };
}

export function annualDocument(report: AnnualReport, t: Catalogue, madeAt: Date): ReportDocument {
  const r = t.reports;
  const scored = report.history.filter((h) => h.score !== undefined);
  const blocks: Block[] = [
    { kind: 'heading', text: r.facts },
    {
      kind: 'table',
      header: [r.legalForm, r.host, r.participants, r.phase],
      rows: [[report.legalForm, report.host ?? r.noHost, report.participants.join(', '), t.admin.phase[report.phase]]]
    },
    { kind: 'heading', text: r.goals },
    report.goals.length ? { kind: 'bullets', items: report.goals } : { kind: 'paragraph', text: r.noGoals },
    { kind: 'heading', text: r.history },
    report.history.length
      ? {
          kind: 'table',
          header: [r.historyColumns.period, r.historyColumns.colour, r.historyColumns.economy, r.historyColumns.score, r.historyColumns.respondents],
          rows: report.history.map((h) => [
            periodText(t, h.period),
            colourText(t, h.colour),
            h.economy ? t.economy[h.economy] : t.notAnswered,
            h.score === undefined ? t.notAnswered : t.reports.decimal(h.score),
            String(h.respondents)
          ])
        }
      : { kind: 'paragraph', text: r.noHistory }
  ];
  if (scored.length) blocks.push({ kind: 'chart', points: scored.map((h) => ({ label: shortPeriod(t, h.period), value: h.score!, colour: h.colour })), description: r.annualChart });
  blocks.push({ kind: 'heading', text: r.celebrateHeading }, listOrNone(t, report.celebrations), ...partnerBlocks(report, t), ...benefitBlocks(report, t));
  return { title: r.annualTitle(report.name, report.year), subtitle: r.annualSubtitle(report.network, t.date(madeAt.toISOString())), blocks };
}

function partnerBlocks({ partners, year }: AnnualReport, t: Catalogue): Block[] {
  const r = t.reports;
  if (!partners) return [{ kind: 'heading', text: r.partnersHeading }, { kind: 'paragraph', text: r.noPartners(year) }];
  const score = (value: number | undefined) => (value === undefined ? t.notAnswered : t.score(value));
  return [
    { kind: 'heading', text: r.partnersHeading },
    { kind: 'paragraph', text: r.partnersIntro(partners.respondents, t.date(partners.closedAt)) },
    { kind: 'table', header: [r.partnersColumns.question, r.partnersColumns.mean, r.partnersColumns.before], rows: partners.means.map((m) => [m.label, score(m.value), score(m.before)]) }
  ];
}

function benefitBlocks({ benefits }: AnnualReport, t: Catalogue): Block[] {
  const r = t.reports;
  if (!benefits.length) return [{ kind: 'heading', text: r.benefitsHeading }, { kind: 'paragraph', text: r.noBenefits }];
  const number = (value: number) => t.benefits.number(value);
  const latest = ({ latest: l }: AnnualReport['benefits'][number]) =>
    l ? `${l.value !== undefined ? number(l.value) : colourText(t, l.colour)} (${periodText(t, l.period)})` : t.notAnswered;
  const c = r.benefitsColumns;
  return [
    { kind: 'heading', text: r.benefitsHeading },
    {
      kind: 'table',
      header: [c.indicator, c.kind, c.plan, c.latest, c.reached],
      rows: benefits.map((b) => [b.indicator, t.benefits.kind[b.kind], `${number(b.baseline)} – ${number(b.target)} (${t.date(b.targetDate)})`, latest(b), b.reached ? r.yes : r.no])
    }
  ];
}

export function overviewDocument(report: MunicipalityOverview, t: Catalogue, madeAt: Date): ReportDocument {
  const r = t.reports;
  const c = r.overviewColumns;
  return {
    title: r.overviewTitle(report.municipality),
    subtitle: r.overviewSubtitle(report.network, t.date(madeAt.toISOString())),
    blocks: [
      { kind: 'paragraph', text: r.overviewIntro(report.lines.length) },
      {
        kind: 'table',
        header: [c.collaboration, c.legalForm, c.host, c.participants, c.costKey, c.share, c.phase],
        rows: report.lines.map((l) => [
          l.name,
          l.legalForm,
          l.host ?? r.noHost,
          l.participants.join(', '),
          r.costKey(Math.round(l.fixedShare * 100), Math.round((1 - l.fixedShare) * 100)),
          l.share === undefined ? r.notAParticipant : percent(t, l.share),
          t.admin.phase[l.phase]
        ])
      }
    ]
  };
}
