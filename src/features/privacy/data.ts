import { declarationsOf, type PersonalData } from '../../core/personalData';
import type { FeatureModule } from '../../core/module';
import type { UserId } from '../../domain/types';
import type { Store } from '../../core/store';

export type { PersonalData } from '../../core/personalData';

/** Everything the modules hold about one person: each declaration adds its part. */
export async function loadPersonalData(store: Store, modules: readonly FeatureModule[], user: UserId): Promise<PersonalData> {
  const parts: Partial<PersonalData>[] = await Promise.all(declarationsOf(modules).map((d) => d.collect?.(store, user) ?? {}));
  // Several modules name what a person is responsible for: their lists are joined, not overwritten.
  const responsibilities = parts.flatMap((p) => p.responsibilities ?? []);
  return Object.assign({ networks: [], checkIns: [], leads: [], messages: [] }, ...parts, responsibilities.length ? { responsibilities } : {}) as PersonalData;
}
