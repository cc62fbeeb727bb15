import { card, heading, plain, submitButton, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import { currentVersion, osloDate, pendingVersion, versionFor, type Question, type Template } from '../../domain/template';
import { ADDABLE_KINDS, essentialKeys, LABEL_MAX_LENGTH, SHORT_MAX_LENGTH } from '../../domain/templateRevision';
import type { Network } from '../../domain/types';
import { choiceInput, textInput, toggleInput } from '../../cards/inputs';
import type { Catalogue } from '../../core/i18n/catalogue';
import { visible } from '../../domain/text';

export const TEMPLATE_SAVE = 'template.save';
export const TEMPLATE_NETWORK = 'template.network';

/** Input ids of the edit form: one set per question of the newest version, keyed by the question's key. */
export const FIELD = {
  label: (key: string) => `label.${key}`,
  short: (key: string) => `short.${key}`,
  retire: (key: string) => `retire.${key}`,
  newKind: 'newKind',
  newLabel: 'newLabel',
  newShort: 'newShort',
  newRequired: 'newRequired'
} as const;

export interface TemplateView {
  network: Network;
  template: Template;
  /** How many of the network's collaborations ask it. */
  usedBy: number;
  now: Date;
  /** A survey question set (tillitsbarometer, yearly evaluation): asked network-wide, scale and text questions only. */
  survey?: boolean;
}

const text = (id: string, label: string, value: string, maxLength: number, t: Catalogue, required = true): CardElement =>
  textInput(id, label, value, { maxLength, required, errorMessage: t.checkIn.errorRequired });

/** The element id of a question's inputs, which its button shows and hides; apart from every input id. */
const questionBox = (key: string) => `question.${key}`;

/**
 * A question as a button naming it (number, kind, short name), with its inputs collapsed below:
 * thirteen open forms make a card nobody reads, and most questions are left as they are. Hidden
 * inputs are still sent, so an unopened question is saved unchanged.
 */
function questionInputs(question: Question, number: number, essential: boolean, t: Catalogue): CardElement[] {
  const title = `${t.templates.question(number, t.templates.kind[question.kind])}: ${visible(question.short)}`;
  return [
    { type: 'ActionSet', spacing: 'Small', actions: [{ type: 'Action.ToggleVisibility', title, targetElements: [questionBox(question.key)] }] },
    {
      type: 'Container',
      id: questionBox(question.key),
      isVisible: false,
      items: [
        text(FIELD.label(question.key), t.templates.question(number, t.templates.kind[question.kind]), question.label, LABEL_MAX_LENGTH, t),
        text(FIELD.short(question.key), t.templates.shortInput(number), question.short, SHORT_MAX_LENGTH, t),
        essential
          ? textBlock(t.templates.essential, { size: 'Small', isSubtle: true, spacing: 'Small' })
          : toggleInput(FIELD.retire(question.key), t.templates.retireLabel(number), t.templates.retire, false)
      ]
    }
  ];
}

function addInputs(t: Catalogue, survey: boolean): CardElement[] {
  const kinds = ADDABLE_KINDS.filter((kind) => !survey || kind !== 'yesno');
  return [
    textBlock(t.templates.addTitle, { weight: 'Bolder', size: 'Medium', spacing: 'ExtraLarge' }),
    choiceInput(FIELD.newKind, t.templates.kindInput, kinds.map((kind) => ({ title: t.templates.kind[kind], value: kind })), 'scale', { expanded: true }),
    text(FIELD.newLabel, t.templates.newLabelInput, '', LABEL_MAX_LENGTH, t, false),
    text(FIELD.newShort, t.templates.newShortInput, '', SHORT_MAX_LENGTH, t, false),
    toggleInput(FIELD.newRequired, t.templates.requiredLabel, t.templates.requiredToggle, true)
  ];
}

/**
 * `mal`: the version in effect, any version still to come, and a form over the newest one: its
 * questions to reword or retire, and one to add. Saving makes the next version.
 */
export function templateCard(view: TemplateView, t: Catalogue): AdaptiveCard {
  const { network, template } = view;
  const newest = currentVersion(template);
  const pending = pendingVersion(template, view.now);
  const essential = essentialKeys(newest);
  return card(
    [
      heading(t.templates.title(plain(template.name), network.name)),
      textBlock((view.survey ? t.templates.inSurvey : (v: number) => t.templates.inUse(v, view.usedBy))(versionFor(template, osloDate(view.now)).version), { spacing: 'None', isSubtle: true }),
      ...(pending ? [textBlock(t.templates.pending(pending.version, t.date(pending.validFrom)), { color: 'accent', weight: 'Bolder' })] : []),
      textBlock(view.survey ? t.templates.surveyIntro : t.templates.intro, { size: 'Small', isSubtle: true }),
      ...newest.questions.flatMap((q, i) => questionInputs(q, i + 1, essential.has(q.key), t)),
      ...addInputs(t, view.survey ?? false)
    ],
    [submitButton(t.templates.save, { verb: TEMPLATE_SAVE, networkId: network.id, templateId: template.id, baseVersion: newest.version }, 'positive')]
  );
}
