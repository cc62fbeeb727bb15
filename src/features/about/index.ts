import { show } from '../../core/turn';
import type { FeatureModule } from '../../core/module';
import { aboutCard } from './cards';
import { aboutSamples } from './samples';
import { texts } from './texts';

/** `om` / `about`: version, where the data is kept and whom to ask about privacy. Holds nothing itself. */
export const about: FeatureModule = {
  name: 'about',
  texts,
  help: (t) => t.about.helpEntries,
  commands: [
    {
      name: 'about',
      words: { nb: ['om', 'om sampuls'], nn: ['om', 'om sampuls'], en: ['about', 'about sampuls'] },
      argument: 'none',
      readsNetworks: false,
      run: ({ deployment, t }) => show(aboutCard(deployment, t))
    }
  ],
  cardSamples: aboutSamples,
  personalData: 'none'
};
