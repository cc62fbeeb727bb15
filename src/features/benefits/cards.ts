import { card, heading, plain, submitButton, table, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import type { Catalogue } from '../../core/i18n/catalogue';
import { choiceInput, textInput, type Choice } from '../../cards/inputs';
import { periodName } from '../../cards/answers';
import {
  answerKey,
  BENEFIT_KINDS,
  COMMENT_MAX_LENGTH,
  INDICATOR_MAX_LENGTH,
  isLate,
  isReached,
  latestValue,
  netOf,
  progressByYear,
  realisedProgress,
  type BenefitsPlan,
  type BenefitYear,
  type PlannedBenefit
} from '../../domain/benefits';
import { currentPhase } from '../../domain/checklist';
import { userKey } from '../../domain/roles';
import { visible } from '../../domain/text';
import type { Collaboration, Colour, Network, Person } from '../../domain/types';

export const BENEFITS_OPEN = 'benefits.open';
export const BENEFITS_EDIT = 'benefits.edit';
export const BENEFITS_SAVE = 'benefits.save';
export const BENEFITS_YEARS = 'benefits.years';
export const BENEFITS_SAVE_YEARS = 'benefits.saveYears';
/** The «Ny gevinst» choice on the plan card. */
export const NEW_BENEFIT = 'new';
export const YEAR_FIELDS = ['oneOff', 'running', 'savings', 'income'] as const;
export type YearField = (typeof YEAR_FIELDS)[number];
export const yearKey = (year: number, field: YearField) => `${field}:${year}`;
export const amountKey = (municipalityId: string) => `amount:${municipalityId}`;

const percent = (fraction: number) => Math.round(fraction * 100);

/** An indicator value or amount as people read numbers. */
const numberOf = (value: number, t: Catalogue) => t.benefits.number(value);

/** One benefit's lines: kind and indicator, plan, owner, the newest report and where it stands. */
function benefitLines(network: Network, benefit: PlannedBenefit, today: string, t: Catalogue): CardElement[] {
  const latest = latestValue(benefit);
  const last = benefit.realised.at(-1);
  const progress = realisedProgress(benefit);
  // A shape beside the word, and no green text (2:1 on white): the state reads without colour.
  const state = isReached(benefit) ? `✓ ${t.benefits.reached}` : isLate(benefit, today) ? t.benefits.late : t.benefits.onTrack;
  const colour = isLate(benefit, today) && !isReached(benefit) ? 'attention' : 'default';
  const reported = [
    ...(latest ? [t.benefits.latestValue(numberOf(latest.value!, t), periodName(latest.period, t))] : []),
    ...(last?.colour && last !== latest ? [t.benefits.latestColour(t.colour[last.colour], periodName(last.period, t))] : []),
    ...(progress !== undefined ? [t.benefits.progress(percent(progress))] : []),
    ...(benefit.realised.length ? [] : [t.benefits.notReported])
  ];
  const amounts = Object.entries(benefit.amounts ?? {}).map(([id, amount]) => `${plain(network.municipalities.find((m) => m.id === id)?.name ?? id)} ${numberOf(amount, t)}`);
  return [
    textBlock(`**${state}** · ${t.benefits.kind[benefit.kind]}: ${plain(benefit.indicator)}`, { spacing: 'Medium', color: colour }),
    textBlock(
      [
        t.benefits.plan(numberOf(benefit.baseline, t), numberOf(benefit.target, t), t.date(benefit.targetDate)),
        benefit.owner ? t.benefits.owner(plain(benefit.owner.name)) : t.benefits.noOwner
      ].join(' · '),
      { size: 'Small', spacing: 'None' }
    ),
    textBlock(reported.join(' · '), { size: 'Small', isSubtle: true, spacing: 'None' }),
    ...(last?.comment ? [textBlock(plain(last.comment), { size: 'Small', isSubtle: true, spacing: 'None' })] : []),
    ...(amounts.length ? [textBlock(t.benefits.amounts(amounts.join(', ')), { size: 'Small', isSubtle: true, spacing: 'None' })] : [])
  ];
}

/** Planned against realised per year as a grouped bar chart, with the same numbers as facts where Teams draws none. */
export function progressChart(benefits: PlannedBenefit[], today: string, t: Catalogue): CardElement[] {
  const years = progressByYear(benefits, today);
  if (years.length === 0) return [];
  const series = (legend: string, pick: (y: (typeof years)[number]) => number | undefined) => ({
    legend,
    values: years.flatMap((y) => (pick(y) === undefined ? [] : [{ x: String(y.year), y: percent(pick(y)!) }]))
  });
  return [
    {
      type: 'Chart.VerticalBar.Grouped',
      title: t.benefits.chartTitle,
      colorSet: 'categorical',
      data: [series(t.benefits.planned, (y) => y.planned), series(t.benefits.realised, (y) => y.realised)],
      fallback: {
        type: 'FactSet',
        facts: years.map((y) => ({ title: String(y.year), value: t.benefits.chartValue(percent(y.planned), y.realised === undefined ? t.notAnswered : `${percent(y.realised)} %`) }))
      }
    }
  ];
}

/** The yearly economy as a table: one-off and running costs, savings, income and the net. */
function economyTable(years: BenefitYear[], t: Catalogue): CardElement[] {
  if (years.length === 0) return [];
  const kr = (n: number) => numberOf(n, t);
  return [
    textBlock(t.benefits.economyTitle, { weight: 'Bolder', spacing: 'Large' }),
    table(
      [1, 2, 2, 2, 2, 2],
      [
        [t.benefits.year, t.benefits.oneOff, t.benefits.running, t.benefits.savings, t.benefits.income, t.benefits.net],
        ...years.map((y) => [String(y.year), kr(y.oneOff), kr(y.running), kr(y.savings), kr(y.income), kr(netOf(y))])
      ]
    )
  ];
}

export interface PlanView {
  network: Network;
  collaboration: Collaboration;
  /** ISO date: lateness is counted from it. */
  today: string;
  /** Leaders of the collaboration and admins may change the plan. */
  editable: boolean;
}

/** `gevinster <samarbeid>`: every planned benefit with its latest value, the chart and the yearly economy. */
export function benefitsCard(view: PlanView, t: Catalogue): AdaptiveCard {
  const { network, collaboration, today } = view;
  const plan = collaboration.benefits ?? { benefits: [], years: [] };
  const target = { networkId: network.id, collaborationId: collaboration.id };
  const choices: Choice[] = [...plan.benefits.map((b) => ({ title: visible(b.indicator), value: b.id })), { title: t.benefits.newBenefit, value: NEW_BENEFIT }];
  return card(
    [
      heading(t.benefits.title(plain(collaboration.name))),
      textBlock(t.benefits.subtitle(plain(network.name), t.admin.phase[currentPhase(collaboration)], plan.benefits.length), { isSubtle: true, spacing: 'None' }),
      ...(plan.benefits.length ? plan.benefits.flatMap((b) => benefitLines(network, b, today, t)) : [textBlock(t.benefits.none)]),
      ...progressChart(plan.benefits, today, t),
      ...economyTable(plan.years, t),
      ...(view.editable ? [{ ...choiceInput('benefitId', t.benefits.benefitInput, choices, choices[0].value), spacing: 'ExtraLarge' }] : [])
    ],
    view.editable
      ? [submitButton(t.benefits.edit, { verb: BENEFITS_EDIT, ...target }), submitButton(t.benefits.editYears, { verb: BENEFITS_YEARS, ...target })]
      : []
  );
}

export interface BenefitFormView {
  network: Network;
  collaboration: Collaboration;
  /** Absent for a new benefit. */
  benefit?: PlannedBenefit;
  /** People with a role in the network, to pick the owner from. */
  roster: Person[];
}

const dateInput = (id: string, label: string, value: string | undefined): CardElement => ({ type: 'Input.Date', id, label, isRequired: true, errorMessage: label, ...(value ? { value } : {}) });
const amountInput = (id: string, label: string, value: number | undefined): CardElement =>
  textInput(id, label, value === undefined ? '' : String(value), { maxLength: 20 });

/** One benefit's form: kind, indicator, baseline, target and date, owner, and the parts per municipality. */
export function benefitFormCard(view: BenefitFormView, t: Catalogue): AdaptiveCard {
  const { network, collaboration, benefit } = view;
  const owners = view.roster.map((p) => ({ title: visible(p.name), value: userKey(p) }));
  const participants = network.municipalities.filter((m) => collaboration.participantIds.includes(m.id));
  const required = { required: true, errorMessage: t.benefits.ownerNeeded };
  return card(
    [
      heading(benefit ? plain(benefit.indicator) : t.benefits.newTitle(plain(collaboration.name))),
      textBlock(t.benefits.formSubtitle(plain(collaboration.name)), { isSubtle: true, spacing: 'None' }),
      choiceInput('kind', t.benefits.kindInput, BENEFIT_KINDS.map((k) => ({ title: t.benefits.kind[k], value: k })), benefit?.kind ?? 'economic', { expanded: true }),
      textInput('indicator', t.benefits.indicatorInput, benefit?.indicator ?? '', { maxLength: INDICATOR_MAX_LENGTH, required: true, errorMessage: t.benefits.problem.indicator }),
      amountInput('baseline', t.benefits.baselineInput, benefit?.baseline),
      amountInput('target', t.benefits.targetInput, benefit?.target),
      dateInput('targetDate', t.benefits.targetDateInput, benefit?.targetDate),
      choiceInput('owner', t.benefits.ownerInput, owners, benefit?.owner ? userKey(benefit.owner) : undefined, required),
      ...participants.map((m) => amountInput(amountKey(m.id), t.benefits.amountInput(visible(m.name)), benefit?.amounts?.[m.id]))
    ],
    [submitButton(t.benefits.save, { verb: BENEFITS_SAVE, networkId: network.id, collaborationId: collaboration.id, benefitId: benefit?.id ?? NEW_BENEFIT }, 'positive')]
  );
}

export interface YearsFormView {
  network: Network;
  collaboration: Collaboration;
  years: number[];
}

/** The yearly economy's form: four amounts for each year. */
export function yearsFormCard(view: YearsFormView, t: Catalogue): AdaptiveCard {
  const { network, collaboration } = view;
  const stored = collaboration.benefits?.years ?? [];
  return card(
    [
      heading(t.benefits.yearsTitle(plain(collaboration.name))),
      textBlock(t.benefits.yearsIntro, { isSubtle: true, spacing: 'None', wrap: true }),
      ...view.years.flatMap((year) => [
        textBlock(String(year), { weight: 'Bolder', spacing: 'Medium' }),
        ...YEAR_FIELDS.map((field) => amountInput(yearKey(year, field), t.benefits.yearInput(t.benefits[field], year), stored.find((y) => y.year === year)?.[field]))
      ])
    ],
    [submitButton(t.benefits.saveYears, { verb: BENEFITS_SAVE_YEARS, networkId: network.id, collaborationId: collaboration.id }, 'positive')]
  );
}

/** The check-in's part about the benefits: per planned benefit, the value now or a colour with a comment. */
export function checkInInputs(plan: BenefitsPlan | undefined, values: Record<string, unknown>, t: Catalogue): CardElement[] {
  if (!plan?.benefits.length) return [];
  const shown = (key: string, max: number) => (values[key] === undefined || values[key] === null ? '' : String(values[key]).slice(0, max));
  const colours: Choice[] = (['green', 'yellow', 'red'] as Colour[]).map((c) => ({ title: t.colourMeaning[c], value: c }));
  return [
    textBlock(t.benefits.checkInHeading, { weight: 'Bolder', size: 'Medium', spacing: 'Large' }),
    textBlock(t.benefits.checkInIntro, { size: 'Small', isSubtle: true, spacing: 'None', wrap: true }),
    ...plan.benefits.flatMap((b) => {
      const colour = shown(answerKey(b.id, 'colour'), 10);
      return [
        textInput(answerKey(b.id, 'value'), t.benefits.valueInput(visible(b.indicator), numberOf(b.baseline, t), numberOf(b.target, t)), shown(answerKey(b.id, 'value'), 20), { maxLength: 20 }),
        choiceInput(answerKey(b.id, 'colour'), t.benefits.colourInput, colours, colour || undefined),
        textInput(answerKey(b.id, 'comment'), t.benefits.commentInput, shown(answerKey(b.id, 'comment'), COMMENT_MAX_LENGTH), { maxLength: COMMENT_MAX_LENGTH, multiline: true })
      ];
    })
  ];
}

/** A stored check-in's benefit answers as the form's input values, to show them again. */
export function checkInValues(answers: Record<string, { value?: number; colour?: Colour; comment?: string }> | undefined): Record<string, unknown> {
  return Object.fromEntries(
    Object.entries(answers ?? {}).flatMap(([id, a]) => [
      ...(a.value === undefined ? [] : [[answerKey(id, 'value'), a.value]]),
      ...(a.colour ? [[answerKey(id, 'colour'), a.colour]] : []),
      ...(a.comment ? [[answerKey(id, 'comment'), a.comment]] : [])
    ])
  );
}

/** `status <samarbeid>`: how many benefits are reached, the late ones, and planned against realised. */
export function statusLines(collaboration: Collaboration, today: string, t: Catalogue): CardElement[] {
  const benefits = collaboration.benefits?.benefits ?? [];
  if (benefits.length === 0) return [];
  const late = benefits.filter((b) => isLate(b, today));
  return [
    textBlock(t.benefits.statusLine(benefits.filter(isReached).length, benefits.length), { weight: 'Bolder', spacing: 'Large' }),
    ...late.map((b) => textBlock(`${t.benefits.late}: ${plain(b.indicator)}`, { color: 'attention', spacing: 'None', size: 'Small' })),
    ...progressChart(benefits, today, t)
  ];
}
