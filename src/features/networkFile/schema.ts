import damerauLevenshtein from 'damerau-levenshtein';
import { z, type ZodIssue, type ZodString, type ZodTypeAny } from 'zod';
import { hasControlCharacters } from '../../domain/text';
import { BENEFIT_KINDS } from '../../domain/benefits';
import { ITEM_STATES } from '../../domain/checklist';
import { BODY_KINDS, BODY_REPORTS } from '../../domain/bodies';
import { CADENCES, LEGAL_FORMS, PHASES, ROLES } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { FilePath, PathProblem } from './definition';

/**
 * The shape of a network definition file: field names, types and allowed values. Every object
 * is strict, so a misspelt field is an error rather than silently ignored. The rules about
 * values (unique names, known municipalities, numbers in range) live in `rules.ts`.
 */
const whole = z.number().int();
// Every text in a file is a name, an id or a short line; this refinement's issue is the only custom one.
const oneLine = (schema: ZodString) => schema.refine((s) => !hasControlCharacters(s));
const text = oneLine(z.string());
const required = oneLine(z.string().min(1));

const person = { name: required, tenantId: required, aadObjectId: required };

/** A collaboration's phase checklist as worked through: each item with its state, owner, due date and reference. */
const checklist = z
  .object({
    templateVersion: whole,
    items: z.array(
      z
        .object({
          id: required,
          phase: z.enum(PHASES),
          label: required,
          anchoring: z.boolean().optional(),
          state: z.enum(ITEM_STATES),
          owner: z.object(person).strict().optional(),
          due: text.optional(),
          reference: text.optional()
        })
        .strict()
    )
  })
  .strict();

/** A benefits plan: the planned benefits (the values reported come from check-ins, not from the file) and the yearly economy. */
const benefits = z
  .object({
    benefits: z.array(
      z
        .object({
          id: required,
          kind: z.enum(BENEFIT_KINDS),
          indicator: required,
          baseline: z.number(),
          target: z.number(),
          since: text,
          targetDate: text,
          owner: z.object(person).strict().optional(),
          amounts: z.record(z.number()).optional()
        })
        .strict()
    ),
    years: z.array(z.object({ year: whole, oneOff: z.number(), running: z.number(), savings: z.number(), income: z.number() }).strict()).optional()
  })
  .strict();

/** The network's versioned checklist template, oldest version first. */
const checklistTemplate = z.array(
  z
    .object({
      version: whole,
      validFrom: text,
      points: z.array(
        z.object({ key: required, phase: z.enum(PHASES), label: required, perMunicipality: z.boolean().optional(), anchoring: z.boolean().optional() }).strict()
      )
    })
    .strict()
);

/** Who started a round or sent a group's scores: history, so a name erased on request («») is allowed. */
const actor = z.object({ ...person, name: text }).strict();

/** A prioritisation round: its areas (with the collaboration an area became), its groups and the scores each group sent. */
const round = z
  .object({
    id: required,
    name: required,
    createdAt: text,
    createdBy: actor,
    areas: z.array(z.object({ id: required, name: required, collaboration: text.optional() }).strict()),
    groups: z.array(z.object({ id: required, name: required, representative: z.object(person).strict() }).strict()),
    scores: z
      .array(
        z
          .object({
            group: required,
            by: actor.optional(),
            submittedAt: text,
            areas: z.record(z.object({ potential: z.number(), feasibility: z.number() }).strict())
          })
          .strict()
      )
      .optional()
  })
  .strict();

export const fileSchema = z
  .object({
    network: z
      .object({
        id: text,
        name: text,
        tenantIds: z.array(text),
        language: z.enum(['nb', 'nn', 'en']).optional(),
        retentionMonths: whole.optional(),
        politiciansReadWrittenAnswers: z.boolean().optional(),
        cycle: z
          .object({
            opensBefore: whole,
            reminders: z.array(whole),
            closesAfter: whole,
            digest: z.object({ cadence: z.enum(CADENCES), workingDay: whole }).strict(),
            sendHour: whole
          })
          .strict()
          .optional(),
        meetingLead: z.object({ prepareBefore: whole, reportBefore: whole }).strict().optional(),
        evaluationDate: z.object({ month: whole, workingDay: whole }).strict().optional()
      })
      .strict(),
    municipalities: z.array(z.object({ id: text.optional(), name: text, number: text, population: whole }).strict()),
    collaborations: z.array(
      z
        .object({
          id: text.optional(),
          name: text,
          aliases: z.array(text).optional(),
          sector: text,
          legalForm: z.enum(LEGAL_FORMS),
          host: text.optional(),
          participants: z.array(text),
          cadence: z.enum(CADENCES),
          phase: z.enum(PHASES).optional(),
          reportingSince: text,
          costKey: z.object({ fixedShare: z.number() }).strict().optional(),
          goals: z.array(text).optional(),
          template: text.optional(),
          leaders: z.array(z.object(person).strict()).optional(),
          checklist: checklist.optional(),
          benefits: benefits.optional()
        })
        .strict()
    ),
    people: z.array(z.object({ ...person, roles: z.array(z.enum(ROLES)).min(1), municipality: text.optional() }).strict()),
    checklistTemplate: checklistTemplate.optional(),
    rounds: z.array(round).optional(),
    /** The governing bodies; their channels are chosen in chat, so the file never holds them. */
    bodies: z
      .array(
        z
          .object({
            id: text.optional(),
            name: text,
            kind: z.enum(BODY_KINDS),
            municipality: text.optional(),
            collaboration: text.optional(),
            report: z.enum(BODY_REPORTS).optional(),
            members: z.array(z.object(person).strict()).optional(),
            meetings: z.array(text).optional(),
            agenda: z.array(text).optional()
          })
          .strict()
      )
      .optional()
  })
  .strict();

export type NetworkFile = z.infer<typeof fileSchema>;

/** The part of the schema at a path, to name the fields and values allowed there. */
function schemaAt(path: FilePath): ZodTypeAny | undefined {
  let node: ZodTypeAny | undefined = fileSchema;
  for (const part of path) {
    while (node instanceof z.ZodOptional) node = node.unwrap() as ZodTypeAny;
    if (node instanceof z.ZodArray && typeof part === 'number') node = node.element as ZodTypeAny;
    else if (node instanceof z.ZodObject && typeof part === 'string') node = (node.shape as Record<string, ZodTypeAny>)[part];
    else return undefined;
  }
  while (node instanceof z.ZodOptional) node = node.unwrap() as ZodTypeAny;
  return node;
}

/** The known field nearest to a misspelt one, if it is near enough to be the one meant. */
function nearestField(key: string, objectPath: FilePath): string | undefined {
  const object = schemaAt(objectPath);
  if (!(object instanceof z.ZodObject)) return undefined;
  const ranked = Object.keys(object.shape as object)
    .map((field) => ({ field, steps: damerauLevenshtein(key.toLowerCase(), field.toLowerCase()).steps }))
    .sort((a, b) => a.steps - b.steps);
  return ranked[0] && ranked[0].steps <= Math.max(2, Math.floor(key.length / 3)) ? ranked[0].field : undefined;
}

const TYPES: Record<string, (t: Catalogue) => string> = {
  string: (t) => t.networkFile.problem.text,
  number: (t) => t.networkFile.problem.number,
  integer: (t) => t.networkFile.problem.integer,
  array: (t) => t.networkFile.problem.list,
  object: (t) => t.networkFile.problem.fields
};

/** What a schema issue means for the person editing the file; one issue may name several fields. */
export function shapeProblems(issue: ZodIssue): PathProblem[] {
  const { path } = issue;
  switch (issue.code) {
    case 'unrecognized_keys':
      return issue.keys.map((key) => {
        const meant = nearestField(key, path);
        return { path: [...path, key], problem: (t) => (meant ? t.networkFile.problem.didYouMean(meant) : t.networkFile.problem.unknownField) };
      });
    case 'invalid_type': {
      if (issue.received === 'undefined') return [{ path, problem: (t) => t.definition.problem.required }];
      const allowed = schemaAt(path);
      if (allowed instanceof z.ZodEnum) return [{ path, problem: (t) => t.networkFile.problem.oneOf((allowed.options as string[]).join(', ')) }];
      return [{ path, problem: TYPES[issue.expected] ?? ((t) => t.networkFile.problem.text) }];
    }
    case 'invalid_enum_value':
      return [{ path, problem: (t) => t.networkFile.problem.oneOf(issue.options.join(', ')) }];
    case 'too_small':
      return [{ path, problem: (t) => t.definition.problem.required }];
    case 'custom':
      return [{ path, problem: (t) => t.networkFile.problem.control }];
    default:
      return [{ path, problem: (t) => t.networkFile.problem.text }];
  }
}
