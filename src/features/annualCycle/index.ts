import { z } from 'zod';
import { cardAction, type FeatureModule } from '../../core/module';
import { ANNUAL_CYCLE_CHANNEL, ANNUAL_CYCLE_NETWORK, ANNUAL_CYCLE_SAVE } from './cards';
import { networkPickerAction } from '../../cards/networkPicker';
import { annualCycleForm, saveAnnualCycle, showAnnualCycle, useChannelForDigest } from './settings';
import { digestEvents } from './digest';
import { scheduleSamples } from './samples';
import { texts } from './texts';
import { scheduleData } from './personalData';

/**
 * `årshjul`: for one network at a time, with a choice of the person's others: when check-ins open, reminders, deadlines and digests come, and where the digest goes.
 * Its own contribution to the årshjul is the digest; the check-in window is the check-in module's.
 */
export const annualCycle: FeatureModule = {
  name: 'annualCycle',
  texts,
  help: (t) => t.annualCycle.helpEntries,
  commands: [
    {
      name: 'annualCycle',
      words: { nb: ['årshjul', 'årshjulet', 'arshjul'], nn: ['årshjul', 'årshjulet', 'arshjul'], en: ['annual cycle', 'schedule'] },
      argument: 'none',
      run: (options, turn, profile) => showAnnualCycle(options, turn, profile)
    }
  ],
  actions: [
    networkPickerAction(ANNUAL_CYCLE_NETWORK, showAnnualCycle),
    cardAction({ verb: ANNUAL_CYCLE_SAVE, data: annualCycleForm, run: async (o, turn, form, profile) => saveAnnualCycle(o, turn, await profile(), form) }),
    cardAction({
      verb: ANNUAL_CYCLE_CHANNEL,
      data: z.object({ networkId: z.string().min(1).max(100) }).strict(),
      run: async (o, turn, { networkId }, profile) => useChannelForDigest(o, turn, await profile(), networkId)
    })
  ],
  cardSamples: scheduleSamples,
  personalData: scheduleData,
  annualCycle: digestEvents
};
