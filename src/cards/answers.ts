import { parsePeriod } from '../domain/period';
import type { Question, TemplateVersion } from '../domain/template';
import type { Answers, Colour, Economy } from '../domain/types';
import type { Catalogue } from '../core/i18n/catalogue';
import { direction } from '../domain/status';
import { facts, textBlock, type CardElement, type Cell } from '../core/card';

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

/** Adaptive Card colour names for a traffic-light status. */
export const COLOUR_STYLE: Record<Colour, 'good' | 'warning' | 'attention'> = {
  green: 'good',
  yellow: 'warning',
  red: 'attention'
};

/**
 * A traffic light as a coloured dot beside the written colour: yellow text on white is hard to
 * read, and the word carries the meaning for anyone who cannot tell the colours apart.
 */
export function colourBadge(colour: Colour, t: Catalogue): CardElement {
  return {
    type: 'ColumnSet',
    columns: [
      { type: 'Column', width: 'auto', items: [textBlock('●', { color: COLOUR_STYLE[colour], size: 'Large' })] },
      { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [textBlock(t.colour[colour], { weight: 'Bolder', size: 'Medium' })] }
    ]
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
