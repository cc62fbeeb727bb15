import { sample, type CardSample } from '../../core/module';
import { HOSTILE, HOSTILE_NAME, sampleData } from '../../cards/samples';
import type { Catalogue } from '../../core/i18n/catalogue';
import { countAnswer, defaultBarometer, defaultEvaluation, emptyTally, resultsOf, type SurveyRound, type SurveyTally } from '../../domain/survey';
import { currentVersion } from '../../domain/template';
import { evaluationDateCard, evaluationResultsCard, rateCard, resultsCard, startCard, surveyCard } from './cards';

export function surveySamples(t: Catalogue): CardSample[] {
  const { network } = sampleData();
  const version = currentVersion(defaultBarometer(network.id));
  const hostileVersion = { ...version, questions: version.questions.map((q) => ({ ...q, label: `${q.label} ${HOSTILE}`, short: `${q.short} ${HOSTILE_NAME}` })) };
  const [first, second] = network.municipalities;
  const round: SurveyRound = {
    id: 'barometer-2026-11-26', templateId: 'tillitsbarometer', templateVersion: 1, opensAt: '2026-11-26T08:00:00.000Z', closesAt: '2026-12-17T08:00:00.000Z',
    reminders: [], threshold: 5, cells: ['all', 'level:administrative', 'level:political', `municipality:${first.id}`, `municipality:${second.id}`],
    invited: { [`${first.id}/administrative`]: 8, [`${second.id}/political`]: 7 }
  };
  const people = [
    ...Array.from({ length: 7 }, (_, i) => ({ municipalityId: first.id, level: 'administrative' as const, value: ((i % 5) + 1) as 1 | 2 | 3 | 4 | 5, text: i === 0 ? HOSTILE : undefined })),
    ...Array.from({ length: 6 }, (_, i) => ({ municipalityId: second.id, level: 'political' as const, value: (i < 2 ? 'dontKnow' : 2) as 'dontKnow' | 2, text: i === 0 ? `Kort kommentar ${HOSTILE_NAME}` : undefined }))
  ];
  const tally = people.reduce<SurveyTally>(
    (sum, p, i) => countAnswer(sum, round, p, { scale: Object.fromEntries(version.questions.filter((q) => q.kind === 'scale').map((q) => [q.key, p.value])), ...(p.text ? { text: p.text } : {}) }, `t${i}`)!,
    { ...emptyTally(network.id, round.id), baseline: { commonGoal: 40 } }
  );
  const evaluationVersion = currentVersion(defaultEvaluation(network.id));
  const evaluation: SurveyRound = { ...round, id: 'evaluering-2026', kind: 'evaluation', cells: ['all'], invited: { [`${first.id}/administrative`]: 6 } };
  const evaluationTally = Array.from({ length: 6 }, (_, i) => i).reduce<SurveyTally>(
    (sum, i) => countAnswer(sum, evaluation, { municipalityId: first.id, level: 'administrative' }, { scale: { quality: ((i % 3) + 1) as 1 | 2 | 3, value: 'dontKnow', trust: 4 }, ...(i === 0 ? { text: HOSTILE } : {}) }, `e${i}`)!,
    emptyTally(network.id, evaluation.id)
  );
  return [
    sample('survey to answer', surveyCard, network, round, version, t, t.survey.invitation),
    sample('survey with hostile questions', surveyCard, network, round, hostileVersion, t),
    sample('yearly evaluation to answer', surveyCard, network, evaluation, evaluationVersion, t, t.survey.evaluationInvitation, { id: 'in-lonn', name: HOSTILE_NAME }),
    sample('start a survey', startCard, network, version.questions.length, 5, t),
    sample('when the yearly evaluation opens', evaluationDateCard, network, { month: 3, workingDay: 1 }, new Date('2027-03-01T08:00:00Z'), t),
    sample('response rate', rateCard, network, round, [{ municipality: first.name, level: 'administrative', answered: 3, invited: 8 }, { municipality: HOSTILE_NAME, level: 'political', answered: 1, invited: 7 }, { level: 'administrative', answered: 0, invited: 1 }], t),
    sample('results by level and municipality', resultsCard, network, round, resultsOf(round, tally, version.questions), t),
    sample('results with hostile question texts', resultsCard, network, round, resultsOf(round, tally, hostileVersion.questions), t),
    sample('results withheld', resultsCard, network, round, resultsOf(round, emptyTally(network.id, round.id), version.questions), t),
    sample('yearly evaluation results', evaluationResultsCard, network, evaluation, evaluationVersion, [
      { name: HOSTILE_NAME, results: resultsOf(evaluation, evaluationTally, evaluationVersion.questions), means: { quality: 2.4, value: 3, trust: 4.2 } },
      { name: 'Lønn', results: resultsOf(evaluation, emptyTally(network.id, evaluation.id), evaluationVersion.questions), means: {} }
    ], t)
  ];
}
