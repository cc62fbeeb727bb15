import { DEFAULT_COST_KEY, splitCost, type CostShare } from '../../domain/cost';
import type { Collaboration, Municipality, Network, Profile } from '../../domain/types';
import { findCollaboration, loadScope, loadTarget, networkOf, type Target } from '../scope';
import { say, show, type Reply } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { costCard } from './cards';

export const COST_CHOOSE = 'cost.choose';

/** The participating municipalities with their share of `amount` under the collaboration's key. */
export function sharesOf(
  collaboration: Collaboration,
  network: Network,
  amount: number
): { municipality: Municipality; share: CostShare }[] {
  const participants = network.municipalities.filter((m) => collaboration.participantIds.includes(m.id));
  const shares = splitCost(amount, participants, collaboration.costKey ?? DEFAULT_COST_KEY);
  return participants.map((municipality, i) => ({ municipality, share: shares[i] }));
}

function costReply(options: FeatureOptions, network: Network, collaboration: Collaboration, amount: number): Reply {
  const shares = sharesOf(collaboration, network, amount);
  return show(costCard({ collaboration, key: collaboration.costKey ?? DEFAULT_COST_KEY, amount, shares }, options.t));
}

/** `kostnad <samarbeid> <beløp>`. */
export async function showCost(options: FeatureOptions, profile: Profile, name?: string, amount?: number): Promise<Reply> {
  const { t } = options;
  if (!name) return say(t.cost.needsName);
  if (amount === undefined) return say(t.cost.needsAmount(name));
  const scope = await loadScope(options, profile);
  if (scope.networks.length === 0) return say(t.general.notMember);
  const found = findCollaboration(options, scope, name, { verb: COST_CHOOSE, amount });
  if ('reply' in found) return found.reply;
  return costReply(options, networkOf(scope, found.collaboration), found.collaboration, amount);
}

/** A choice button when the name fitted several: the ids come from the client and are checked again. */
export async function showCostById(options: FeatureOptions, profile: Profile, ids: Target, amount: number): Promise<Reply> {
  const target = await loadTarget(options, profile, ids);
  return target ? costReply(options, target.network, target.collaboration, amount) : say(options.t.general.invalidAction);
}
