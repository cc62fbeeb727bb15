import { parsePeriod } from '../../domain/period';
import { buildStatus, foldCheckIn, statusWindowStart } from '../../domain/status';
import type { CheckIn, Collaboration, CollaborationStatus } from '../../domain/types';
import { ConcurrencyConflict, type Store, type Versioned } from '../../core/store';
import type { Logger } from '../../core/log';

/** Every writer that loses an ETag race tries again; with n simultaneous writers one wins per round. */
export const MAX_CONFLICT_RETRIES = 30;
export const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * Math.min(attempt, 5)));

/**
 * Adds a stored check-in to its collaboration's status under ETag concurrency, so simultaneous
 * submits never lose each other. Usually a pure fold of the stored status; an answer for an
 * older period than the newest makes it rebuild the window from the stored check-ins. Returns
 * the collaboration as stored, or undefined when the status could not be written.
 */
export async function foldIntoStatus(
  store: Store,
  log: Logger,
  checkIn: CheckIn,
  read?: Versioned<Collaboration>
): Promise<Collaboration | undefined> {
  let current = read;
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
    try {
      if (attempt > 0) await backoff(attempt);
      if (attempt > 0 || !current) current = await store.directory.getCollaboration(checkIn.networkId, checkIn.collaborationId);
      if (!current) return undefined;
      const status = foldCheckIn(current.value.status, checkIn) ?? (await rebuiltStatus(store, current.value, checkIn));
      // Already showing this edit or a later one: nothing to write.
      if (status === current.value.status) return current.value;
      return (await store.directory.replaceCollaboration({ ...current.value, status }, current.etag)).value;
    } catch (error) {
      if (error instanceof ConcurrencyConflict) continue;
      log.warn({ err: error, collaborationId: checkIn.collaborationId }, 'status not refreshed; the answer itself is stored');
      return undefined;
    }
  }
  log.warn({ collaborationId: checkIn.collaborationId }, 'status not refreshed after repeated conflicts; the answer itself is stored');
  return undefined;
}

/** The window ends at the newest period, or at the check-in's own when the cadence has changed. */
async function rebuiltStatus(store: Store, collaboration: Collaboration, checkIn: CheckIn): Promise<CollaborationStatus> {
  const newest = collaboration.status.periods[0].period;
  const anchor = parsePeriod(newest)?.cadence === parsePeriod(checkIn.period)?.cadence ? newest : checkIn.period;
  return buildStatus(await store.checkIns.listSince(collaboration.id, statusWindowStart(anchor)));
}

/**
 * Folds the check-ins whose turn did not get them into the status (a store fault, a crash) and
 * clears their marker. The marker is cleared only on the version read: a newer edit keeps its own.
 */
export async function foldPending(store: Store, log: Logger): Promise<void> {
  for (const { value: checkIn, etag } of await store.checkIns.pendingFolds()) {
    if (!(await foldIntoStatus(store, log, checkIn))) continue;
    const { pendingFold, ...shown } = checkIn;
    try {
      await store.checkIns.saveIfUnchanged(shown, etag);
    } catch (error) {
      if (!(error instanceof ConcurrencyConflict)) throw error;
    }
  }
}
