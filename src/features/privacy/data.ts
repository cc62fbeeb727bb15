import { sameUser } from '../../domain/roles';
import type { CheckIn, Profile, UserId } from '../../domain/types';
import type { Store } from '../../core/store';

/** Everything Sampuls holds about one person, as `mine data` shows it and its download carries. */
export interface PersonalData {
  profile?: Profile;
  /** The networks the person has roles in, to name them. */
  networks: { id: string; name: string }[];
  checkIns: CheckIn[];
  /** Collaborations the person is registered as leader of, by network. */
  leads: { networkId: string; collaborationId: string; name: string }[];
  /** Scheduled messages addressed to them (without the chat reference). */
  messages: { kind: string; period: string; state: string; sentAt?: string }[];
}

export async function loadPersonalData(store: Store, user: UserId): Promise<PersonalData> {
  const [profile, checkIns, deliveries] = await Promise.all([store.profiles.get(user), store.checkIns.listByRespondent(user), store.jobs.deliveriesTo(user)]);
  const networkIds = (profile?.memberships ?? []).map((m) => m.networkId);
  const { networks, collaborations } = await store.directory.loadNetworks(networkIds);
  return {
    ...(profile ? { profile } : {}),
    networks: networks.map((n) => ({ id: n.id, name: n.name })),
    checkIns,
    leads: collaborations.filter((c) => c.leaders.some((l) => sameUser(l, user))).map((c) => ({ networkId: c.networkId, collaborationId: c.id, name: c.name })),
    messages: deliveries.map((d) => ({ kind: d.kind, period: d.period, state: d.state, ...(d.sentAt ? { sentAt: d.sentAt } : {}) }))
  };
}
