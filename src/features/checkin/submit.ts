import { z } from 'zod';
import { parseAnswers } from '../../domain/answers';
import { answerablePeriods } from '../../domain/period';
import { leads } from '../../domain/roles';
import { buildStatus, statusWindowStart } from '../../domain/status';
import type { TemplateVersion } from '../../domain/template';
import type { CheckIn, Collaboration } from '../../domain/types';
import { checkInId } from '../../domain/checkIns';
import { ConcurrencyConflict, StoreUnavailable, type SaveOutcome, type Versioned } from '../../store/types';
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

const MAX_CONFLICT_RETRIES = 5;

/**
 * Handles a submitted check-in card: validate everything, store once, fold the status, tell the
 * channel. Being listed as the collaboration's leader is the authority, so no profile is read:
 * four store requests in all.
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
  if (!answerablePeriods(collaboration.cadence, turn.now).includes(envelope.period)) {
    return say(t.checkIn.stalePeriod(periodName(envelope.period, t)));
  }
  const version = await templates.get(collaboration.networkId, collaboration.templateId, envelope.templateVersion);
  if (!version) return say(t.general.invalidAction);

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
  const updated = await refreshStatus(options, collaboration, found.etag, checkIn.period);
  const channelNote = await postSummary(options, updated ?? collaboration, version, checkIn, outcome);
  return show(
    receiptCard({ collaboration, version, period: checkIn.period, answers: parsed.answers, outcome, channelNote }, t)
  );
}

/**
 * Refolds the collaboration's status from the stored check-ins of the status window, under
 * ETag concurrency so simultaneous submits never lose each other. Because it is recomputed
 * from the check-ins, a fold that fails here is healed by the next submit.
 */
async function refreshStatus(
  options: FeatureOptions,
  collaboration: Collaboration,
  etag: string,
  period: string
): Promise<Collaboration | undefined> {
  const { store, log } = options;
  let current: Versioned<Collaboration> | undefined = { value: collaboration, etag };
  for (let attempt = 0; attempt < MAX_CONFLICT_RETRIES; attempt++) {
    try {
      if (attempt > 0) current = await store.directory.getCollaboration(collaboration.networkId, collaboration.id);
      if (!current) return undefined;
      const window = await store.checkIns.listSince(current.value.id, statusWindowStart(period));
      const next = { ...current.value, status: buildStatus(window) };
      return (await store.directory.replaceCollaboration(next, current.etag)).value;
    } catch (error) {
      if (error instanceof ConcurrencyConflict) continue;
      log.warn({ err: error, collaborationId: collaboration.id }, 'status not refreshed; the next check-in heals it');
      return undefined;
    }
  }
  return undefined;
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
    return t.checkIn.summarySent(collaboration.channel.channelName);
  } catch (error) {
    log.warn({ err: error, collaborationId: collaboration.id }, 'channel summary not delivered');
    return t.checkIn.summaryFailed;
  }
}
