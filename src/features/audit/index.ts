import type { FeatureModule } from '../../core/module';
import { networkPickerAction } from '../../cards/networkPicker';
import { AUDIT_NETWORK } from './cards';
import { showLog } from './log';
import { auditSamples } from './samples';
import { texts } from './texts';
import { auditData } from './personalData';

/** `logg`: the newest configuration changes of a network, for its admins, with a choice of network. */
export const audit: FeatureModule = {
  name: 'audit',
  texts,
  help: (t) => t.audit.helpEntries,
  commands: [
    {
      name: 'log',
      words: { nb: ['logg', 'loggen', 'endringslogg'], nn: ['logg', 'loggen', 'endringslogg'], en: ['audit log', 'log'] },
      argument: 'none',
      run: (options, turn, profile) => showLog(options, turn, profile)
    }
  ],
  actions: [networkPickerAction(AUDIT_NETWORK, showLog)],
  cardSamples: auditSamples,
  personalData: auditData
};
