import damerauLevenshtein from 'damerau-levenshtein';

/**
 * Loose name matching for what people type: "lønn", "lønnssamarbeidet", "Lønn IN",
 * "barnevernet". Pure so it can be tested against the reports' own wording.
 */

export interface Named {
  name: string;
  aliases?: string[];
}

export interface NameMatch<T> {
  item: T;
  score: number;
}

export function normalize(text: string): string {
  return text
    .toLocaleLowerCase('nb-NO')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * The form names are compared in: people without a Norwegian keyboard write «lonn», «loenn»,
 * «tromsoe», «aasnes». Both sides are folded the same way, so «Lønn», «lonn» and «loenn» all
 * become «lonn»; other accents go too («kafé» → «kafe»).
 */
export function fold(text: string): string {
  return normalize(text)
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/aa/g, 'a')
    .replace(/oe/g, 'o');
}

/** The same name however it was typed: «lonn» is «Lønn», «Indre namdal» is «Indre Namdal». */
export function sameName(a: string, b: string): boolean {
  return fold(a) === fold(b);
}

/** True when the query is the item's name or one of its aliases, not merely close to one. */
export function isNamed(query: string, item: Named): boolean {
  return [item.name, ...(item.aliases ?? [])].some((name) => sameName(query, name));
}

/** Words that say "collaboration" rather than which one. */
const NOISE = new Set(['samarbeid', 'samarbeidet', 'samarbeidsområde', 'interkommunalt', 'felles', 'the', 'og', 'i'].map(fold));
/**
 * Norwegian compound and definite endings: "lønnssamarbeidet" → "lønn", "barnevernet" → "barnevern",
 * "legevakta" (nynorsk) → "legevakt", "legevaktene" → "legevakt".
 */
const SUFFIXES = ['ssamarbeidet', 'samarbeidet', 'ssamarbeid', 'samarbeid', 'tjenesten', 'tjeneste', 'ene', 'ane', 'et', 'en', 'a'];

function stem(word: string): string {
  for (const suffix of SUFFIXES) {
    if (word.length - suffix.length >= 3 && word.endsWith(suffix)) return word.slice(0, -suffix.length);
  }
  return word;
}

/** A word as typed (folded) and stemmed. */
export interface Word {
  raw: string;
  stem: string;
}

/** Each word as typed and stemmed: a typo can break the stem («barnevren» → «barnevr»), so both are compared. */
export function tokens(text: string): Word[] {
  return fold(text)
    .split(' ')
    .filter((w) => w && !NOISE.has(w))
    .map((raw) => ({ raw, stem: stem(raw) }));
}

/** Damerau–Levenshtein: swapping two neighbouring letters («barnevren») is one typo, as people make it. */
export function similarity(a: string, b: string): number {
  return a.length === 0 && b.length === 0 ? 0 : damerauLevenshtein(a, b).similarity;
}

/** How well the query names this text: 1 exact, ~0.9 all words found, lower for typos. */
function scoreText(query: string, text: string): number {
  if (sameName(query, text)) return 1;
  const wanted = tokens(query);
  const offered = tokens(text);
  if (wanted.length === 0 || offered.length === 0) return 0;
  const perWord = wanted.map((w) =>
    Math.max(
      ...offered.map((o) =>
        o.stem === w.stem
          ? 1
          : o.stem.startsWith(w.stem) && w.stem.length >= 3
            ? 0.9
            : Math.max(similarity(w.stem, o.stem), similarity(w.raw, o.raw))
      )
    )
  );
  const mean = perWord.reduce((a, b) => a + b, 0) / perWord.length;
  // Below an exact name or alias (1), so a collaboration called just «Lønn» wins over «Personal, HR og lønn».
  return Math.min(...perWord) < 0.6 ? 0 : mean * 0.9;
}

export const MATCH_THRESHOLD = 0.75;

/** Candidates ranked best first; only those above the threshold. */
export function matchByName<T extends Named>(query: string, items: readonly T[]): NameMatch<T>[] {
  return items
    .map((item) => ({
      item,
      score: Math.max(scoreText(query, item.name), ...(item.aliases ?? []).map((a) => scoreText(query, a)))
    }))
    .filter((m) => m.score >= MATCH_THRESHOLD)
    .sort((a, b) => b.score - a.score);
}

export type Resolution<T> =
  | { kind: 'one'; item: T }
  | { kind: 'several'; items: T[] }
  | { kind: 'none'; suggestions: T[] };

/**
 * One clear winner, several equally good (ask which), or none (offer the nearest names).
 * A clear winner beats the runner-up by a margin so "lønn" does not silently pick between networks.
 */
export function resolveName<T extends Named>(query: string, items: readonly T[]): Resolution<T> {
  const matches = matchByName(query, items);
  if (matches.length === 0) {
    const nearest = items
      .map((item) => ({ item, score: scoreText(query, item.name) || similarity(fold(query), fold(item.name)) }))
      .filter((m) => m.score >= 0.4)
      .sort((a, b) => b.score - a.score)
      .slice(0, 3)
      .map((m) => m.item);
    return { kind: 'none', suggestions: nearest };
  }
  const best = matches[0].score;
  const tied = matches.filter((m) => best - m.score < 0.05).map((m) => m.item);
  return tied.length === 1 ? { kind: 'one', item: tied[0] } : { kind: 'several', items: tied };
}
