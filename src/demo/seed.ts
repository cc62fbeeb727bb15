import { periodAt, periodBounds, previousPeriod, shiftPeriod } from '../domain/period';
import { buildStatus, emptyStatus } from '../domain/status';
import { currentVersion, fellesStatusmal } from '../domain/template';
import type { Collaboration, Person, Profile } from '../domain/types';
import type { Store } from '../core/store';
import { answeredAt, demoCheckIns } from './history';
import { DEMO_NETWORKS, type DemoCollaboration, type DemoNetwork } from './networks';
import { ALEX, DEMO_LEADERS } from './people';
import { seedPlanning } from './planning';
import { seedSurveys } from './surveys';
import { seedSolorPlanning } from './benefits';

/** How many past periods of made-up history each demo collaboration gets. */
const HISTORY_PERIODS = 6;

function collaborationOf(demo: DemoCollaboration, { network }: DemoNetwork, leader: Person, now: Date): Collaboration {
  const first = shiftPeriod(periodAt(demo.cadence, now), -HISTORY_PERIODS);
  return {
    id: demo.id,
    networkId: network.id,
    name: demo.name,
    aliases: demo.aliases,
    sector: demo.sector,
    legalForm: demo.legalForm,
    ...(demo.host ? { hostMunicipalityId: demo.host } : {}),
    participantIds: demo.participants ?? network.municipalities.map((m) => m.id),
    leaders: demo.ledByAlex ? [ALEX] : [leader],
    cadence: demo.cadence,
    templateId: 'felles-statusmal',
    reportingSince: periodBounds(first).start.toISODate()!,
    status: emptyStatus()
  };
}

/**
 * Past periods answered for the demo. Alex's collaborations leave the current period open so
 * the check-in can be tried; a few others have fallen behind so `status` shows overdue ones; the
 * rest have answered the newest period they could by now: the current one only once its
 * check-in has opened, so on 30 November nobody has answered the fourth quarter yet.
 */
function historyPeriods(collaboration: Collaboration, index: number, now: Date): string[] {
  const current = periodAt(collaboration.cadence, now);
  const answerable = answeredAt(current) <= now ? current : previousPeriod(current);
  const latest = collaboration.leaders[0] === ALEX ? previousPeriod(current) : index % 3 === 1 ? shiftPeriod(current, -2) : answerable;
  return Array.from({ length: HISTORY_PERIODS }, (_, i) => shiftPeriod(latest, -(HISTORY_PERIODS - 1 - i)));
}

/** Fills an empty store with the demo networks of DOMAIN.md; Alex gets every role. */
export async function seedDemo(store: Store, now: Date): Promise<void> {
  const profiles = new Map<string, Profile>([[ALEX.aadObjectId, { ...ALEX, memberships: [] }]]);
  let leaderIndex = 0;
  for (const demo of DEMO_NETWORKS) {
    const template = fellesStatusmal(demo.network.id);
    await store.directory.putTemplate(template);
    await store.directory.putNetwork(demo.network);
    profiles.get(ALEX.aadObjectId)!.memberships.push({
      networkId: demo.network.id,
      roles: ['admin', 'kommunedirektør', 'member'],
      municipalityId: demo.network.municipalities[0].id
    });
    for (const [index, item] of demo.collaborations.entries()) {
      const leader = DEMO_LEADERS[leaderIndex++ % DEMO_LEADERS.length];
      const collaboration = collaborationOf(item, demo, leader, now);
      const checkIns = demoCheckIns(collaboration, collaboration.leaders, historyPeriods(collaboration, index, now), currentVersion(template));
      for (const checkIn of checkIns) await store.checkIns.save(checkIn);
      await store.directory.putCollaboration({ ...collaboration, status: buildStatus(checkIns) });
      const profile = profiles.get(leader.aadObjectId) ?? { ...leader, memberships: [] };
      if (!item.ledByAlex && !profile.memberships.some((m) => m.networkId === demo.network.id)) {
        profile.memberships.push({ networkId: demo.network.id, roles: ['member'] });
      }
      profiles.set(leader.aadObjectId, profile);
    }
  }
  for (const profile of profiles.values()) await store.profiles.put(profile);
  await seedPlanning(store, now);
  await seedSurveys(store, now);
  await seedSolorPlanning(store, now);
}
