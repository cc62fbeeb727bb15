import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import type { FeatureOptions } from '../../core/options';
import { say, type Reply, type Turn } from '../../core/turn';
import { levelOf, rolesIn } from '../../domain/roles';
import { countAnswer, isOpen, partOf, readAnswer } from '../../domain/survey';
import { templateVersion } from '../../domain/template';
import type { Profile } from '../../domain/types';
import { evaluatorProblem } from './evaluation';
import { everyRound, refOf } from './rounds';

export const answerEnvelope = z.object({ networkId: z.string().min(1).max(100), roundId: z.string().min(1).max(100), subjectId: z.string().min(1).max(100).optional() });

/**
 * «Send svaret»: checked against the round's questions, counted once per person. The receipt is
 * written first (a second answer is refused by it); the answer only adds to the round's counters
 * of the person's groups, under a random token so a retried write counts once. If counting fails,
 * the receipt goes again so the person can answer later.
 */
export async function answerSurvey(options: FeatureOptions, turn: Turn, profile: Profile, envelope: z.infer<typeof answerEnvelope>, submitted: Record<string, unknown>): Promise<Reply> {
  const { store, t } = options;
  const roles = rolesIn(profile, envelope.networkId);
  const network = roles.length ? await store.directory.getNetwork(envelope.networkId) : undefined;
  if (!network) return say(t.survey.notInvited);
  const whole = everyRound(network).find((r) => r.id === envelope.roundId);
  const round = whole && partOf(whole, envelope.subjectId);
  if (!round) return say(t.general.invalidAction);
  if (!isOpen(round, turn.now)) return say(t.survey.notOpen);
  if (envelope.subjectId) {
    const found = await store.directory.getCollaboration(network.id, envelope.subjectId);
    const problem = found ? evaluatorProblem(profile, found.value) : 'notParticipant';
    if (problem) return say(t.survey.notEvaluator[problem]);
  }
  const template = await store.directory.getTemplate(network.id, round.templateId);
  const version = template && templateVersion(template, round.templateVersion);
  if (!version) return say(t.general.invalidAction);
  const read = readAnswer(version, submitted);
  if ('problems' in read) return say(t.survey.refused(read.problems.slice(0, 10).map((p) => t.survey.problem[p.problem](p.key.slice(0, 40))).join('; ')));
  const ref = refOf(network, round, envelope.subjectId);
  if (!(await store.surveys.addReceipt(ref, turn.user))) return say(t.survey.already);
  // Evaluators are the municipalities' chief executives and contacts: administrative.
  const group = { municipalityId: profile.memberships.find((m) => m.networkId === network.id)?.municipalityId, level: envelope.subjectId ? ('administrative' as const) : levelOf(roles) };
  const token = randomUUID();
  try {
    await store.surveys.updateTally(ref, (tally) => countAnswer(tally, round, group, read.answer, token));
  } catch (error) {
    options.log.warn({ err: error, networkId: network.id }, 'survey answer not counted');
    await store.surveys.deleteReceipt(ref, turn.user).catch(() => undefined);
    return say(t.survey.notSaved);
  }
  return say(envelope.subjectId ? t.survey.evaluationThanks : t.survey.thanks(network.name));
}
