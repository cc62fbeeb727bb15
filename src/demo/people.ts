import type { Person } from '../domain/types';

/** The Agents Playground's mock tenant and its default user (PLATFORM.md). */
export const PLAYGROUND_TENANT = '00000000-0000-0000-0000-0000000000001';

export const ALEX: Person = {
  tenantId: PLAYGROUND_TENANT,
  aadObjectId: '00000000-0000-0000-0000-0000000000020',
  name: 'Alex Wilber'
};

/** Fictional leaders of the demo collaborations; they exist only in the seeded data. */
const person = (n: number, name: string): Person => ({
  tenantId: PLAYGROUND_TENANT,
  aadObjectId: `00000000-0000-0000-0000-00000000${String(n).padStart(4, '0')}`,
  name
});

export const DEMO_LEADERS: Person[] = [
  person(101, 'Ingrid Haugen'),
  person(102, 'Ola Berg'),
  person(103, 'Siri Moen'),
  person(104, 'Per Lie'),
  person(105, 'Marit Dahl'),
  person(106, 'Jon Solberg'),
  person(107, 'Hanne Strand'),
  person(108, 'Eirik Vik')
];
