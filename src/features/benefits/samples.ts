import { sample, type CardSample } from '../../core/module';
import { ALEX } from '../../demo/people';
import { HOSTILE, HOSTILE_PERSON, SAMPLE_NOW, SAMPLE_PERIOD, sampleData } from '../../cards/samples';
import { BENEFIT_KINDS, type BenefitsPlan, type PlannedBenefit } from '../../domain/benefits';
import { shiftPeriod } from '../../domain/period';
import { osloDate } from '../../domain/template';
import type { Catalogue } from '../../core/i18n/catalogue';
import { channelSummaryCard, checkInCard, receiptCard } from '../checkin/cards';
import { detailCard } from '../status/cards';
import { municipalityCard } from '../status/municipality';
import { benefitFormCard, benefitsCard, yearsFormCard } from './cards';

/**
 * A large plan: `count` benefits with `years` years of monthly values up to SAMPLE_PERIOD, some
 * reached, some late, one named by outside text and owned by a hostile display name.
 */
export function samplePlan(count = 10, years = 5): BenefitsPlan {
  const periods = Array.from({ length: years * 12 }, (_, p) => shiftPeriod(SAMPLE_PERIOD, -p)).reverse();
  const benefits = Array.from({ length: count }, (_, i): PlannedBenefit => {
    const [baseline, target] = i % 2 ? [40, 20] : [0, 1_200_000];
    const pace = [1.1, 0.5, 0.9][i % 3];
    return {
      id: `b${i + 1}`,
      kind: BENEFIT_KINDS[i % BENEFIT_KINDS.length],
      indicator: i === 1 ? HOSTILE : `Gevinst nummer ${i + 1}: ${i % 2 ? 'saksbehandlingstid (dager)' : 'sparte kroner per år'}`,
      baseline,
      target,
      since: `${Number(SAMPLE_PERIOD.slice(0, 4)) - years}-01-01`,
      targetDate: i % 4 === 3 ? '2026-06-30' : '2027-12-31',
      owner: i === 1 ? HOSTILE_PERSON : ALEX,
      ...(i % 2 ? {} : { amounts: { grong: target / 2, lierne: target / 2 } }),
      realised: periods.map((period, p) => ({
        period,
        value: Math.round(baseline + ((target - baseline) * pace * (p + 1)) / periods.length),
        ...(p === periods.length - 1 && i === 1 ? { colour: 'red' as const, comment: HOSTILE } : {}),
        submittedAt: SAMPLE_NOW.toISOString()
      }))
    };
  });
  const now = Number(SAMPLE_PERIOD.slice(0, 4));
  return { benefits, years: [now - 1, now, now + 1, now + 2].map((year, i) => ({ year, oneOff: i < 2 ? 400_000 : 0, running: 150_000, savings: 300_000 * i, income: 25_000 })) };
}

export function benefitsSamples(t: Catalogue): CardSample[] {
  const { network, collaborations, version } = sampleData();
  const collaboration = { ...collaborations[1], phase: 'drift' as const, benefits: samplePlan() };
  const today = osloDate(SAMPLE_NOW);
  const plan = collaboration.benefits;
  // Every benefit answered, one with a colour and outside text as the comment.
  const benefitAnswers = Object.fromEntries(plan.benefits.map((b, i) => [b.id, i === 1 ? { colour: 'red' as const, comment: HOSTILE } : { value: b.target * 0.75 }]));
  return [
    sample('benefits plan for a leader', benefitsCard, { network, collaboration, today, editable: true }, t),
    sample('benefits plan for a reader', benefitsCard, { network, collaboration, today, editable: false }, t),
    sample('an empty benefits plan', benefitsCard, { network, collaboration: { ...collaboration, benefits: undefined }, today, editable: true }, t),
    sample('a benefit’s form', benefitFormCard, { network, collaboration, benefit: plan.benefits[1], roster: [ALEX, HOSTILE_PERSON] }, t),
    sample('a new benefit’s form', benefitFormCard, { network, collaboration, roster: [ALEX] }, t),
    sample('the yearly economy’s form', yearsFormCard, { network, collaboration, years: [2025, 2026, 2027, 2028, 2029] }, t),
    sample('check-in with planned benefits', checkInCard, { network, collaboration, version, period: SAMPLE_PERIOD, values: { 'benefit:b2:comment': HOSTILE } }, t),
    sample('receipt with benefit answers', receiptCard, { collaboration, version, period: SAMPLE_PERIOD, answers: collaborations[0].status.latest[1].answers, benefitAnswers, outcome: 'updated', channelNote: t.checkIn.summarySent('Lønn') }, t),
    sample('channel summary with benefit answers', channelSummaryCard, { collaboration, version, period: SAMPLE_PERIOD, respondent: HOSTILE_PERSON, answers: collaborations[0].status.latest[1].answers, benefitAnswers, outcome: 'created' }, t),
    sample('status with planned against realised benefits', detailCard, network, collaboration, version, t, today),
    sample('municipality with benefits', municipalityCard, { network, municipality: network.municipalities[1] }, [collaboration], SAMPLE_NOW, t)
  ];
}
