import { parsePeriod } from '../../domain/period';
import { recordRealisations } from '../../domain/benefits';
import { buildStatus, foldCheckIn, statusWindowStart } from '../../domain/status';
import type { CheckIn, Collaboration, CollaborationStatus } from '../../domain/types';
import { ConcurrencyConflict, type Store, type Versioned } from '../../core/store';
import type { Logger } from '../../core/log';

/**
 * Adds a stored check-in to its collaboration's status under ETag concurrency, so simultaneous
 * submits never lose each other. Usually a pure fold of the stored status; an answer for an
 * older period than the newest makes it rebuild the window from the stored check-ins. `known` is
 * the collaboration as the turn read it, tried first so a submit needs no second read. Returns
 * the collaboration as stored, or undefined when the status could not be written.
 */
export async function foldIntoStatus(store: Store, log: Logger, checkIn: CheckIn, known?: Versioned<Collaboration>): Promise<Collaboration | undefined> {
  try {
    const fold = async (current: Collaboration) => {
      const status = foldCheckIn(current.status, checkIn) ?? (await rebuiltStatus(store, current, checkIn));
      // The values reported for planned benefits are kept on the plan, per period, beyond the status window.
      const benefits = recordRealisations(current.benefits, checkIn.period, checkIn.benefits, checkIn.submittedAt);
      // Already showing this edit or a later one: nothing to write.
      return status === current.status && benefits === current.benefits ? undefined : { ...current, status, ...(benefits ? { benefits } : {}) };
    };
    return await store.directory.updateCollaboration(checkIn.networkId, checkIn.collaborationId, fold, known);
  } catch (error) {
    log.warn({ err: error, collaborationId: checkIn.collaborationId }, 'status not refreshed; the answer itself is stored');
    return undefined;
  }
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
