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
  | 'inUse'
  | 'unknownCollaboration'
  | 'reportNeedsMunicipality'
  | 'reportNeedsCollaboration'
  | 'tooMany'
  | 'date';

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
/** A tenant id as Microsoft 365 gives it (or the Playground's). */
export const isTenantId = (id: string) => TENANT_ID.test(id) || id === PLAYGROUND_TENANT;
const norm = (text: string) => text.trim().toLocaleLowerCase('nb-NO');

/**
 * What the network's others already use, normalised once, so checking one more is a lookup:
 * a file of 20,000 municipalities is checked in linear time.
 */
export interface Taken {
  names: Set<string>;
  numbers: Set<string>;
}

/** Adds an item's name (and number) to what is taken. */
export function remember(taken: Taken, item: { name: string; number?: string }): void {
  taken.names.add(norm(item.name));
  if (item.number !== undefined) taken.numbers.add(item.number);
}

export function takenBy(others: { name: string; number?: string }[]): Taken {
  const taken: Taken = { names: new Set(), numbers: new Set() };
  others.forEach((other) => remember(taken, other));
  return taken;
}

function nameProblems(field: string, name: string, taken: Set<string>): Problem[] {
  if (!name.trim()) return [{ field, code: 'required' }];
  if (name.length > MAX_NAME) return [{ field, code: 'tooLong' }];
  return taken.has(norm(name)) ? [{ field, code: 'duplicate' }] : [];
}

export function networkProblems(network: Pick<Network, 'name' | 'tenantIds' | 'retention'>): Problem[] {
  const months = network.retention?.checkInMonths;
  return [
    ...nameProblems('name', network.name, new Set()),
    ...(network.tenantIds.length === 0 ? [{ field: 'tenantIds', code: 'required' as const }] : []),
    ...(network.tenantIds.some((id) => !isTenantId(id)) ? [{ field: 'tenantIds', code: 'tenantId' as const }] : []),
    ...(months !== undefined && !(Number.isInteger(months) && months >= RETENTION_MONTHS.min && months <= RETENTION_MONTHS.max)
      ? [{ field: 'retention', code: 'retention' as const }]
      : [])
  ];
}

/** `others` are what the network's other municipalities use: names and numbers are unique within a network. */
export function municipalityProblems(municipality: Municipality, others: Taken): Problem[] {
  return [
    ...nameProblems('name', municipality.name, others.names),
    ...(!/^\d{4}$/.test(municipality.number)
      ? [{ field: 'number', code: 'municipalityNumber' as const }]
      : others.numbers.has(municipality.number)
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

/** `known` are the network's municipality ids; `others` what its other collaborations use: names are unique within a network. */
export function collaborationProblems(collaboration: CollaborationDefinition, known: ReadonlySet<string>, others: Taken): Problem[] {
  const { participantIds, hostMunicipalityId: host, costKey, goals = [] } = collaboration;
  const share = costKey?.fixedShare;
  return [
    ...nameProblems('name', collaboration.name, others.names),
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
export function idFrom(name: string, taken: ReadonlySet<string>): string {
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
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}
