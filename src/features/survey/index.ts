import { z } from 'zod';
import { cardAction, type FeatureModule } from '../../core/module';
import { say } from '../../core/turn';
import { changeClose, evaluationDateForm, roundForm, saveEvaluationDate, showSurvey, startForm, startSurvey } from './admin';
import { answerEnvelope, answerSurvey } from './answer';
import { SURVEY_ANSWER, SURVEY_CLOSE, SURVEY_EVALUATION_DATE, SURVEY_EXTEND, SURVEY_START } from './cards';
import { surveyEvents } from './cycle';
import { surveyData } from './personalData';
import { showResults } from './results';
import { surveySamples } from './samples';
import { texts } from './texts';

const ENVELOPE_KEYS = Object.keys(answerEnvelope.shape);

/** The anonymous tillitsbarometer: `undersøkelse` to answer or run it, `tillitsbarometer` for the results. */
export const survey: FeatureModule = {
  name: 'survey',
  texts,
  help: (t) => t.survey.helpEntries,
  commands: [
    {
      name: 'survey',
      words: { nb: ['undersøkelse', 'undersøkelsen', 'undersokelse'], nn: ['undersøking', 'undersøkinga', 'undersoking'], en: ['survey'] },
      argument: 'none',
      run: (options, turn, profile) => showSurvey(options, turn, profile)
    },
    {
      name: 'surveyResults',
      words: { nb: ['tillitsbarometer', 'tillitsbarometeret'], nn: ['tillitsbarometer', 'tillitsbarometeret'], en: ['trust barometer'] },
      argument: 'none',
      run: (options, turn, profile) => showResults(options, turn, profile)
    }
  ],
  actions: [
    cardAction({ verb: SURVEY_START, data: startForm, run: async (o, turn, form, profile) => startSurvey(o, turn, await profile(), form) }),
    cardAction({ verb: SURVEY_CLOSE, data: roundForm, run: async (o, turn, form, profile) => changeClose(o, turn, await profile(), form, 'close') }),
    cardAction({ verb: SURVEY_EXTEND, data: roundForm, run: async (o, turn, form, profile) => changeClose(o, turn, await profile(), form, 'extend') }),
    cardAction({ verb: SURVEY_EVALUATION_DATE, data: evaluationDateForm, run: async (o, turn, form, profile) => saveEvaluationDate(o, turn, await profile(), form) }),
    // The answers are the card's inputs, keyed by question: checked against the round's question set.
    cardAction({
      verb: SURVEY_ANSWER,
      data: z.record(z.unknown()),
      run: async (options, turn, data, profile) => {
        const envelope = answerEnvelope.safeParse(data);
        if (!envelope.success) return say(options.t.general.invalidAction);
        const answers = Object.fromEntries(Object.entries(data).filter(([key]) => !ENVELOPE_KEYS.includes(key)));
        return answerSurvey(options, turn, await profile(), envelope.data, answers);
      }
    })
  ],
  cardSamples: surveySamples,
  personalData: surveyData,
  annualCycle: surveyEvents
};
