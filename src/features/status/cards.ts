import { card, commandButton, heading, plain, submitButton, textBlock, type AdaptiveCard, type CardElement } from '../../cards/adaptive';
import { COLOUR_STYLE, displayAnswer, periodName } from '../../cards/answers';
import { isOverdue } from '../../domain/period';
import { direction } from '../../domain/status';
import type { TemplateVersion } from '../../domain/template';
import type { Collaboration, Colour, Network, PeriodSummary } from '../../domain/types';
import type { Catalogue } from '../../i18n/nb';

export const STATUS_SHOW = 'status.show';

/** One line of the overview: what a chief executive scans for. */
export interface OverviewRow {
  collaboration: Collaboration;
  latest?: PeriodSummary;
  overdue: boolean;
}

export function overviewRows(collaborations: Collaboration[], now: Date): OverviewRow[] {
  return collaborations.map((collaboration) => {
    const latest = collaboration.status.periods[0];
    return {
      collaboration,
      latest,
      overdue: isOverdue(collaboration.cadence, latest?.period, collaboration.reportingSince, now)
    };
  });
}

const SEVERITY: Record<Colour, number> = { red: 0, yellow: 1, green: 3 };

/** Red first, then yellow, then overdue, then the rest: what needs attention comes on top. */
function severity(row: OverviewRow): number {
  if (!row.latest) return row.overdue ? 2 : 4;
  return Math.min(SEVERITY[row.latest.overall], row.overdue ? 2 : 3);
}

function overviewLine(row: OverviewRow, network: Network, t: Catalogue): CardElement {
  const colour = row.latest?.overall;
  const notes = [
    row.latest ? t.status.last(periodName(row.latest.period, t)) : t.status.never,
    ...(row.overdue ? [t.status.overdue] : []),
    ...(row.latest?.decisionNeeded ? [t.status.decision] : [])
  ];
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
          textBlock(`${row.collaboration.name}${colour ? ` – ${t.colour[colour]}` : ''}`, { weight: 'Bolder' }),
          textBlock(notes.join(' · '), {
            spacing: 'None',
            size: 'Small',
            color: row.overdue || row.latest?.decisionNeeded ? 'attention' : 'default',
            isSubtle: !(row.overdue || row.latest?.decisionNeeded)
          })
        ]
      }
    ]
  };
}

/** `status`: every collaboration of one network with its colour, last check-in and an overdue marker. */
export function overviewCard(network: Network, rows: OverviewRow[], t: Catalogue): AdaptiveCard {
  const sorted = [...rows].sort(
    (a, b) => severity(a) - severity(b) || a.collaboration.name.localeCompare(b.collaboration.name, 'nb')
  );
  const count = (colour: Colour) => rows.filter((r) => r.latest?.overall === colour).length;
  return card(
    [
      heading(t.status.overviewTitle(network.name)),
      textBlock(t.status.counts(rows.length, count('red'), count('yellow'), rows.filter((r) => r.overdue).length), {
        isSubtle: true,
        spacing: 'None'
      }),
      ...sorted.map((row) => overviewLine(row, network, t))
    ],
    [commandButton(t.help.buttonCheckIn, t.help.commandCheckIn)]
  );
}

const ARROW = { up: '↑', down: '↓', same: '→' } as const;

function comparisonTable(version: TemplateVersion, now: PeriodSummary, previous: PeriodSummary | undefined, t: Catalogue): CardElement {
  const cell = (text: string, options: Record<string, unknown> = {}) => ({
    type: 'TableCell',
    items: [textBlock(text, options)]
  });
  const row = (label: string, current: string, before: string, options: Record<string, unknown> = {}) => ({
    type: 'TableRow',
    cells: [cell(label), cell(current, options), cell(before)]
  });
  const scaleRows = version.questions
    .filter((q) => q.kind === 'scale')
    .map((q) => {
      const value = now.means[q.key];
      const before = previous?.means[q.key];
      const arrow = direction(value, before);
      return row(
        q.short,
        value === undefined ? t.dontKnow : `${value.toFixed(1)}${arrow ? ` ${ARROW[arrow]}` : ''}`,
        before === undefined ? t.notAnswered : before.toFixed(1),
        arrow === 'down' ? { color: 'attention' } : {}
      );
    });
  return {
    type: 'Table',
    firstRowAsHeaders: true,
    showGridLines: false,
    columns: [{ width: 4 }, { width: 1 }, { width: 1 }],
    rows: [
      row(t.status.question, t.status.now, t.status.previous, { weight: 'Bolder' }),
      row(t.status.overall, t.colour[now.overall], previous ? t.colour[previous.overall] : t.notAnswered, {
        color: COLOUR_STYLE[now.overall]
      }),
      row(t.status.economy, now.economy ? t.economy[now.economy] : t.notAnswered, previous?.economy ? t.economy[previous.economy] : t.notAnswered),
      ...scaleRows
    ]
  };
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

/** `status <samarbeid>`: the latest answers against the previous period. */
export function detailCard(network: Network, collaboration: Collaboration, version: TemplateVersion, t: Catalogue): AdaptiveCard {
  const [now, previous] = collaboration.status.periods;
  const comments = leaderComments(collaboration, version, t);
  return card(
    [
      heading(t.status.detailTitle(collaboration.name)),
      textBlock(t.status.detailSubtitle(network.name, periodName(now.period, t), now.respondents), { isSubtle: true, spacing: 'None' }),
      ...(now.decisionNeeded ? [textBlock(t.status.decision, { color: 'attention', weight: 'Bolder' })] : []),
      comparisonTable(version, now, previous?.period ? previous : undefined, t),
      ...(comments.length ? [textBlock(t.status.comments, { size: 'Medium', weight: 'Bolder', spacing: 'Large' }), ...comments] : [])
    ],
    [commandButton(t.help.buttonStatus, t.help.commandStatus)]
  );
}
