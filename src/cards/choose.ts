import type { Collaboration, Network } from '../domain/types';
import type { Catalogue } from '../core/i18n/catalogue';
import { card, submitButton, textBlock, type AdaptiveCard } from '../core/card';

/** What a choice button does: its verb, and anything the action needs besides the ids (an amount). */
export type ChoiceAction = { verb: string } & Record<string, unknown>;

/** Buttons to pick one collaboration, when a name fits several or a user leads several. */
export function chooseCollaborationCard(
  title: string,
  options: { collaboration: Collaboration; network: Network }[],
  action: ChoiceAction,
  t: Catalogue
): AdaptiveCard {
  return card([
    textBlock(title, { weight: 'Bolder' }),
    {
      type: 'ActionSet',
      actions: options.map(({ collaboration, network }) =>
        submitButton(`${collaboration.name} (${network.name})`, {
          ...action,
          networkId: network.id,
          collaborationId: collaboration.id
        })
      )
    },
    textBlock(t.help.englishNote, { size: 'Small', isSubtle: true })
  ]);
}
