import { cardAction, type FeatureModule } from '../../core/module';
import { networkPickerAction } from '../../cards/networkPicker';
import { BODIES_LEAD, BODIES_NETWORK, BODY_OPEN, BODY_REMOVE, BODY_SAVE } from './cards';
import { bodyForm, bodyOpen, bodyRemoval, leadForm, openBodyForm, removeBody, saveBody, saveMeetingLead, showBodies } from './edit';
import { meetingEvents } from './meetings';
import { bodiesData } from './personalData';
import { bodySamples } from './samples';
import { texts } from './texts';

/**
 * `organ`: the network's governing bodies (KDU, regionråd, kommunestyrer, styringsgrupper) with
 * their members, channel and meetings. Before each meeting the årshjul asks the leaders on the
 * agenda to make their status current, then files the body's report and sends it the link.
 */
export const bodies: FeatureModule = {
  name: 'bodies',
  texts,
  help: (t) => t.bodies.helpEntries,
  commands: [
    {
      name: 'bodies',
      words: { nb: ['organ', 'organer', 'styringsorgan'], nn: ['organ', 'styringsorgan'], en: ['bodies', 'governing bodies'] },
      argument: 'none',
      run: (options, turn, profile) => showBodies(options, turn, profile)
    }
  ],
  actions: [
    networkPickerAction(BODIES_NETWORK, showBodies),
    cardAction({ verb: BODY_OPEN, data: bodyOpen, run: async (o, _turn, form, profile) => openBodyForm(o, await profile(), form) }),
    cardAction({ verb: BODY_SAVE, data: bodyForm, run: async (o, turn, form, profile) => saveBody(o, turn, await profile(), form) }),
    cardAction({ verb: BODY_REMOVE, data: bodyRemoval, run: async (o, turn, form, profile) => removeBody(o, turn, await profile(), form) }),
    cardAction({ verb: BODIES_LEAD, data: leadForm, run: async (o, turn, form, profile) => saveMeetingLead(o, turn, await profile(), form) })
  ],
  cardSamples: bodySamples,
  personalData: bodiesData,
  annualCycle: meetingEvents
};
