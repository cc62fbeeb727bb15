import { DateTime } from 'luxon';
import { DEFAULT_ANNUAL_CYCLE } from '../../src/domain/annualCycle';
import { emptyStatus } from '../../src/domain/status';
import { fellesStatusmal } from '../../src/domain/template';
import type { Collaboration, ConversationReference, Network, Person, Profile } from '../../src/domain/types';
import type { Store } from '../../src/core/store';

/**
 * Synthetic networks for fan-out tests and the benchmark: monthly collaborations with one
 * reachable leader each, an admin per network and a leadership channel for the digest.
 * At FANOUT_NOW the November reminders and the November digest are due.
 */
export const FANOUT_NOW = DateTime.fromISO('2026-12-01T10:00', { zone: 'Europe/Oslo' }).toJSDate();
export const FANOUT_TENANT = 'fanout-tenant';

export interface FanoutShape {
  networks: number;
  leadersPerNetwork: number;
  serviceUrl: string;
}

const reference = (serviceUrl: string, conversationId: string, type: ConversationReference['conversationType']): ConversationReference => ({
  serviceUrl, tenantId: FANOUT_TENANT, conversationId, conversationType: type, botId: '28:sampuls-bot', channelId: 'msteams'
});

export const leaderConversation = (n: number, i: number) => `a:leader-${n}-${i}`;
export const adminConversation = (n: number) => `a:admin-${n}`;
export const digestConversation = (n: number) => `19:council-${n}@thread.tacv2`;

const person = (id: string, name: string): Person => ({ tenantId: FANOUT_TENANT, aadObjectId: id, name });

/** Writes the networks with bounded concurrency; returns the leaders and admins created. */
export async function seedFanout(store: Store, shape: FanoutShape): Promise<{ leaders: Person[]; admins: Person[] }> {
  const leaders: Person[] = [];
  const admins: Person[] = [];
  const writes: (() => Promise<void>)[] = [];
  for (let n = 0; n < shape.networks; n++) {
    const networkId = `fan-${n}`;
    const admin = person(`admin-${n}`, `Sekretær ${n}`);
    admins.push(admin);
    const network: Network = {
      id: networkId,
      name: `Region ${n}`,
      tenantIds: [FANOUT_TENANT],
      municipalities: [{ id: `k-${n}`, name: `Kommune ${n}`, number: String(1000 + n), population: 1000 }],
      cycle: { ...DEFAULT_ANNUAL_CYCLE, digest: { cadence: 'monthly', workingDay: 1 } },
      digestChannel: {
        reference: reference(shape.serviceUrl, digestConversation(n), 'channel'),
        channelName: 'Rådmannsutvalget',
        linkedBy: admin,
        linkedAt: '2026-01-05T09:00:00.000Z'
      }
    };
    writes.push(() => store.directory.putNetwork(network), () => store.directory.putTemplate(fellesStatusmal(networkId)));
    const adminProfile: Profile = { ...admin, memberships: [{ networkId, roles: ['admin'] }], personalConversation: reference(shape.serviceUrl, adminConversation(n), 'personal') };
    writes.push(() => store.profiles.put(adminProfile));
    for (let i = 0; i < shape.leadersPerNetwork; i++) {
      const leader = person(`leader-${n}-${i}`, `Leder ${n}-${i}`);
      leaders.push(leader);
      const collaboration: Collaboration = {
        id: `fan-${n}-c${i}`, networkId, name: `Samarbeid ${i}`, aliases: [], sector: 'HR', legalForm: 'administrativt vertskommunesamarbeid',
        participantIds: [`k-${n}`], leaders: [leader], cadence: 'monthly', templateId: 'felles-statusmal', reportingSince: '2026-01-01', status: emptyStatus()
      };
      const profile: Profile = { ...leader, memberships: [{ networkId, roles: ['member'] }], personalConversation: reference(shape.serviceUrl, leaderConversation(n, i), 'personal') };
      writes.push(() => store.directory.putCollaboration(collaboration), () => store.profiles.put(profile));
    }
  }
  const worker = async () => {
    for (let next = writes.shift(); next; next = writes.shift()) await next();
  };
  await Promise.all(Array.from({ length: 16 }, worker));
  return { leaders, admins };
}
