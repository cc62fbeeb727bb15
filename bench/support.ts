import type { Store } from '../src/core/store';
import { demoCheckIns } from '../src/demo/history';
import { PLAYGROUND_TENANT } from '../src/demo/people';
import { periodAt, shiftPeriod } from '../src/domain/period';
import { buildStatus, emptyStatus, statusWindowStart } from '../src/domain/status';
import { currentVersion, fellesStatusmal } from '../src/domain/template';
import type { Collaboration, Person } from '../src/domain/types';
import { defaultChecklistTemplate, ITEM_STATES, startChecklist } from '../src/domain/checklist';
import { samplePlan } from '../src/features/benefits/samples';

export const BENCH_USER: Person = { tenantId: PLAYGROUND_TENANT, aadObjectId: 'bench-leader', name: 'Benk Leder' };
export const NETWORK_ID = 'bench';

/**
 * One network of `count` monthly collaborations, each with `periods` months of history
 * answered by the bench user, who leads them all and is a member of the network.
 */
export async function seedNetwork(store: Store, count: number, periods: number, now: Date): Promise<Collaboration[]> {
  const template = fellesStatusmal(NETWORK_ID);
  await store.directory.putTemplate(template);
  await store.directory.putNetwork({
    id: NETWORK_ID, name: 'Benkregionen', tenantIds: [PLAYGROUND_TENANT],
    municipalities: [{ id: 'a', name: 'Aheim', number: '9901', population: 5000 }, { id: 'b', name: 'Bedal', number: '9902', population: 1200 }]
  });
  await store.profiles.put({ ...BENCH_USER, memberships: [{ networkId: NETWORK_ID, roles: ['member', 'kommunedirektør'] }] });
  const last = shiftPeriod(periodAt('monthly', now), -1);
  const months = Array.from({ length: periods }, (_, i) => shiftPeriod(last, i - periods + 1));
  const collaborations: Collaboration[] = [];
  for (let i = 0; i < count; i++) {
    const collaboration: Collaboration = {
      id: `bench-${i}`, networkId: NETWORK_ID, name: `Samarbeid ${i}`, aliases: [], sector: 'økonomi',
      legalForm: 'administrativt vertskommunesamarbeid', participantIds: ['a', 'b'], leaders: [BENCH_USER],
      cadence: 'monthly', templateId: template.id, reportingSince: '2000-01-01', status: emptyStatus()
    };
    const checkIns = demoCheckIns(collaboration, [BENCH_USER], months, currentVersion(template));
    await inBatches(checkIns, 64, (c) => store.checkIns.save(c).then(() => undefined));
    const recent = checkIns.filter((c) => c.period >= statusWindowStart(last));
    const seeded = { ...collaboration, status: buildStatus(recent) };
    await store.directory.putCollaboration(seeded);
    collaborations.push(seeded);
  }
  return collaborations;
}

export async function inBatches<T>(items: T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  for (let i = 0; i < items.length; i += size) await Promise.all(items.slice(i, i + size).map(work));
}

export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

export const ms = (n: number) => `${n.toFixed(1)} ms`;

/**
 * Gives every collaboration of the bench network a checklist of 40 items and a benefits plan of
 * 10 benefits with five years of monthly values: what `status <samarbeid>` must still show in
 * at most three store requests.
 */
export async function addPlanning(store: Store, collaborations: Collaboration[]): Promise<void> {
  const network = (await store.directory.getNetwork(NETWORK_ID))!;
  const started = startChecklist(defaultChecklistTemplate(NETWORK_ID).versions[0], network.municipalities);
  const items = Array.from({ length: 40 }, (_, i) => {
    const item = started.items[i % started.items.length];
    return { ...item, id: `${item.id}#${i}`, state: ITEM_STATES[i % ITEM_STATES.length] };
  });
  const benefits = samplePlan(10, 5);
  for (const c of collaborations) {
    await store.directory.updateCollaboration(NETWORK_ID, c.id, (current) => ({ ...current, phase: 'drift', checklist: { templateVersion: 1, items }, benefits }));
  }
}
