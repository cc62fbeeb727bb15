import { z } from 'zod';
import { say } from '../../core/turn';
import { cardAction, type FeatureModule } from '../../core/module';
import { target } from '../scope';
import { CHECKIN_OPEN, CHECKIN_SUBMIT } from './cards';
import { openCheckIn, openCheckInById } from './open';
import { submitCheckIn, submitEnvelope } from './submit';
import { checkInSamples } from './samples';
import { texts } from './texts';
import { checkInData } from './personalData';
import { checkInWindow } from './window';

const ENVELOPE_KEYS = Object.keys(submitEnvelope.shape);

/** `sjekk inn`: the leader's check-in form, its submit, the receipt and the channel summary. */
export const checkIn: FeatureModule = {
  name: 'checkIn',
  texts,
  help: (t) => t.checkIn.helpEntries,
  commands: [
    {
      name: 'checkIn',
      words: {
        nb: ['sjekk inn', 'sjekkinn', 'innsjekk', 'rapporter'],
        nn: ['sjekk inn', 'innsjekk', 'rapporter'],
        en: ['check in', 'checkin', 'check-in', 'report']
      },
      argument: 'optional',
      run: (options, turn, profile, name) => openCheckIn(options, turn, profile, name)
    }
  ],
  actions: [
    cardAction({ verb: CHECKIN_OPEN, data: target, run: async (o, turn, ids, profile) => openCheckInById(o, turn, await profile(), ids) }),
    // The answers are the card's inputs, keyed by question: checked against the period's template.
    cardAction({
      verb: CHECKIN_SUBMIT,
      data: z.record(z.unknown()),
      run: async (options, turn, data) => {
        const envelope = submitEnvelope.safeParse(data);
        if (!envelope.success) return say(options.t.general.invalidAction);
        const answers = Object.fromEntries(Object.entries(data).filter(([key]) => !ENVELOPE_KEYS.includes(key)));
        return submitCheckIn(options, turn, envelope.data, answers);
      }
    })
  ],
  cardSamples: checkInSamples,
  personalData: checkInData,
  annualCycle: checkInWindow
};
