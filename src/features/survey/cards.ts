import { card, facts, heading, plain, submitButton, table, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import { differs, sharedViews } from '../../domain/flags';
import type { Catalogue } from '../../core/i18n/catalogue';
import { monthName } from '../../core/i18n/format';
import { choiceInput, numberInput, textInput } from '../../cards/inputs';
import { DONT_KNOW, MAX_EVALUATION_WORKING_DAY, type EvaluationDate, type PartnerView, type QuestionResult, type Shares, type SurveyResults, type SurveyRound } from '../../domain/survey';
import { meanCell } from '../../cards/answers';
import { TEXT_MAX_LENGTH, type TemplateVersion } from '../../domain/template';
import type { Collaboration, Network } from '../../domain/types';

export const SURVEY_START = 'survey.start';
export const SURVEY_ANSWER = 'survey.answer';
export const SURVEY_CLOSE = 'survey.close';
export const SURVEY_EXTEND = 'survey.extend';
export const SURVEY_EVALUATION_DATE = 'survey.evaluationDate';

/** The collaboration a yearly evaluation card asks about. */
export interface Subject {
  id: string;
  name: string;
}

/**
 * The questions of the round (for an evaluation: about one collaboration), each scale question
 * with 1–5 and «Vet ikke»; nothing on the card names the person.
 */
export function surveyCard(network: Network, round: SurveyRound, version: TemplateVersion, t: Catalogue, notice?: string, subject?: Subject): AdaptiveCard {
  const scale = [...t.scale.map((title, i) => ({ title: `${i + 1} ${title}`, value: String(i + 1) })), { title: t.dontKnow, value: DONT_KNOW }];
  // Input labels are shown as plain text (not markdown), as on the check-in card: escaping would show the backslashes.
  const inputs: CardElement[] = version.questions.map((q) =>
    q.kind === 'text'
      ? textInput(q.key, q.label, '', { maxLength: q.maxLength ?? TEXT_MAX_LENGTH, multiline: true })
      : choiceInput(q.key, q.label, scale, undefined)
  );
  return card(
    [
      heading(subject ? t.survey.evaluationTitle(plain(subject.name), plain(network.name)) : t.survey.title(plain(network.name))),
      ...(notice ? [textBlock(notice)] : []),
      textBlock(t.survey.closes(t.annualCycle.deadline(round.closesAt)), { isSubtle: true }),
      ...inputs,
      textBlock(t.survey.anonymous(round.threshold), { isSubtle: true, size: 'Small' })
    ],
    [submitButton(t.survey.send, { verb: SURVEY_ANSWER, networkId: network.id, roundId: round.id, ...(subject ? { subjectId: subject.id } : {}) }, 'positive')]
  );
}

/** The admin's form: how long the round stays open and the network's threshold N. */
export function startCard(network: Network, questions: number, threshold: number, t: Catalogue): AdaptiveCard {
  return card(
    [
      heading(t.survey.startTitle(plain(network.name))),
      textBlock(t.survey.startIntro(questions)),
      numberInput('weeks', t.survey.weeksLabel, 3, { min: 1, max: 8, required: true, errorMessage: t.survey.badWindow }),
      numberInput('threshold', t.survey.thresholdLabel, threshold, { min: 3, max: 20, required: true, errorMessage: t.survey.badWindow })
    ],
    [submitButton(t.survey.start, { verb: SURVEY_START, networkId: network.id }, 'positive')]
  );
}

/** For admins: when the årlig evaluering opens each year (a month and its working day), and the next date that gives. */
export function evaluationDateCard(network: Network, date: EvaluationDate, next: Date, t: Catalogue): AdaptiveCard {
  const months = Array.from({ length: 12 }, (_, i) => ({ title: monthName(t.locale, i + 1), value: String(i + 1) }));
  return card(
    [
      heading(t.survey.evaluationDateTitle(plain(network.name))),
      textBlock(t.survey.evaluationDateIntro(t.date(next.toISOString()))),
      choiceInput('month', t.survey.evaluationMonth, months, String(date.month), { required: true, errorMessage: t.survey.badEvaluationDate }),
      numberInput('workingDay', t.survey.evaluationWorkingDay, date.workingDay, { min: 1, max: MAX_EVALUATION_WORKING_DAY, required: true, errorMessage: t.survey.badEvaluationDate })
    ],
    [submitButton(t.survey.saveEvaluationDate, { verb: SURVEY_EVALUATION_DATE, networkId: network.id })]
  );
}

export interface RateRow {
  municipality?: string;
  level: 'administrative' | 'political';
  answered: number;
  invited: number;
}

/** Who has answered so far, per municipality × level (never what), with «Avslutt nå» and «Forleng». */
export function rateCard(network: Network, round: SurveyRound, rows: RateRow[], t: Catalogue, title = t.survey.rateTitle(plain(network.name))): AdaptiveCard {
  const total = rows.reduce((sum, r) => ({ answered: sum.answered + r.answered, invited: sum.invited + r.invited }), { answered: 0, invited: 0 });
  const data = { networkId: network.id, roundId: round.id };
  return card(
    [
      heading(title),
      textBlock(t.survey.closes(t.annualCycle.deadline(round.closesAt))),
      textBlock(t.survey.rateLine(total.answered, total.invited), { weight: 'Bolder' }),
      facts(rows.map((r) => [round.subjects ? plain(r.municipality ?? '') : `${plain(r.municipality ?? t.survey.noMunicipality)} – ${t.survey[r.level]}`, t.survey.rateLine(r.answered, r.invited)]))
    ],
    [submitButton(t.survey.closeNow, { verb: SURVEY_CLOSE, ...data }), submitButton(t.survey.extend, { verb: SURVEY_EXTEND, ...data })]
  );
}

const sharesText = (s: Shares, t: Catalogue) => t.survey.shares(s.agree, s.disagree, s.dontKnow);

function questionBlock(q: QuestionResult, municipalityName: (id: string) => string, t: Catalogue): CardElement[] {
  const rows: [string, string][] = [
    [t.survey.all, sharesText(q.all, t)],
    ...(['administrative', 'political'] as const).flatMap((l): [string, string][] => (q.levels[l] ? [[t.survey[l], sharesText(q.levels[l]!, t)]] : [])),
    ...(q.gap === undefined ? [] : [[t.survey.gap, t.survey.points(Math.abs(q.gap))] as [string, string]]),
    ...(q.change === undefined ? [] : [[t.survey.change, t.survey.points(q.change)] as [string, string]]),
    ...q.municipalities.map((m): [string, string] => [plain(municipalityName(m.municipalityId)), sharesText(m.shares, t)])
  ];
  return [textBlock(plain(q.question.label), { weight: 'Bolder', spacing: 'Medium' }), facts(rows)];
}

/** Share agreeing per question and level, with a table as fallback where charts are not drawn. */
function agreementChart(questions: QuestionResult[], t: Catalogue): CardElement {
  const split = questions.some((q) => q.levels.administrative && q.levels.political);
  const series = split ? (['administrative', 'political'] as const).map((l) => ({ legend: t.survey[l], pick: (q: QuestionResult) => q.levels[l]?.agree })) : [{ legend: t.survey.all, pick: (q: QuestionResult) => q.all.agree }];
  return {
    type: 'Chart.VerticalBar.Grouped',
    title: t.survey.chartTitle,
    colorSet: 'categorical',
    data: series.map((s) => ({ legend: s.legend, values: questions.flatMap((q) => (s.pick(q) === undefined ? [] : [{ x: plain(q.question.short), y: s.pick(q)! }])) })),
    fallback: {
      type: 'FactSet',
      facts: questions.map((q) => ({ title: plain(q.question.short), value: series.map((s) => `${s.legend}: ${s.pick(q) ?? '–'} %`).join(' · ') }))
    }
  };
}

/** The round's results as far as the threshold allows: largest gaps between the levels first, free text without names. */
export function resultsCard(network: Network, round: SurveyRound, results: SurveyResults, t: Catalogue): AdaptiveCard {
  const title = heading(t.survey.resultsTitle(plain(network.name)));
  if (!results.shown) return card([title, textBlock(t.survey.withheld(plain(network.name), results.respondents, results.threshold))]);
  const municipalityName = (id: string) => network.municipalities.find((m) => m.id === id)?.name ?? id;
  return card([
    title,
    textBlock(t.survey.respondents(results.respondents, t.annualCycle.deadline(round.closesAt)), { isSubtle: true }),
    agreementChart(results.questions, t),
    ...results.questions.flatMap((q) => questionBlock(q, municipalityName, t)),
    textBlock(t.survey.hiddenGroups(results.threshold), { isSubtle: true, size: 'Small', spacing: 'Medium' }),
    ...(results.texts.length ? [textBlock(t.survey.comments, { weight: 'Bolder', spacing: 'Medium' }), ...results.texts.map((text) => textBlock(plain(text)))] : [])
  ]);
}

/** One collaboration's part of the yearly evaluation, as far as the threshold allows. */
export interface EvaluationPart {
  name: string;
  results: SurveyResults;
  /** Mean per scale question, when shown. */
  means: Record<string, number>;
  /** The same collaboration's evaluation before this one, if it reached N. */
  previous?: PartnerView['previous'];
}

/** A mean with an arrow against the same mean a year earlier, as the status card marks a period's change. */
const meanSince = (now: number | undefined, before: number | undefined, t: Catalogue): string => {
  const cell = meanCell(now, before, '–', t);
  return typeof cell === 'string' ? cell : cell.text;
};

/** The line saying which evaluation the arrows compare with, when there is one. */
const comparedWith = (previous: PartnerView['previous'], t: Catalogue): CardElement[] =>
  previous ? [textBlock(t.survey.comparedWith(t.annualCycle.deadline(previous.closedAt)), { isSubtle: true, size: 'Small', spacing: 'None' })] : [];

/** The yearly evaluation at its close: per collaboration the partners' mean and share agreeing, or why it is withheld. */
export function evaluationResultsCard(network: Network, round: SurveyRound, version: TemplateVersion, parts: EvaluationPart[], t: Catalogue): AdaptiveCard {
  const scales = version.questions.filter((q) => q.kind === 'scale');
  return card([
    heading(t.survey.evaluationResultsTitle(plain(network.name))),
    textBlock(t.survey.evaluationIntro(t.annualCycle.deadline(round.closesAt)), { isSubtle: true }),
    ...parts.flatMap((part): CardElement[] => {
      const title = textBlock(plain(part.name), { weight: 'Bolder', size: 'Medium', spacing: 'Large' });
      const { results } = part;
      if (!results.shown) return [title, textBlock(t.survey.evaluationWithheld(results.respondents, results.threshold))];
      const agree = new Map(results.questions.map((q) => [q.question.key, q.all]));
      return [
        title,
        textBlock(t.survey.respondents(results.respondents, t.annualCycle.deadline(round.closesAt)), { isSubtle: true, spacing: 'None' }),
        ...comparedWith(part.previous, t),
        facts(scales.flatMap((q): [string, string][] => (agree.has(q.key) ? [[plain(q.short), t.survey.meanAndShares(meanSince(part.means[q.key], part.previous?.means[q.key], t), agree.get(q.key)!.agree, agree.get(q.key)!.disagree)]] : []))),
        ...results.texts.map((text) => textBlock(plain(text), { size: 'Small' }))
      ];
    }),
    textBlock(t.survey.hiddenGroups(round.threshold), { isSubtle: true, size: 'Small', spacing: 'Medium' })
  ]);
}

/**
 * For `status <samarbeid>`: the partners' yearly evaluation beside the leader's latest means, on
 * the dimensions both rate, marked «Ulikt syn» where the partners are a point or more below.
 */
export function partnerViewLines(collaboration: Collaboration, version: TemplateVersion, t: Catalogue): CardElement[] {
  const view = collaboration.partnerView;
  const shared = sharedViews(collaboration);
  if (!view || shared.length === 0) return [];
  const short = (key: string) => version.questions.find((q) => q.key === key)?.short ?? key;
  return [
    textBlock(t.survey.partnersTitle, { weight: 'Bolder', spacing: 'Large' }),
    textBlock(t.survey.partnersLine(view.respondents, t.annualCycle.deadline(view.closedAt)), { isSubtle: true, size: 'Small', spacing: 'None' }),
    ...comparedWith(view.previous, t),
    table(
      [4, 1, 1, 2],
      [
        [t.status.question, t.survey.leader, t.survey.partners, ''],
        ...shared.map((v) => [
          plain(short(v.key)),
          t.score(v.leader),
          meanCell(v.partners, view.previous?.means[v.key], '–', t),
          differs(v) ? { text: t.survey.viewsDiffer, options: { color: 'attention' as const, weight: 'Bolder' as const } } : ''
        ])
      ]
    )
  ];
}
