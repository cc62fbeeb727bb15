import { cardAction, type FeatureModule } from '../../core/module';
import { ROUND_ADOPT, ROUND_CREATE, ROUND_SCORE } from './cards';
import { roundData } from './personalData';
import { adoptArea, adoptForm, createForm, createRound, scoreForm, scoreRound, showPrioritisation } from './round';
import { prioritisationSamples } from './samples';
import { texts } from './texts';

/** `prioriter`: rounds where groups score candidate areas on potential and feasibility (seed 000, ch. 5). */
export const prioritisation: FeatureModule = {
  name: 'prioritisation',
  texts,
  help: (t) => t.prioritise.helpEntries,
  commands: [
    {
      name: 'prioritise',
      words: { nb: ['prioriter', 'prioritering', 'prioriteringsrunde'], nn: ['prioriter', 'prioritering', 'prioriteringsrunde'], en: ['prioritise', 'prioritize', 'prioritisation'] },
      argument: 'none',
      run: (options, _turn, profile) => showPrioritisation(options, profile)
    }
  ],
  actions: [
    cardAction({ verb: ROUND_CREATE, data: createForm, run: async (o, turn, form, profile) => createRound(o, turn, await profile(), form) }),
    cardAction({ verb: ROUND_SCORE, data: scoreForm, run: async (o, turn, form, profile) => scoreRound(o, turn, await profile(), form) }),
    cardAction({ verb: ROUND_ADOPT, data: adoptForm, run: async (o, turn, form, profile) => adoptArea(o, turn, await profile(), form) })
  ],
  cardSamples: prioritisationSamples,
  personalData: roundData
};
