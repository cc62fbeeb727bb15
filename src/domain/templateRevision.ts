import { currentVersion, nextValidFrom, TEXT_MAX_LENGTH, type Question, type Template, type TemplateVersion } from './template';

/**
 * Changing a template: reword, retire and add questions. Each saved change is a new version
 * built from the newest one; stored versions and answers are never touched, so old answers stay
 * readable under the wording they were given against. Pure.
 */

export const LABEL_MAX_LENGTH = 300;
export const SHORT_MAX_LENGTH = 40;

/** What a network may add. Colour and economy questions feed the status only under their own keys. */
export const ADDABLE_KINDS = ['scale', 'text', 'yesno'] as const;
export type AddableKind = (typeof ADDABLE_KINDS)[number];

/**
 * Questions the status logic reads by key (status.ts summarizePeriod, flags.ts): without
 * «overall» every period would show green, without «economy» the budget column would go blank,
 * and without «decisionNeeded» nothing would ever be flagged for the chief executives.
 */
const STATUS_KEYS = ['overall', 'economy', 'decisionNeeded'];

/** Answer keys share the submitted card data with the check-in card's own fields. */
const CARD_FIELDS = ['verb', 'networkId', 'collaborationId', 'period', 'templateVersion'];

export interface Wording {
  label: string;
  short: string;
}

export interface NewQuestion extends Wording {
  kind: AddableKind;
  required: boolean;
}

export interface Revision {
  /** The wording of each question by key, as the form shows it; only differences count. */
  wording: Record<string, Wording>;
  retire: string[];
  add?: NewQuestion;
}

export type RevisionProblemCode = 'labelRequired' | 'labelTooLong' | 'shortRequired' | 'shortTooLong' | 'shortTaken' | 'essential';

export interface RevisionProblem {
  code: RevisionProblemCode;
  /** The question concerned, by its short label; absent for the new question. */
  question?: string;
}

/** Refused: a key the newest version does not have (only forged data has one), nothing left, nothing changed, or problems to fix. */
export type Revised =
  | { ok: true; template: Template; version: TemplateVersion }
  | { ok: false; reason: 'unknownQuestion' | 'noQuestions' | 'unchanged' }
  | { ok: false; reason: 'problems'; problems: RevisionProblem[] };

/** Questions that may not be retired: the status keys, and any question another one depends on. */
export function essentialKeys(version: TemplateVersion): Set<string> {
  return new Set([...STATUS_KEYS, ...version.questions.flatMap((q) => (q.requiredWhen ? [q.requiredWhen.key] : []))]);
}

/** A key from the short label («Digital modenhet» → «digitalModenhet»), unused by any version. */
export function keyFor(short: string, template: Template): string {
  const words = short
    .toLocaleLowerCase('nb-NO')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'o')
    .replace(/å/g, 'a')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .filter(Boolean);
  const joined = words.map((w, i) => (i === 0 ? w : w[0].toUpperCase() + w.slice(1))).join('').slice(0, 40);
  const base = /^[a-z]/.test(joined) ? joined : `q${joined}`;
  const taken = new Set([...CARD_FIELDS, ...template.versions.flatMap((v) => v.questions.map((q) => q.key))]);
  // Answers are plain objects: a key like «constructor» would read as present when unanswered.
  const free = (key: string) => !taken.has(key) && !(key in Object.prototype);
  if (free(base)) return base;
  let n = 2;
  while (!free(`${base}${n}`)) n++;
  return `${base}${n}`;
}

function wordingProblems(wording: Wording, question?: string): RevisionProblem[] {
  const problems: RevisionProblemCode[] = [];
  if (!wording.label) problems.push('labelRequired');
  if (wording.label.length > LABEL_MAX_LENGTH) problems.push('labelTooLong');
  if (!wording.short) problems.push('shortRequired');
  if (wording.short.length > SHORT_MAX_LENGTH) problems.push('shortTooLong');
  return problems.map((code) => ({ code, ...(question ? { question } : {}) }));
}

const tidy = (wording: Wording): Wording => ({ label: wording.label.trim(), short: wording.short.trim() });

function newQuestion(add: NewQuestion, template: Template): Question {
  const { label, short } = tidy(add);
  const base = { key: keyFor(short, template), kind: add.kind, label, short, required: add.required };
  return add.kind === 'text' ? { ...base, maxLength: TEXT_MAX_LENGTH } : base;
}

/** A new scale question joins the other scale questions, so the form keeps the scale together; others go last. */
function insert(questions: Question[], added: Question): Question[] {
  const lastScale = questions.map((q) => q.kind).lastIndexOf('scale');
  const at = added.kind === 'scale' && lastScale >= 0 ? lastScale + 1 : questions.length;
  return [...questions.slice(0, at), added, ...questions.slice(at)];
}

/**
 * The template with one more version: the newest one reworded, without the retired questions
 * and with the new one, valid from the next period after `now`. Refused with every problem
 * found, or when nothing changes.
 */
export function revise(template: Template, revision: Revision, now: Date): Revised {
  const base = currentVersion(template);
  const known = new Set(base.questions.map((q) => q.key));
  const unknown = [...Object.keys(revision.wording), ...revision.retire].filter((key) => !known.has(key));
  if (unknown.length) return { ok: false, reason: 'unknownQuestion' };

  const essential = essentialKeys(base);
  const retired = new Set(revision.retire);
  const problems: RevisionProblem[] = base.questions
    .filter((q) => retired.has(q.key) && essential.has(q.key))
    .map((q) => ({ code: 'essential' as const, question: q.short }));
  const kept = base.questions
    .filter((q) => !retired.has(q.key))
    .map((q) => {
      const wording = revision.wording[q.key] ? tidy(revision.wording[q.key]) : q;
      problems.push(...wordingProblems(wording, q.short));
      return { ...q, label: wording.label, short: wording.short };
    });
  if (revision.add) problems.push(...wordingProblems(tidy(revision.add)));
  const added = revision.add && newQuestion(revision.add, template);
  const questions = added ? insert(kept, added) : kept;

  const shorts = questions.map((q) => q.short.toLocaleLowerCase('nb-NO'));
  const taken = questions.filter((q, i) => q.short && shorts.indexOf(shorts[i]) !== i);
  problems.push(...taken.map((q) => ({ code: 'shortTaken' as const, question: q.short })));
  if (problems.length) return { ok: false, reason: 'problems', problems };
  if (questions.length === 0) return { ok: false, reason: 'noQuestions' };
  if (JSON.stringify(questions) === JSON.stringify(base.questions)) return { ok: false, reason: 'unchanged' };
  const version: TemplateVersion = { version: base.version + 1, validFrom: nextValidFrom(now), questions };
  return { ok: true, template: { ...template, versions: [...template.versions, version] }, version };
}
