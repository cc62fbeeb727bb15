import { isMap, isPair, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type YAMLError } from 'yaml';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { FileError, FilePath, NetworkDefinition, PathProblem } from './definition';
import { definitionFromFile } from './format';
import { lineLocator } from './locate';
import { definitionProblems } from './rules';
import { fileSchema, shapeProblems } from './schema';

export type ParseResult =
  | { ok: true; definition: NetworkDefinition; locate: (path: FilePath) => number }
  | { ok: false; errors: FileError[] };

const SYNTAX: Record<string, (t: Catalogue) => string> = {
  DUPLICATE_KEY: (t) => t.networkFile.problem.duplicateKey,
  TAB_AS_INDENT: (t) => t.networkFile.problem.tab,
  MULTIPLE_DOCS: (t) => t.networkFile.problem.documents,
  // The parser's own guard against a stack overflow from deep nesting.
  RESOURCE_EXHAUSTION: (t) => t.networkFile.problem.tooDeep
};

/** A definition nests five levels (collaborations[0].leaders[0].name); far more is a mistake or an attack on the stack. */
const MAX_DEPTH = 20;
/** Aliases (*name) the file may resolve in all; more is a «billion laughs» attack on memory. */
const MAX_ALIASES = 100;

function syntaxError(error: YAMLError, lineAt: (offset: number) => number): FileError {
  return { line: error.linePos?.[0].line ?? lineAt(error.pos[0]), path: [], problem: SYNTAX[error.code] ?? ((t) => t.networkFile.problem.yaml) };
}

/**
 * The parser recovers from a plain syntax error by echoing it on the lines after, so only the
 * first is told; the named kinds (a repeated field, a tab) are told each, instead of echoes.
 */
function syntaxErrors(errors: YAMLError[], lineAt: (offset: number) => number): FileError[] {
  const named = errors.filter((e) => SYNTAX[e.code]);
  return (named.length ? named : errors.slice(0, 1)).map((e) => syntaxError(e, lineAt)).sort(byLine);
}

/** Municipality numbers are text: a plain 0301 would otherwise be read as the number 301. */
function numbersAsWritten(document: Document): void {
  const municipalities = document.get('municipalities', true);
  if (!isSeq(municipalities)) return;
  for (const item of municipalities.items) {
    const number = isMap(item) ? item.get('number', true) : undefined;
    if (isScalar(number) && typeof number.value === 'number' && number.source) number.value = number.source;
  }
}

const byLine = (a: FileError, b: FileError) => a.line - b.line;

/** The first node nested deeper than MAX_DEPTH, found without recursion so the check cannot overflow itself. */
function tooDeep(document: Document): Node | undefined {
  const stack: [unknown, number][] = [[document.contents, 1]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (!isMap(node) && !isSeq(node)) continue;
    if (depth > MAX_DEPTH) return node;
    for (const item of node.items) stack.push(...(isPair(item) ? [item.key, item.value] : [item]).map((child): [unknown, number] => [child, depth + 1]));
  }
  return undefined;
}

/** The plain values, or none when the aliases are too many or unresolved (the library throws a ReferenceError then). */
function valuesOf(document: Document): { values: unknown } | undefined {
  try {
    // An empty value («host:») is the same as leaving the field out.
    return { values: document.toJS({ maxAliasCount: MAX_ALIASES, reviver: (_key, value) => (value === null ? undefined : value) }) };
  } catch (error) {
    if (error instanceof ReferenceError) return undefined;
    throw error;
  }
}

/**
 * A network definition file, read and checked as a whole. Checks run in three steps (YAML
 * syntax, the file's shape, the rules); every error of the first step that finds any is
 * reported with its line and field, and a definition is only given when there are none.
 */
export function parseNetworkFile(text: string): ParseResult {
  const counter = new LineCounter();
  const document = parseDocument(text, { lineCounter: counter });
  const lineAt = (offset: number) => counter.linePos(offset).line;
  if (document.errors.length) return { ok: false, errors: syntaxErrors(document.errors, lineAt) };
  if (document.contents === null) return { ok: false, errors: [{ line: 1, path: [], problem: (t) => t.networkFile.problem.empty }] };
  const deep = tooDeep(document);
  if (deep) return { ok: false, errors: [{ line: deep.range ? lineAt(deep.range[0]) : 1, path: [], problem: (t) => t.networkFile.problem.tooDeep }] };
  numbersAsWritten(document);
  const plain = valuesOf(document);
  if (!plain) return { ok: false, errors: [{ line: 1, path: [], problem: (t) => t.networkFile.problem.aliases }] };
  const locate = lineLocator(document, counter);
  const located = (problems: PathProblem[]): ParseResult => ({ ok: false, errors: problems.map((p) => ({ ...p, line: locate(p.path) })).sort(byLine) });
  const parsed = fileSchema.safeParse(plain.values);
  if (!parsed.success) return located(parsed.error.issues.flatMap(shapeProblems));
  const definition = definitionFromFile(parsed.data);
  const problems = definitionProblems(definition);
  return problems.length ? located(problems) : { ok: true, definition, locate };
}
