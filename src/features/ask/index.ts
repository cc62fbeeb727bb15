import { cardAction, type FeatureModule } from '../../core/module';
import { askSampuls } from './ask';
import { ASK_SET } from './cards';
import { askSamples } from './samples';
import { askSwitch, showAskSettings, switchAsk } from './settings';
import { texts } from './texts';

/**
 * «Spør Sampuls»: a question no command and no rule understood goes to the deployment's language
 * model when the person's network turned it on; `spør sampuls` shows the setting and what is sent where.
 */
export const ask: FeatureModule = {
  name: 'ask',
  texts,
  help: (t) => t.ask.helpEntries,
  commands: [
    {
      name: 'ask',
      words: { nb: ['spør sampuls', 'språkmodell'], nn: ['spør sampuls', 'språkmodell'], en: ['ask sampuls', 'language model'] },
      argument: 'none',
      run: (options, _turn, profile) => showAskSettings(options, profile)
    }
  ],
  actions: [cardAction({ verb: ASK_SET, data: askSwitch, run: async (options, turn, form, profile) => switchAsk(options, turn, await profile(), form) })],
  // After status (sentences naming something) and before help (the likeliest commands).
  fallback: (options, turn, text, profile) => askSampuls(options, turn, text, profile, ask),
  cardSamples: askSamples,
  personalData: 'none'
};
