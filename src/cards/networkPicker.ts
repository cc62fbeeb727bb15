import { z } from 'zod';
import { executeButton, type AdaptiveCard, type CardElement } from '../core/card';
import { cardAction, NETWORK_CHOICE, type CardAction } from '../core/module';
import type { FeatureOptions } from '../core/options';
import type { Reply, Turn } from '../core/turn';
import type { Catalogue } from '../core/i18n/catalogue';
import { visible } from '../domain/text';
import type { Network, Profile } from '../domain/types';
import { choiceInput } from './inputs';

/**
 * For a person in several networks, one card with a choice of network instead of one card per
 * network: the chosen network's card replaces this one for the person who pressed «Vis».
 */
export function withNetworkPicker(shown: AdaptiveCard, networks: readonly Network[], current: Network, verb: string, t: Catalogue): AdaptiveCard {
  if (networks.length < 2) return shown;
  const choices = [...networks].sort(byName).map((n) => ({ title: visible(n.name), value: n.id }));
  const picker: CardElement = {
    type: 'ColumnSet',
    spacing: 'Small',
    columns: [
      { type: 'Column', width: 'stretch', items: [choiceInput(NETWORK_CHOICE, t.networkPicker.label, choices, current.id)] },
      { type: 'Column', width: 'auto', verticalContentAlignment: 'Bottom', items: [{ type: 'ActionSet', actions: [executeButton(t.networkPicker.show, verb, {})] }] }
    ]
  };
  const [heading, ...rest] = shown.body;
  return { ...shown, body: [heading, picker, ...rest] };
}

export const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');

/**
 * The picker's «Vis» button: the card of the chosen network, when it is one the card may show
 * the person (`show` answers for any other id as for forged data).
 */
export const networkPickerAction = (
  verb: string,
  show: (options: FeatureOptions, turn: Turn, profile: Profile, networkId: string) => Promise<Reply | Reply[]>
): CardAction =>
  cardAction({
    verb,
    invoke: true,
    choosesNetwork: true,
    data: z.object({ networkId: z.string().min(1).max(100) }).strict(),
    run: async (options, turn, { networkId }, profile) => show(options, turn, await profile(), networkId)
  });
