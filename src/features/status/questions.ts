import { latestValue, reachedBenefits } from '../../domain/benefits';
import { flagsOf, type ExecutiveQuestion } from '../../domain/flags';
import { resolveName } from '../../domain/matching';
import { writtenAnswers as texts } from '../../domain/reporting';
import { questionsEverAsked } from '../../domain/template';
import type { Collaboration, Profile } from '../../domain/types';
import { loadScope, networkOf } from '../scope';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import type { Catalogue } from '../../core/i18n/catalogue';
import { periodName } from '../../cards/answers';
import { questionCard, trendCard, type Answered } from './questionCards';

/** Which collaborations answer a question, and the lines that answer it: mostly the leaders' own words. */
const SELECT: Record<ExecutiveQuestion, (c: Collaboration, now: Date, t: Catalogue) => string[] | undefined> = {
  red: (c, now) => (flagsOf(c, now).red ? texts(c, 'overallComment') : undefined),
  yellow: (c) => (c.status.periods[0]?.overall === 'yellow' ? texts(c, 'overallComment') : undefined),
  decision: (c, now) => (flagsOf(c, now).decisionNeeded ? texts(c, 'decisionText') : undefined),
  // The leaders' own results, and every planned benefit the reported values have reached.
  celebrate: (c, _now, t) => {
    const reached = reachedBenefits(c).map((b) => t.benefits.reachedLine(b.indicator, t.benefits.number(latestValue(b)!.value!)));
    const results = [...texts(c, 'celebrate'), ...reached];
    return results.length ? results : undefined;
  },
  // Who is to answer, and the last period they did.
  overdue: (c, now, t) => {
    if (!flagsOf(c, now).overdue) return undefined;
    const latest = c.status.periods[0];
    return [t.questions.ledBy(t.list(c.leaders.map((l) => l.name))), latest ? t.status.last(periodName(latest.period, t)) : t.status.never];
  }
};

/** «hva er rødt?» and its siblings, over every network the user belongs to (the collaborations the person may see). */
export async function answerQuestion(options: FeatureOptions, turn: Turn, profile: Profile, question: ExecutiveQuestion): Promise<Reply> {
  const scope = await loadScope(options, profile);
  if (scope.networks.length === 0) return say(options.t.general.notMember);
  const items: Answered[] = scope.collaborations.flatMap((collaboration) => {
    const found = SELECT[question](collaboration, turn.now, options.t);
    return found ? [{ collaboration, network: networkOf(scope, collaboration), texts: found }] : [];
  });
  return items.length ? show(questionCard(question, items, options.t)) : say(options.t.questions.none[question]);
}

/**
 * «trend tillit»: one question of the template across every collaboration, weakest first. Any
 * question the template has asked can be named, under its newest wording: means are kept by key,
 * so a reworded question compares with the periods before the rewording.
 */
export async function showTrend(options: FeatureOptions, profile: Profile, name?: string): Promise<Reply> {
  const { t } = options;
  const scope = await loadScope(options, profile);
  const first = scope.collaborations[0];
  if (!first) return say(t.general.notMember);
  const template = await options.templates.template(first.networkId, first.templateId);
  const dimensions = template ? questionsEverAsked(template).filter((q) => q.kind === 'scale') : [];
  const shown = dimensions.map((q) => `«trend ${q.short.toLocaleLowerCase('nb-NO')}»`).slice(0, 3);
  const examples = t.list(shown);
  if (!name) return say(t.questions.trendNeedsName(examples));
  const resolution = resolveName(name, dimensions.map((q) => ({ question: q, name: q.short, aliases: [q.key, q.label] })));
  if (resolution.kind !== 'one') return say(t.questions.trendUnknown(name, examples));
  const { key, short } = resolution.item.question;
  const rows = scope.collaborations
    .map((collaboration) => ({
      collaboration,
      network: networkOf(scope, collaboration),
      now: collaboration.status.periods[0]?.means[key],
      previous: collaboration.status.periods[1]?.means[key]
    }))
    .sort((a, b) => (a.now ?? Infinity) - (b.now ?? Infinity));
  return show(trendCard(short, rows, t));
}
