import { PLAYGROUND_TENANT } from '../../src/demo/people';
import type { Person, Profile } from '../../src/domain/types';

const person = (n: number, name: string): Person => ({ tenantId: PLAYGROUND_TENANT, aadObjectId: `00000000-0000-0000-0000-00000000${800 + n}`, name });

/** Lønn's partners in Indre Namdal besides Alex, who leads it: five people, enough for an evaluation with N = 5. */
export const PARTNERS: [Person, string, 'kommunedirektør' | 'member'][] = [
  [person(1, 'Kari Lierne'), 'lierne', 'kommunedirektør'],
  [person(2, 'Knut Lierne'), 'lierne', 'member'],
  [person(3, 'Nina Namsskogan'), 'namsskogan', 'kommunedirektør'],
  [person(4, 'Nils Namsskogan'), 'namsskogan', 'member'],
  [person(5, 'Randi Røyrvik'), 'royrvik', 'member']
];

/** Grong hosts Plan, byggesak … and is not in Lønn. */
export const GRONG = person(6, 'Gunnar Grong');

/** The partners and Grong as profiles with their roles and municipalities in `networkId`. */
export const partnerProfiles = (networkId: string): Profile[] => [
  ...PARTNERS.map(([p, municipalityId, role]) => ({ ...p, memberships: [{ networkId, roles: [role], municipalityId }] })),
  { ...GRONG, memberships: [{ networkId, roles: ['kommunedirektør' as const], municipalityId: 'grong' }] }
];
