import type { Body } from '../../domain/bodies';
import { emptyStatus } from '../../domain/status';
import { fellesStatusmal } from '../../domain/template';
import type { ChecklistTemplate, ChecklistTemplateVersion } from '../../domain/checklist';
import type { PrioritisationRound } from '../../domain/prioritisation';
import type { Collaboration, Network, Person, Profile, Role } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';

/**
 * A network as its definition file describes it: the settings, municipalities, collaborations
 * and the people with roles. Everything else about a network (linked channels, check-in
 * history, chats) is runtime state the file never touches.
 */
export interface NetworkDefinition {
  network: NetworkSettings;
  municipalities: Network['municipalities'];
  collaborations: CollaborationDefinition[];
  people: PersonDefinition[];
  bodies: BodyDefinition[];
  /** The network's checklist template, oldest version first; without it the stored one (or the default) stays. */
  checklistTemplate?: ChecklistTemplateVersion[];
  /** Prioritisation rounds; rounds the file leaves out are kept, like collaborations. */
  rounds?: RoundDefinition[];
}

/** A round as a file describes it: everything but the network, which is the file's. */
export type RoundDefinition = Omit<PrioritisationRound, 'networkId'>;

/** The planning documents stored for a network: its checklist template, if revised or imported, and its rounds. */
export interface StoredPlanning {
  template?: ChecklistTemplate;
  rounds: PrioritisationRound[];
}

/** A governing body as a file describes it: everything but the channel, which is chosen in chat and kept on import. */
export type BodyDefinition = Omit<Body, 'channel'>;

/** The network fields a file sets; absent optional ones are unset (defaults). */
export const SETTINGS_KEYS = ['id', 'name', 'tenantIds', 'language', 'retention', 'cycle', 'politiciansReadWrittenAnswers', 'meetingLead', 'evaluationDate'] as const satisfies readonly (keyof Network)[];
export type NetworkSettings = Pick<Network, (typeof SETTINGS_KEYS)[number]>;

/** The collaboration fields a file sets; `status` and `channel` are the collaboration's own history. */
export const COLLABORATION_KEYS = [
  'id', 'name', 'aliases', 'sector', 'legalForm', 'hostMunicipalityId', 'participantIds', 'cadence', 'phase',
  'reportingSince', 'costKey', 'goals', 'templateId', 'leaders', 'checklist', 'benefits'
] as const satisfies readonly (keyof Collaboration)[];
/** Without a template the collaboration keeps the one it has (the default for a new one). */
export type CollaborationDefinition = Omit<Pick<Collaboration, (typeof COLLABORATION_KEYS)[number]>, 'templateId'> & { templateId?: string };

/** A person's roles in this network; `municipalityId` is the municipality of a kommunedirektør or folkevalgt. */
export interface PersonDefinition extends Person {
  roles: Role[];
  municipalityId?: string;
}

export const DEFAULT_TEMPLATE_ID = fellesStatusmal('').id;

/** A path into the file, as keys and list positions: ['collaborations', 1, 'participants']. */
export type FilePath = (string | number)[];

/** Something wrong at a place in the file, worded in the reader's language. */
export interface PathProblem {
  path: FilePath;
  problem: (t: Catalogue) => string;
}

/** A problem with the line it is on (1-based). */
export interface FileError extends PathProblem {
  line: number;
}

/** «collaborations[1].participants», as the error lines name a field. */
function fieldName(path: FilePath): string {
  return path.map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? part : `.${part}`)).join('');
}

/** «linje 12, collaborations[1].participants: …» */
export function errorLine(error: FileError, t: Catalogue): string {
  return t.networkFile.error(error.line, fieldName(error.path), error.problem(t));
}

/** A collaboration the file adds: no history yet, and the default template unless it names one. */
export function newCollaboration(definition: CollaborationDefinition, networkId: string): Collaboration {
  return { ...definition, networkId, templateId: definition.templateId ?? DEFAULT_TEMPLATE_ID, status: emptyStatus() };
}

/** The stored network as a definition: what an export writes and what an import compares with. */
export function definitionOf(network: Network, collaborations: Collaboration[], profiles: Profile[], planning: StoredPlanning): NetworkDefinition {
  const rounds = planning.rounds.filter((r) => r.networkId === network.id).map(({ networkId: _, ...round }) => round);
  return {
    network: pick(network, SETTINGS_KEYS),
    municipalities: network.municipalities,
    collaborations: collaborations.filter((c) => c.networkId === network.id).map((c) => withoutRealised(pick(c, COLLABORATION_KEYS))),
    people: profiles.flatMap((profile) => {
      const membership = profile.memberships.find((m) => m.networkId === network.id);
      if (!membership?.roles.length) return [];
      const { tenantId, aadObjectId, name } = profile;
      return [{ tenantId, aadObjectId, name, roles: membership.roles, ...(membership.municipalityId ? { municipalityId: membership.municipalityId } : {}) }];
    }),
    ...(planning.template ? { checklistTemplate: planning.template.versions } : {}),
    ...(rounds.length ? { rounds } : {}),
    bodies: (network.bodies ?? []).map(({ channel, ...body }) => body)
  };
}

/** The values reported for benefits are check-in history, which a file never holds (import.ts keeps them). */
function withoutRealised<T extends Pick<Collaboration, 'benefits'>>(c: T): T {
  return c.benefits ? { ...c, benefits: { ...c.benefits, benefits: c.benefits.benefits.map((b) => ({ ...b, realised: [] })) } } : c;
}

/** The listed fields that are set, in the listed order. */
function pick<T extends object, K extends keyof T>(value: T, keys: readonly K[]): Pick<T, K> {
  return Object.fromEntries(keys.filter((k) => value[k] !== undefined).map((k) => [k, value[k]])) as Pick<T, K>;
}
