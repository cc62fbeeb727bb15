import { DEFAULT_ANNUAL_CYCLE, windowOf } from '../domain/annualCycle';
import { checkInId } from '../domain/checkIns';
import { scaleQuestions, type TemplateVersion } from '../domain/template';
import type { Answers, CheckIn, Collaboration, Colour, Person } from '../domain/types';

/** Deterministic pseudo-random numbers, so the demo and the benchmarks look the same every run. */
export function seededRandom(seed: string): () => number {
  let state = [...seed].reduce((h, c) => Math.imul(h ^ c.charCodeAt(0), 16777619), 2166136261) >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMENTS: Record<Exclude<Colour, 'green'>, string[]> = {
  yellow: [
    'Sykefravær i fagmiljøet gir lengre saksbehandlingstid, men vi har en plan.',
    'Ny fagsystemleverandør tar mer tid enn forventet.',
    'Uenighet om kostnadsnøkkelen er ikke avklart ennå.'
  ],
  red: [
    'To av tre stillinger står ubesatt; tjenesten er sårbar ved fravær.',
    'Budsjettoverskridelse som deltakerkommunene må ta stilling til.',
    'Deltakerkommunene mangler innsyn i kvaliteten på tjenesten.'
  ]
};
const RISKS = ['Rekruttering av fagpersoner', 'Avhengighet av én nøkkelperson', 'Usikker finansiering neste år'];
const CELEBRATE = ['Restansene er tatt igjen!', 'Ny felles rutine er på plass i alle kommunene.', 'Godt oppmøte på fagdagen.'];

const pick = <T>(items: T[], random: () => number): T => items[Math.floor(random() * items.length)];

function answersFor(version: TemplateVersion, health: number, random: () => number): Answers {
  const answers: Answers = {};
  const scores: number[] = [];
  for (const q of scaleQuestions(version)) {
    const score = Math.max(1, Math.min(5, Math.round(health + (random() - 0.5) * 2)));
    answers[q.key] = random() < 0.05 ? null : score;
    scores.push(score);
  }
  const mean = scores.reduce((a, b) => a + b, 0) / scores.length;
  const overall: Colour = mean >= 3.6 ? 'green' : mean >= 2.7 ? 'yellow' : 'red';
  answers.overall = overall;
  if (overall !== 'green') answers.overallComment = pick(COMMENTS[overall], random);
  answers.economy = overall === 'red' && random() < 0.6 ? 'major' : random() < 0.25 ? 'minor' : 'within';
  answers.decisionNeeded = overall === 'red' && random() < 0.7;
  if (answers.decisionNeeded) answers.decisionText = 'Avklaring av bemanning og kostnadsfordeling i kommunedirektørutvalget.';
  if (random() < 0.4) answers.risks = pick(RISKS, random);
  if (random() < 0.5) answers.celebrate = pick(CELEBRATE, random);
  return answers;
}

/**
 * When the demo's leaders answer a period: an hour after the årshjul opened its check-in, a few
 * working days before the period ends. A period is never answered before that moment.
 */
export function answeredAt(period: string): Date {
  const opens = windowOf(DEFAULT_ANNUAL_CYCLE, period)[0].at;
  return new Date(opens.getTime() + 60 * 60 * 1000);
}

/** Check-ins for the given periods, drifting slowly so trends have something to show. */
export function demoCheckIns(
  collaboration: Pick<Collaboration, 'id' | 'networkId' | 'templateId'>,
  respondents: Person[],
  periods: string[],
  version: TemplateVersion
): CheckIn[] {
  const random = seededRandom(collaboration.id);
  let health = 2.8 + random() * 1.8;
  return periods.flatMap((period) => {
    health = Math.max(1.5, Math.min(4.8, health + (random() - 0.5) * 0.8));
    const submittedAt = answeredAt(period).toISOString();
    return respondents.map((respondent) => ({
      id: checkInId(period, respondent),
      collaborationId: collaboration.id,
      networkId: collaboration.networkId,
      period,
      respondent,
      templateId: collaboration.templateId,
      templateVersion: version.version,
      answers: answersFor(version, health, random),
      submittedAt
    }));
  });
}
