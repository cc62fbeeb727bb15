import { card, commandButton, elementSize, executeButton, fitting, heading, plain, refreshing, shared, table, TEAMS_MESSAGE_BUDGET, teamsSize, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import { COLOUR_STYLE, COLOUR_SYMBOL, colourChip, colourText, displayAnswer, meanCell, openingRow, periodName, periodShortName } from '../../cards/answers';
import { currentPhase, missingAnchoring, progressOf } from '../../domain/checklist';
import { DEFAULT_COST_KEY } from '../../domain/cost';
import { flagsOf, needsAttention, type Flags } from '../../domain/flags';
import { mostMoved, type Movement } from '../../domain/status';
import { osloDate, type TemplateVersion } from '../../domain/template';
import type { Collaboration, Colour, Network, PeriodSummary } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import { partnerViewLines } from '../survey/cards';
import { statusLines as benefitLines } from '../benefits/cards';

export const STATUS_SHOW = 'status.show';
export const STATUS_REFRESH = 'status.refresh';

/** The line under a list cut to fit Teams, or nothing when the whole list is shown. */
export const notFittingLine = (leftOut: number, t: Catalogue): CardElement[] =>
  leftOut > 0 ? [textBlock(t.status.notFitting(leftOut), { isSubtle: true, size: 'Small', spacing: 'Large' })] : [];

/** One line of the overview: what a chief executive scans for. */
export interface OverviewRow {
  collaboration: Collaboration;
  latest?: PeriodSummary;
  flags: Flags;
}

/** An overview line and its size as Teams counts it. */
interface Line {
  line: CardElement;
  size: number;
}

function overviewRows(collaborations: Collaboration[], now: Date): OverviewRow[] {
  return collaborations.map((collaboration) => ({ collaboration, latest: collaboration.status.periods[0], flags: flagsOf(collaboration, now) }));
}

function lineOf(row: OverviewRow, network: Network, t: Catalogue): Line {
  const line = overviewLine(row, network, t);
  return { line, size: elementSize(line) };
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
    ...(flags.viewsDiffer ? [t.survey.viewsDiffer] : []),
    ...(flags.benefitLate ? [t.benefits.flagLate] : []),
    ...(flags.withoutBenefitsPlan ? [t.benefits.flagWithoutPlan] : [])
  ];
}

function overviewLine(row: OverviewRow, network: Network, t: Catalogue): CardElement {
  const colour = row.latest?.overall;
  const warnings = flagTexts(row.flags, t);
  const notes = [row.latest ? t.status.last(periodName(row.latest.period, t)) : t.status.never, ...warnings];
  return {
    type: 'Container',
    spacing: 'Small',
    items: [
      openingRow(
        [colourChip(colour), { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [textBlock(`${plain(row.collaboration.name)}${colour ? ` – ${t.colour[colour]}` : ''}`, { weight: 'Bolder' })] }],
        t.status.open,
        { verb: STATUS_SHOW, networkId: network.id, collaborationId: row.collaboration.id }
      ),
      textBlock(notes.join(' · '), {
        spacing: 'Small',
        size: 'Small',
        color: warnings.length ? 'attention' : 'default',
        isSubtle: warnings.length === 0
      })
    ]
  };
}

/** One collator for the whole overview: localeCompare with a locale builds one per call. */
const byName = new Intl.Collator('nb').compare;

const mostUrgentFirst = (a: OverviewRow, b: OverviewRow) => severity(a) - severity(b) || byName(a.collaboration.name, b.collaboration.name);

/** Sectors with the most urgent collaboration first, so what needs attention is on top; `rows` most urgent first. */
function bySector(rows: OverviewRow[]): [string, OverviewRow[]][] {
  const groups = new Map<string, OverviewRow[]>();
  for (const row of rows) groups.set(row.collaboration.sector, [...(groups.get(row.collaboration.sector) ?? []), row]);
  return [...groups];
}

const sectorHeading = (sector: string, t: Catalogue) => textBlock(t.status.sector(sector), { weight: 'Bolder', size: 'Medium', spacing: 'Large' });

const sum = (sizes: number[]) => sizes.reduce((a, b) => a + b, 0);

/** Green, and nothing to remark on. */
const isQuiet = (row: OverviewRow, t: Catalogue) => severity(row) === 3 && flagTexts(row.flags, t).length === 0;

/** The rows most urgent first, each with its line on the card and that line's size. */
type Lines = Map<OverviewRow, Line>;

/**
 * A network too large for one card: the green collaborations without remarks become one line per
 * sector, and the least urgent of the other rows are left out until the rest fits in `budget`.
 */
function compactSections(lines: Lines, t: Catalogue, budget: number): CardElement[] {
  const mostUrgent = [...lines.keys()];
  const quietRows = new Set(mostUrgent.filter((row) => isQuiet(row, t)));
  const sectors = bySector(mostUrgent).map(([sector, group]) => {
    const quiet = group.filter((row) => quietRows.has(row)).map((row) => plain(row.collaboration.name));
    return {
      title: sectorHeading(sector, t),
      rows: group.filter((row) => !quietRows.has(row)),
      quietLine: quiet.length ? [textBlock(t.status.quietGreen(quiet), { size: 'Small', isSubtle: true, spacing: 'Small' })] : []
    };
  });
  const notes = (hidden: number) => [
    textBlock(t.status.compacted, { isSubtle: true, size: 'Small', spacing: 'Large' }),
    ...(hidden ? [textBlock(t.status.notShown(hidden), { isSubtle: true, size: 'Small', spacing: 'Small' })] : [])
  ];
  const detailed = mostUrgent.filter((row) => !quietRows.has(row));
  const fixed = [...sectors.flatMap((sector) => [sector.title, ...sector.quietLine]), ...notes(detailed.length)];
  const shown = new Set(fitting(detailed, (row) => lines.get(row)!.size, budget - sum(fixed.map(elementSize))));
  return [
    ...sectors.flatMap(({ title, rows, quietLine }) => {
      const kept = rows.filter((row) => shown.has(row)).map((row) => lines.get(row)!.line);
      return kept.length || quietLine.length ? [title, ...kept, ...quietLine] : [];
    }),
    ...notes(detailed.length - shown.size)
  ];
}

/**
 * `status`: every collaboration of one network by sector, with its colour, last check-in and
 * flags; compacted when that would pass what Teams accepts in one message.
 */
function overviewCard(network: Network, rows: OverviewRow[], t: Catalogue): AdaptiveCard {
  const count = (colour: Colour) => rows.filter((r) => r.latest?.overall === colour).length;
  const update = executeButton(t.status.refresh, STATUS_REFRESH, { networkId: network.id });
  const framed = (sections: CardElement[]) => refreshing(card(
    [
      heading(t.status.overviewTitle(plain(network.name))),
      textBlock(t.status.counts(rows.length, count('red'), count('yellow'), rows.filter((r) => r.flags.overdue).length), {
        isSubtle: true,
        spacing: 'None'
      }),
      ...sections
    ],
    [commandButton(t.help.buttonCheckIn, t.help.commandCheckIn)]
  ), update);
  const lines: Lines = new Map([...rows].sort(mostUrgentFirst).map((row) => [row, lineOf(row, network, t)]));
  const groups = bySector([...lines.keys()]);
  const headings = groups.map(([sector]) => sectorHeading(sector, t));
  const room = TEAMS_MESSAGE_BUDGET - teamsSize(framed([]));
  if (sum(headings.map(elementSize)) + sum([...lines.values()].map((l) => l.size)) > room) return framed(compactSections(lines, t, room));
  return framed(groups.flatMap(([, group], i) => [headings[i]!, ...group.map((row) => lines.get(row)!.line)]));
}

/** What `status` last showed of a network in each language: the day, the collaborations it was made from, and the card. */
const shownOverviews = new WeakMap<Network, Map<Catalogue, { day: string; collaborations: Collaboration[]; card: AdaptiveCard }>>();

const sameItems = <T>(a: T[], b: T[]) => a.length === b.length && a.every((item, i) => item === b[i]);

/**
 * `status` for one network, made again only when the Oslo day (which its flags depend on), the
 * language or one of its documents changed: the directory hands every turn the same frozen objects
 * until a document's ETag changes, so the card is shared between turns too.
 */
export function networkOverviewCard(network: Network, collaborations: Collaboration[], now: Date, t: Catalogue): AdaptiveCard {
  const day = osloDate(now);
  let languages = shownOverviews.get(network);
  if (!languages) shownOverviews.set(network, (languages = new Map()));
  const last = languages.get(t);
  if (last?.day === day && sameItems(last.collaborations, collaborations)) return last.card;
  const made = shared(overviewCard(network, overviewRows(collaborations, now), t));
  languages.set(t, { day, collaborations, card: made });
  return made;
}

function comparisonTable(version: TemplateVersion, now: PeriodSummary, previous: PeriodSummary | undefined, t: Catalogue): CardElement {
  const before = (value: string | undefined) => value ?? t.notAnswered;
  const score = (value: number | undefined) => (value === undefined ? t.notAnswered : t.score(value));
  return table(
    [4, 1, 1],
    [
      [t.status.question, t.status.now, t.status.previous],
      [t.status.overall, { text: colourText(now.overall, t), options: { weight: 'Bolder' }, style: COLOUR_STYLE[now.overall] }, before(previous && colourText(previous.overall, t))],
      [t.status.economy, before(now.economy && t.economy[now.economy]), before(previous?.economy && t.economy[previous.economy])],
      ...version.questions
        .filter((q) => q.kind === 'scale')
        .map((q) => [q.short, meanCell(now.means[q.key], previous?.means[q.key], t.dontKnow, t), score(previous?.means[q.key])])
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

/** Charts per card: more lines than this on a small chart stop being readable. */
const TREND_CHARTS = 3;

/**
 * The scale questions that moved most over the kept periods, each as its own small line chart on
 * the 1–5 axis, with a sentence saying what they show. Not every Teams client renders charts, so
 * each falls back to the same numbers written out.
 */
function trendCharts(collaboration: Collaboration, version: TemplateVersion, t: Catalogue): CardElement[] {
  const dimensions = version.questions.filter((q) => q.kind === 'scale');
  const moved = mostMoved(collaboration.status.periods, dimensions.map((q) => q.key), TREND_CHARTS);
  if (moved.length === 0) return [];
  const name = new Map(dimensions.map((q) => [q.key, q.short]));
  const label = (period: string) => periodShortName(period, t);
  const move = (m: Movement) => t.status.trendMove(name.get(m.key)!, t.score(m.points[0].mean), t.score(m.points[m.points.length - 1].mean));
  const points = moved.flatMap((m) => m.points.map((p) => p.period)).sort();
  return [
    textBlock(t.status.trendTitle, { weight: 'Bolder', spacing: 'Large' }),
    textBlock(t.status.trendSummary(periodName(points[0], t), periodName(points[points.length - 1], t), t.list(moved.map(move))), { spacing: 'None' }),
    ...moved.flatMap((m) => [
      // Clients draw a chart's own title only sometimes (the Playground never), so it also stands above.
      textBlock(move(m), { weight: 'Bolder', size: 'Small', spacing: 'Medium' }),
      {
        type: 'Chart.Line',
        title: move(m),
        yMin: 1,
        yMax: 5,
        data: [{ legend: name.get(m.key)!, values: m.points.map((p) => ({ x: label(p.period), y: p.mean })) }],
        fallback: table([1, 1], [[t.status.period, name.get(m.key)!], ...m.points.map((p) => [label(p.period), t.score(p.mean)])])
      }
    ])
  ];
}

/** The traffic light of each kept period, oldest first: its shape on the colour, and the colour written out. */
function colourHistory(collaboration: Collaboration, t: Catalogue): CardElement {
  return {
    type: 'ColumnSet',
    columns: chronological(collaboration).map((p) => ({
      type: 'Column',
      width: 'auto',
      items: [
        { type: 'Container', style: COLOUR_STYLE[p.overall], items: [textBlock(COLOUR_SYMBOL[p.overall], { horizontalAlignment: 'Center', size: 'Large' })] },
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
      ...partnerViewLines(collaboration, version, t),
      textBlock(t.status.colourHistory, { weight: 'Bolder', spacing: 'Large' }),
      colourHistory(collaboration, t),
      ...trendCharts(collaboration, version, t),
      ...benefitLines(collaboration, today, t),
      ...(comments.length ? [textBlock(t.status.comments, { size: 'Medium', weight: 'Bolder', spacing: 'Large' }), ...comments] : [])
    ],
    [commandButton(t.help.buttonStatus, t.help.commandStatus)]
  ), update);
}
