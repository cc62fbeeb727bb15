import { cardAction, type FeatureModule } from '../../core/module';
import { asksForSurveys, showTemplates, saveTemplate } from './admin';
import { TEMPLATE_NETWORK, TEMPLATE_SAVE } from './cards';
import { networkPickerAction } from '../../cards/networkPicker';
import { templateForm } from './form';
import { templateSamples } from './samples';
import { texts } from './texts';

/** `mal`: the check-in template's questions, revised as versions that apply from the next period. */
export const templates: FeatureModule = {
  name: 'templates',
  texts,
  help: (t) => t.templates.helpEntries,
  commands: [
    {
      name: 'template',
      words: {
        nb: ['mal', 'malen', 'maler', 'malene', 'spørsmålene'],
        nn: ['mal', 'malen', 'malar', 'malane', 'spørsmåla'],
        en: ['template', 'templates']
      },
      argument: 'optional',
      run: (options, turn, profile, argument) => showTemplates(options, turn, profile, undefined, asksForSurveys(argument))
    }
  ],
  actions: [
    networkPickerAction(TEMPLATE_NETWORK, showTemplates),
    cardAction({ verb: TEMPLATE_SAVE, data: templateForm, run: async (o, turn, form, profile) => saveTemplate(o, turn, await profile(), form) })
  ],
  cardSamples: templateSamples,
  personalData: 'none'
};
