import type { FeatureModule } from '../../core/module';
import { offerExport } from './offer';

/** `eksport [år]`: signed links to the year's workbook and CSV. */
export const exports: FeatureModule = {
  name: 'export',
  commands: [
    {
      name: 'export',
      words: { nb: ['eksport', 'eksporter'], nn: ['eksport', 'eksporter'], en: ['export'] },
      argument: 'optional',
      run: (options, turn, profile, year) => offerExport(options, turn, profile, year)
    }
  ],
  personalData: 'none'
};
