import { DateTime } from 'luxon';
import { parseDueDate } from './checklist';
import { ZONE } from './period';
import { cleanText } from './text';
import type { Collaboration, Colour, Person } from './types';

/**
 * Benefits plans (gevinstplaner, seed 002 F4 and F6): what a collaboration is meant to achieve,
 * measured by an indicator with a baseline and a target by a date, each owned by a line leader,
 * with the yearly one-off costs («pukkelkostnader»), running costs, savings and income. Leaders
 * report the value reached (or a colour with a comment) in the check-in; the values are kept on
 * the plan per period, so `status` shows the way from plan to result without reading history.
 */

export const BENEFIT_KINDS = ['economic', 'quality', 'time', 'vulnerability'] as const;
export type BenefitKind = (typeof BENEFIT_KINDS)[number];

/** What a leader reported for one benefit in one period. */
export interface Realisation {
  period: string;
  value?: number;
  colour?: Colour;
  /** Outside text. */
  comment?: string;
  submittedAt: string;
}

export interface PlannedBenefit {
  id: string;
  kind: BenefitKind;
  /** What is measured, as the leader wrote it (outside text), e.g. «Saksbehandlingstid byggesak (dager)». */
  indicator: string;
  baseline: number;
  target: number;
  /** ISO date the plan counts from: the straight line from baseline to target starts here. */
  since: string;
  /** ISO date the target should be reached by. */
  targetDate: string;
  /** The line leader who owns the benefit (002 F6); absent only after the owner's data was erased. */
  owner?: Person;
  /** The part of the target each municipality expects (e.g. kroner saved there), by municipality id. */
  amounts?: Record<string, number>;
  /** Oldest period first, at most one per period. */
  realised: Realisation[];
}

/** One year of the plan's economy, in kroner. */
export interface BenefitYear {
  year: number;
  /** One-off costs of the change («pukkelkostnader»). */
  oneOff: number;
  running: number;
  savings: number;
  income: number;
}

export interface BenefitsPlan {
  benefits: PlannedBenefit[];
  /** Oldest year first. */
  years: BenefitYear[];
}

export const INDICATOR_MAX_LENGTH = 150;
export const COMMENT_MAX_LENGTH = 500;
export const MAX_BENEFITS = 20;
/** Amounts and values beyond a trillion are typos (or forged), not Norwegian municipal budgets. */
export const AMOUNT_LIMIT = 1e12;
/** Realised progress this far behind the straight line to the target counts as late. */
export const LATE_MARGIN = 0.2;
/** The years the economy form offers: last year and the next four. */
export const PLAN_YEARS = { before: 1, after: 3 } as const;

/**
 * A number as people type it in a card: «1 500 000», «1,5», «-20». Undefined for anything else,
 * and for amounts beyond ±AMOUNT_LIMIT.
 */
export function parseAmount(raw: unknown): number | undefined {
  if (typeof raw === 'number') return Number.isFinite(raw) && Math.abs(raw) <= AMOUNT_LIMIT ? raw : undefined;
  if (typeof raw !== 'string') return undefined;
  const text = raw.replace(/[\s\u00A0]/g, '').replace(',', '.');
  if (!/^-?\d{1,13}(\.\d{1,4})?$/.test(text)) return undefined;
  const value = Number(text);
  return Math.abs(value) <= AMOUNT_LIMIT ? value : undefined;
}

const yearOfPeriod = (period: string) => Number(period.slice(0, 4));
const dayNumber = (iso: string) => DateTime.fromISO(iso, { zone: ZONE }).toMillis() / 86_400_000;

/** The newest reported value, if any period reported one. */
export function latestValue(benefit: PlannedBenefit): Realisation | undefined {
  return [...benefit.realised].reverse().find((r) => r.value !== undefined);
}

/** How far a value has come from baseline to target (0 = baseline, 1 = target), whichever way the target lies. */
export function progressTo(benefit: Pick<PlannedBenefit, 'baseline' | 'target'>, value: number): number {
  return (value - benefit.baseline) / (benefit.target - benefit.baseline);
}

/** The realised progress, from the newest reported value; undefined before any value. */
export function realisedProgress(benefit: PlannedBenefit): number | undefined {
  const latest = latestValue(benefit);
  return latest && progressTo(benefit, latest.value!);
}

/** Where the straight line from baseline (at `since`) to target (at `targetDate`) is on a day, 0–1. */
export function plannedProgress(benefit: Pick<PlannedBenefit, 'since' | 'targetDate'>, day: string): number {
  const span = dayNumber(benefit.targetDate) - dayNumber(benefit.since);
  if (span <= 0) return 1;
  return Math.min(1, Math.max(0, (dayNumber(day) - dayNumber(benefit.since)) / span));
}

export const isReached = (benefit: PlannedBenefit): boolean => (realisedProgress(benefit) ?? 0) >= 1;

/**
 * «Gevinst forsinket»: not reached, and the target date has passed, or the newest report is red,
 * or the value is more than LATE_MARGIN behind the straight line to the target.
 */
export function isLate(benefit: PlannedBenefit, today: string): boolean {
  if (isReached(benefit)) return false;
  if (benefit.targetDate < today) return true;
  if (benefit.realised.at(-1)?.colour === 'red') return true;
  const realised = realisedProgress(benefit);
  return realised !== undefined && plannedProgress(benefit, today) - realised > LATE_MARGIN;
}

export const lateBenefits = (collaboration: Pick<Collaboration, 'benefits'>, today: string): PlannedBenefit[] =>
  (collaboration.benefits?.benefits ?? []).filter((b) => isLate(b, today));

export const reachedBenefits = (collaboration: Pick<Collaboration, 'benefits'>): PlannedBenefit[] =>
  (collaboration.benefits?.benefits ?? []).filter(isReached);

/**
 * One municipality's part of the plan: the sum of its amounts, and how much of it the newest
 * values have realised (each benefit's amount times its progress, never below zero, at most the amount).
 */
export function municipalityPart(collaboration: Pick<Collaboration, 'benefits'>, municipalityId: string): { planned: number; realised: number } | undefined {
  const parts = (collaboration.benefits?.benefits ?? []).filter((b) => b.amounts?.[municipalityId] !== undefined);
  if (parts.length === 0) return undefined;
  const realised = parts.reduce((sum, b) => sum + b.amounts![municipalityId] * Math.min(1, Math.max(0, realisedProgress(b) ?? 0)), 0);
  return { planned: parts.reduce((sum, b) => sum + b.amounts![municipalityId], 0), realised };
}

/**
 * «I drift uten gevinstplan»: recorded as in operation with no planned benefit. Collaborations
 * set up before phases were recorded are not counted: nobody has said where they are.
 */
export const inOperationWithoutPlan = (collaboration: Pick<Collaboration, 'phase' | 'benefits'>): boolean =>
  collaboration.phase === 'drift' && !collaboration.benefits?.benefits.length;

/** A year's net effect: savings and income less one-off and running costs. */
export const netOf = (year: BenefitYear): number => year.savings + year.income - year.oneOff - year.running;

/** Planned against realised, per year, as progress toward the targets (mean over the benefits with a value that year). */
export interface YearProgress {
  year: number;
  planned: number;
  realised?: number;
}

export function progressByYear(benefits: PlannedBenefit[], today: string): YearProgress[] {
  if (benefits.length === 0) return [];
  const first = Math.min(...benefits.map((b) => yearOfPeriod(b.since)));
  const last = Math.min(Number(today.slice(0, 4)), Math.max(...benefits.map((b) => yearOfPeriod(b.targetDate))));
  const years: YearProgress[] = [];
  for (let year = first; year <= last; year++) {
    const end = `${year}-12-31` < today ? `${year}-12-31` : today;
    const planned = mean(benefits.map((b) => plannedProgress(b, end)))!;
    const realised = mean(
      benefits.flatMap((b) => {
        const value = [...b.realised].reverse().find((r) => r.value !== undefined && yearOfPeriod(r.period) <= year);
        return value ? [progressTo(b, value.value!)] : [];
      })
    );
    years.push({ year, planned, ...(realised === undefined ? {} : { realised }) });
  }
  return years;
}

const mean = (values: number[]): number | undefined => (values.length ? values.reduce((a, b) => a + b, 0) / values.length : undefined);

/** What a leader answers per benefit in the check-in. */
export interface BenefitAnswer {
  value?: number;
  colour?: Colour;
  comment?: string;
}

export type BenefitAnswerError = { key: string; code: 'invalid' | 'required' | 'tooLong' | 'unknown' };

/** The check-in card's inputs for one benefit. */
export const answerKey = (benefitId: string, part: 'value' | 'colour' | 'comment') => `benefit:${benefitId}:${part}`;
export const isBenefitKey = (key: string) => key.startsWith('benefit:');

const COLOURS: readonly string[] = ['green', 'yellow', 'red'];
const blank = (v: unknown) => v === undefined || v === null || (typeof v === 'string' && v.trim() === '');

/**
 * Parses the benefit inputs of a submitted check-in against the collaboration's plan: every key
 * must name a planned benefit, values must be numbers in range, colours one of three, and a
 * yellow or red colour needs a comment. Nothing answered for a benefit is fine.
 */
export function parseBenefitAnswers(
  plan: BenefitsPlan | undefined,
  raw: Record<string, unknown>
): { ok: true; answers: Record<string, BenefitAnswer> } | { ok: false; errors: BenefitAnswerError[] } {
  const errors: BenefitAnswerError[] = [];
  const answers: Record<string, BenefitAnswer> = {};
  const known = new Set<string>();
  for (const benefit of plan?.benefits ?? []) {
    const keys = { value: answerKey(benefit.id, 'value'), colour: answerKey(benefit.id, 'colour'), comment: answerKey(benefit.id, 'comment') };
    Object.values(keys).forEach((k) => known.add(k));
    const answer: BenefitAnswer = {};
    if (!blank(raw[keys.value])) {
      const value = parseAmount(raw[keys.value]);
      if (value === undefined) errors.push({ key: keys.value, code: 'invalid' });
      else answer.value = value;
    }
    if (!blank(raw[keys.colour])) {
      if (COLOURS.includes(String(raw[keys.colour]))) answer.colour = raw[keys.colour] as Colour;
      else errors.push({ key: keys.colour, code: 'invalid' });
    }
    if (!blank(raw[keys.comment])) {
      const comment = typeof raw[keys.comment] === 'string' ? cleanText(raw[keys.comment] as string).trim() : undefined;
      if (comment === undefined) errors.push({ key: keys.comment, code: 'invalid' });
      else if (comment.length > COMMENT_MAX_LENGTH) errors.push({ key: keys.comment, code: 'tooLong' });
      else answer.comment = comment;
    } else if (answer.colour === 'yellow' || answer.colour === 'red') {
      errors.push({ key: keys.comment, code: 'required' });
    }
    if (Object.keys(answer).length) answers[benefit.id] = answer;
  }
  for (const key of Object.keys(raw)) if (!known.has(key)) errors.push({ key, code: 'unknown' });
  return errors.length ? { ok: false, errors } : { ok: true, answers };
}

/**
 * Folds one check-in's benefit answers into the plan: one realisation per benefit and period,
 * the latest submission winning whatever order folds arrive in (an edit within the same instant too). Returns the plan itself when
 * nothing changes, so a fold can tell there is nothing to write.
 */
export function recordRealisations(plan: BenefitsPlan | undefined, period: string, answers: Record<string, BenefitAnswer> | undefined, submittedAt: string): BenefitsPlan | undefined {
  if (!plan || !answers || Object.keys(answers).length === 0) return plan;
  let changed = false;
  const benefits = plan.benefits.map((benefit) => {
    const answer = answers[benefit.id];
    if (!answer) return benefit;
    const existing = benefit.realised.find((r) => r.period === period);
    if (existing && existing.submittedAt > submittedAt) return benefit;
    const realisation: Realisation = { period, ...answer, submittedAt };
    if (existing && JSON.stringify(existing) === JSON.stringify(realisation)) return benefit;
    changed = true;
    const realised = [...benefit.realised.filter((r) => r.period !== period), realisation].sort((a, b) => a.period.localeCompare(b.period));
    return { ...benefit, realised };
  });
  return changed ? { ...plan, benefits } : plan;
}

/** A benefit as an editor sends it, before checking. */
export interface BenefitInput {
  kind: string;
  indicator: string;
  baseline: unknown;
  target: unknown;
  targetDate: string;
  amounts: Record<string, unknown>;
}

export type BenefitProblem = 'indicator' | 'baseline' | 'target' | 'sameAsBaseline' | 'targetDate' | 'amount' | 'kind';

/** Checks an edited benefit; the owner is checked against the roster by the caller. */
export function checkBenefit(
  input: BenefitInput
): { ok: true; value: Pick<PlannedBenefit, 'kind' | 'indicator' | 'baseline' | 'target' | 'targetDate' | 'amounts'> } | { ok: false; problems: BenefitProblem[] } {
  const problems: BenefitProblem[] = [];
  const kind = (BENEFIT_KINDS as readonly string[]).includes(input.kind) ? (input.kind as BenefitKind) : undefined;
  if (!kind) problems.push('kind');
  const indicator = cleanText(input.indicator).replace(/\s+/g, ' ').trim();
  if (!indicator || indicator.length > INDICATOR_MAX_LENGTH) problems.push('indicator');
  const baseline = parseAmount(input.baseline);
  if (baseline === undefined) problems.push('baseline');
  const target = parseAmount(input.target);
  if (target === undefined) problems.push('target');
  else if (baseline !== undefined && target === baseline) problems.push('sameAsBaseline');
  const targetDate = parseDueDate(input.targetDate.trim());
  if (!targetDate) problems.push('targetDate');
  const amounts: Record<string, number> = {};
  for (const [municipalityId, raw] of Object.entries(input.amounts)) {
    if (blank(raw)) continue;
    const amount = parseAmount(raw);
    if (amount === undefined) problems.push('amount');
    else amounts[municipalityId] = amount;
  }
  if (problems.length) return { ok: false, problems: [...new Set(problems)] };
  return { ok: true, value: { kind: kind!, indicator, baseline: baseline!, target: target!, targetDate: targetDate!, ...(Object.keys(amounts).length ? { amounts } : {}) } };
}

/** The years the economy form shows around `today`: the plan's own years and PLAN_YEARS around now. */
export function planYears(plan: BenefitsPlan | undefined, today: string): number[] {
  const now = Number(today.slice(0, 4));
  const around = Array.from({ length: PLAN_YEARS.before + PLAN_YEARS.after + 1 }, (_, i) => now - PLAN_YEARS.before + i);
  return [...new Set([...(plan?.years ?? []).map((y) => y.year), ...around])].sort((a, b) => a - b);
}
