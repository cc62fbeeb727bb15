import { WORKSHOP_AREAS, type PrioritisationRound } from '../domain/prioritisation';
import { idFrom } from '../domain/network';
import type { Store } from '../core/store';
import { ALEX, DEMO_LEADERS } from './people';

/**
 * Indre Namdal's finished prioritisation round, after the workshop of seed 000: four formannskap
 * groups and the chief executives' management group; Grong's group scored everything high.
 */
export function demoRound(now: Date): PrioritisationRound {
  const taken = new Set<string>();
  const areas = WORKSHOP_AREAS.map((name) => {
    const id = idFrom(name, taken);
    taken.add(id);
    return { id, name };
  });
  // Representatives from Indre Namdal's roster (leaders of its collaborations), as the chat's form requires.
  const groups = [
    { id: 'g1', name: 'Formannskapet i Røyrvik', representative: DEMO_LEADERS[0] },
    { id: 'g2', name: 'Formannskapet i Lierne', representative: DEMO_LEADERS[1] },
    { id: 'g3', name: 'Formannskapet i Namsskogan', representative: DEMO_LEADERS[4] },
    { id: 'g4', name: 'Formannskapet i Grong', representative: DEMO_LEADERS[5] },
    { id: 'g5', name: 'Kommunedirektørenes ledergruppe', representative: ALEX }
  ];
  // The report's order, with each group's own leanings; Grong's gives 8–10 everywhere.
  const score = (group: number, area: number) =>
    group === 3
      ? { potential: 10 - (area % 3), feasibility: 8 + ((area + group) % 3) }
      : { potential: Math.max(3, 10 - Math.floor(area / 2) - ((area + group) % 2)), feasibility: Math.max(2, 9 - Math.floor(area / 3) - ((area * group) % 3)) };
  const at = new Date(now.getTime() - 30 * 86_400_000).toISOString();
  return {
    id: 'workshop', networkId: 'indre-namdal', name: 'Workshop om nye samarbeidsområder', createdAt: at, createdBy: ALEX, areas, groups,
    submissions: groups.map((g, gi) => ({ groupId: g.id, by: g.representative, submittedAt: at, scores: Object.fromEntries(areas.map((a, ai) => [a.id, score(gi, ai)])) }))
  };
}

export async function seedPlanning(store: Store, now: Date): Promise<void> {
  await store.planning.putRound(demoRound(now));
}
