import type { FeatureModule } from '../../core/module';
import { showLog } from './log';
import { auditSamples } from './samples';
import { texts } from './texts';
import { auditData } from './personalData';

/** `logg`: the newest configuration changes per network, for its admins. */
export const audit: FeatureModule = {
  name: 'audit',
  texts,
  help: (t) => t.audit.helpEntries,
  commands: [
    {
      name: 'log',
      words: { nb: ['logg', 'loggen', 'endringslogg'], nn: ['logg', 'loggen', 'endringslogg'], en: ['audit log', 'log'] },
      argument: 'none',
      run: (options, _turn, profile) => showLog(options, profile)
    }
  ],
  cardSamples: auditSamples,
  personalData: auditData
};
