import { z } from 'zod';
import type { Question, TemplateVersion } from '../../domain/template';
import { ADDABLE_KINDS, LABEL_MAX_LENGTH, SHORT_MAX_LENGTH, type NewQuestion, type Revision } from '../../domain/templateRevision';

/** Per-question inputs are named `label.<key>`, `short.<key>` and `retire.<key>` (see FIELD in cards.ts). */
const QUESTION_FIELD = /^(label|short|retire)\.([a-zA-Z][a-zA-Z0-9]{0,60})$/;

/** The form's fixed fields; the card preselects the kind and sends toggles as «true»/«false», so all are present. */
const fixedFields = z
  .object({
    networkId: z.string().min(1).max(100),
    templateId: z.string().min(1).max(100),
    baseVersion: z.number().int().positive(),
    newKind: z.enum(ADDABLE_KINDS),
    newLabel: z.string().max(LABEL_MAX_LENGTH).optional(),
    newShort: z.string().max(SHORT_MAX_LENGTH).optional(),
    newRequired: z.enum(['true', 'false'])
  })
  .strict();

const questionField = {
  label: z.string().max(LABEL_MAX_LENGTH),
  short: z.string().max(SHORT_MAX_LENGTH),
  retire: z.enum(['true', 'false'])
};

interface Sent {
  label?: string;
  short?: string;
  retire?: boolean;
}

export interface TemplateForm {
  networkId: string;
  templateId: string;
  /** The version the form was built from: saving over a newer one would undo someone's change. */
  baseVersion: number;
  /** What was sent per question key; keys are checked against the template when it is read. */
  questions: Map<string, Sent>;
  add?: NewQuestion;
}

/**
 * The submitted form: the fixed fields exactly, and per-question fields by their ids. Anything
 * missing, too long or not a field of the form makes it invalid.
 */
export const templateForm = z.record(z.string(), z.unknown()).transform((data, context): TemplateForm => {
  const invalid = () => {
    context.addIssue({ code: z.ZodIssueCode.custom, message: 'not the template form' });
    return z.NEVER;
  };
  const questions = new Map<string, Sent>();
  const fixed: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(data)) {
    const match = QUESTION_FIELD.exec(name);
    if (!match) {
      fixed[name] = value;
      continue;
    }
    const field = match[1] as keyof typeof questionField;
    const parsed = questionField[field].safeParse(value);
    if (!parsed.success) return invalid();
    questions.set(match[2], { ...questions.get(match[2]), [field]: field === 'retire' ? parsed.data === 'true' : parsed.data });
  }
  const form = fixedFields.safeParse(fixed);
  if (!form.success) return invalid();
  const { newKind, newLabel = '', newShort = '', newRequired, ...ids } = form.data;
  const adding = newLabel.trim() !== '' || newShort.trim() !== '';
  return { ...ids, questions, ...(adding ? { add: { kind: newKind, label: newLabel, short: newShort, required: newRequired === 'true' } } : {}) };
});

/** The change the form asks for; inputs left out keep the question's wording. */
export function revisionOf(form: TemplateForm, base: TemplateVersion): Revision {
  const byKey = new Map<string, Question>(base.questions.map((q) => [q.key, q]));
  const sent = [...form.questions];
  return {
    wording: Object.fromEntries(
      sent.map(([key, s]) => [key, { label: s.label ?? byKey.get(key)?.label ?? '', short: s.short ?? byKey.get(key)?.short ?? '' }])
    ),
    retire: sent.filter(([, s]) => s.retire).map(([key]) => key),
    ...(form.add ? { add: form.add } : {})
  };
}
