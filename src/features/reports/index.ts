import { cardAction, type FeatureModule } from '../../core/module';
import { target } from '../scope';
import { reportsData } from './personalData';
import { offerAnnualById, offerReports, REPORT_ANNUAL } from './offer';
import { reportSamples } from './samples';
import { texts } from './texts';

/** `rapport [samarbeid]`: Word documents for the governing bodies, as signed, expiring links. */
export const reports: FeatureModule = {
  name: 'reports',
  texts,
  help: (t) => t.reports.helpEntries,
  commands: [
    {
      name: 'report',
      // «rapporter» and English «report» already mean check in (features/checkin).
      words: { nb: ['rapport'], nn: ['rapport', 'rapportar'], en: ['reports'] },
      argument: 'optional',
      run: (options, turn, profile, name) => offerReports(options, turn, profile, name)
    }
  ],
  actions: [cardAction({ verb: REPORT_ANNUAL, data: target, run: async (o, turn, ids, profile) => offerAnnualById(o, turn, await profile(), ids) })],
  cardSamples: reportSamples,
  personalData: reportsData
};
