import type { FeatureOptions } from '../../core/options';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { memberNetworkIds } from '../../domain/roles';
import { isClosed, partOf, partnerViewOf, previousPartnerMeans, resultsOf, type SurveyRound, type SurveyTally } from '../../domain/survey';
import { templateVersion, type Question, type Template, type TemplateVersion } from '../../domain/template';
import type { Collaboration, Network, Profile } from '../../domain/types';
import type { Store } from '../../core/store';
import type { Catalogue } from '../../core/i18n/catalogue';
import { evaluationResultsCard, resultsCard, type EvaluationPart } from './cards';
import { openRound, refOf, roundsOf } from './rounds';

/** A question set version by template and number: versions never change, so the turn reads them through the cache. */
export type VersionOf = (templateId: string, version: number) => Promise<TemplateVersion | undefined>;

/** The store's own read, for the scheduler, which has no cache at hand. */
export const storedVersion = (store: Store, networkId: string): VersionOf => async (templateId, version) => {
  const template = await store.directory.getTemplate(networkId, templateId);
  return template && templateVersion(template, version);
};

/** The results card of a closed round: one point read of its counters, its question set from the cache. */
export async function closedResults(store: Store, network: Network, round: SurveyRound, t: Catalogue, versionOf: VersionOf = storedVersion(store, network.id)): Promise<Reply | undefined> {
  const [tally, version] = await Promise.all([store.surveys.getTally(refOf(network, round)), versionOf(round.templateId, round.templateVersion)]);
  if (!tally || !version) return undefined;
  return show(resultsCard(network, round, resultsOf(round, tally, version.questions), t));
}

/** The parts of a closed evaluation, one per collaboration evaluated, by name. */
export function evaluationParts(round: SurveyRound, collaborations: Collaboration[], tallies: (SurveyTally | undefined)[], questions: Question[]): EvaluationPart[] {
  return collaborations
    .flatMap((c, i) => {
      const part = partOf(round, c.id);
      const tally = tallies[i];
      if (!part || !tally) return [];
      const results = resultsOf(part, tally, questions);
      const previous = previousPartnerMeans(c.partnerView, round);
      return [{ name: c.name, results, means: results.shown ? partnerViewOf(part, tally, questions)?.means ?? {} : {}, ...(results.shown && previous ? { previous } : {}) }];
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** The yearly evaluation's results card: one point read per collaboration evaluated, one of the question set. */
export async function evaluationResults(store: Store, network: Network, collaborations: Collaboration[], round: SurveyRound, t: Catalogue): Promise<Reply | undefined> {
  const evaluated = collaborations.filter((c) => round.subjects?.[c.id]);
  const [template, ...tallies] = await Promise.all([
    store.directory.getTemplate(network.id, round.templateId),
    ...evaluated.map((c) => store.surveys.getTally(refOf(network, round, c.id)))
  ]) as [Template | undefined, ...(SurveyTally | undefined)[]];
  const version = template && templateVersion(template, round.templateVersion);
  if (!version) return undefined;
  return show(evaluationResultsCard(network, round, version, evaluationParts(round, evaluated, tallies, version.questions), t));
}

/**
 * `tillitsbarometer`: per network, the newest closed round as far as the threshold allows; while
 * a round runs, only how many have answered (results mid-round would let answers be told apart).
 */
export async function showResults(options: FeatureOptions, turn: Turn, profile: Profile): Promise<Reply[]> {
  const { store, t } = options;
  const networks = (await Promise.all(memberNetworkIds(profile).map((id) => store.directory.getNetwork(id)))).filter((n): n is Network => n !== undefined);
  if (networks.length === 0) return [say(t.general.notMember)];
  const replies = await Promise.all(
    networks.map(async (network): Promise<Reply> => {
      const running = openRound(network, turn.now);
      if (running) {
        const tally = await store.surveys.getTally(refOf(network, running));
        return say(t.survey.running(network.name, t.annualCycle.deadline(running.closesAt), tally?.respondents.all ?? 0, running.threshold));
      }
      const latest = roundsOf(network).filter((r) => isClosed(r, turn.now)).at(-1);
      return (latest && (await closedResults(store, network, latest, t, (id, v) => options.templates.get(network.id, id, v)))) ?? say(t.survey.noResults(network.name));
    })
  );
  return replies;
}
