// The package's ESM build does not load in Node; its UMD bundle does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { AdaptiveCard, CardElement } from '../core/card';
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

  it('stays under 80 KB, well inside Teams’ message limit', () => {
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(80 * 1024);
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
