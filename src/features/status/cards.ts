import { card, commandButton, executeButton, heading, plain, refreshing, submitButton, table, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import { COLOUR_STYLE, displayAnswer, meanCell, periodName, periodShortName } from '../../cards/answers';
import { currentPhase, missingAnchoring, progressOf } from '../../domain/checklist';
import { DEFAULT_COST_KEY } from '../../domain/cost';
import { flagsOf, needsAttention, type Flags } from '../../domain/flags';
import type { TemplateVersion } from '../../domain/template';
import type { Collaboration, Colour, Network, PeriodSummary } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import { statusLines as benefitLines } from '../benefits/cards';

export const STATUS_SHOW = 'status.show';
export const STATUS_REFRESH = 'status.refresh';

/** One line of the overview: what a chief executive scans for. */
export interface OverviewRow {
  collaboration: Collaboration;
  latest?: PeriodSummary;
  flags: Flags;
}

export function overviewRows(collaborations: Collaboration[], now: Date): OverviewRow[] {
  return collaborations.map((collaboration) => ({
    collaboration,
    latest: collaboration.status.periods[0],
    flags: flagsOf(collaboration, now)
  }));
}

/** Red first, then anything else asking for attention, then yellow, green, and never reported. */
function severity({ latest, flags }: OverviewRow): number {
  if (flags.red) return 0;
  if (needsAttention(flags)) return 1;
  if (!latest) return 4;
  return latest.overall === 'yellow' ? 2 : 3;
}

function flagTexts(flags: Flags, t: Catalogue): string[] {
  return [
    ...(flags.overdue ? [t.status.overdue] : []),
    ...(flags.decisionNeeded ? [t.status.decision] : []),
    ...(flags.falling ? [t.status.falling] : []),
    ...(flags.mismatch ? [t.status.mismatch] : []),
    ...(flags.missingAnchoring ? [t.checklist.flag] : []),
    ...(flags.benefitLate ? [t.benefits.flagLate] : []),
    ...(flags.withoutBenefitsPlan ? [t.benefits.flagWithoutPlan] : [])
  ];
}

function overviewLine(row: OverviewRow, network: Network, t: Catalogue): CardElement {
  const colour = row.latest?.overall;
  const warnings = flagTexts(row.flags, t);
  const notes = [row.latest ? t.status.last(periodName(row.latest.period, t)) : t.status.never, ...warnings];
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    selectAction: submitButton(t.status.open, { verb: STATUS_SHOW, networkId: network.id, collaborationId: row.collaboration.id }),
    columns: [
      {
        type: 'Column',
        width: 'auto',
        items: [textBlock(colour ? '●' : '○', { color: colour ? COLOUR_STYLE[colour] : 'default', size: 'Medium' })]
      },
      {
        type: 'Column',
        width: 'stretch',
        items: [
          textBlock(`${plain(row.collaboration.name)}${colour ? ` – ${t.colour[colour]}` : ''}`, { weight: 'Bolder' }),
          textBlock(notes.join(' · '), {
            spacing: 'None',
            size: 'Small',
            color: warnings.length ? 'attention' : 'default',
            isSubtle: warnings.length === 0
          })
        ]
      }
    ]
  };
}

/** Sectors with the most urgent collaboration first, so what needs attention is on top. */
function bySector(rows: OverviewRow[]): [string, OverviewRow[]][] {
  const sorted = [...rows].sort(
    (a, b) => severity(a) - severity(b) || a.collaboration.name.localeCompare(b.collaboration.name, 'nb')
  );
  const groups = new Map<string, OverviewRow[]>();
  for (const row of sorted) groups.set(row.collaboration.sector, [...(groups.get(row.collaboration.sector) ?? []), row]);
  return [...groups];
}

/** `status`: every collaboration of one network by sector, with its colour, last check-in and flags. */
export function overviewCard(network: Network, rows: OverviewRow[], t: Catalogue): AdaptiveCard {
  const count = (colour: Colour) => rows.filter((r) => r.latest?.overall === colour).length;
  const update = executeButton(t.status.refresh, STATUS_REFRESH, { networkId: network.id });
  return refreshing(card(
    [
      heading(t.status.overviewTitle(plain(network.name))),
      textBlock(t.status.counts(rows.length, count('red'), count('yellow'), rows.filter((r) => r.flags.overdue).length), {
        isSubtle: true,
        spacing: 'None'
      }),
      ...bySector(rows).flatMap(([sector, group]) => [
        textBlock(t.status.sector(sector), { weight: 'Bolder', size: 'Medium', spacing: 'Large' }),
        ...group.map((row) => overviewLine(row, network, t))
      ])
    ],
    [commandButton(t.help.buttonCheckIn, t.help.commandCheckIn)]
  ), update);
}

function comparisonTable(version: TemplateVersion, now: PeriodSummary, previous: PeriodSummary | undefined, t: Catalogue): CardElement {
  const before = (value: string | undefined) => value ?? t.notAnswered;
  return table(
    [4, 1, 1],
    [
      [t.status.question, t.status.now, t.status.previous],
      [t.status.overall, { text: t.colour[now.overall], options: { weight: 'Bolder' } }, before(previous && t.colour[previous.overall])],
      [t.status.economy, before(now.economy && t.economy[now.economy]), before(previous?.economy && t.economy[previous.economy])],
      ...version.questions
        .filter((q) => q.kind === 'scale')
        .map((q) => [q.short, meanCell(now.means[q.key], previous?.means[q.key], t.dontKnow), before(previous?.means[q.key]?.toFixed(1))])
    ]
  );
}

/** What each leader wrote in the latest period: reasons, risks, decisions asked for, results. */
function leaderComments(collaboration: Collaboration, version: TemplateVersion, t: Catalogue): CardElement[] {
  return collaboration.status.latest.flatMap((digest) => {
    const texts = version.questions
      .filter((q) => q.kind === 'text' && typeof digest.answers[q.key] === 'string' && digest.answers[q.key])
      .map((q) => textBlock(`**${q.short}:** ${plain(displayAnswer(q, digest.answers[q.key], t))}`, { spacing: 'Small' }));
    return texts.length ? [textBlock(plain(digest.respondent.name), { weight: 'Bolder', spacing: 'Medium' }), ...texts] : [];
  });
}

/** Oldest first: charts and histories read left to right. */
const chronological = (collaboration: Collaboration) => [...collaboration.status.periods].reverse();

/**
 * Each scale dimension over the kept periods as one line chart. Not every Teams client renders
 * charts, so it falls back to the same numbers as facts.
 */
function trendChart(collaboration: Collaboration, version: TemplateVersion, t: Catalogue): CardElement {
  const periods = chronological(collaboration);
  const dimensions = version.questions.filter((q) => q.kind === 'scale');
  const label = (period: string) => periodShortName(period, t);
  return {
    type: 'Chart.Line',
    title: t.status.trendTitle,
    colorSet: 'categorical',
    data: dimensions.map((q) => ({
      legend: q.short,
      values: periods.filter((p) => p.means[q.key] !== undefined).map((p) => ({ x: label(p.period), y: p.means[q.key] }))
    })),
    fallback: {
      type: 'FactSet',
      facts: [
        { title: t.status.period, value: periods.map((p) => label(p.period)).join(' · ') },
        ...dimensions.map((q) => ({
          title: q.short,
          value: periods.map((p) => p.means[q.key]?.toFixed(1) ?? t.notAnswered).join(' · ')
        }))
      ]
    }
  };
}

/** The traffic light of each kept period, oldest first, with the colour also written out. */
function colourHistory(collaboration: Collaboration, t: Catalogue): CardElement {
  return {
    type: 'ColumnSet',
    columns: chronological(collaboration).map((p) => ({
      type: 'Column',
      width: 'auto',
      items: [
        textBlock('●', { color: COLOUR_STYLE[p.overall], horizontalAlignment: 'Center', size: 'Large' }),
        textBlock(periodShortName(p.period, t), { size: 'Small', spacing: 'None', horizontalAlignment: 'Center' }),
        textBlock(t.colour[p.overall], { size: 'Small', isSubtle: true, spacing: 'None', horizontalAlignment: 'Center' })
      ]
    }))
  };
}

/** The phase checklist's progress, and whether anchoring is missing; nothing before a checklist is started. */
function checklistLines(collaboration: Collaboration, t: Catalogue): CardElement[] {
  if (!collaboration.checklist) return [];
  const { done, total } = progressOf(collaboration.checklist.items);
  return [
    textBlock(t.checklist.statusLine(done, total, t.admin.phase[currentPhase(collaboration)]), { size: 'Small', isSubtle: true, spacing: 'None' }),
    ...(missingAnchoring(collaboration) ? [textBlock(t.checklist.flag, { color: 'attention', weight: 'Bolder' })] : [])
  ];
}

/** `status <samarbeid>`: the latest answers against the previous period, the way here, and the benefits planned against realised (as of `today`, an ISO date). */
export function detailCard(network: Network, collaboration: Collaboration, version: TemplateVersion, t: Catalogue, today: string): AdaptiveCard {
  const [now, previous] = collaboration.status.periods;
  const comments = leaderComments(collaboration, version, t);
  const update = executeButton(t.status.refresh, STATUS_REFRESH, { networkId: network.id, collaborationId: collaboration.id });
  return refreshing(card(
    [
      heading(t.status.detailTitle(plain(collaboration.name))),
      textBlock(t.status.detailSubtitle(plain(network.name), periodName(now.period, t), now.respondents), { isSubtle: true, spacing: 'None' }),
      textBlock(t.cost.keyLine(t.cost.key((collaboration.costKey ?? DEFAULT_COST_KEY).fixedShare)), { size: 'Small', isSubtle: true, spacing: 'None' }),
      ...checklistLines(collaboration, t),
      ...(now.decisionNeeded ? [textBlock(t.status.decision, { color: 'attention', weight: 'Bolder' })] : []),
      comparisonTable(version, now, previous?.period ? previous : undefined, t),
      textBlock(t.status.colourHistory, { weight: 'Bolder', spacing: 'Large' }),
      colourHistory(collaboration, t),
      trendChart(collaboration, version, t),
      ...benefitLines(collaboration, today, t),
      ...(comments.length ? [textBlock(t.status.comments, { size: 'Medium', weight: 'Bolder', spacing: 'Large' }), ...comments] : [])
    ],
    [commandButton(t.help.buttonStatus, t.help.commandStatus)]
  ), update);
}
