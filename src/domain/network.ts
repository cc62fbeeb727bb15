import type { Collaboration, Municipality, Network } from './types';

/**
 * The rules a network's definition must keep, whether it is edited in chat or imported from a
 * file: each problem names the field it is about, and the catalogue words it.
 */
export type ProblemCode =
  | 'required'
  | 'tooLong'
  | 'municipalityNumber'
  | 'population'
  | 'duplicate'
  | 'unknownMunicipality'
  | 'noParticipants'
  | 'hostNotParticipant'
  | 'fixedShare'
  | 'tenantId'
  | 'retention'
  | 'inUse';

export interface Problem {
  field: string;
  code: ProblemCode;
}

export const MAX_NAME = 100;
export const MAX_GOALS = 10;
/** Raw answers are kept at least a year (the årshjul's comparisons) and at most ten. */
export const RETENTION_MONTHS = { min: 12, max: 120 } as const;

const TENANT_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** The Agents Playground's mock tenant (PLATFORM.md) is one digit longer than a GUID; the local demo lives in it. */
const PLAYGROUND_TENANT = '00000000-0000-0000-0000-0000000000001';
const isTenantId = (id: string) => TENANT_ID.test(id) || id === PLAYGROUND_TENANT;
const norm = (text: string) => text.trim().toLocaleLowerCase('nb-NO');

function nameProblems(field: string, name: string, taken: string[]): Problem[] {
  if (!name.trim()) return [{ field, code: 'required' }];
  if (name.length > MAX_NAME) return [{ field, code: 'tooLong' }];
  return taken.map(norm).includes(norm(name)) ? [{ field, code: 'duplicate' }] : [];
}

export function networkProblems(network: Pick<Network, 'name' | 'tenantIds' | 'retention'>): Problem[] {
  const months = network.retention?.checkInMonths;
  return [
    ...nameProblems('name', network.name, []),
    ...(network.tenantIds.length === 0 ? [{ field: 'tenantIds', code: 'required' as const }] : []),
    ...(network.tenantIds.some((id) => !isTenantId(id)) ? [{ field: 'tenantIds', code: 'tenantId' as const }] : []),
    ...(months !== undefined && !(Number.isInteger(months) && months >= RETENTION_MONTHS.min && months <= RETENTION_MONTHS.max)
      ? [{ field: 'retention', code: 'retention' as const }]
      : [])
  ];
}

/** `others` are the network's other municipalities: names and numbers are unique within a network. */
export function municipalityProblems(municipality: Municipality, others: Municipality[]): Problem[] {
  return [
    ...nameProblems('name', municipality.name, others.map((m) => m.name)),
    ...(!/^\d{4}$/.test(municipality.number)
      ? [{ field: 'number', code: 'municipalityNumber' as const }]
      : others.some((m) => m.number === municipality.number)
        ? [{ field: 'number', code: 'duplicate' as const }]
        : []),
    ...(!Number.isInteger(municipality.population) || municipality.population < 0 || municipality.population > 10_000_000
      ? [{ field: 'population', code: 'population' as const }]
      : [])
  ];
}

/** A municipality can leave the network only when no collaboration still counts it in. */
export function municipalityInUse(municipalityId: string, collaborations: Collaboration[]): boolean {
  return collaborations.some((c) => c.participantIds.includes(municipalityId) || c.hostMunicipalityId === municipalityId);
}

type CollaborationDefinition = Pick<
  Collaboration,
  'name' | 'aliases' | 'sector' | 'hostMunicipalityId' | 'participantIds' | 'costKey' | 'goals'
>;

/** `others` are the network's other collaborations: names are unique within a network. */
export function collaborationProblems(collaboration: CollaborationDefinition, network: Network, others: Collaboration[]): Problem[] {
  const known = new Set(network.municipalities.map((m) => m.id));
  const { participantIds, hostMunicipalityId: host, costKey, goals = [] } = collaboration;
  const share = costKey?.fixedShare;
  return [
    ...nameProblems('name', collaboration.name, others.map((c) => c.name)),
    ...(collaboration.sector.length > MAX_NAME ? [{ field: 'sector', code: 'tooLong' as const }] : []),
    ...(collaboration.aliases.some((a) => a.length > MAX_NAME) ? [{ field: 'aliases', code: 'tooLong' as const }] : []),
    ...(participantIds.length === 0 ? [{ field: 'participantIds', code: 'noParticipants' as const }] : []),
    ...(participantIds.some((id) => !known.has(id)) ? [{ field: 'participantIds', code: 'unknownMunicipality' as const }] : []),
    ...(host && !known.has(host) ? [{ field: 'hostMunicipalityId', code: 'unknownMunicipality' as const }] : []),
    ...(host && known.has(host) && !participantIds.includes(host) ? [{ field: 'hostMunicipalityId', code: 'hostNotParticipant' as const }] : []),
    ...(share !== undefined && !(share >= 0 && share <= 1) ? [{ field: 'costKey', code: 'fixedShare' as const }] : []),
    ...(goals.length > MAX_GOALS || goals.some((g) => g.length > 300) ? [{ field: 'goals', code: 'tooLong' as const }] : [])
  ];
}

/** A readable, stable id from a name («Nore og Uvdal» → «nore-og-uvdal»), unique among `taken`. */
export function idFrom(name: string, taken: string[]): string {
  const base =
    name
      .toLocaleLowerCase('nb-NO')
      .replace(/æ/g, 'ae')
      .replace(/ø/g, 'o')
      .replace(/å/g, 'a')
      .normalize('NFKD')
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 40) || 'x';
  let id = base;
  for (let n = 2; taken.includes(id); n++) id = `${base}-${n}`;
  return id;
}
