import { randomBytes } from 'node:crypto';
import type { AuditEntry } from '../../domain/audit';
import type { Person, UserId } from '../../domain/types';
import type { Store } from '../../core/store';

export type AuditChange = Omit<AuditEntry, 'id' | 'at' | 'actor'>;

/** The person as the log names them: ids and the name Teams gave in this turn. */
export const actorOf = (user: UserId & { name?: string }): Person => ({ tenantId: user.tenantId, aadObjectId: user.aadObjectId, name: user.name ?? '' });

/** Writes one audit entry; ids sort by time and never collide between instances. */
export async function recordChange(store: Store, at: Date, actor: Person | undefined, change: AuditChange): Promise<void> {
  await store.audit.append({ id: `${at.toISOString()}-${randomBytes(4).toString('hex')}`, at: at.toISOString(), ...(actor ? { actor } : {}), ...change });
}
