import { DateTime } from 'luxon';
import type { Store } from '../core/store';
import type { Body } from '../domain/bodies';
import { nthWorkingDay } from '../domain/calendar';
import { ZONE } from '../domain/period';
import type { ChannelLink, Person, Profile } from '../domain/types';
import { ALEX, PLAYGROUND_TENANT } from './people';

/** A fictional politician in Lierne's kommunestyre: reads Lierne's collaborations and gets its council's report. */
export const LIERNE_POLITICIAN: Person = { tenantId: PLAYGROUND_TENANT, aadObjectId: '00000000-0000-0000-0000-000000000201', name: 'Kari Nordli' };

/**
 * The Agents Playground's team channel «General» (.m365agentsplayground.yml; its id is the
 * team's) at the playground's default port: `npm start` shows the KDU's report there.
 */
const PLAYGROUND_GENERAL: ChannelLink = {
  reference: {
    serviceUrl: 'http://localhost:56150/_connector',
    tenantId: PLAYGROUND_TENANT,
    conversationId: '19:indre-namdal-general@thread.tacv2',
    conversationType: 'channel',
    botId: '00000000-0000-0000-0000-00000000000011',
    botName: 'Sampuls',
    channelId: 'msteams'
  },
  channelName: 'Indre Namdal – Generelt',
  linkedBy: ALEX,
  linkedAt: '2026-01-05T09:00:00.000Z'
};

/** Meetings on the first working day from the 10th of coming months: KDU every other month, the councils in five months. */
function meetingDays(now: Date, months: number[]): string[] {
  const today = DateTime.fromJSDate(now, { zone: ZONE }).startOf('month');
  return months.map((m) => nthWorkingDay(today.plus({ months: m }).set({ day: 10 }), 1).toISODate()!);
}

/** Indre Namdal's KDU (in the playground's team channel, Alex a member) and its four kommunestyrer. */
export async function seedBodies(store: Store, now: Date): Promise<void> {
  const network = await store.directory.getNetwork('indre-namdal');
  if (!network) return;
  const kdu: Body = { id: 'kdu', name: 'KDU Indre Namdal', kind: 'kdu', members: [ALEX], channel: PLAYGROUND_GENERAL, meetings: meetingDays(now, [1, 3, 5]), report: 'tertial' };
  const councils: Body[] = network.municipalities.map((m) => ({
    id: `kommunestyre-${m.id}`,
    name: `Kommunestyret i ${m.name}`,
    kind: 'kommunestyre',
    municipalityId: m.id,
    members: m.id === 'lierne' ? [LIERNE_POLITICIAN] : [],
    meetings: meetingDays(now, [5]),
    report: 'overview'
  }));
  await store.directory.updateNetwork(network.id, (current) => ({ ...current, bodies: [kdu, ...councils] }));
  const politician: Profile = { ...LIERNE_POLITICIAN, memberships: [{ networkId: network.id, roles: ['folkevalgt'], municipalityId: 'lierne' }] };
  await store.profiles.put(politician);
}
