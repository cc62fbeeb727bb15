import { z } from 'zod';
import { annualCycleOf, annualCycleProblem, upcomingEvents } from '../../domain/annualCycle';
import { userKey } from '../../domain/roles';
import type { AnnualCycle, Collaboration, Network, Person, Profile } from '../../domain/types';
import { administered, isAdmin } from '../admin/access';
import { actorOf, recordChange } from '../audit/record';
import { channelHere } from '../link/link';
import { loadScope } from '../scope';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { ANNUAL_CYCLE_NETWORK, annualCycleCard } from './cards';
import { byName, withNetworkPicker } from '../../cards/networkPicker';

const UPCOMING = 6;

/** Leaders the bot can neither write to nor open a chat with, and a missing or lost leadership channel. */
async function unreachable(options: FeatureOptions, network: Network, leaders: Person[]): Promise<string[]> {
  const { store, t } = options;
  const unique = [...new Map(leaders.map((l) => [userKey(l), l])).values()];
  const profiles = await Promise.all(unique.map((l) => store.profiles.get(l)));
  const people = unique.filter((_, i) => !profiles[i]?.personalConversation && !profiles[i]?.teamMember).map((l) => t.annualCycle.unreachablePerson(l.name));
  return [...people, ...(network.digestChannel ? [] : [t.annualCycle.noChannel])];
}

/**
 * `årshjul`: what is coming in one of the person's networks and who cannot be reached, with a
 * choice of the others; admins can change it. Without a choice, the first network by name.
 */
export async function showAnnualCycle(options: FeatureOptions, turn: Turn, profile: Profile, networkId?: string): Promise<Reply> {
  const scope = await loadScope(options, profile);
  if (scope.networks.length === 0) return say(options.t.general.notMember);
  const networks = [...scope.networks].sort(byName);
  const network = networkId === undefined ? networks[0] : networks.find((n) => n.id === networkId);
  if (!network) return say(options.t.general.invalidAction);
  return annualCycleReply(options, turn, profile, network, scope.collaborations.filter((c) => c.networkId === network.id), networks);
}

async function annualCycleReply(
  options: FeatureOptions,
  turn: Turn,
  profile: Profile,
  network: Network,
  collaborations: Collaboration[],
  networks: readonly Network[]
): Promise<Reply> {
  const cycle = annualCycleOf(network);
  return show(withNetworkPicker(
    annualCycleCard(
      {
        network,
        cycle,
        upcoming: upcomingEvents(cycle, collaborations.map((c) => c.cadence), turn.now, UPCOMING),
        unreachable: await unreachable(options, network, collaborations.flatMap((c) => c.leaders)),
        editable: isAdmin(profile, network.id),
        inChannel: turn.conversation.conversationType === 'channel'
      },
      options.t
    ),
    networks,
    network,
    ANNUAL_CYCLE_NETWORK,
    options.t
  ));
}

const days = z.coerce.number();

/** What the edit form sends; Input.Number arrives as a string, reminders as «2, 4». */
export const annualCycleForm = z
  .object({
    networkId: z.string().min(1).max(100),
    opensBefore: days,
    reminders: z.string().max(20).optional().default(''),
    closesAfter: days,
    digestCadence: z.enum(['monthly', 'quarterly', 'tertial']),
    digestDay: days,
    sendHour: days
  })
  .strict();

/** The edit form's «Lagre årshjulet»: admins of that network only, and only a cycle that works. */
export async function saveAnnualCycle(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof annualCycleForm>): Promise<Reply[]> {
  const { store, t } = options;
  const access = await administered(options, profile, form.networkId, t.annualCycle.onlyAdmins);
  if ('reply' in access) return [access.reply];
  const { network } = access;
  const reminders = form.reminders.split(/[,\s;]+/).filter(Boolean).map(Number);
  const cycle: AnnualCycle = {
    opensBefore: form.opensBefore,
    reminders,
    closesAfter: form.closesAfter,
    digest: { cadence: form.digestCadence, workingDay: form.digestDay },
    sendHour: form.sendHour
  };
  const problem = annualCycleProblem(cycle);
  if (problem) return [say(`${t.annualCycle.notSaved} ${t.annualCycle.invalid[problem]}`)];
  const updated = await store.directory.updateNetwork(network.id, (current) => ({ ...current, cycle }));
  if (!updated) return [say(t.general.invalidAction)];
  await recordChange(store, turn.now, actorOf(turn.user), { networkId: network.id, action: 'cycle.changed', subject: network.name, before: annualCycleOf(network), after: cycle });
  options.log.info({ networkId: network.id }, 'annual cycle changed');
  const scope = await loadScope(options, profile);
  const networks = scope.networks.map((n) => (n.id === updated.id ? updated : n)).sort(byName);
  const collaborations = scope.collaborations.filter((c) => c.networkId === updated.id);
  return [say(t.annualCycle.saved(network.name)), await annualCycleReply(options, turn, profile, updated, collaborations, networks)];
}

/** «Send sammendraget hit» in a team channel: the network's digest goes there from now on. */
export async function useChannelForDigest(options: FeatureOptions, turn: Turn, profile: Profile, networkId: string): Promise<Reply> {
  const { store, t } = options;
  if (turn.conversation.conversationType !== 'channel') return say(t.annualCycle.channelOnlyInChannel);
  const access = await administered(options, profile, networkId, t.annualCycle.onlyAdmins);
  if ('reply' in access) return access.reply;
  const { network } = access;
  const digestChannel = await channelHere(turn, t);
  await store.directory.updateNetwork(network.id, (current) => ({ ...current, digestChannel }));
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: 'digestChannel.set',
    subject: network.name,
    before: { channel: network.digestChannel?.channelName },
    after: { channel: digestChannel.channelName }
  });
  return say(t.annualCycle.channelSet(network.name, digestChannel.channelName));
}
