import { rolesIn } from '../../domain/roles';
import type { Profile } from '../../domain/types';
import { loadScope } from '../scope';
import { say, show, type Reply } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { auditCard } from './cards';

/** Entries on one card: enough to see what happened lately, small enough for Teams. */
const RECENT = 20;

/** `logg`: each network the person administers, with its newest changes. Others are told it is for admins. */
export async function showLog(options: FeatureOptions, profile: Profile): Promise<Reply[]> {
  const { store, t } = options;
  const scope = await loadScope(options, profile);
  const administered = scope.networks.filter((n) => rolesIn(profile, n.id).includes('admin'));
  if (administered.length === 0) return [say(t.audit.onlyAdmins)];
  const sorted = [...administered].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  return Promise.all(sorted.map(async (network) => show(auditCard(network, await store.audit.recent(network.id, RECENT), t))));
}
