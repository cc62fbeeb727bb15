import { adminsOf, deliveryOf, type AnnualCycleContribution, type AnnualCycleRenderContext, type NetworkSnapshot } from '../../core/annualCycle';
import type { Logger } from '../../core/log';
import type { Delivery, Store } from '../../core/store';
import type { Reply } from '../../core/turn';
import { dueAt, type AnnualCycleEvent } from '../../domain/annualCycle';
import { rolesIn, userKey } from '../../domain/roles';
import { isClosed, isOpen, type SurveyRound } from '../../domain/survey';
import { addWorkingDays } from '../../domain/calendar';
import { DateTime } from 'luxon';
import type { Profile } from '../../domain/types';
import { answerCard, evaluationRateReply, rateReply } from './admin';
import { keepPartnerView, evaluatorsOf, startDueEvaluation } from './evaluation';
import { closedResults, evaluationResults } from './results';
import { everyRound, inviteesOf, refOf, withRound } from './rounds';

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

/** Who a round asks at this event: everybody with a role (tillitsbarometer), or each collaboration's partners (evaluation). */
function asked(snapshot: NetworkSnapshot, round: SurveyRound): { person: Profile; subjectId?: string }[] {
  if (!round.subjects) return inviteesOf(snapshot.people.values(), snapshot.network.id).map(({ person }) => ({ person }));
  return snapshot.collaborations
    .filter((c) => round.subjects![c.id])
    .flatMap((c) => evaluatorsOf(snapshot.people.values(), c).map(({ person }) => ({ person, subjectId: c.id })));
}

function plan(snapshot: NetworkSnapshot, event: AnnualCycleEvent): Delivery[] {
  const round = everyRound(snapshot.network).find((r) => r.id === event.period);
  if (!round) return [];
  const prefix = round.kind ?? 'survey';
  // An evaluation asks one card per collaboration: the recipient names the collaboration too.
  const ask = (kind: string) => asked(snapshot, round).map(({ person, subjectId }) => deliveryOf(snapshot, event, `${prefix}.${kind}`, [userKey(person), subjectId].filter(Boolean).join('|'), person));
  if (event.kind === 'survey.open') return ask('invitation');
  if (event.kind === 'survey.reminder') return [...ask('reminder'), ...adminsOf(snapshot).map((a) => deliveryOf(snapshot, event, `${prefix}.rate`, `rate|${userKey(a)}`, a))];
  // At the close, the results go to the chief executives and the leadership channel.
  const chiefs = [...snapshot.people.values()].filter((p) => rolesIn(p, snapshot.network.id).includes('kommunedirektør'));
  return [...chiefs.map((p) => deliveryOf(snapshot, event, `${prefix}.results`, userKey(p), p)), deliveryOf(snapshot, event, `${prefix}.results`, 'channel')];
}

const roundOf = (delivery: Delivery, { snapshot }: AnnualCycleRenderContext) => everyRound(snapshot.network).find((r) => r.id === delivery.period);
/** A delivery's id is «network|kind|round|person|collaboration» for an evaluation card. */
const subjectOf = (delivery: Delivery): string | undefined => delivery.id.split('|')[4];

/** The card to answer, unless the round has closed or the person has answered meanwhile. */
async function renderAsk(delivery: Delivery, context: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const { store, t, snapshot, now } = context;
  const round = roundOf(delivery, context);
  const subjectId = round?.subjects ? subjectOf(delivery) : undefined;
  const collaboration = subjectId ? snapshot.collaborations.find((c) => c.id === subjectId) : undefined;
  if (!round || !isOpen(round, now) || (round.subjects && !collaboration)) return undefined;
  if (await store.surveys.hasReceipt(refOf(snapshot.network, round, subjectId), delivery.person!)) return undefined;
  const notice = delivery.kind.endsWith('.invitation') ? (collaboration ? t.survey.evaluationInvitation : t.survey.invitation) : (collaboration ? t.survey.evaluationReminder : t.survey.reminder);
  return answerCard(store, t, snapshot.network, round, notice, collaboration);
}

/** The response rate for the admins while the round runs. */
async function renderRate(delivery: Delivery, context: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const round = roundOf(delivery, context);
  if (!round || !isOpen(round, context.now)) return undefined;
  return round.subjects ? evaluationRateReply(context.store, context.t, context.snapshot, round) : rateReply(context.store, context.t, context.snapshot.network, round);
}

async function renderResults(delivery: Delivery, context: AnnualCycleRenderContext): Promise<Reply | undefined> {
  const round = roundOf(delivery, context);
  if (!round) return undefined;
  return round.subjects ? evaluationResults(context.store, context.snapshot.network, context.snapshot.collaborations, round, context.t) : closedResults(context.store, context.snapshot.network, round, context.t);
}

/**
 * Once a round has closed, nobody needs to know who answered: its receipts are deleted and the
 * counters forget the tokens of the answers they counted; each evaluated collaboration keeps its
 * partners' view. Found from the network document the scheduler has already loaded, so a round
 * costs no query unless a close is due.
 */
async function settleClosed(store: Store, log: Logger, { network }: NetworkSnapshot, now: Date): Promise<void> {
  for (const round of everyRound(network).filter((r) => isClosed(r, now) && !r.receiptsDeleted)) {
    const parts = round.subjects ? Object.keys(round.subjects) : [undefined];
    let deleted = 0;
    for (const subjectId of parts) {
      const ref = refOf(network, round, subjectId);
      deleted += await store.surveys.deleteReceipts(ref);
      await store.surveys.updateTally(ref, (tally) => (tally.applied.length ? { ...tally, applied: [] } : undefined));
      if (subjectId) await keepPartnerView(store, network, round, subjectId);
    }
    await store.directory.updateNetwork(network.id, (current) => withRound(current, round.id, (r) => ({ ...r, receiptsDeleted: true as const })));
    log.info({ networkId: network.id, roundId: round.id, deleted }, 'survey receipts deleted after close');
  }
}

/** The tillitsbarometer and the yearly evaluation in the årshjul: opening, reminders with the response rate to admins, results at the close. */
export const surveyEvents: AnnualCycleContribution = {
  due: ({ network }, now) => dueAt(everyRound(network).flatMap(eventsOf), now),
  plan,
  render: {
    'survey.invitation': renderAsk,
    'survey.reminder': renderAsk,
    'survey.rate': renderRate,
    'survey.results': renderResults,
    'evaluation.invitation': renderAsk,
    'evaluation.reminder': renderAsk,
    'evaluation.rate': renderRate,
    'evaluation.results': renderResults
  },
  afterPlanning: async (store, log, snapshot, now) => {
    await settleClosed(store, log, snapshot, now);
    await startDueEvaluation(store, log, snapshot, now);
  }
};
