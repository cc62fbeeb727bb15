import { z } from 'zod';
import { cardAction, type FeatureModule } from '../../core/module';
import { PRIVACY_ERASE } from './cards';
import { askErase, confirmErase, showMyData } from './privacy';
import { privacySamples } from './samples';
import { texts } from './texts';
import { profileData } from './profile';

/** `mine data` and `slett mine data`: what is stored about the person, and erasing it. */
export const privacy: FeatureModule = {
  name: 'privacy',
  texts,
  help: (t) => t.privacy.helpEntries,
  commands: [
    {
      name: 'myData',
      words: { nb: ['mine data', 'mine opplysninger'], nn: ['mine data', 'mine opplysningar'], en: ['my data'] },
      argument: 'none',
      readsNetworks: false,
      run: (options, turn) => showMyData(options, turn)
    },
    {
      name: 'eraseMyData',
      words: {
        nb: ['slett mine data', 'slett mine opplysninger'],
        nn: ['slett mine data', 'slett mine opplysningar'],
        en: ['delete my data', 'erase my data']
      },
      argument: 'none',
      readsNetworks: false,
      run: (options) => askErase(options)
    }
  ],
  // Whoever presses it erases their own data only; the card carries nothing else.
  actions: [cardAction({ verb: PRIVACY_ERASE, data: z.object({}).strict(), run: (options, turn) => confirmErase(options, turn) })],
  cardSamples: privacySamples,
  personalData: profileData
};
