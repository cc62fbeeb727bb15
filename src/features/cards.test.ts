// The package's ESM build does not load in Node; its UMD bundle does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { TEAMS_MESSAGE_BUDGET, teamsSize, type AdaptiveCard, type CardElement } from '../core/card';
import type { CardSample } from '../core/module';
import { sampleData } from '../cards/samples';
import { catalogues } from '.';
import { modules } from './index';

/**
 * Card quality over every card every module builds, in every language, with realistic and hostile
 * data (cards/samples.ts): what Teams renders and what WCAG asks.
 */
const samples: [string, CardSample][] = Object.entries(catalogues).flatMap(([language, t]) =>
  modules.flatMap((m) => (m.cardSamples?.(t) ?? []).map((s): [string, CardSample] => [`${m.name}: ${s.name} (${language})`, s]))
);

const SRC = join(__dirname, '..');
const sourceFiles = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sourceFiles(join(dir, e.name)) : e.name.endsWith('.ts') && !e.name.endsWith('.test.ts') ? [join(dir, e.name)] : []
  );

/** Every exported card builder, found in the source so a new one needs no list to be checked. */
const builders = [...sourceFiles(join(SRC, 'features')), ...sourceFiles(join(SRC, 'cards'))].flatMap((file) =>
  [...readFileSync(file, 'utf8').matchAll(/^export (?:function|const) (\w+Card)\b/gm)].map(([, name]) => ({
    name: `${relative(SRC, file)}: ${name}`,
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    builder: require(file)[name] as unknown
  }))
);

it('has a sample from every card builder any module exports', () => {
  expect(builders.length).toBeGreaterThanOrEqual(29);
  const sampled = new Set(samples.map(([, s]) => s.builder));
  expect(builders.filter((b) => !sampled.has(b.builder as CardSample['builder'])).map((b) => b.name)).toEqual([]);
});

function elements(card: AdaptiveCard): CardElement[] {
  const all: CardElement[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      if (typeof (value as CardElement).type === 'string') all.push(value as CardElement);
      Object.values(value).forEach(visit);
    }
  };
  visit(card.body);
  return all;
}

/** The texts Teams renders as markdown: TextBlocks and facts (inputs, choices and buttons show text as is). */
function markdown(card: AdaptiveCard): string[] {
  return elements(card).flatMap((e) => {
    if (e.type === 'TextBlock') return [e.text as string];
    if (e.type === 'FactSet') return (e.facts as { title: string; value: string }[]).flatMap((f) => [f.title, f.value]);
    return [];
  });
}

/** Every action of a card with its title: buttons, buttons in ActionSets and the `selectAction` of rows. */
function actionTitles(card: AdaptiveCard): string[] {
  const titles: string[] = [];
  const visit = (value: unknown) => {
    if (Array.isArray(value)) value.forEach(visit);
    else if (value && typeof value === 'object') {
      const { type, title } = value as { type?: unknown; title?: unknown };
      if (typeof type === 'string' && type.startsWith('Action.')) titles.push(typeof title === 'string' ? title.trim() : '');
      Object.values(value).forEach(visit);
    }
  };
  visit([card.body, card.actions ?? []]);
  return titles;
}

/**
 * Text and background colours of the Microsoft 365 Agents Playground 0.2.28 (Teams' light host
 * config), as #aarrggbb like the host config itself; the browser run measures the real thing.
 */
const HOST = {
  background: { default: '#ffffff', emphasis: '#f9f8f7', accent: '#c7def9', good: '#ccffcc', attention: '#ffc5b2', warning: '#ffe2b2' },
  text: {
    default: ['#ff252424', '#bf252424'],
    dark: ['#ff252424', '#bf252424'],
    light: ['#ffffffff', '#fff3f2f1'],
    accent: ['#ff6264a7', '#ff8b8cc7'],
    good: ['#ff92c353', '#e592c353'],
    warning: ['#fff8d22a', '#e5f8d22a'],
    attention: ['#ffc4314b', '#e5c4314b']
  }
} as const;

const channels = (hex: string) => [1, 3, 5, 7].map((i) => parseInt(hex.slice(i, i + 2), 16)).filter((n) => !Number.isNaN(n));

/** WCAG 2.x contrast ratio of text (#aarrggbb, blended onto the background) on a background (#rrggbb). */
function contrast(text: string, background: string): number {
  const [alpha, ...rgb] = channels(text);
  const bg = channels(background);
  const luminance = (c: number[]) =>
    c.map((v) => v / 255).map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4)).reduce((sum, v, i) => sum + v * [0.2126, 0.7152, 0.0722][i], 0);
  const blended = rgb.map((v, i) => (alpha / 255) * v + (1 - alpha / 255) * bg[i]);
  const [hi, lo] = [luminance(blended), luminance(bg)].sort((a, b) => b - a);
  return (hi + 0.05) / (lo + 0.05);
}

/** Every TextBlock with the background it stands on: the nearest container, column or cell style. */
function textsOnBackground(card: AdaptiveCard): { text: string; ratio: number }[] {
  const found: { text: string; ratio: number }[] = [];
  const visit = (value: unknown, background: keyof typeof HOST.background) => {
    if (Array.isArray(value)) return value.forEach((v) => visit(v, background));
    if (!value || typeof value !== 'object') return;
    const element = value as CardElement;
    const here = typeof element.style === 'string' && element.style in HOST.background && !element.type.startsWith('Input.') && !element.type.startsWith('Action.')
      ? (element.style as keyof typeof HOST.background)
      : background;
    if (element.type === 'TextBlock') {
      const colours = HOST.text[(element.color as keyof typeof HOST.text | undefined) ?? 'default'];
      found.push({ text: String(element.text), ratio: contrast(colours[element.isSubtle ? 1 : 0], HOST.background[here]) });
    }
    Object.values(element).forEach((v) => visit(v, here));
  };
  visit(card.body, 'default');
  return found;
}

describe.each(samples)('%s', (_name, { card }) => {
  it('is Adaptive Card 1.5 that the official parser reads without complaint', () => {
    expect(card.version).toBe('1.5');
    const context = new AC.SerializationContext();
    new AC.AdaptiveCard().parse(card, context);
    const events = Array.from({ length: context.eventCount }, (_, i) => context.getEventAt(i).message as string);
    // Teams' chart elements are unknown to the reference parser; each must carry a fallback instead.
    expect(events.filter((e) => !/^Unknown element type "Chart\./.test(e))).toEqual([]);
  });

  it('gives every chart a fallback that the parser does know', () => {
    for (const chart of elements(card).filter((e) => e.type.startsWith('Chart.'))) {
      const fallback = chart.fallback as AdaptiveCard['body'][number];
      expect(['FactSet', 'Table']).toContain(fallback?.type);
      const context = new AC.SerializationContext();
      new AC.AdaptiveCard().parse({ ...card, body: [fallback] }, context);
      expect(context.eventCount).toBe(0);
    }
  });

  it('labels every input and explains every required one', () => {
    for (const input of elements(card).filter((e) => e.type.startsWith('Input.'))) {
      expect(typeof input.label === 'string' && input.label.length > 0).toBe(true);
      if (input.isRequired) expect(input.errorMessage).toEqual(expect.any(String));
    }
  });

  it('names every action after what it does, each differently (a screen reader lists them out of their row)', () => {
    const titles = actionTitles(card);
    expect(titles.filter((title) => title === '')).toEqual([]);
    expect(titles.filter((title, i) => titles.indexOf(title) !== i)).toEqual([]);
  });

  it('writes every text at 4.5:1 or more against its background in Teams’ colours, so colour is never text that cannot be read', () => {
    expect(textsOnBackground(card).filter(({ ratio }) => ratio < 4.5).map(({ text, ratio }) => `${text.slice(0, 40)}: ${ratio.toFixed(2)}:1`)).toEqual([]);
  });

  it('never lets a coloured background alone carry meaning: each holds a word or a shape', () => {
    const coloured = elements(card).filter((e) => ['good', 'warning', 'attention'].includes(e.style as string) && !e.type.startsWith('Action.'));
    for (const element of coloured) expect(markdown({ ...card, body: [element] }).join('').trim()).not.toBe('');
  });

  it('stays under 80 KB as Teams counts it (UTF-16), well inside its message limit', () => {
    expect(teamsSize(card)).toBeLessThanOrEqual(TEAMS_MESSAGE_BUDGET);
  });

  it('never renders someone’s text as a markdown link or image, and escapes it only once', () => {
    expect(markdown(card).filter((text) => text.includes('](https://evil.example'))).toEqual([]);
    expect(markdown(card).filter((text) => text.includes('\\\\['))).toEqual([]);
    expect(markdown(card).filter((text) => /\]\(https?:|<https?:|https?:\/\/|\bwww\./.test(text))).toEqual([]);
  });

  it('hides nothing in someone’s text: no bidi overrides or zero-width characters', () => {
    expect(JSON.stringify({ body: card.body, actions: card.actions })).not.toMatch(/[\u200B-\u200D\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/);
  });
});

it('asks every template question in the check-in form, required ones marked', () => {
  const { version } = sampleData();
  const [, { card }] = samples.find(([name]) => name === 'checkIn: check-in form (nb)')!;
  const form = elements(card).filter((e) => e.type.startsWith('Input.'));
  expect(form.map((e) => e.id)).toEqual(version.questions.map((q) => q.key));
  expect(form.filter((e) => e.isRequired).map((e) => e.id)).toEqual(['overall', 'goals', 'quality', 'economy', 'benefits', 'trust', 'control', 'anchoring', 'capacity']);
});
