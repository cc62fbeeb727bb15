import type { BenefitAnswer, BenefitsPlan, PlannedBenefit } from '../domain/benefits';
import { parsePeriod } from '../domain/period';
import type { Question, TemplateVersion } from '../domain/template';
import type { Answers, Colour, Economy } from '../domain/types';
import type { Catalogue } from '../core/i18n/catalogue';
import { direction } from '../domain/status';
import { facts, plain, textBlock, type CardElement, type Cell } from '../core/card';

/** How one stored answer reads on a card. */
export function displayAnswer(question: Question, value: Answers[string] | undefined, t: Catalogue): string {
  if (value === undefined || value === '') return t.notAnswered;
  switch (question.kind) {
    case 'colour':
      return t.colour[value as Colour] ?? String(value);
    case 'economy':
      return t.economy[value as Economy] ?? String(value);
    case 'scale':
      return value === null ? t.dontKnow : `${value} – ${t.scale[Number(value) - 1]}`;
    case 'yesno':
      return value ? t.yes : t.no;
    case 'text':
      return String(value);
  }
}

/** Every answered question of a check-in as label → answer, in template order (the colour is shown on its own). */
export function answerFacts(version: TemplateVersion, answers: Answers, t: Catalogue): CardElement {
  return facts(
    version.questions
      .filter((q) => q.kind !== 'colour' && answers[q.key] !== undefined && answers[q.key] !== '')
      .map((q) => [q.short, displayAnswer(q, answers[q.key], t)])
  );
}

/**
 * A traffic light as Adaptive Card container styles: a pale background under dark text. In Teams'
 * host config green and yellow *text* reach only 2.1:1 and 1.5:1 on white (WCAG AA asks 4.5:1),
 * so a status colour is never a text colour (docs/accessibility.md).
 */
export const COLOUR_STYLE: Record<Colour, 'good' | 'warning' | 'attention'> = {
  green: 'good',
  yellow: 'warning',
  red: 'attention'
};

/** A shape for each colour, so the colour is never the only carrier of meaning. */
export const COLOUR_SYMBOL: Record<Colour, string> = { green: '●', yellow: '▲', red: '■' };

/** A colour as people read it without seeing colour: «▲ Gul». */
export const colourText = (colour: Colour, t: Catalogue): string => `${COLOUR_SYMBOL[colour]} ${t.colour[colour]}`;

/** A traffic light as a small column: its shape in dark text on the colour's pale background («○» when none). */
export function colourChip(colour: Colour | undefined, size: 'Medium' | 'Large' = 'Medium'): CardElement {
  return {
    type: 'Column',
    width: 'auto',
    verticalContentAlignment: 'Center',
    ...(colour ? { style: COLOUR_STYLE[colour] } : {}),
    items: [textBlock(colour ? COLOUR_SYMBOL[colour] : '○', { size, horizontalAlignment: 'Center' })]
  };
}

/** A traffic light as a chip beside the written colour. */
export function colourBadge(colour: Colour, t: Catalogue): CardElement {
  return {
    type: 'ColumnSet',
    columns: [
      colourChip(colour, 'Large'),
      { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [textBlock(t.colour[colour], { weight: 'Bolder', size: 'Medium' })] }
    ]
  };
}

/** The words of a row as a screen reader should hear them: its texts with letters or digits, markdown escapes undone. */
function rowWords(columns: CardElement[]): string {
  return columns
    .flatMap((column) => (column.items as CardElement[]).filter((e) => e.type === 'TextBlock').map((e) => String(e.text)))
    .filter((text) => /[\p{L}\p{N}]/u.test(text))
    .map((text) => text.replace(/\\(.)/g, '$1'))
    .join(' ');
}

/**
 * A list row that opens something: one button with a chevron, so it looks like it can be pressed.
 * Its name is what it opens plus the words it shows («Åpne Lønn – Gul»): WCAG 2.5.3 wants the
 * visible words inside the name. Keep one line of text in it: axe reads the text of stacked blocks
 * run together («GulSist») and then finds the name does not match; details go below the row.
 */
export function openingRow(columns: CardElement[], name: (words: string) => string, data: Record<string, unknown>): CardElement {
  return {
    type: 'ColumnSet',
    spacing: 'Small',
    selectAction: { type: 'Action.Submit', title: name(rowWords(columns)), data },
    columns: [...columns, { type: 'Column', width: 'auto', verticalContentAlignment: 'Center', items: [textBlock('›', { size: 'Large' })] }]
  };
}

const ARROW = { up: '↑', down: '↓', same: '→' } as const;

/** A period mean with an arrow against the one before; a fall is shown in the attention colour. */
export function meanCell(now: number | undefined, previous: number | undefined, missing: string, t: Catalogue): Cell {
  const arrow = direction(now, previous);
  const text = now === undefined ? missing : `${t.score(now)}${arrow ? ` ${ARROW[arrow]}` : ''}`;
  return arrow === 'down' ? { text, options: { color: 'attention' } } : text;
}

export const periodName = (key: string, t: Catalogue): string => {
  const parsed = parsePeriod(key);
  return parsed ? t.period(parsed) : key;
};

export const periodShortName = (key: string, t: Catalogue): string => {
  const parsed = parsePeriod(key);
  return parsed ? t.periodShort(parsed) : key;
};

/** A benefit answer as it reads on a card: the value reached against the target, then the colour and the comment given. */
export function displayBenefitAnswer(benefit: PlannedBenefit, answer: BenefitAnswer, t: Catalogue): string {
  return [
    ...(answer.value === undefined ? [] : [t.benefits.answerValue(t.benefits.number(answer.value), t.benefits.number(benefit.target))]),
    ...(answer.colour ? [colourText(answer.colour, t)] : []),
    ...(answer.comment ? [answer.comment] : [])
  ].join(' – ');
}

/** A check-in's benefit answers under their own heading: indicator → answer, in the plan's order; nothing when none were given. */
export function benefitAnswerFacts(plan: BenefitsPlan | undefined, answers: Record<string, BenefitAnswer> | undefined, t: Catalogue): CardElement[] {
  const answered = (plan?.benefits ?? []).filter((b) => answers?.[b.id]);
  if (answered.length === 0) return [];
  return [
    textBlock(t.benefits.checkInHeading, { weight: 'Bolder', spacing: 'Medium' }),
    facts(answered.map((b) => [plain(b.indicator), displayBenefitAnswer(b, answers![b.id], t)]))
  ];
}
