import { rolesIn } from '../../domain/roles';
import type { Profile } from '../../domain/types';
import { byName, withNetworkPicker } from '../../cards/networkPicker';
import { loadScope } from '../scope';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { AUDIT_NETWORK, auditCard } from './cards';

/** Entries on one card: enough to see what happened lately, small enough for Teams. */
const RECENT = 20;

/**
 * `logg`: the newest changes of one network the person administers, with a choice of the others.
 * Without a choice, the network changed most recently comes first. Others are told it is for admins.
 */
export async function showLog(options: FeatureOptions, _turn: Turn, profile: Profile, networkId?: string): Promise<Reply> {
  const { store, t } = options;
  const scope = await loadScope(options, profile);
  const administered = scope.networks.filter((n) => rolesIn(profile, n.id).includes('admin')).sort(byName);
  if (administered.length === 0) return say(t.audit.onlyAdmins);
  if (networkId !== undefined) {
    const network = administered.find((n) => n.id === networkId);
    if (!network) return say(t.general.invalidAction);
    return show(withNetworkPicker(auditCard(network, await store.audit.recent(network.id, RECENT), t), administered, network, AUDIT_NETWORK, t));
  }
  const logs = await Promise.all(administered.map(async (network) => ({ network, entries: await store.audit.recent(network.id, RECENT) })));
  const newest = (log: (typeof logs)[number]) => log.entries.reduce((latest, e) => (e.at > latest ? e.at : latest), '');
  const first = logs.reduce((best, log) => (newest(log) > newest(best) ? log : best));
  return show(withNetworkPicker(auditCard(first.network, first.entries, t), administered, first.network, AUDIT_NETWORK, t));
}
