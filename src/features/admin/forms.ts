import { z } from 'zod';
import { REASON_MAX_LENGTH } from '../../domain/checklist';
import { isTenantId } from '../../domain/network';
import { LEGAL_FORMS, PHASES, CADENCES, ROLES } from '../../domain/types';

/**
 * What the admin cards send. Input.Number arrives as a string, multi-selects as «a,b», so the
 * schemas coerce; anything else, or any field more, is refused before a handler runs.
 */
const id = z.string().min(1).max(100);
const text = (max: number) => z.string().max(max).transform((s) => s.trim());
/** Comma- or line-separated lists («a, b» / one per line). */
const list = (max: number, separator: RegExp) =>
  z.string().max(max).optional().default('').transform((s) => s.split(separator).map((x) => x.trim()).filter(Boolean));
const whole = z.coerce.number().int();

export const SECTIONS = ['network', 'municipalities', 'municipality', 'collaborations', 'collaboration', 'roles'] as const;

export const openForm = z
  .object({ networkId: id.optional(), section: z.enum(SECTIONS), itemId: id.optional() })
  .strict();

export const networkForm = z
  .object({
    networkId: id.optional(),
    name: text(200),
    tenantIds: list(2000, /[,\s;]+/),
    language: z.enum(['nb', 'nn', 'en']),
    // Empty means «keep until deleted».
    retentionMonths: z.union([z.literal(''), whole]).optional().default(''),
    // Off when the card sends nothing: politicians do not read leaders' words unless an admin says so.
    politiciansReadWrittenAnswers: z.enum(['true', 'false']).optional().default('false').transform((v) => v === 'true')
  })
  .strict();

export const municipalityForm = z
  .object({ networkId: id, municipalityId: id.optional(), name: text(200), number: text(10), population: whole })
  .strict();

/** «Fjern kommunen» sits on the edit form, so Teams sends the form's inputs along; they are ignored. */
export const municipalityRemoval = z
  .object({ networkId: id, municipalityId: id, name: z.unknown(), number: z.unknown(), population: z.unknown() })
  .partial({ name: true, number: true, population: true })
  .strict();

export const collaborationForm = z
  .object({
    networkId: id,
    collaborationId: id.optional(),
    name: text(200),
    aliases: list(1000, /[,;\n]+/),
    sector: text(200),
    legalForm: z.enum(LEGAL_FORMS),
    host: z.string().max(100).optional().default(''),
    participants: list(2000, /,/),
    cadence: z.enum(CADENCES),
    fixedSharePercent: z.union([z.literal(''), z.coerce.number()]).optional().default(''),
    goals: list(4000, /\n+/),
    phase: z.enum(PHASES),
    /** Why the collaboration moves on with open checklist items (only asked when it has a checklist). */
    phaseReason: z.string().max(REASON_MAX_LENGTH).optional()
  })
  .strict();

export const GRANTABLE = [...ROLES, 'leader'] as const;
export type Grantable = (typeof GRANTABLE)[number];

const grantInputs = {
  person: z.string().max(2000).optional().default(''),
  role: z.union([z.literal(''), z.enum(GRANTABLE)]).optional().default(''),
  municipalityId: z.string().max(100).optional().default(''),
  collaborationId: z.string().max(100).optional().default('')
};

/** Paging and switching team also send the picker's inputs (Teams sends every input of a card). */
export const peopleForm = z
  .object({ networkId: id, teamId: z.string().max(200).optional(), page: z.string().max(2000).optional(), ...grantInputs })
  .strict();

export const grantForm = z.object({ networkId: id, ...grantInputs }).strict();

export const revokeForm = z
  .object({ networkId: id, tenantId: id, aadObjectId: id, role: z.enum(GRANTABLE), collaborationId: id.optional() })
  .strict();

export const invitationWithdrawal = z.object({ networkId: id, tenantId: z.string().refine(isTenantId) }).strict();
