import { adminsOf, deliveryOf, type AnnualCycleContribution, type AnnualCycleRenderContext, type NetworkSnapshot } from '../../core/annualCycle';
import type { Logger } from '../../core/log';
import type { Delivery, Store } from '../../core/store';
import type { Reply } from '../../core/turn';
import { dueAt, type AnnualCycleEvent } from '../../domain/annualCycle';
import { rolesIn, userKey } from '../../domain/roles';
import { isClosed, isOpen, type SurveyRound } from '../../domain/survey';
import { addWorkingDays } from '../../domain/calendar';
import { DateTime } from 'luxon';
import { answerCard, rateReply } from './admin';
import { closedResults } from './results';
import { inviteesOf, refOf, roundsOf } from './rounds';

const STALE_DAYS = 3;
const staleAfter = (iso: string) => addWorkingDays(DateTime.fromISO(iso, { zone: 'Europe/Oslo' }), STALE_DAYS).toJSDate();

/** A round's moments: the opening, each reminder (superseded by the next), and the close with its results. */
function eventsOf(round: SurveyRound): AnnualCycleEvent[] {
  const close = new Date(round.closesAt);
  const reminders = round.reminders.filter((r) => r < round.closesAt).map((r) => new Date(r));
  const starts = [new Date(round.opensAt), ...reminders, close];
  return [
    { kind: 'survey.open', period: round.id, at: starts[0], until: starts[1] },
    ...reminders.map((at, i) => ({ kind: 'survey.reminder', period: round.id, reminder: i + 1, at, until: starts[i + 2] })),
    { kind: 'survey.close', period: round.id, at: close, until: staleAfter(round.closesAt) }
  ];
}

function plan(snapshot: NetworkSnapshot, event: AnnualCycleEvent): Delivery[] {
  const ask = (kind: string) => inviteesOf(snapshot.people.values(), snapshot.network.id).map(({ person }) => deliveryOf(snapshot, event, kind, userKey(person), person));
  if (event.kind === 'survey.open') return ask('survey.invitation');
  if (event.kind === 'survey.reminder') return [...ask('survey.reminder'), ...adminsOf(snapshot).map((a) => deliveryOf(snapshot, event, 'survey.rate', `rate|${userKey(a)}`, a))];
  // At the close, the results go to the chief executives and the leadership channel.
  const chiefs = [...snapshot.people.values()].filter((p) => rolesIn(p, snapshot.network.id).includes('kommunedirektør'));
  return [...chiefs.map((p) => deliveryOf(snapshot, event, 'survey.results', userKey(p), p)), deliveryOf(snapshot, event, 'survey.results', 'channel')];
}

const roundOf = (delivery: Delivery, { snapshot }: AnnualCycleRenderContext) => roundsOf(snapshot.network).find((r) => r.id === delivery.period);

/** The card to answer, unless the round has closed or the person has answered meanwhile. */
async function renderAsk(delivery: Delivery, context: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const { store, t, snapshot, now } = context;
  const round = roundOf(delivery, context);
  if (!round || !isOpen(round, now)) return undefined;
  if (await store.surveys.hasReceipt(refOf(snapshot.network, round), delivery.person!)) return undefined;
  return answerCard(store, t, snapshot.network, round, delivery.kind === 'survey.invitation' ? t.survey.invitation : t.survey.reminder);
}

/** The response rate for the admins while the round runs. */
async function renderRate(delivery: Delivery, context: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const round = roundOf(delivery, context);
  return round && isOpen(round, context.now) ? rateReply(context.store, context.t, context.snapshot.network, round) : undefined;
}

async function renderResults(delivery: Delivery, context: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const round = roundOf(delivery, context);
  return round ? closedResults(context.store, context.snapshot.network, round, context.t) : undefined;
}

/**
 * Once a round has closed, nobody needs to know who answered: its receipts are deleted and the
 * counters forget the tokens of the answers they counted.
 */
async function forgetWhoAnswered(store: Store, log: Logger, now: Date): Promise<void> {
  const { networks } = await store.directory.loadNetworks(await store.directory.listNetworkIds());
  for (const network of networks) {
    for (const round of roundsOf(network).filter((r) => isClosed(r, now) && !r.receiptsDeleted)) {
      const ref = refOf(network, round);
      const deleted = await store.surveys.deleteReceipts(ref);
      await store.surveys.updateTally(ref, (tally) => (tally.applied.length ? { ...tally, applied: [] } : undefined));
      await store.directory.updateNetwork(network.id, (current) => ({
        ...current,
        survey: { ...current.survey!, rounds: roundsOf(current).map((r) => (r.id === round.id ? { ...r, receiptsDeleted: true as const } : r)) }
      }));
      log.info({ networkId: network.id, deleted }, 'survey receipts deleted after close');
    }
  }
}

/** The tillitsbarometer in the årshjul: opening, reminders with the response rate to admins, results at the close. */
export const surveyEvents: AnnualCycleContribution = {
  due: ({ network }, now) => dueAt(roundsOf(network).flatMap(eventsOf), now),
  plan,
  render: { 'survey.invitation': renderAsk, 'survey.reminder': renderAsk, 'survey.rate': renderRate, 'survey.results': renderResults },
  beforeRound: forgetWhoAnswered
};
