import { sample, type CardSample } from '../../core/module';
import { HOSTILE } from '../../cards/samples';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { Network } from '../../domain/types';
import { askSettingsCard } from './cards';

const network: Network = { id: 'indre-namdal', name: 'Indre Namdal', tenantIds: ['t'], municipalities: [] };

export const askSamples = (t: Catalogue): CardSample[] => [
  sample('ask on, for an admin', askSettingsCard, { network: { ...network, ask: { enabled: true } }, languageModel: 'sampuls-namdal.openai.azure.com', editable: true }, t),
  sample('ask off, for a reader', askSettingsCard, { network, languageModel: 'sampuls-namdal.openai.azure.com', editable: false }, t),
  sample('no language model, hostile network name', askSettingsCard, { network: { ...network, name: HOSTILE }, editable: true }, t)
];
