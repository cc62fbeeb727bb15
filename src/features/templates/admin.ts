import { memberNetworkIds, rolesIn } from '../../domain/roles';
import { currentVersion, type Question, type Template, type TemplateVersion } from '../../domain/template';
import { revise, type Revised } from '../../domain/templateRevision';
import type { Collaboration, Network, Profile } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import { actorOf, recordChange } from '../audit/record';
import { loadScope } from '../scope';
import { questionSet } from '../survey/evaluation';
import { BAROMETER_TEMPLATE_ID, EVALUATION_TEMPLATE_ID, defaultBarometer, defaultEvaluation, isSurveyTemplate } from '../../domain/survey';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { TEMPLATE_NETWORK, templateCard } from './cards';
import { byName, withNetworkPicker } from '../../cards/networkPicker';
import { revisionOf, type TemplateForm } from './form';

const isAdmin = (profile: Profile, networkId: string) => rolesIn(profile, networkId).includes('admin');

/** A template's card, with a choice of the other networks the person administers. */
function templateReply({ t }: FeatureOptions, turn: Turn, network: Network, template: Template, collaborations: Collaboration[], administered: readonly Network[]): Reply {
  const usedBy = collaborations.filter((c) => c.networkId === network.id && c.templateId === template.id).length;
  return show(withNetworkPicker(templateCard({ network, template, usedBy, now: turn.now, survey: isSurveyTemplate(template.id) }, t), administered, network, TEMPLATE_NETWORK, t));
}

const administeredBy = (profile: Profile, networks: readonly Network[]) => networks.filter((n) => isAdmin(profile, n.id)).sort(byName);

/** «mal undersøkelse», «mal tillitsbarometer», «template survey»: the survey question sets instead of the check-in template. */
const SURVEY_WORDS = /unders[øo]k|tillitsbarometer|evaluering|survey|barometer|evaluation/i;
export const asksForSurveys = (argument?: string): boolean => !!argument && SURVEY_WORDS.test(argument);

/** The tillitsbarometer's and the yearly evaluation's question sets of each network, from the defaults the first time. */
async function surveyTemplates(options: FeatureOptions, turn: Turn, networks: readonly Network[]): Promise<Reply[]> {
  const sets = [[BAROMETER_TEMPLATE_ID, defaultBarometer], [EVALUATION_TEMPLATE_ID, defaultEvaluation]] as const;
  const templates = await Promise.all(networks.flatMap((network) => sets.map(async ([id, defaults]) => ({ network, template: await questionSet(options.store, network.id, defaults, id) }))));
  return templates.map(({ network, template }) => templateReply(options, turn, network, template, [], [network]));
}

/**
 * `mal`: the templates the collaborations of one network the person administers ask (the first by
 * name, or the one chosen), each with the form to change it and a choice of the other networks;
 * `mal undersøkelse`: the survey question sets of every network the person administers.
 */
export async function showTemplates(options: FeatureOptions, turn: Turn, profile: Profile, networkId?: string, surveys = false): Promise<Reply[]> {
  const { store, t } = options;
  const scope = await loadScope(options, profile);
  const administered = administeredBy(profile, scope.networks);
  if (administered.length === 0) return [say(t.templates.onlyAdmins)];
  if (surveys) return surveyTemplates(options, turn, administered);
  const network = networkId === undefined ? administered[0] : administered.find((n) => n.id === networkId);
  if (!network) return [say(t.general.invalidAction)];
  const ids = [...new Set(scope.collaborations.filter((c) => c.networkId === network.id).map((c) => c.templateId))].sort();
  if (ids.length === 0) return [say(t.templates.noTemplates(network.name))];
  const templates = await Promise.all(ids.map((id) => store.directory.getTemplate(network.id, id)));
  return templates.flatMap((template) => (template ? [templateReply(options, turn, network, template, scope.collaborations, administered)] : []));
}

/** «Lagre ny versjon»: admins of the template's network only; the new version applies from the next period. */
export async function saveTemplate(options: FeatureOptions, turn: Turn, profile: Profile, form: TemplateForm): Promise<Reply[]> {
  const { store, t } = options;
  if (!memberNetworkIds(profile).includes(form.networkId)) return [say(t.general.invalidAction)];
  const { networks, collaborations } = await loadScope(options, profile);
  const network = networks.find((n) => n.id === form.networkId);
  if (!network) return [say(t.general.invalidAction)];
  if (!isAdmin(profile, network.id)) return [say(t.templates.onlyAdminsOf(network.name))];
  // A survey asks only scale and free-text questions (domain/survey readAnswer).
  if (isSurveyTemplate(form.templateId) && form.add && form.add.kind !== 'scale' && form.add.kind !== 'text') return [say(t.general.invalidAction)];
  // Revised from the version stored at the write, so two saves at once cannot both become the next version.
  const attempt: { base?: TemplateVersion; result?: Revised } = {};
  const template = await store.directory.updateTemplate(network.id, form.templateId, (current) => {
    attempt.base = currentVersion(current);
    attempt.result = attempt.base.version === form.baseVersion ? revise(current, revisionOf(form, attempt.base), turn.now) : undefined;
    return attempt.result?.ok ? attempt.result.template : undefined;
  });
  const { base, result } = attempt;
  if (!template || !base) return [say(t.general.invalidAction)];
  if (!result) return [say(t.templates.changedMeanwhile)];
  if (!result.ok) return [say(refusal(result, t))];
  await recordChange(store, turn.now, actorOf(turn.user), { networkId: network.id, action: 'template.changed', subject: template.name, ...changeOf(base, result.version) });
  options.log.info({ networkId: network.id, templateId: template.id, version: result.version.version }, 'template changed');
  return [
    say(t.templates.saved(result.version.version, template.name, t.date(result.version.validFrom))),
    templateReply(options, turn, network, result.template, collaborations, administeredBy(profile, networks))
  ];
}

function refusal(result: Exclude<Revised, { ok: true }>, t: Catalogue): string {
  switch (result.reason) {
    case 'unknownQuestion':
      return t.general.invalidAction;
    case 'noQuestions':
      return t.templates.noQuestions;
    case 'unchanged':
      return t.templates.unchanged;
    case 'problems': {
      const lines = result.problems.map(({ code, question }) =>
        question ? t.templates.about(question, t.templates.problem[code]) : t.templates.aboutNew(t.templates.problem[code])
      );
      return [t.templates.notSaved, ...lines].join(' ');
    }
  }
}

/**
 * The log's before and after: when the version applies, and each question added, reworded or
 * retired, under its short label, so every change reads as one line on the `logg` card.
 */
function changeOf(from: TemplateVersion, to: TemplateVersion): { before: Record<string, string>; after: Record<string, string> } {
  const before: Record<string, string> = { validFrom: from.validFrom };
  const after: Record<string, string> = { validFrom: to.validFrom };
  const old = new Map(from.questions.map((q) => [q.key, q]));
  const next = new Map(to.questions.map((q) => [q.key, q]));
  const wording = (q: Question, field: string) => (q.short === field ? q.label : `${q.short}: ${q.label}`);
  for (const key of new Set([...old.keys(), ...next.keys()])) {
    const [was, is] = [old.get(key), next.get(key)];
    if (was && is && was.label === is.label && was.short === is.short) continue;
    const field = (was ?? is)!.short;
    if (was) before[field] = was.label;
    if (is) after[field] = wording(is, field);
  }
  return { before, after };
}
