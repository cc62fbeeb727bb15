import type { FeatureModule } from '../../core/module';
import { offerExport } from './offer';
import { texts } from './texts';

/** `eksport [år]`: signed links to the year's workbook and CSV. */
export const spreadsheetExport: FeatureModule = {
  name: 'export',
  texts,
  help: (t) => t.export.helpEntries,
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
