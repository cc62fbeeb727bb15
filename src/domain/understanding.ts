import damerauLevenshtein from 'damerau-levenshtein';
import { fold, similarity, tokens, type Named, type Word } from './matching';

/**
 * Reading what people type in plain words, without a language model: what a sentence is about
 * («Hvordan går det med legevakten?» is about Legevakt), and which commands a message that fits
 * none is likeliest to mean. Pure, so each rule can be tested on the sentences people wrote.
 */

/**
 * Short words of bokmål, nynorsk and English that never name anything on their own, so the
 * English «it» is not SuksIT's alias «IT» and «i» is not a name. Longer names may contain them.
 */
const FUNCTION_WORDS = new Set(
  [
    'i', 'it', 'er', 'et', 'en', 'ei', 'eit', 'og', 'på', 'av', 'om', 'til', 'for', 'med', 'det', 'den', 'de', 'dei', 'du', 'jeg', 'eg',
    'vi', 'me', 'meg', 'oss', 'hva', 'kva', 'hvem', 'kven', 'hvordan', 'korleis', 'går', 'har', 'ikke', 'ikkje', 'nå', 'no',
    'is', 'in', 'on', 'of', 'to', 'a', 'an', 'the', 'how', 'what', 'who', 'are', 'and', 'or', 'my', 'we', 'at', 'as', 'by', 'so', 'ok'
  ].map(fold)
);

const isFunctionWord = (word: Word) => FUNCTION_WORDS.has(word.raw);

/** The same word: the same stem («barnevernet», «barnevern»), or one slip in a long word («barnevren»). */
function sameWord(typed: Word, known: Word): boolean {
  if (typed.stem === known.stem) return true;
  if (Math.min(typed.raw.length, known.raw.length) < 6) return false;
  return damerauLevenshtein(typed.raw, known.raw).steps <= 1 || damerauLevenshtein(typed.stem, known.stem).steps <= 1;
}

interface Mention<T> {
  item: T;
  start: number;
  length: number;
}

/**
 * The known things a sentence names anywhere in it: every word of a name or an alias, in order,
 * as typed loosely (definite forms, æ/ø/å folded, one typo in a long word). A name inside a longer
 * one that is also named is part of it: «Indre Namdal IKT IKS» does not also name the network.
 */
export function mentionedIn<T extends Named>(sentence: string, items: readonly T[]): T[] {
  const words = tokens(sentence);
  const found: Mention<T>[] = [];
  for (const item of items) {
    for (const name of [item.name, ...(item.aliases ?? [])]) {
      const wanted = tokens(name);
      if (wanted.length === 0 || wanted.every(isFunctionWord)) continue;
      for (let start = 0; start + wanted.length <= words.length; start++) {
        if (wanted.every((word, i) => sameWord(words[start + i], word))) found.push({ item, start, length: wanted.length });
      }
    }
  }
  const inside = (m: Mention<T>, o: Mention<T>) => o.length > m.length && o.start <= m.start && o.start + o.length >= m.start + m.length;
  const kept = found.filter((m) => !found.some((o) => inside(m, o))).sort((a, b) => a.start - b.start);
  return [...new Set(kept.map((m) => m.item))];
}

/** What a sentence can be about: one of the person's collaborations, municipalities or networks. */
export type Subject<C, M, N> =
  | { kind: 'collaboration'; item: C }
  | { kind: 'municipality'; item: M }
  | { kind: 'network'; item: N };

export interface Known<C, M, N> {
  collaborations: readonly C[];
  municipalities: readonly M[];
  networks: readonly N[];
}

/**
 * The subjects a sentence names, most specific first: collaborations if it names any («barnevernet
 * i Grong» is about Barnevern), else municipalities, else networks. None: the sentence names
 * nothing known; several: ask which.
 */
export function subjectsOf<C extends Named, M extends Named, N extends Named>(sentence: string, known: Known<C, M, N>): Subject<C, M, N>[] {
  const collaborations = mentionedIn(sentence, known.collaborations);
  if (collaborations.length) return collaborations.map((item) => ({ kind: 'collaboration', item }));
  const municipalities = mentionedIn(sentence, known.municipalities);
  if (municipalities.length) return municipalities.map((item) => ({ kind: 'municipality', item }));
  return mentionedIn(sentence, known.networks).map((item) => ({ kind: 'network', item }));
}

/** A command someone may have meant, with the phrases that describe it: its words in every language, its help text. */
export interface CommandHint<K> {
  key: K;
  /** Command words and examples («status», «hva er rødt?»): a word shared with these counts fully. */
  words: readonly string[];
  /** What it does, in prose: a shared word counts for less. */
  description?: string;
}

/** How well one typed word fits a phrase's words: 1 for the same word, less for a beginning or a near spelling. */
function fit(typed: Word, offered: readonly Word[]): number {
  const scores = offered.map((o) =>
    sameWord(typed, o) ? 1 : Math.min(typed.stem.length, o.stem.length) >= 4 && (o.stem.startsWith(typed.stem) || typed.stem.startsWith(o.stem)) ? 0.8 : similarity(typed.raw, o.raw)
  );
  const best = Math.max(0, ...scores);
  return best >= 0.75 ? best : 0;
}

/** A phrase's score for the message: its typed words that fit, function words counting little. */
function phraseScore(typed: readonly Word[], phrase: string): number {
  const offered = tokens(phrase);
  return typed.reduce((sum, word) => sum + fit(word, offered) * (isFunctionWord(word) ? 0.2 : 1), 0);
}

const DESCRIPTION_WEIGHT = 0.5;
const LEAST_SCORE = 0.5;

/**
 * The commands a message that no command matched is likeliest to mean, best first, at most
 * `count`, only those that share something with it («statsu» → status, «kostnader» → kostnad).
 */
export function likeliestCommands<K>(message: string, hints: readonly CommandHint<K>[], count: number): K[] {
  const typed = tokens(message);
  return hints
    .map((hint, index) => ({
      key: hint.key,
      index,
      score: Math.max(
        0,
        ...hint.words.map((w) => phraseScore(typed, w)),
        hint.description ? phraseScore(typed, hint.description) * DESCRIPTION_WEIGHT : 0
      )
    }))
    .filter((h) => h.score >= LEAST_SCORE)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, count)
    .map((h) => h.key);
}
