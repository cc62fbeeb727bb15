import { card, commandButton, heading, plain, shorten, submitButton, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import { answerFacts, benefitAnswerFacts, colourBadge, periodName } from '../../cards/answers';
import type { AnswerError } from '../../domain/answers';
import { UNKNOWN_SCALE } from '../../domain/answers';
import type { Question, TemplateVersion } from '../../domain/template';
import type { Answers, CheckIn, Collaboration, Colour, Network, Person } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import { checkInInputs } from '../benefits/cards';

export const CHECKIN_OPEN = 'checkin.open';
export const CHECKIN_SUBMIT = 'checkin.submit';

export interface CheckInForm {
  network: Network;
  collaboration: Collaboration;
  version: TemplateVersion;
  period: string;
  /** When the user already answered this period: when, so the card can say it will be updated. */
  answeredAt?: string;
  /** Values to show in the inputs (a previous answer, or what was sent before an error). */
  values?: Record<string, unknown>;
  errors?: AnswerError[];
  /** A line above the form when the bot sends it on its own (invitation, reminder). */
  notice?: string;
}

function choice(title: string, value: string) {
  return { title, value };
}

/** What an input shows again after a refused submit: never more than the field accepts. */
function shownValue(question: Question, value: unknown): string | undefined {
  if (value === undefined || value === null || value === '') return undefined;
  return String(value).slice(0, question.maxLength ?? 100);
}

function inputFor(question: Question, value: unknown, t: Catalogue): CardElement {
  const shown = shownValue(question, value);
  const common = {
    id: question.key,
    label: question.label,
    isRequired: question.required,
    errorMessage: t.checkIn.errorRequired,
    ...(shown !== undefined ? { value: shown } : {})
  };
  switch (question.kind) {
    case 'colour':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: 'expanded',
        choices: (['green', 'yellow', 'red'] as Colour[]).map((c) => choice(t.colourMeaning[c], c))
      };
    case 'economy':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: 'expanded',
        choices: (['within', 'minor', 'major'] as const).map((e) => choice(t.economy[e], e))
      };
    case 'scale':
      return {
        type: 'Input.ChoiceSet',
        ...common,
        style: 'compact',
        placeholder: t.checkIn.choosePlaceholder,
        choices: [
          ...t.scale.map((label, i) => choice(`${i + 1} – ${label}`, String(i + 1))),
          choice(t.dontKnow, UNKNOWN_SCALE)
        ]
      };
    case 'yesno':
      return {
        type: 'Input.Toggle',
        ...common,
        isRequired: false,
        // The default template's decision question has its own wording; questions a network adds read «Ja».
        title: question.key === 'decisionNeeded' ? t.checkIn.decisionToggle : t.yes,
        valueOn: 'true',
        valueOff: 'false',
        value: common.value ?? 'false'
      };
    case 'text':
      return {
        type: 'Input.Text',
        ...common,
        isMultiline: true,
        maxLength: question.maxLength,
        placeholder: t.checkIn.textPlaceholder,
        ...(question.requiredWhen ? { errorMessage: t.checkIn.errorRequiredWhen } : {})
      };
  }
}

/** A forged submit can carry thousands of unknown fields: the card lists a few and counts the rest. */
const MAX_LISTED_ERRORS = 10;

function errorSummary(form: CheckInForm, errors: AnswerError[], t: Catalogue): CardElement {
  const benefitOf = (key: string) => form.collaboration.benefits?.benefits.find((b) => key.startsWith(`benefit:${b.id}:`));
  const labelOf = (key: string) => {
    const benefit = benefitOf(key);
    return form.version.questions.find((q) => q.key === key)?.label ?? (benefit ? `${t.benefits.checkInHeading}: ${plain(benefit.indicator)}` : plain(shorten(key)));
  };
  // Dark text on the attention background: attention-coloured text there reaches only 3.6:1.
  const line = (text: string) => textBlock(text, { spacing: 'Small' });
  const hidden = errors.length - MAX_LISTED_ERRORS;
  return {
    type: 'Container',
    style: 'attention',
    items: [
      textBlock(t.checkIn.notSavedTitle, { weight: 'Bolder' }),
      ...errors.slice(0, MAX_LISTED_ERRORS).map((e) => line(`• ${labelOf(e.key)}: ${t.checkIn.errorCode[e.code]}`)),
      ...(hidden > 0 ? [line(t.checkIn.moreErrors(hidden))] : [])
    ]
  };
}

/** The check-in form: every question of the template version, labelled, with required markers. */
export function checkInCard(form: CheckInForm, t: Catalogue): AdaptiveCard {
  const { network, collaboration, version, period, values = {}, errors = [] } = form;
  const body: CardElement[] = [
    heading(t.checkIn.title(plain(collaboration.name))),
    textBlock(t.checkIn.subtitle(periodName(period, t), plain(network.name)), { isSubtle: true, spacing: 'None' }),
    ...(form.notice ? [textBlock(form.notice, { weight: 'Bolder', color: 'accent' })] : []),
    ...(errors.length ? [errorSummary(form, errors, t)] : []),
    ...(form.answeredAt ? [textBlock(t.checkIn.alreadyAnswered(t.date(form.answeredAt)), { color: 'accent' })] : []),
    textBlock(t.checkIn.intro, { size: 'Small', isSubtle: true }),
    ...version.questions.flatMap((q) => [
      inputFor(q, values[q.key], t),
      ...(q.hint ? [textBlock(q.hint, { size: 'Small', isSubtle: true, spacing: 'None' })] : [])
    ]),
    ...checkInInputs(collaboration.benefits, values, t)
  ];
  const envelope = {
    verb: CHECKIN_SUBMIT,
    networkId: network.id,
    collaborationId: collaboration.id,
    period,
    templateVersion: version.version
  };
  return card(body, [submitButton(t.checkIn.submit, envelope, 'positive')]);
}

export interface CheckInReceipt {
  collaboration: Collaboration;
  version: TemplateVersion;
  period: string;
  answers: Answers;
  /** The answers about the collaboration's planned benefits, by benefit id. */
  benefitAnswers?: CheckIn['benefits'];
  outcome: 'created' | 'updated';
  /** One line about the channel summary: sent, no channel yet, or failed. */
  channelNote: string;
  /** Set when the answer is stored but the status does not show it yet. */
  statusNote?: string;
}

/** What was stored, so the leader can see it is right. */
export function receiptCard(receipt: CheckInReceipt, t: Catalogue): AdaptiveCard {
  const overall = receipt.answers.overall as Colour;
  return card(
    [
      heading(receipt.outcome === 'created' ? t.checkIn.savedTitle : t.checkIn.updatedTitle),
      textBlock(t.checkIn.receiptSubtitle(plain(receipt.collaboration.name), periodName(receipt.period, t)), {
        isSubtle: true,
        spacing: 'None'
      }),
      colourBadge(overall, t),
      answerFacts(receipt.version, receipt.answers, t),
      ...benefitAnswerFacts(receipt.collaboration.benefits, receipt.benefitAnswers, t),
      ...(receipt.statusNote ? [textBlock(receipt.statusNote, { color: 'attention' })] : []),
      textBlock(receipt.channelNote, { size: 'Small', isSubtle: true })
    ],
    [commandButton(t.help.buttonStatus, `${t.help.commandStatus} ${receipt.collaboration.name}`)]
  );
}

export interface ChannelSummary {
  collaboration: Collaboration;
  version: TemplateVersion;
  period: string;
  respondent: Person;
  answers: Answers;
  benefitAnswers?: CheckIn['benefits'];
  outcome: 'created' | 'updated';
}

/** Posted in the project group's channel after each check-in. */
export function channelSummaryCard(summary: ChannelSummary, t: Catalogue): AdaptiveCard {
  const { answers, version } = summary;
  const overall = answers.overall as Colour;
  const period = periodName(summary.period, t);
  const who = plain(summary.respondent.name);
  const highlight = (title: string, key: string) =>
    typeof answers[key] === 'string' && answers[key]
      ? [textBlock(title, { weight: 'Bolder', spacing: 'Medium' }), textBlock(plain(String(answers[key])), { spacing: 'None' })]
      : [];
  // Texts and the decision get sections of their own below the facts.
  const scaleAndChoices = version.questions.filter((q) => q.kind === 'scale' || q.kind === 'economy');
  return card([
    heading(t.summary.title(plain(summary.collaboration.name))),
    textBlock(
      summary.outcome === 'created' ? t.summary.subtitle(who, period) : t.summary.updatedSubtitle(who, period),
      { isSubtle: true, spacing: 'None' }
    ),
    colourBadge(overall, t),
    ...highlight(t.summary.comment, 'overallComment'),
    answerFacts({ ...version, questions: scaleAndChoices }, answers, t),
    ...benefitAnswerFacts(summary.collaboration.benefits, summary.benefitAnswers, t),
    ...highlight(t.summary.economy, 'economyComment'),
    ...(answers.decisionNeeded === true ? highlight(t.summary.decision, 'decisionText') : []),
    ...highlight(t.summary.risks, 'risks'),
    ...highlight(t.summary.celebrate, 'celebrate')
  ], [commandButton(t.summary.showStatus, `${t.help.commandStatus} ${summary.collaboration.name}`)]);
}
