import { DateTime } from 'luxon';
import { ZONE } from '../../domain/period';
import type { Store } from '../../core/store';
import type { Logger } from '../../core/log';
import type { NetworkSnapshot } from '../../core/cycle';

/**
 * Deletes raw answers older than the network's retention. The collaboration's status summary
 * (colours and means per period) stays; only the individual check-ins go.
 */
export async function enforceRetention(store: Store, log: Logger, snapshot: NetworkSnapshot, now: Date): Promise<number> {
  const months = snapshot.network.retention?.checkInMonths;
  if (!months) return 0;
  const cutoff = DateTime.fromJSDate(now, { zone: ZONE }).minus({ months }).toUTC().toISO()!;
  let deleted = 0;
  for (const collaboration of snapshot.collaborations) deleted += await store.checkIns.deleteSubmittedBefore(collaboration.id, cutoff);
  if (deleted) log.info({ networkId: snapshot.network.id, deleted, months }, 'check-ins past retention deleted');
  return deleted;
}
