import type { Collaboration, Network } from '../domain/types';
import type { Catalogue } from '../i18n/nb';
import { card, submitButton, textBlock, type AdaptiveCard } from './adaptive';

/** Buttons to pick one collaboration, when a name fits several or a user leads several. */
export function chooseCollaborationCard(
  title: string,
  options: { collaboration: Collaboration; network: Network }[],
  verb: string,
  t: Catalogue
): AdaptiveCard {
  return card([
    textBlock(title, { weight: 'Bolder' }),
    {
      type: 'ActionSet',
      actions: options.map(({ collaboration, network }) =>
        submitButton(`${collaboration.name} (${network.name})`, {
          verb,
          networkId: network.id,
          collaborationId: collaboration.id
        })
      )
    },
    textBlock(t.help.englishNote, { size: 'Small', isSubtle: true })
  ]);
}
