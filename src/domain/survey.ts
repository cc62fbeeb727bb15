import type { Level } from './roles';
import type { Question, Template, TemplateVersion } from './template';
import { TEXT_MAX_LENGTH } from './template';

/**
 * Anonymous surveys (tillitsbarometer). Pure rules: who counts in which group, which groups
 * may ever be stored or shown apart (threshold N with complementary suppression), how one answer
 * is counted, and the results. No answer is ever kept as a record of its own: it only adds to
 * counters of groups that are large enough (see README «Anonyme undersøkelser»).
 */

/** The default anonymity threshold, and the lowest a network may set. */
export const DEFAULT_THRESHOLD = 5;
export const MIN_THRESHOLD = 3;
export const MAX_THRESHOLD = 20;

export const BAROMETER_TEMPLATE_ID = 'tillitsbarometer';
export const EVALUATION_TEMPLATE_ID = 'arlig-evaluering';
/** The survey question sets a network may adapt through `mal undersøkelse`, with their defaults. */
export const isSurveyTemplate = (templateId: string): boolean => templateId === BAROMETER_TEMPLATE_ID || templateId === EVALUATION_TEMPLATE_ID;

/** The groups of one thing asked about: the whole network (tillitsbarometer) or one collaboration (årlig evaluering). */
export interface SurveyPart {
  /** The groups whose answers are counted apart, decided at the start from who is invited. */
  cells: string[];
  /** Invited people per municipality × level («grong/political»), for the response rate. */
  invited: Record<string, number>;
}

/** One round of a network's survey, kept on the network so the årshjul sees it. */
export interface SurveyRound {
  /** «barometer-2026-11-26»: unique within the network, sorts by start. */
  id: string;
  /** Absent for the tillitsbarometer; «evaluation» for the yearly evaluation of every collaboration. */
  kind?: 'evaluation';
  templateId: string;
  templateVersion: number;
  opensAt: string;
  /** Moved by «Forleng» and by «Avslutt nå». */
  closesAt: string;
  /** When those who have not answered are reminded. */
  reminders: string[];
  threshold: number;
  /** The groups whose answers are counted apart, decided at the start from who is invited. */
  cells: string[];
  /** Invited people per municipality × level («grong/political»), for the response rate. */
  invited: Record<string, number>;
  /** Receipts («has answered») are deleted once the round has closed. */
  receiptsDeleted?: true;
  /** Årlig evaluering: one part per collaboration evaluated (by id), each counted apart. */
  subjects?: Record<string, SurveyPart>;
}

/** Which round of which network (and which collaboration, for an evaluation): receipts and counters are kept per part. */
export interface SurveyRoundRef {
  networkId: string;
  roundId: string;
  subjectId?: string;
}

/** A network's surveys: its threshold N, its rounds oldest first, and the day of the yearly evaluation. */
export interface NetworkSurveys {
  threshold?: number;
  rounds: SurveyRound[];
}

export interface EvaluationDate {
  month: number;
  workingDay: number;
}

export const DEFAULT_EVALUATION_DATE: EvaluationDate = { month: 3, workingDay: 1 };
/** Every month has at least this many working days, holidays included. */
export const MAX_EVALUATION_WORKING_DAY = 15;

/** The date as the audit log names its fields, in chat and in a network file alike. */
export const evaluationAuditEntry = ({ month, workingDay }: EvaluationDate) => ({ evaluationMonth: month, evaluationWorkingDay: workingDay });

/** Why an evaluation date cannot be used, or undefined when it can. */
export const evaluationDateProblem = ({ month, workingDay }: EvaluationDate): 'month' | 'workingDay' | undefined =>
  !Number.isInteger(month) || month < 1 || month > 12 ? 'month' : !Number.isInteger(workingDay) || workingDay < 1 || workingDay > MAX_EVALUATION_WORKING_DAY ? 'workingDay' : undefined;

/** The round as one part sees it: the cells and invitees of that collaboration, or of the whole network. */
export function partOf(round: SurveyRound, subjectId?: string): SurveyRound | undefined {
  if (!round.subjects) return subjectId ? undefined : round;
  const part = subjectId === undefined ? undefined : round.subjects[subjectId];
  return part && { ...round, ...part };
}

export const ALL = 'all';
export const levelCell = (level: Level) => `level:${level}`;
export const municipalityCell = (id: string) => `municipality:${id}`;
/** Invitees are counted per municipality × level; «-» for people without a municipality. */
export const inviteGroup = (municipalityId: string | undefined, level: Level) => `${municipalityId || '-'}/${level}`;

export const isOpen = (round: SurveyRound, now: Date): boolean => round.opensAt <= now.toISOString() && now.toISOString() < round.closesAt;
export const isClosed = (round: SurveyRound, now: Date): boolean => round.closesAt <= now.toISOString();

/**
 * Which groups of one breakdown may be shown: each must reach `n`, and what is left hidden (the
 * total minus the shown groups) must be nothing or at least `n` too, or it could be worked out by
 * subtraction. The smallest shown groups are hidden until that holds. `hidden` are groups that
 * are never shown (people without a municipality); they count in the rest.
 */
export function shownGroups(counts: Record<string, number>, n: number, hidden: readonly string[] = []): string[] {
  const total = Object.values(counts).reduce((a, b) => a + b, 0);
  if (total < n) return [];
  const shown = Object.keys(counts)
    .filter((g) => !hidden.includes(g) && counts[g] >= n)
    .sort((a, b) => counts[a] - counts[b] || a.localeCompare(b));
  let rest = total - shown.reduce((sum, g) => sum + counts[g], 0);
  while (rest > 0 && rest < n && shown.length > 0) rest += counts[shown.shift()!];
  return shown.sort();
}

/**
 * The groups whose answers are stored apart, from who is invited: a group too small to ever be
 * shown is never counted apart, so even the database holds no figure for fewer than N people.
 */
export function storedCells(invited: Record<string, number>, n: number): string[] {
  const byLevel: Record<string, number> = {};
  const byMunicipality: Record<string, number> = {};
  for (const [group, count] of Object.entries(invited)) {
    const [municipality, level] = group.split('/');
    byLevel[level] = (byLevel[level] ?? 0) + count;
    byMunicipality[municipality] = (byMunicipality[municipality] ?? 0) + count;
  }
  const total = Object.values(invited).reduce((a, b) => a + b, 0);
  if (total < n) return [];
  return [
    ALL,
    ...shownGroups(byLevel, n).map((l) => levelCell(l as Level)),
    ...shownGroups(byMunicipality, n, ['-']).map(municipalityCell)
  ];
}

/** An evaluation's groups: everyone asked counts as administrative, so a level of its own would only repeat «all». */
export const evaluationCells = (invited: Record<string, number>, n: number): string[] => storedCells(invited, n).filter((c) => !c.startsWith('level:'));

/** «Vet ikke» is kept as the sixth counter, after the five scale steps. */
export const DONT_KNOW = 'dontKnow';
export type ScaleAnswer = 1 | 2 | 3 | 4 | 5 | typeof DONT_KNOW;

/** One respondent's accepted answers: scale questions and the free text (only ever counted). */
export interface SurveyAnswer {
  scale: Record<string, ScaleAnswer>;
  text?: string;
}

/** The counters of one round: the only place answers live. */
export interface SurveyTally {
  networkId: string;
  roundId: string;
  subjectId?: string;
  respondents: Record<string, number>;
  /** Per cell and question: six counters, for 1–5 and «Vet ikke». */
  counts: Record<string, Record<string, number[]>>;
  /** Free texts of the whole round, kept sorted so their order tells nothing. */
  texts: string[];
  /** Random tokens of the answers already counted, sorted: a retried write counts once. Emptied at close. */
  applied: string[];
  /** The previous round's share agreeing per question, to show the change. */
  baseline?: Record<string, number>;
}

export const emptyTally = (networkId: string, roundId: string, baseline?: Record<string, number>, subjectId?: string): SurveyTally => ({
  networkId, roundId, ...(subjectId ? { subjectId } : {}), respondents: {}, counts: {}, texts: [], applied: [], ...(baseline ? { baseline } : {})
});

const insertSorted = (list: string[], item: string): string[] => [...list, item].sort();

/** The tally with one more answer, in the cells of the respondent's groups that are stored; unchanged when already counted. */
export function countAnswer(tally: SurveyTally, round: SurveyRound, group: { municipalityId?: string; level: Level }, answer: SurveyAnswer, token: string): SurveyTally | undefined {
  if (tally.applied.includes(token)) return undefined;
  const cells = [ALL, levelCell(group.level), ...(group.municipalityId ? [municipalityCell(group.municipalityId)] : [])].filter((c) => round.cells.includes(c));
  const respondents = { ...tally.respondents };
  const counts = { ...tally.counts };
  for (const cell of cells) {
    respondents[cell] = (respondents[cell] ?? 0) + 1;
    const questions = { ...counts[cell] };
    for (const [key, value] of Object.entries(answer.scale)) {
      const counters = [...(questions[key] ?? [0, 0, 0, 0, 0, 0])];
      counters[value === DONT_KNOW ? 5 : value - 1]++;
      questions[key] = counters;
    }
    counts[cell] = questions;
  }
  return { ...tally, respondents, counts, texts: answer.text ? insertSorted(tally.texts, answer.text) : tally.texts, applied: insertSorted(tally.applied, token) };
}

export type AnswerProblem = { key: string; problem: 'unknown' | 'range' | 'length' };

/**
 * The answers of a submitted card, checked against the round's questions: an unknown key, a value
 * outside 1–5 / «Vet ikke» or a text over the limit is refused. Empty answers are skipped.
 */
export function readAnswer(version: TemplateVersion, submitted: Record<string, unknown>): { answer: SurveyAnswer } | { problems: AnswerProblem[] } {
  const questions = new Map(version.questions.map((q) => [q.key, q]));
  const problems: AnswerProblem[] = [];
  const answer: SurveyAnswer = { scale: {} };
  for (const [key, raw] of Object.entries(submitted)) {
    const question = questions.get(key);
    if (!question) problems.push({ key, problem: 'unknown' });
    else if (typeof raw !== 'string') problems.push({ key, problem: 'range' });
    else if (raw.trim() === '') continue;
    else if (question.kind === 'text') {
      if (raw.length > (question.maxLength ?? TEXT_MAX_LENGTH)) problems.push({ key, problem: 'length' });
      else answer.text = raw.trim();
    } else if (raw === DONT_KNOW) answer.scale[key] = DONT_KNOW;
    else if (/^[1-5]$/.test(raw)) answer.scale[key] = Number(raw) as ScaleAnswer;
    else problems.push({ key, problem: 'range' });
  }
  return problems.length ? { problems } : { answer };
}

/** Shares of one group on one question, in whole per cent of those who answered it. */
export interface Shares {
  agree: number;
  disagree: number;
  dontKnow: number;
  answered: number;
}

export function sharesOf(counters: number[] | undefined): Shares | undefined {
  const answered = (counters ?? []).reduce((a, b) => a + b, 0);
  if (!counters || answered === 0) return undefined;
  const pct = (n: number) => Math.round((100 * n) / answered);
  return { agree: pct(counters[3] + counters[4]), disagree: pct(counters[0] + counters[1]), dontKnow: pct(counters[5]), answered };
}

export interface QuestionResult {
  question: Question;
  all: Shares;
  levels: Partial<Record<Level, Shares>>;
  municipalities: { municipalityId: string; shares: Shares }[];
  /** Percentage points between the administrative and political share agreeing, when both are shown. */
  gap?: number;
  /** Percentage points since the previous round, when it was shown then. */
  change?: number;
}

export type SurveyResults =
  | { shown: false; respondents: number; threshold: number }
  | { shown: true; respondents: number; threshold: number; questions: QuestionResult[]; texts: string[]; levelRespondents: Partial<Record<Level, number>> };

/**
 * What may be shown of a round: nothing under N respondents; levels and municipalities only
 * where the group and what is left hidden both reach N; free text only for the whole round.
 * Questions with the largest gap between the levels come first.
 */
export function resultsOf(round: SurveyRound, tally: SurveyTally, questions: Question[]): SurveyResults {
  const n = round.threshold;
  const respondents = tally.respondents[ALL] ?? 0;
  if (respondents < n) return { shown: false, respondents, threshold: n };
  const partition = (prefix: string) => {
    const counts: Record<string, number> = {};
    for (const [cell, count] of Object.entries(tally.respondents)) if (cell.startsWith(prefix)) counts[cell.slice(prefix.length)] = count;
    const rest = respondents - Object.values(counts).reduce((a, b) => a + b, 0);
    return shownGroups({ ...counts, '-': rest }, n, ['-']);
  };
  const levels = partition('level:') as Level[];
  const municipalities = partition('municipality:');
  const results = questions
    .filter((q) => q.kind === 'scale')
    .flatMap((question): QuestionResult[] => {
      const all = sharesOf(tally.counts[ALL]?.[question.key]);
      if (!all) return [];
      const byLevel = Object.fromEntries(levels.flatMap((l) => {
        const s = sharesOf(tally.counts[levelCell(l)]?.[question.key]);
        return s ? [[l, s]] : [];
      })) as Partial<Record<Level, Shares>>;
      const gap = byLevel.administrative && byLevel.political ? byLevel.administrative.agree - byLevel.political.agree : undefined;
      const before = tally.baseline?.[question.key];
      return [{
        question,
        all,
        levels: byLevel,
        municipalities: municipalities.flatMap((id) => {
          const shares = sharesOf(tally.counts[municipalityCell(id)]?.[question.key]);
          return shares ? [{ municipalityId: id, shares }] : [];
        }),
        ...(gap === undefined ? {} : { gap }),
        ...(before === undefined ? {} : { change: all.agree - before })
      }];
    })
    .sort((a, b) => Math.abs(b.gap ?? 0) - Math.abs(a.gap ?? 0));
  const levelRespondents = Object.fromEntries(levels.map((l) => [l, tally.respondents[levelCell(l)]]));
  return { shown: true, respondents, threshold: n, questions: results, texts: tally.texts, levelRespondents };
}

/** Mean of the answers 1–5 («Vet ikke» left out), to one decimal; undefined when nobody gave a number. */
export function meanOf(counters: number[] | undefined): number | undefined {
  const numbers = (counters ?? []).slice(0, 5);
  const answered = numbers.reduce((a, b) => a + b, 0);
  return answered ? Math.round((10 * numbers.reduce((sum, n, i) => sum + n * (i + 1), 0)) / answered) / 10 : undefined;
}

/** What the partners said of a collaboration in one yearly evaluation: kept only when it reached N. */
export interface PartnerView {
  roundId: string;
  closedAt: string;
  respondents: number;
  /** Mean per question key; the keys the check-in template shares (quality, control, trust) compare with the leader's. */
  means: Record<string, number>;
  /** The evaluation before this one, when it reached N: what the change is measured from. */
  previous?: { closedAt: string; means: Record<string, number> };
}

/**
 * The view to keep after an evaluation closed: the new one, remembering the one it replaces
 * (settling the same round again keeps what it remembered).
 */
export function nextPartnerView(kept: PartnerView | undefined, view: PartnerView | undefined): PartnerView | undefined {
  if (!view) return undefined;
  const previous = kept?.roundId === view.roundId ? kept.previous : kept && { closedAt: kept.closedAt, means: kept.means };
  return previous ? { ...view, previous } : view;
}

/** The partners' means from the evaluation before `round`, whether or not `round`'s view has been kept yet. */
export function previousPartnerMeans(kept: PartnerView | undefined, round: Pick<SurveyRound, 'id' | 'closesAt'>): PartnerView['previous'] {
  if (!kept) return undefined;
  if (kept.roundId === round.id) return kept.previous;
  return kept.closedAt < round.closesAt ? { closedAt: kept.closedAt, means: kept.means } : undefined;
}

/** The partners' view of a closed evaluation part, or undefined when fewer than N answered. */
export function partnerViewOf(round: SurveyRound, tally: SurveyTally, questions: Question[]): PartnerView | undefined {
  const respondents = tally.respondents[ALL] ?? 0;
  if (respondents < round.threshold) return undefined;
  const means = Object.fromEntries(questions.filter((q) => q.kind === 'scale').flatMap((q) => {
    const mean = meanOf(tally.counts[ALL]?.[q.key]);
    return mean === undefined ? [] : [[q.key, mean]];
  }));
  return { roundId: round.id, closedAt: round.closesAt, respondents, means };
}

/** The share agreeing per question of a shown round: the next round's baseline. */
export function baselineOf(results: SurveyResults): Record<string, number> | undefined {
  return results.shown ? Object.fromEntries(results.questions.map((q) => [q.question.key, q.all.agree])) : undefined;
}

/**
 * The yearly evaluation of one collaboration by its partner municipalities (issue #15, seed 000
 * «evalueringssystem»). Keys shared with the check-in template (quality, control, trust) are
 * compared with the leader's own ratings on `status`.
 */
export function defaultEvaluation(networkId: string): Template {
  return {
    id: EVALUATION_TEMPLATE_ID,
    networkId,
    name: 'Årlig evaluering',
    versions: [
      {
        version: 1,
        validFrom: '2020-01-01',
        questions: [
          scale('quality', 'I hvilken grad får kommunen din tjenester av god nok kvalitet fra samarbeidet?', 'Kvalitet'),
          scale('value', 'I hvilken grad får kommunen din nok igjen for pengene?', 'Nok igjen for pengene'),
          scale('control', 'I hvilken grad får kommunen din god nok informasjon og innsikt i samarbeidet?', 'Informasjon og innsikt'),
          scale('trust', 'I hvilken grad har du tillit til vertskommunen?', 'Tillit til vertskommunen'),
          { key: 'comment', kind: 'text', label: 'Hva bør bli bedre? (Skriv ikke noe som kan kjenne deg igjen.)', short: 'Kommentar', required: false, maxLength: TEXT_MAX_LENGTH }
        ]
      }
    ]
  };
}

const scale = (key: string, label: string, short: string): Question => ({ key, kind: 'scale', label, short, required: false });

/**
 * The PwC survey for Indre Namdal (seed 000, ch. 2–3), as the default questions: gains, challenges,
 * the sense of common purpose, and a free-text field. Versioned like the check-in template.
 */
export function defaultBarometer(networkId: string): Template {
  return {
    id: BAROMETER_TEMPLATE_ID,
    networkId,
    name: 'Tillitsbarometer',
    versions: [
      {
        version: 1,
        validFrom: '2020-01-01',
        questions: [
          scale('specialisation', 'I hvilken grad gir samarbeidet gevinster gjennom spesialisering og sterkere fagmiljø?', 'Spesialisering'),
          scale('competence', 'I hvilken grad deler kommunene kompetanse med hverandre?', 'Kompetansedeling'),
          scale('digital', 'I hvilken grad deler kommunene digitale verktøy og løsninger?', 'Digitale verktøy'),
          scale('jobs', 'I hvilken grad er tap av arbeidsplasser i egen kommune en utfordring ved samarbeidet?', 'Tap av arbeidsplasser'),
          scale('control', 'I hvilken grad er styring og kontroll en utfordring ved samarbeidet?', 'Styring og kontroll'),
          scale('regulations', 'I hvilken grad er regelverket en utfordring ved samarbeidet?', 'Regelverk'),
          scale('commonGoal', 'I hvilken grad vil du si at kommunene evner å jobbe mot et felles mål?', 'Felles mål'),
          scale('community', 'I hvilken grad vil du si at kommunene har en fellesskapsfølelse med de andre?', 'Fellesskapsfølelse'),
          scale('closer', 'I hvilken grad bør kommunene samarbeide tettere enn i dag?', 'Tettere samarbeid'),
          { key: 'comment', kind: 'text', label: 'Vil du si noe mer om samarbeidet? (Skriv ikke noe som kan kjenne deg igjen.)', short: 'Kommentar', required: false, maxLength: TEXT_MAX_LENGTH }
        ]
      }
    ]
  };
}
