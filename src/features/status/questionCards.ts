import { card, commandButton, heading, largestFitting, plain, table, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import { colourChip, meanCell, openingRow } from '../../cards/answers';
import type { ExecutiveQuestion } from '../../domain/flags';
import type { Collaboration, Network } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import { notFittingLine, STATUS_SHOW } from './cards';

export interface Answered {
  collaboration: Collaboration;
  network: Network;
  /** What the leaders wrote that answers the question (reasons, decisions, results). */
  texts: string[];
}

/** The collaboration as a row that opens its status; what the leaders wrote follows below it. */
function line(item: Answered, t: Catalogue): CardElement {
  const colour = item.collaboration.status.periods[0]?.overall;
  const name = `${plain(item.collaboration.name)} (${plain(item.network.name)})${colour ? ` – ${t.colour[colour]}` : ''}`;
  return {
    type: 'Container',
    spacing: 'Medium',
    items: [
      openingRow(
        [colourChip(colour), { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [textBlock(name, { weight: 'Bolder' })] }],
        t.status.open,
        { verb: STATUS_SHOW, networkId: item.network.id, collaborationId: item.collaboration.id }
      ),
      ...item.texts.map((text) => textBlock(plain(text), { spacing: 'None' }))
    ]
  };
}

/** «hva er rødt?», «hva trenger beslutning?», «hva kan vi feire?» across the user's networks. */
export function questionCard(question: ExecutiveQuestion, items: Answered[], t: Catalogue): AdaptiveCard {
  const lines = items.map((item) => line(item, t));
  return largestFitting(lines.length, (n) => card([
    heading(t.questions.title[question]),
    textBlock(t.questions.count(items.length), { isSubtle: true, spacing: 'None' }),
    ...lines.slice(0, n),
    ...notFittingLine(lines.length - n, t)
  ]));
}

export interface TrendRow {
  collaboration: Collaboration;
  network: Network;
  now?: number;
  previous?: number;
}

/** «trend tillit»: one dimension across every collaboration, weakest first. */
export function trendCard(dimension: string, rows: TrendRow[], t: Catalogue): AdaptiveCard {
  const cells = rows.map((row) => [
    `${plain(row.collaboration.name)} (${plain(row.network.name)})`,
    meanCell(row.now, row.previous, t.notAnswered, t),
    row.previous === undefined ? t.notAnswered : t.score(row.previous)
  ]);
  return largestFitting(cells.length, (n) => card([
    heading(t.questions.trendTitle(dimension)),
    textBlock(t.questions.trendSubtitle, { isSubtle: true, spacing: 'None' }),
    table([4, 1, 1], [[t.questions.collaboration, t.status.now, t.status.previous], ...cells.slice(0, n)]),
    ...notFittingLine(cells.length - n, t)
  ]));
}

/** A sentence named several municipalities or networks: one button each, sending `status <name>`. */
export function chooseNamedCard(title: string, commands: readonly string[]): AdaptiveCard {
  return card([textBlock(title, { weight: 'Bolder' }), { type: 'ActionSet', actions: commands.map((command) => commandButton(command, command)) }]);
}
