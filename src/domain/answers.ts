import { z } from 'zod';
import type { Answers } from './types';
import { TEXT_MAX_LENGTH, type Question, type TemplateVersion } from './template';
import { cleanText } from './text';

/**
 * Server-side validation of a submitted check-in. Card inputs arrive as strings (or are left
 * out when empty), and the card data can be forged, so every value is parsed against the
 * template version the card was built from and anything unknown is refused.
 */

export type AnswerErrorCode = 'required' | 'invalid' | 'tooLong' | 'unknown';

export interface AnswerError {
  key: string;
  code: AnswerErrorCode;
}

export type ParsedAnswers = { ok: true; answers: Answers } | { ok: false; errors: AnswerError[] };

const COLOURS = ['green', 'yellow', 'red'] as const;
const ECONOMY = ['within', 'minor', 'major'] as const;
/** The card's value for «Vet ikke»; stored as null. */
export const UNKNOWN_SCALE = 'unknown';

const blankToUndefined = (v: unknown) => (typeof v === 'string' && v.trim() === '' ? undefined : v);

function valueSchema(question: Question): z.ZodType<string | number | boolean | null> {
  switch (question.kind) {
    case 'colour':
      return z.enum(COLOURS);
    case 'economy':
      return z.enum(ECONOMY);
    case 'scale':
      return z.union([
        z.literal(UNKNOWN_SCALE).transform(() => null),
        z.enum(['1', '2', '3', '4', '5']).transform(Number),
        z.number().int().min(1).max(5)
      ]);
    case 'yesno':
      return z.union([z.enum(['true', 'false']).transform((v) => v === 'true'), z.boolean()]);
    case 'text':
      return z.string().transform((s) => cleanText(s).trim());
  }
}

function isRequired(question: Question, raw: Record<string, unknown>): boolean {
  if (question.required) return true;
  const when = question.requiredWhen;
  return when !== undefined && when.values.includes(String(raw[when.key]));
}

/** Parses the answer fields of a submission (envelope fields already removed). */
export function parseAnswers(version: TemplateVersion, raw: Record<string, unknown>): ParsedAnswers {
  const errors: AnswerError[] = [];
  const answers: Answers = {};
  for (const question of version.questions) {
    const value = blankToUndefined(raw[question.key]);
    if (value === undefined) {
      if (isRequired(question, raw)) errors.push({ key: question.key, code: 'required' });
      continue;
    }
    if (question.kind === 'text' && typeof value === 'string' && value.length > (question.maxLength ?? TEXT_MAX_LENGTH)) {
      errors.push({ key: question.key, code: 'tooLong' });
      continue;
    }
    const parsed = valueSchema(question).safeParse(value);
    if (parsed.success) answers[question.key] = parsed.data;
    else errors.push({ key: question.key, code: 'invalid' });
  }
  // Unknown fields come last: a card that lists only the first errors shows the person's own first.
  const known = new Set(version.questions.map((q) => q.key));
  for (const key of Object.keys(raw)) {
    if (!known.has(key)) errors.push({ key, code: 'unknown' });
  }
  return errors.length ? { ok: false, errors } : { ok: true, answers };
}
