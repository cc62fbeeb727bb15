import { cardAction, type FeatureModule } from '../../core/module';
import { target } from '../scope';
import { CHECKLIST_ITEM, CHECKLIST_MOVE, CHECKLIST_OPEN, CHECKLIST_SAVE, CHECKLIST_TEMPLATE_SAVE } from './cards';
import { saveChecklistTemplate, showChecklistTemplate, templateForm } from './template';
import { itemChoice, itemForm, moveForm, movePhase, openItem, saveItem, showChecklist, showChecklistById } from './checklist';
import { checklistData } from './personalData';
import { overdueReminders } from './reminders';
import { checklistSamples } from './samples';
import { texts } from './texts';

/** `sjekkliste <samarbeid>`: the phase checklist from idea to operation, and moving to the next phase. */
export const checklist: FeatureModule = {
  name: 'checklist',
  texts,
  help: (t) => t.checklist.helpEntries,
  commands: [
    {
      name: 'checklist',
      words: { nb: ['sjekkliste', 'sjekklisten', 'sjekklista'], nn: ['sjekkliste', 'sjekklista'], en: ['checklist'] },
      argument: 'optional',
      run: (options, turn, profile, name) => showChecklist(options, turn, profile, name)
    },
    {
      name: 'checklistTemplate',
      words: { nb: ['sjekklistemal', 'sjekklistemalen'], nn: ['sjekklistemal', 'sjekklistemalen'], en: ['checklist template'] },
      argument: 'none',
      run: (options, _turn, profile) => showChecklistTemplate(options, profile)
    }
  ],
  actions: [
    cardAction({ verb: CHECKLIST_OPEN, data: target, run: async (o, turn, ids, profile) => showChecklistById(o, turn, await profile(), ids) }),
    cardAction({ verb: CHECKLIST_ITEM, data: itemChoice, run: async (o, turn, form, profile) => openItem(o, turn, await profile(), form) }),
    cardAction({ verb: CHECKLIST_SAVE, data: itemForm, run: async (o, turn, form, profile) => saveItem(o, turn, await profile(), form) }),
    cardAction({ verb: CHECKLIST_MOVE, data: moveForm, run: async (o, turn, form, profile) => movePhase(o, turn, await profile(), form) }),
    cardAction({ verb: CHECKLIST_TEMPLATE_SAVE, data: templateForm, run: async (o, turn, form, profile) => saveChecklistTemplate(o, turn, await profile(), form) })
  ],
  cardSamples: checklistSamples,
  personalData: checklistData,
  annualCycle: overdueReminders
};
