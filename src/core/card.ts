import { visible } from '../domain/text';
import { deepFreeze } from './freeze';

/**
 * Small builders for Adaptive Card 1.5 JSON (the newest version Teams renders for bots).
 * Cards are plain data so every builder stays a pure function that tests can inspect.
 */

export type CardElement = Record<string, unknown> & { type: string };
export type ActionElement = Record<string, unknown> & { type: string; title: string };

export interface AdaptiveCard {
  type: 'AdaptiveCard';
  $schema: string;
  version: '1.5';
  body: CardElement[];
  actions?: ActionElement[];
  /** Universal Actions: Teams asks the bot for a fresh card when someone opens it (1:1 chats). */
  refresh?: { action: ActionElement };
  msteams?: { width: 'Full' };
}

/**
 * Teams refuses a bot message over about 100 KB counted as UTF-16 (413 MessageSizeTooBig) and
 * advises keeping to 80 KB; Sampuls holds every message to that.
 */
export const TEAMS_MESSAGE_BUDGET = 80 * 1024;

/** Sizes of the cards `shared` froze: they cannot change, so each is measured once. */
const sharedSizes = new WeakMap<object, number>();

/** A message's size as Teams counts it: UTF-16, two bytes for each character of its JSON. */
export const teamsSize = (value: unknown): number =>
  (typeof value === 'object' && value !== null && sharedSizes.get(value)) || 2 * JSON.stringify(value).length;

/** A card later turns will show again, frozen all the way down so none of them can change it, and measured once. */
export function shared(built: AdaptiveCard): AdaptiveCard {
  sharedSizes.set(deepFreeze(built), 2 * JSON.stringify(built).length);
  return built;
}

/** What an element adds to a card's size: itself and the comma after it. */
export const elementSize = (element: CardElement): number => teamsSize(element) + 2;

/** The longest start of `items` whose sizes fit in `room` bytes, for lists that grow with a network; the caller says what was left out. */
export function fitting<T>(items: T[], sizeOf: (item: T) => number, room: number): T[] {
  let used = 0;
  const end = items.findIndex((item) => (used += sizeOf(item)) > room);
  return end < 0 ? items : items.slice(0, end);
}

/**
 * The card `build(n)` makes from the first n of `count` items, with the largest n Teams accepts.
 * For lists that grow with a network; `build` says how many were left out when n < count.
 */
export function largestFitting(count: number, build: (shown: number) => AdaptiveCard): AdaptiveCard {
  const fits = (built: AdaptiveCard) => teamsSize(built) <= TEAMS_MESSAGE_BUDGET;
  const whole = build(count);
  if (fits(whole)) return whole;
  let low = 0; // an empty list always fits: the frame is a heading and a line or two
  let high = count - 1;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(build(middle))) low = middle;
    else high = middle - 1;
  }
  return build(low);
}

export function card(body: CardElement[], actions: ActionElement[] = []): AdaptiveCard {
  return {
    type: 'AdaptiveCard',
    $schema: 'http://adaptivecards.io/schemas/adaptive-card.json',
    version: '1.5',
    body,
    ...(actions.length ? { actions } : {}),
    msteams: { width: 'Full' }
  };
}

/**
 * Every text from outside (answers, names from Teams, channel and team names, logged values)
 * shown as typed. TextBlocks and facts interpret a markdown subset and Teams links URLs, so
 * invisible characters go, a URL's «://» and «www.» are defanged to «[:]//» and «www[.]», and
 * characters that could make a link, an autolink, emphasis or a list are escaped.
 */
export function plain(text: string): string {
  return visible(text)
    .replace(/([a-z][a-z0-9+.-]*):\/\//gi, '$1[:]//')
    .replace(/\bwww\./gi, 'www[.]')
    .replace(/([\\`*_[\]()~<>])/g, '\\$1')
    .replace(/^(\s*)([-+])(\s)/gm, '$1\\$2$3')
    .replace(/^(\s*)(\d+)\.(\s)/gm, '$1$2\\.$3');
}

/** Echoing a whole paragraph back helps nobody; the start is enough to recognise it. */
export const shorten = (text: string, max = 60) => (text.length > max ? `${text.slice(0, max - 3)}…` : text);

export function heading(text: string): CardElement {
  return { type: 'TextBlock', text, size: 'Large', weight: 'Bolder', wrap: true, style: 'heading' };
}

export function textBlock(text: string, options: Record<string, unknown> = {}): CardElement {
  return { type: 'TextBlock', text, wrap: true, ...options };
}

/** Titles come from the catalogue or templates; values may be someone's answer and are escaped. */
export function facts(rows: [string, string][]): CardElement {
  return { type: 'FactSet', facts: rows.map(([title, value]) => ({ title, value: plain(value) })) };
}

/** A table cell: plain text, or text with TextBlock options such as weight, and a container style for its background. */
export type Cell = string | { text: string; options: Record<string, unknown>; style?: string };

/**
 * Characters across the narrowest place Teams shows a full-width card (a phone held upright):
 * a column narrower than its longest word would break that word in the middle.
 */
const NARROW_CARD_CHARACTERS = 48;

/** Longer words come from outside (names, answers); they may break rather than squeeze every other column. */
const MAX_WORD = 20;

/** The longest run of characters a line may not break inside; «1 500 000 kr» keeps its no-break spaces. */
const longestWord = (text: string) => Math.min(MAX_WORD, Math.max(0, ...text.split(/[ \t\n-]+/).map((word) => word.length)));

/**
 * Relative column widths: the ones asked for, widened where a column's longest word (its header
 * usually) would not fit on a narrow card, so headers such as «Innbyggere» never break mid-word.
 */
export function columnWidths(widths: number[], rows: Cell[][]): number[] {
  const total = widths.reduce((sum, w) => sum + w, 0);
  const text = (cell: Cell | undefined) => (cell === undefined ? '' : typeof cell === 'string' ? cell : cell.text);
  const shares = widths.map((w, i) => Math.max(w / total, (Math.max(...rows.map((row) => longestWord(text(row[i])))) + 1) / NARROW_CARD_CHARACTERS));
  const sum = shares.reduce((a, b) => a + b, 0);
  return shares.map((share) => Math.max(1, Math.round((share / sum) * 100)));
}

/** A table with relative column widths; the first row is its header, in bold. */
export function table(widths: number[], rows: Cell[][]): CardElement {
  const cell = (value: Cell, header: boolean) => {
    const { text, options, style } = typeof value === 'string' ? { text: value, options: {}, style: undefined } : value;
    return { type: 'TableCell', ...(style ? { style } : {}), items: [textBlock(text, header ? { weight: 'Bolder', ...options } : options)] };
  };
  return {
    type: 'Table',
    firstRowAsHeaders: true,
    showGridLines: false,
    columns: columnWidths(widths, rows).map((width) => ({ width })),
    rows: rows.map((cells, i) => ({ type: 'TableRow', cells: cells.map((c) => cell(c, i === 0)) }))
  };
}

/** A button that behaves as if the user typed the command, so it shows in the chat. */
export function commandButton(title: string, command: string): ActionElement {
  return { type: 'Action.Submit', title, data: { msteams: { type: 'imBack', value: command } } };
}

/** An Action.Execute (Universal Action) answered with a new card for the person who pressed it. */
export function executeButton(title: string, verb: string, data: Record<string, unknown>): ActionElement {
  return { type: 'Action.Execute', title, verb, data };
}

/** Makes a card refresh itself through the given Action.Execute when it is opened. */
export function refreshing(card: AdaptiveCard, action: ActionElement): AdaptiveCard {
  return { ...card, refresh: { action }, actions: [...(card.actions ?? []), action] };
}

/** A button whose data is validated on the server like any other input. */
export function submitButton(title: string, data: Record<string, unknown>, style?: 'positive'): ActionElement {
  return { type: 'Action.Submit', title, data, ...(style ? { style } : {}) };
}
