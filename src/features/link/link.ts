import { mayLinkChannel, memberNetworkIds } from '../../domain/roles';
import type { ChannelLink, Profile } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import { actorOf, recordChange } from '../audit/record';
import { findCollaboration, loadScope } from '../scope';
import { say, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';

export const LINK_CHOOSE = 'link.choose';

/** `koble <samarbeid>` in a team channel: summaries of that collaboration go to this channel from now on. */
export async function linkChannel(options: FeatureOptions, turn: Turn, profile: Profile, name?: string): Promise<Reply> {
  const { t } = options;
  if (turn.conversation.conversationType !== 'channel') return say(t.link.onlyInChannel);
  if (!name) return say(t.link.needsName);
  const scope = await loadScope(options, profile);
  if (scope.networks.length === 0) return say(t.general.notMember);
  const found = findCollaboration(options, scope, name, { verb: LINK_CHOOSE });
  if ('reply' in found) return found.reply;
  return linkTo(options, turn, profile, found.collaboration.networkId, found.collaboration.id);
}

/** The team channel this turn happens in, as a place to send summaries or digests to. */
export async function channelHere(turn: Turn, t: Catalogue): Promise<ChannelLink> {
  return {
    reference: turn.conversation,
    channelName: (await turn.channelName()) ?? t.link.unnamedChannel,
    linkedBy: { tenantId: turn.user.tenantId, aadObjectId: turn.user.aadObjectId },
    linkedAt: turn.now.toISOString()
  };
}

/** Also the target of the choice card's buttons, so the ids are checked like any client data. */
export async function linkTo(
  options: FeatureOptions,
  turn: Turn,
  profile: Profile,
  networkId: string,
  collaborationId: string
): Promise<Reply> {
  const { store, t } = options;
  if (turn.conversation.conversationType !== 'channel') return say(t.link.onlyInChannel);
  const found = await store.directory.getCollaboration(networkId, collaborationId);
  if (!found || !memberNetworkIds(profile).includes(networkId)) return say(t.general.invalidAction);
  if (!mayLinkChannel(profile, found.value, turn.user)) return say(t.link.notAllowed(found.value.name));
  const channel = await channelHere(turn, t);
  let before = found.value;
  const linked = await store.directory.updateCollaboration(networkId, collaborationId, (current) => {
    before = current;
    return mayLinkChannel(profile, current, turn.user) ? { ...current, channel } : undefined;
  });
  if (!linked || !mayLinkChannel(profile, before, turn.user)) return say(t.general.invalidAction);
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId,
    action: 'channel.linked',
    subject: before.name,
    before: { channel: before.channel?.channelName },
    after: { channel: channel.channelName }
  });
  return say(t.link.linked(before.name));
}
