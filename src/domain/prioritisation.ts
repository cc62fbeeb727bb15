import type { Person } from './types';

/**
 * Prioritising candidate areas as in seed 000 (ch. 5, the workshop of 26 January 2022): each
 * group scores every area on potential and feasibility from 1 to 10, and areas are ranked by
 * the mean over the groups of potential × feasibility.
 */

export interface CandidateArea {
  id: string;
  name: string;
}

/** A group that scores (a municipality's formannskap, the chief executives' management group), answered for by one person. */
export interface ScoringGroup {
  id: string;
  name: string;
  representative: Person;
}

export interface AreaScore {
  potential: number;
  feasibility: number;
}

export interface GroupScores {
  groupId: string;
  by: Person;
  submittedAt: string;
  scores: Record<string, AreaScore>;
}

export interface PrioritisationRound {
  id: string;
  networkId: string;
  name: string;
  createdAt: string;
  createdBy: Person;
  areas: CandidateArea[];
  groups: ScoringGroup[];
  submissions: GroupScores[];
  /** Areas turned into collaborations: area id → collaboration id. */
  adopted?: Record<string, string>;
}

export const SCORE = { min: 1, max: 10 } as const;
export const AREA_LIMITS = { min: 2, max: 30, nameLength: 100 } as const;
export const GROUP_LIMITS = { min: 1, max: 12, nameLength: 80 } as const;
/** A group whose every score is at least this has not told the areas apart (seed 000 saw it). */
export const HIGH_SCORE = 8;

export const isScore = (value: number): boolean => Number.isInteger(value) && value >= SCORE.min && value <= SCORE.max;

export interface RankedArea {
  area: CandidateArea;
  /** Mean of potential × feasibility over the groups that scored (1–100). */
  mean: number;
  potential: number;
  feasibility: number;
  /** Standard deviation of the groups' products: low means the groups agree. */
  spread: number;
  lowest: number;
  highest: number;
  groups: number;
}

const mean = (values: number[]) => values.reduce((a, b) => a + b, 0) / values.length;

function standardDeviation(values: number[]): number {
  const m = mean(values);
  return Math.sqrt(mean(values.map((v) => (v - m) ** 2)));
}

/** The areas scored by at least one group, best first; equal means keep the admin's order. */
export function rankAreas(round: Pick<PrioritisationRound, 'areas' | 'submissions'>): RankedArea[] {
  const ranked = round.areas.flatMap((area): RankedArea[] => {
    const scores = round.submissions.map((s) => s.scores[area.id]).filter((s): s is AreaScore => s !== undefined);
    if (scores.length === 0) return [];
    const products = scores.map((s) => s.potential * s.feasibility);
    return [{
      area,
      mean: mean(products),
      potential: mean(scores.map((s) => s.potential)),
      feasibility: mean(scores.map((s) => s.feasibility)),
      spread: standardDeviation(products),
      lowest: Math.min(...products),
      highest: Math.max(...products),
      groups: scores.length
    }];
  });
  return ranked.map((r, index) => ({ r, index })).sort((a, b) => b.r.mean - a.r.mean || a.index - b.index).map(({ r }) => r);
}

export type Agreement = 'high' | 'some' | 'low';

/** How much the groups agree on an area, from the spread of their products (which run 1–100). */
export function agreementOf(ranked: Pick<RankedArea, 'spread' | 'groups'>): Agreement | undefined {
  if (ranked.groups < 2) return undefined;
  return ranked.spread < 10 ? 'high' : ranked.spread < 20 ? 'some' : 'low';
}

/** Groups that gave every area at least HIGH_SCORE on both scales: their scores rank nothing. */
export function everythingHigh(round: Pick<PrioritisationRound, 'areas' | 'groups' | 'submissions'>): ScoringGroup[] {
  return round.groups.filter((group) => {
    const submission = round.submissions.find((s) => s.groupId === group.id);
    if (!submission || round.areas.length < 2) return false;
    return round.areas.every((a) => {
      const score = submission.scores[a.id];
      return score !== undefined && score.potential >= HIGH_SCORE && score.feasibility >= HIGH_SCORE;
    });
  });
}

/** The groups a person answers for in a round. */
export const groupsOf = (round: PrioritisationRound, user: { tenantId: string; aadObjectId: string }): ScoringGroup[] =>
  round.groups.filter((g) => g.representative.tenantId === user.tenantId && g.representative.aadObjectId === user.aadObjectId);

/**
 * A group's scores from a card, when every area has an integer 1–10 on both scales; the problem
 * otherwise. Unknown areas are refused too: a forged card must not add any.
 */
export function scoresFrom(
  round: Pick<PrioritisationRound, 'areas'>,
  sent: Record<string, string | number | undefined>
): { ok: true; scores: Record<string, AreaScore> } | { ok: false; problem: 'missing' | 'outOfRange' | 'unknownArea' } {
  const fields = Object.keys(sent);
  const known = new Set(round.areas.flatMap((a) => [`potential.${a.id}`, `feasibility.${a.id}`]));
  if (fields.some((f) => !known.has(f))) return { ok: false, problem: 'unknownArea' };
  const scores: Record<string, AreaScore> = {};
  for (const area of round.areas) {
    const [potential, feasibility] = [sent[`potential.${area.id}`], sent[`feasibility.${area.id}`]].map((v) =>
      v === undefined || v === '' ? undefined : Number(v)
    );
    if (potential === undefined || feasibility === undefined) return { ok: false, problem: 'missing' };
    if (!isScore(potential) || !isScore(feasibility)) return { ok: false, problem: 'outOfRange' };
    scores[area.id] = { potential, feasibility };
  }
  return { ok: true, scores };
}

/** The 13 areas the Indre Namdal workshop prioritised (seed 000, appendix), in the report's order. */
export const WORKSHOP_AREAS: readonly string[] = [
  'Rus og psykiatri',
  'Næringsutvikling',
  'Digitaliseringskoordinator',
  'Legetjenesten',
  'Innføring av velferdsteknologi',
  'Prosjektledelse byggeprosjekt',
  'Felles ressurser på spesialiserte helseområder',
  'Overordnet kommuneplanlegging',
  'Innkjøp og anskaffelser',
  'Samfunnssikkerhet og beredskap',
  'Jordmor',
  'Spesialiserte avdelinger på institusjoner',
  'Administrative støttefunksjoner på helse'
];
