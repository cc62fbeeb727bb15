import { cardAction, type FeatureModule } from '../../core/module';
import { target } from '../scope';
import { LINK_CHOOSE, linkChannel, linkTo } from './link';
import { texts } from './texts';
import { channelLinkData } from './personalData';

/** `koble <samarbeid>` in a team channel: check-in summaries for that collaboration go there. */
export const link: FeatureModule = {
  name: 'link',
  texts,
  help: (t) => t.link.helpEntries,
  commands: [
    {
      name: 'link',
      words: { nb: ['koble til', 'koble'], nn: ['kople til', 'kople', 'koble til', 'koble'], en: ['link'] },
      argument: 'optional',
      run: (options, turn, profile, name) => linkChannel(options, turn, profile, name)
    }
  ],
  actions: [cardAction({ verb: LINK_CHOOSE, data: target, run: async (o, turn, ids, profile) => linkTo(o, turn, await profile(), ids.networkId, ids.collaborationId) })],
  personalData: channelLinkData
};
