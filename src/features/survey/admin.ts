import { z } from 'zod';
import type { FeatureOptions } from '../../core/options';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { Store } from '../../core/store';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { rolesIn, userKey } from '../../domain/roles';
import { BAROMETER_TEMPLATE_ID, MAX_THRESHOLD, MIN_THRESHOLD, baselineOf, defaultBarometer, emptyTally, evaluationAuditEntry, evaluationDateProblem, inviteGroup, isOpen, resultsOf, storedCells, type SurveyRound } from '../../domain/survey';
import { osloDate, templateVersion, versionFor } from '../../domain/template';
import type { Collaboration, Network, Profile } from '../../domain/types';
import { actorOf, recordChange } from '../audit/record';
import { loadScope } from '../scope';
import { evaluationDateOf, evaluatorProblem, nextEvaluationOpening, questionSet } from './evaluation';
import { evaluationDateCard, rateCard, startCard, surveyCard, type RateRow, type Subject } from './cards';
import { plain } from '../../core/card';
import { evaluationsOf, everyRound, extended, invitedCounts, inviteesOf, openRound, refOf, roundsOf, thresholdOf, windowFrom, withRound } from './rounds';

/** A network with its collaborations, as a turn's scope or the scheduler's snapshot holds them. */
interface NetworkCollaborations {
  network: Network;
  collaborations: Collaboration[];
}

const id = z.string().min(1).max(100);
export const startForm = z.object({ networkId: id, weeks: z.coerce.number().int(), threshold: z.coerce.number().int() }).strict();
export const roundForm = z.object({ networkId: id, roundId: id }).strict();
/** Checked in saveEvaluationDate, so a value out of range gets its own answer. */
export const evaluationDateForm = z.object({ networkId: id, month: z.coerce.number().int(), workingDay: z.coerce.number().int() }).strict();

/** `undersøkelse`: per network, the open round's card to answer, and for admins its response rate or the form to start one. */
export async function showSurvey(options: FeatureOptions, turn: Turn, profile: Profile): Promise<Reply[]> {
  const { t, store } = options;
  const scope = await loadScope(options, profile);
  if (scope.networks.length === 0) return [say(t.general.notMember)];
  const replies: Reply[] = [];
  for (const network of scope.networks) {
    const admin = rolesIn(profile, network.id).includes('admin');
    const round = openRound(network, turn.now);
    if (round) {
      const card = (await store.surveys.hasReceipt(refOf(network, round), turn.user)) ? undefined : await answerCard(store, t, network, round);
      if (card) replies.push(card);
      if (admin) replies.push(await rateReply(store, t, network, round));
    } else if (admin) {
      const template = await store.directory.getTemplate(network.id, BAROMETER_TEMPLATE_ID);
      replies.push(show(startCard(network, versionFor(template ?? defaultBarometer(network.id), osloDate(turn.now)).questions.length, thresholdOf(network), t)));
    }
    const evaluation = evaluationsOf(network).find((r) => isOpen(r, turn.now));
    if (evaluation) replies.push(...(await evaluationReplies(options, turn, profile, { network, collaborations: scope.collaborations.filter((c) => c.networkId === network.id) }, evaluation, admin)));
    else if (admin) replies.push(show(evaluationDateCard(network, evaluationDateOf(network), nextEvaluationOpening(network, turn.now), t)));
  }
  return replies.length ? replies : [say(t.survey.none)];
}

/** An open yearly evaluation: a card for each collaboration the person evaluates and has not answered, and the response rate for admins. */
async function evaluationReplies(options: FeatureOptions, turn: Turn, profile: Profile, contents: NetworkCollaborations, round: SurveyRound, admin: boolean): Promise<Reply[]> {
  const { store, t } = options;
  const mine = contents.collaborations.filter((c) => round.subjects?.[c.id] && !evaluatorProblem(profile, c));
  const unanswered = await Promise.all(mine.map(async (c) => ((await store.surveys.hasReceipt(refOf(contents.network, round, c.id), turn.user)) ? undefined : c)));
  const cards = await Promise.all(unanswered.flatMap((c) => (c ? [answerCard(store, t, contents.network, round, t.survey.evaluationInvitation, c)] : [])));
  return [...cards.flatMap((c) => (c ? [c] : [])), ...(admin ? [await evaluationRateReply(store, t, contents, round)] : [])];
}

/** The card to answer the round (for an evaluation: about one collaboration), in its own question set version. */
export async function answerCard(store: Store, t: Catalogue, network: Network, round: SurveyRound, notice?: string, subject?: Subject): Promise<Reply | undefined> {
  const template = await store.directory.getTemplate(network.id, round.templateId);
  const version = template && templateVersion(template, round.templateVersion);
  return version && show(surveyCard(network, round, version, t, notice, subject && { id: subject.id, name: subject.name }));
}

/** Answered and invited per municipality × level, from the receipts: who answered, never what. */
export function rateRows(network: Network, round: SurveyRound, people: Profile[], answered: { tenantId: string; aadObjectId: string }[]): RateRow[] {
  const invitees = inviteesOf(people, network.id);
  const done = new Set(answered.map(userKey));
  return Object.entries(round.invited)
    .map(([group, invited]) => {
      const [municipalityId, level] = group.split('/') as [string, 'administrative' | 'political'];
      const count = invitees.filter((i) => inviteGroup(i.municipalityId, i.level) === group && done.has(userKey(i.person))).length;
      const municipality = network.municipalities.find((m) => m.id === municipalityId)?.name;
      return { ...(municipality ? { municipality } : {}), level, answered: count, invited };
    })
    .sort((a, b) => (a.municipality ?? '~').localeCompare(b.municipality ?? '~', 'nb') || a.level.localeCompare(b.level));
}

/** The response-rate card as it stands: everybody with a role and the round's receipts. */
export async function rateReply(store: Store, t: Catalogue, network: Network, round: SurveyRound): Promise<Reply> {
  const [people, answered] = await Promise.all([store.profiles.withRoles(), store.surveys.receipts(refOf(network, round))]);
  return show(rateCard(network, round, rateRows(network, round, people, answered), t));
}

/** The evaluation's response rate per collaboration: its receipts counted, one query per collaboration, for the admins only. */
export async function evaluationRateReply(store: Store, t: Catalogue, { network, collaborations }: NetworkCollaborations, round: SurveyRound): Promise<Reply> {
  const rows = await Promise.all(collaborations.filter((c) => round.subjects?.[c.id]).map(async (c): Promise<RateRow> => ({
    municipality: c.name,
    level: 'administrative',
    answered: (await store.surveys.receipts(refOf(network, round, c.id))).length,
    invited: Object.values(round.subjects![c.id].invited).reduce((a, b) => a + b, 0)
  })));
  return show(rateCard(network, round, rows.sort((a, b) => a.municipality!.localeCompare(b.municipality!, 'nb')), t, t.survey.evaluationRateTitle(plain(network.name))));
}

/** The network if the person administers it; ids from a card are checked against the person's memberships. */
async function administeredNetwork(options: FeatureOptions, profile: Profile, networkId: string): Promise<Network | Reply> {
  const roles = rolesIn(profile, networkId);
  const network = roles.length ? await options.store.directory.getNetwork(networkId) : undefined;
  if (!network) return say(options.t.general.invalidAction);
  return roles.includes('admin') ? network : say(options.t.admin.onlyAdmins(network.name));
}

const isReply = (value: Network | Reply): value is Reply => !('id' in value && 'municipalities' in value);

/** «Lagre datoen»: admins of that network only; from then on the evaluation opens on that working day every year. */
export async function saveEvaluationDate(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof evaluationDateForm>): Promise<Reply> {
  const { store, t } = options;
  const found = await administeredNetwork(options, profile, form.networkId);
  if (isReply(found)) return found;
  const evaluationDate = { month: form.month, workingDay: form.workingDay };
  if (evaluationDateProblem(evaluationDate)) return say(t.survey.badEvaluationDate);
  const updated = await store.directory.updateNetwork(found.id, (current) => ({ ...current, evaluationDate }));
  if (!updated) return say(t.general.invalidAction);
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: found.id,
    action: 'evaluation.dateChanged',
    subject: found.name,
    before: evaluationAuditEntry(evaluationDateOf(found)),
    after: evaluationAuditEntry(evaluationDate)
  });
  return say(t.survey.evaluationDateSaved(found.name, t.date(nextEvaluationOpening(updated, turn.now).toISOString())));
}

/** «Start undersøkelsen»: the round, its counters (with the previous round's figures to compare) and an audit entry. */
export async function startSurvey(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof startForm>): Promise<Reply[]> {
  const { store, t } = options;
  const found = await administeredNetwork(options, profile, form.networkId);
  if (isReply(found)) return [found];
  const network = found;
  if (form.weeks < 1 || form.weeks > 8 || form.threshold < MIN_THRESHOLD || form.threshold > MAX_THRESHOLD) return [say(t.survey.badWindow)];
  if (openRound(network, turn.now)) return [say(t.survey.alreadyRunning(network.name))];
  const template = await questionSet(store, network.id, defaultBarometer, BAROMETER_TEMPLATE_ID);
  const version = versionFor(template, osloDate(turn.now));
  const invited = invitedCounts(inviteesOf(await store.profiles.withRoles(), network.id));
  const round: SurveyRound = {
    id: `barometer-${turn.now.toISOString().replace(/[:.]/g, '-')}`,
    templateId: template.id,
    templateVersion: version.version,
    ...windowFrom(network, turn.now, form.weeks),
    threshold: form.threshold,
    cells: storedCells(invited, form.threshold),
    invited
  };
  const previous = roundsOf(network).at(-1);
  const previousTally = previous && (await store.surveys.getTally(refOf(network, previous)));
  const previousVersion = previous && templateVersion(template, previous.templateVersion);
  const baseline = previous && previousTally && previousVersion ? baselineOf(resultsOf(previous, previousTally, previousVersion.questions)) : undefined;
  // Counters first: a round on the network always has them.
  await store.surveys.createTally(emptyTally(network.id, round.id, baseline));
  const updated = await store.directory.updateNetwork(network.id, (current) =>
    roundsOf(current).some((r) => isOpen(r, turn.now)) ? undefined : { ...current, survey: { ...current.survey, threshold: form.threshold, rounds: [...everyRound(current), round] } }
  );
  if (!updated?.survey?.rounds.some((r) => r.id === round.id)) return [say(t.survey.alreadyRunning(network.name))];
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: 'survey.started',
    subject: network.name,
    after: { closes: round.closesAt.slice(0, 10), threshold: round.threshold, questions: `v${round.templateVersion}` }
  });
  const card = await answerCard(store, t, updated, round);
  return [say(t.survey.started(network.name, t.annualCycle.deadline(round.closesAt))), ...(card ? [card] : [])];
}

/** «Avslutt nå» and «Forleng en uke»: the open round's close moves, and the log says so. */
export async function changeClose(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof roundForm>, how: 'close' | 'extend'): Promise<Reply> {
  const { store, t } = options;
  const found = await administeredNetwork(options, profile, form.networkId);
  if (isReply(found)) return found;
  const round = everyRound(found).find((r) => r.id === form.roundId);
  if (!round || !isOpen(round, turn.now)) return say(t.survey.notOpen);
  const closesAt = how === 'close' ? turn.now.toISOString() : extended(found, round);
  const evaluation = round.kind === 'evaluation';
  await store.directory.updateNetwork(found.id, (current) => withRound(current, round.id, (r) => ({ ...r, closesAt })));
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: found.id,
    action: `${evaluation ? 'evaluation' : 'survey'}.${how === 'close' ? 'closed' : 'extended'}`,
    subject: found.name,
    before: { closes: round.closesAt.slice(0, 10) },
    after: { closes: closesAt.slice(0, 10) }
  });
  if (how === 'close') return say((evaluation ? t.survey.evaluationClosed : t.survey.closed)(found.name));
  return say((evaluation ? t.survey.evaluationExtended : t.survey.extended)(found.name, t.annualCycle.deadline(closesAt)));
}

