import { z } from 'zod';
import { parseAnswers } from '../../domain/answers';
import { answerablePeriods, parsePeriod } from '../../domain/period';
import { leads } from '../../domain/roles';
import { buildStatus, foldCheckIn, statusWindowStart } from '../../domain/status';
import type { TemplateVersion } from '../../domain/template';
import type { CheckIn, Collaboration, CollaborationStatus } from '../../domain/types';
import { checkInId } from '../../domain/checkIns';
import { ConcurrencyConflict, StoreUnavailable, type SaveOutcome, type Versioned } from '../../store/types';
import { plain } from '../../cards/adaptive';
import { periodName } from '../../cards/answers';
import { say, show, type FeatureOptions, type Reply, type Turn } from '../turn';
import { channelSummaryCard, checkInCard, receiptCard } from './cards';

/** The fields the card itself carries; everything else in the payload must be an answer. */
export const submitEnvelope = z.object({
  networkId: z.string().min(1).max(100),
  collaborationId: z.string().min(1).max(100),
  period: z.string().regex(/^\d{4}-[MQT]\d{1,2}$/),
  templateVersion: z.number().int().positive()
});

export type SubmitEnvelope = z.infer<typeof submitEnvelope>;

/** Every writer that loses an ETag race tries again; with n simultaneous writers one wins per round. */
const MAX_CONFLICT_RETRIES = 30;
const backoff = (attempt: number) => new Promise((resolve) => setTimeout(resolve, Math.random() * 10 * Math.min(attempt, 5)));

/**
 * Handles a submitted check-in card: validate everything, store once, fold the status, tell the
 * channel. Being listed as the collaboration's leader is the authority, so no profile is read:
 * a point read, an upsert and a replace (and the template, once per period and process).
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

  const parsed = parseAnswers(version, raw);
  if (!parsed.ok) {
    const network = await store.directory.getNetwork(collaboration.networkId);
    if (!network) return say(t.general.invalidAction);
    return show(checkInCard({ network, collaboration, version, period: envelope.period, values: raw, errors: parsed.errors }, t));
  }

  const checkIn: CheckIn = {
    id: checkInId(envelope.period, turn.user),
    collaborationId: collaboration.id,
    networkId: collaboration.networkId,
    period: envelope.period,
    respondent: turn.user,
    templateId: collaboration.templateId,
    templateVersion: version.version,
    answers: parsed.answers,
    submittedAt: turn.now.toISOString()
  };
  let outcome: SaveOutcome;
  try {
    outcome = await store.checkIns.save(checkIn);
  } catch (error) {
    if (error instanceof StoreUnavailable) return say(t.checkIn.saveFailed);
    throw error;
  }
  const updated = await refreshStatus(options, collaboration, found.etag, checkIn);
  const channelNote = await postSummary(options, updated ?? collaboration, version, checkIn, outcome);
  return show(
    receiptCard({ collaboration, version, period: checkIn.period, answers: parsed.answers, outcome, channelNote }, t)
  );
}

/**
 * Adds the check-in to the collaboration's status under ETag concurrency, so simultaneous
 * submits never lose each other. Usually a pure fold of the stored status; an answer for an
 * older period than the newest makes it rebuild the window from the stored check-ins.
 */
async function refreshStatus(
  options: FeatureOptions,
  collaboration: Collaboration,
  etag: string,
  checkIn: CheckIn
): Promise<Collaboration | undefined> {
  const { store, log } = options;
  let current: Versioned<Collaboration> | undefined = { value: collaboration, etag };
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
    try {
      if (attempt > 0) {
        await backoff(attempt);
        current = await store.directory.getCollaboration(collaboration.networkId, collaboration.id);
      }
      if (!current) return undefined;
      const status = foldCheckIn(current.value.status, checkIn) ?? (await rebuiltStatus(options, current.value, checkIn));
      return (await store.directory.replaceCollaboration({ ...current.value, status }, current.etag)).value;
    } catch (error) {
      if (error instanceof ConcurrencyConflict) continue;
      log.warn({ err: error, collaborationId: collaboration.id }, 'status not refreshed; the answer itself is stored');
      return undefined;
    }
  }
  log.warn({ collaborationId: collaboration.id }, 'status not refreshed after repeated conflicts; the answer itself is stored');
  return undefined;
}

/** The window ends at the newest period, or at the check-in's own when the cadence has changed. */
async function rebuiltStatus({ store }: FeatureOptions, collaboration: Collaboration, checkIn: CheckIn): Promise<CollaborationStatus> {
  const newest = collaboration.status.periods[0].period;
  const anchor = parsePeriod(newest)?.cadence === parsePeriod(checkIn.period)?.cadence ? newest : checkIn.period;
  return buildStatus(await store.checkIns.listSince(collaboration.id, statusWindowStart(anchor)));
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
    { collaboration, version, period: checkIn.period, respondent: checkIn.respondent, answers: checkIn.answers, outcome },
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
