import { cardAction, type FeatureModule } from '../../core/module';
import { target } from '../scope';
import { BENEFITS_EDIT, BENEFITS_OPEN, BENEFITS_SAVE, BENEFITS_SAVE_YEARS, BENEFITS_YEARS } from './cards';
import { benefitChoice, benefitForm, openBenefit, openYears, saveBenefit, saveYears, showBenefits, showBenefitsById, yearsChoice, yearsForm } from './plan';
import { benefitsData } from './personalData';
import { benefitsSamples } from './samples';
import { texts } from './texts';

/** `gevinster <samarbeid>`: the benefits plan, its yearly economy, and what the check-ins report against it. */
export const benefits: FeatureModule = {
  name: 'benefits',
  texts,
  help: (t) => t.benefits.helpEntries,
  commands: [
    {
      name: 'benefits',
      words: { nb: ['gevinster', 'gevinstplan', 'gevinstplanen'], nn: ['gevinstar', 'gevinstplan', 'gevinstplanen'], en: ['benefits', 'benefits plan'] },
      argument: 'optional',
      run: (options, turn, profile, name) => showBenefits(options, turn, profile, name)
    }
  ],
  actions: [
    cardAction({ verb: BENEFITS_OPEN, data: target, run: async (o, turn, ids, profile) => showBenefitsById(o, turn, await profile(), ids) }),
    cardAction({ verb: BENEFITS_EDIT, data: benefitChoice, run: async (o, _turn, form, profile) => openBenefit(o, await profile(), form) }),
    cardAction({ verb: BENEFITS_SAVE, data: benefitForm, run: async (o, turn, form, profile) => saveBenefit(o, turn, await profile(), form) }),
    cardAction({ verb: BENEFITS_YEARS, data: yearsChoice, run: async (o, turn, ids, profile) => openYears(o, turn, await profile(), ids) }),
    cardAction({ verb: BENEFITS_SAVE_YEARS, data: yearsForm, run: async (o, turn, form, profile) => saveYears(o, turn, await profile(), form) })
  ],
  cardSamples: benefitsSamples,
  personalData: benefitsData
};
