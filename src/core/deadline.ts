import { AsyncLocalStorage } from 'node:async_hooks';
import { setMaxListeners } from 'node:events';
import { StoreUnavailable } from './store';

/** The deadline of the bot turn the current code runs in; absent outside turns (scheduler, CLI, downloads). */
const turnDeadline = new AsyncLocalStorage<AbortSignal>();

/**
 * Runs a turn's work so that every store call in it gives up once `ms` have passed: Teams waits
 * about 15 s for a turn and then delivers it again, so a hanging store must not hold the turn.
 */
export function withStoreDeadline<T>(ms: number, work: () => Promise<T>): Promise<T> {
  const deadline = AbortSignal.timeout(ms);
  // Each store call in flight listens; `mine data` asks every capability at once, more than Node's default of 10.
  setMaxListeners(0, deadline);
  return turnDeadline.run(deadline, work);
}

/**
 * The store call, or StoreUnavailable once the current turn's deadline has passed. The call itself
 * is abandoned, not cancelled; the client's request timeout ends it.
 */
export function beforeDeadline<T>(call: () => Promise<T>): Promise<T> {
  const deadline = turnDeadline.getStore();
  if (!deadline) return call();
  return new Promise<T>((resolve, reject) => {
    const giveUp = () => reject(new StoreUnavailable(new Error('the turn ran out of time')));
    if (deadline.aborted) return giveUp();
    deadline.addEventListener('abort', giveUp, { once: true });
    call()
      .then(resolve, reject)
      .finally(() => deadline.removeEventListener('abort', giveUp));
  });
}

/**
 * Work a turn starts that is allowed to take longer than the turn's store deadline, such as
 * reading a large team's roster once when the bot is added: its store calls are not cut off.
 */
export function outsideStoreDeadline<T>(work: () => Promise<T>): Promise<T> {
  return turnDeadline.exit(work);
}
