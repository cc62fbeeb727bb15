import { z } from 'zod';
import { parseAnswers } from '../../domain/answers';
import { isBenefitKey, parseBenefitAnswers } from '../../domain/benefits';
import { answerablePeriods } from '../../domain/period';
import { leads } from '../../domain/roles';
import type { TemplateVersion } from '../../domain/template';
import type { CheckIn, Collaboration } from '../../domain/types';
import { checkInId } from '../../domain/checkIns';
import { ConcurrencyConflict, StoreUnavailable, type SaveOutcome, type Store } from '../../core/store';
import { plain } from '../../core/card';
import { periodName } from '../../cards/answers';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { channelSummaryCard, checkInCard, receiptCard } from './cards';
import { foldIntoStatus } from './fold';
import { retryOnConflict } from '../../core/conflict';

/** The fields the card itself carries; everything else in the payload must be an answer. */
export const submitEnvelope = z.object({
  networkId: z.string().min(1).max(100),
  collaborationId: z.string().min(1).max(100),
  period: z.string().regex(/^\d{4}-[MQT]\d{1,2}$/),
  templateVersion: z.number().int().positive()
});

export type SubmitEnvelope = z.infer<typeof submitEnvelope>;

/** Activity ids a check-in remembers: Teams redelivers within minutes, so the last few edits suffice. */
const REMEMBERED_ACTIVITIES = 10;

/**
 * Handles a submitted check-in card: validate everything, store once, fold the status, tell the
 * channel. Being listed as the collaboration's leader is the authority, so no profile is read:
 * two point reads (collaboration, stored check-in), a conditional write and a replace (and the
 * template, once per period and process).
 */
export async function submitCheckIn(
  options: FeatureOptions,
  turn: Turn,
  envelope: SubmitEnvelope,
  raw: Record<string, unknown>
): Promise<Reply> {
  const { store, templates, t } = options;
  const found = await store.directory.getCollaboration(envelope.networkId, envelope.collaborationId);
  if (!found) return say(t.general.invalidAction);
  const collaboration = found.value;
  // Only a forged card reaches here for someone who does not lead it: say nothing about the collaboration.
  if (!leads(collaboration, turn.user)) return say(t.general.invalidAction);
  // The tenant gate is cached and in memory: no store request is added to the submit.
  if (!(await options.tenants.access(turn.user.tenantId)).networkIds.has(collaboration.networkId)) return say(t.general.invalidAction);
  if (!answerablePeriods(collaboration.cadence, turn.now).includes(envelope.period)) {
    return say(t.checkIn.stalePeriod(periodName(envelope.period, t)));
  }
  const version = await templates.forPeriod(collaboration.networkId, collaboration.templateId, envelope.period, turn.now);
  if (!version) return say(t.general.invalidAction);
  // Answers are stored against the period's own version. That version is final once the period
  // has started, so an answer stored earlier in the period used it too and may be edited freely.
  if (version.version !== envelope.templateVersion) {
    const named = await templates.get(collaboration.networkId, collaboration.templateId, envelope.templateVersion);
    return say(named ? t.templates.staleForm(periodName(envelope.period, t)) : t.general.invalidAction);
  }

  // Answers about planned benefits are checked against the collaboration's plan, the rest against the template.
  const parsed = parseAnswers(version, Object.fromEntries(Object.entries(raw).filter(([key]) => !isBenefitKey(key))));
  const benefits = parseBenefitAnswers(collaboration.benefits, Object.fromEntries(Object.entries(raw).filter(([key]) => isBenefitKey(key))));
  if (!parsed.ok || !benefits.ok) {
    const network = await store.directory.getNetwork(collaboration.networkId);
    if (!network) return say(t.general.invalidAction);
    const errors = [...(parsed.ok ? [] : parsed.errors), ...(benefits.ok ? [] : benefits.errors)];
    return show(checkInCard({ network, collaboration, version, period: envelope.period, values: raw, errors }, t));
  }

  const answer: CheckIn = {
    id: checkInId(envelope.period, turn.user),
    collaborationId: collaboration.id,
    networkId: collaboration.networkId,
    period: envelope.period,
    respondent: turn.user,
    templateId: collaboration.templateId,
    templateVersion: version.version,
    answers: parsed.answers,
    ...(Object.keys(benefits.answers).length ? { benefits: benefits.answers } : {}),
    submittedAt: turn.now.toISOString()
  };
  let stored: StoredEdit;
  try {
    stored = await storeEdit(store, answer, turn.activityId);
  } catch (error) {
    if (error instanceof StoreUnavailable || error instanceof ConcurrencyConflict) return say(t.checkIn.saveFailed);
    throw error;
  }
  const { checkIn, outcome } = stored;
  // Folded again even for a redelivery: the first delivery may have stopped before it.
  const updated = await foldIntoStatus(store, options.log, checkIn, found);
  const channelNote = stored.redelivered
    ? t.checkIn.alreadyReceived
    : await postSummary(options, updated ?? collaboration, version, checkIn, outcome);
  return show(
    receiptCard(
      {
        collaboration, version, period: checkIn.period, answers: checkIn.answers, benefitAnswers: checkIn.benefits, outcome, channelNote,
        ...(updated ? {} : { statusNote: t.checkIn.statusPending })
      },
      t
    )
  );
}

interface StoredEdit {
  checkIn: CheckIn;
  outcome: SaveOutcome;
  /** This activity was stored before: Teams delivered it again. */
  redelivered: boolean;
}

/**
 * Stores the edit over the version just read, so every stored edit gets the next revision and
 * the status can keep the one that is stored, whatever order the folds arrive in. The edit is
 * marked pending until the scheduler has seen it in the status (see foldPending): that costs the
 * submit no extra request, and an answer whose fold fails, or whose process dies, is not lost.
 */
async function storeEdit(store: Store, answer: CheckIn, activityId: string | undefined): Promise<StoredEdit> {
  return retryOnConflict(async () => {
    const prior = await store.checkIns.get(answer.collaborationId, answer.id);
    const seen = prior?.value.activityIds ?? [];
    if (prior && activityId && seen.includes(activityId)) {
      return { checkIn: prior.value, outcome: prior.value.revision === 1 ? 'created' : 'updated', redelivered: true };
    }
    const checkIn: CheckIn = {
      ...answer,
      revision: (prior?.value.revision ?? 0) + 1,
      activityIds: activityId ? [...seen, activityId].slice(-REMEMBERED_ACTIVITIES) : seen,
      pendingFold: true
    };
    await store.checkIns.saveIfUnchanged(checkIn, prior?.etag);
    return { checkIn, outcome: prior ? 'updated' : 'created', redelivered: false };
  });
}

/** Sends the summary card to the linked channel; the answer is already safe whatever happens here. */
async function postSummary(
  { messenger, log, t }: FeatureOptions,
  collaboration: Collaboration,
  version: TemplateVersion,
  checkIn: CheckIn,
  outcome: SaveOutcome
): Promise<string> {
  if (!collaboration.channel) return t.checkIn.noChannel(collaboration.name);
  const summary = channelSummaryCard(
    { collaboration, version, period: checkIn.period, respondent: checkIn.respondent, answers: checkIn.answers, benefitAnswers: checkIn.benefits, outcome },
    t
  );
  try {
    await messenger.send(collaboration.channel.reference, show(summary));
    return t.checkIn.summarySent(plain(collaboration.channel.channelName));
  } catch (error) {
    log.warn({ err: error, collaborationId: collaboration.id }, 'channel summary not delivered');
    return t.checkIn.summaryFailed;
  }
}
