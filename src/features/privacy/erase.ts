import { randomUUID } from 'node:crypto';
import { declarationsOf, type ErasureContext } from '../../core/personalData';
import type { FeatureModule } from '../../core/module';
import type { Person } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { Store } from '../../core/store';
import { recordChange } from '../audit/record';

export interface ErasureReport {
  answers: number;
  networks: number;
}

/**
 * `slett mine data`: every module's declaration erases its part (answers and the audit trail
 * keep a pseudonym that cannot be traced back, leader lists and scheduled messages drop the
 * person). The profile (roles, chats, state) goes last, as it holds the name the others are
 * searched for, so running again after a failure part-way finishes the job.
 */
export async function erasePerson(store: Store, modules: readonly FeatureModule[], user: Person, now: Date, t: Catalogue): Promise<ErasureReport> {
  const profile = await store.profiles.get(user);
  const context: ErasureContext = {
    pseudonym: { tenantId: user.tenantId, aadObjectId: `erased-${randomUUID()}`, name: '' },
    names: [...new Set([user.name, profile?.name ?? ''])].filter(Boolean),
    now,
    t
  };
  let answers = 0;
  for (const declaration of declarationsOf(modules)) answers += (await declaration.erase?.(store, user, context)) ?? 0;
  const networkIds = (profile?.memberships ?? []).map((m) => m.networkId);
  await store.profiles.delete(user);
  const { networks } = await store.directory.loadNetworks(networkIds);
  for (const network of networks) await recordChange(store, now, undefined, { networkId: network.id, action: 'person.erased', subject: network.name });
  return { answers, networks: networkIds.length };
}
