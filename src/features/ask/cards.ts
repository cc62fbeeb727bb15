import { card, heading, plain, submitButton, textBlock, type AdaptiveCard } from '../../core/card';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { Network } from '../../domain/types';

export const ASK_SET = 'ask.set';

export interface AskSettingsView {
  network: Network;
  /** The Azure OpenAI host, when the deployment has one. */
  languageModel?: string;
  editable: boolean;
}

/** `spør sampuls`: whether the network's questions may go to the language model, what is sent where; admins switch it. */
export function askSettingsCard({ network, languageModel, editable }: AskSettingsView, t: Catalogue): AdaptiveCard {
  const enabled = network.ask?.enabled === true;
  const actions =
    editable && languageModel
      ? [submitButton(enabled ? t.ask.turnOff : t.ask.turnOn, { verb: ASK_SET, networkId: network.id, enabled: !enabled }, enabled ? undefined : 'positive')]
      : [];
  return card(
    [
      heading(t.ask.title(plain(network.name))),
      textBlock(enabled && languageModel ? t.ask.on : t.ask.off, { weight: 'Bolder' }),
      textBlock(languageModel ? t.ask.where(plain(languageModel)) : t.ask.notConfigured, { isSubtle: true }),
      textBlock(t.ask.whatIsSent)
    ],
    actions
  );
}
