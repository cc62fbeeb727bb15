import type { z } from 'zod';
import type { Collaboration, Network, Profile } from '../../domain/types';
import { loadScope } from '../scope';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { administered, isAdmin, networkCreationRefusal } from './access';
import { collaborationFormCard, collaborationsCard } from './cards/collaborations';
import { municipalitiesCard, municipalityFormCard } from './cards/municipalities';
import { networkFormCard, networkAdminCard } from './cards/network';
import { ADMIN_NETWORK } from './cards/verbs';
import { byName, withNetworkPicker } from '../../cards/networkPicker';
import { rolesCard } from './cards/roles';
import type { openForm } from './forms';
import { roleHolders } from './roles';

/**
 * `admin`: one network the person administers (the first by name, or the one chosen), with a
 * choice of the others; or the form for the very first network.
 */
export async function showAdmin(options: FeatureOptions, turn: Turn, profile: Profile, networkId?: string): Promise<Reply[]> {
  const { t } = options;
  const scope = await loadScope(options, profile);
  const mine = scope.networks.filter((n) => isAdmin(profile, n.id)).sort(byName);
  if (networkId !== undefined) {
    const chosen = mine.find((n) => n.id === networkId);
    return chosen ? [await overview(options, turn, chosen, mine, scope.collaborations)] : [say(t.general.invalidAction)];
  }
  if (mine.length === 0) {
    const refusal = await networkCreationRefusal(options, profile);
    if (refusal) return [say(refusal)];
    return [say(t.admin.firstNetwork), show(networkFormCard(undefined, turn.user.tenantId, t))];
  }
  return [await overview(options, turn, mine[0], mine, scope.collaborations)];
}

/**
 * A network's overview card, counting its collaborations and the people with a role in it, with
 * its pending invitations and a choice of the person's other networks.
 */
export async function overview({ store, t }: FeatureOptions, turn: Turn, network: Network, networks: readonly Network[], collaborations: Collaboration[]): Promise<Reply> {
  const [holders, invitations] = await Promise.all([store.profiles.withRoles(), store.invitations.pending(network.id)]);
  const people = holders.filter((p) => p.memberships.some((m) => m.networkId === network.id && m.roles.length > 0)).length;
  const counts = { collaborations: collaborations.filter((c) => c.networkId === network.id).length, people };
  const card = networkAdminCard(network, counts, t, { invitations: [...invitations].sort((a, b) => a.tenantId.localeCompare(b.tenantId)), now: turn.now });
  return show(withNetworkPicker(card, networks, network, ADMIN_NETWORK, t));
}

/** The admin card buttons: a part of one network's setup, or the form for a new network. */
export async function openSection(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof openForm>): Promise<Reply> {
  const { store, t } = options;
  if (!form.networkId) {
    const refusal = form.section === 'network' ? await networkCreationRefusal(options, profile) : t.admin.onlyAdminsAny;
    return refusal ? say(refusal) : show(networkFormCard(undefined, turn.user.tenantId, t));
  }
  const access = await administered(options, profile, form.networkId);
  if ('reply' in access) return access.reply;
  const { network } = access;
  const { collaborations } = await store.directory.loadNetworks([network.id]);
  // An item id must name a municipality or collaboration of this network, and only for those forms.
  const municipality = form.section === 'municipality' ? network.municipalities.find((m) => m.id === form.itemId) : undefined;
  const collaboration = form.section === 'collaboration' ? collaborations.find((c) => c.id === form.itemId) : undefined;
  if (form.itemId && !municipality && !collaboration) return say(t.general.invalidAction);
  switch (form.section) {
    case 'network':
      return show(networkFormCard(network, turn.user.tenantId, t));
    case 'municipalities':
      return show(municipalitiesCard(network, t));
    case 'municipality':
      return show(municipalityFormCard(network, municipality, t));
    case 'collaborations':
      return show(collaborationsCard(network, collaborations, t));
    case 'collaboration':
      return network.municipalities.length ? show(collaborationFormCard(network, collaboration, t)) : say(t.admin.needsMunicipalities);
    case 'roles':
      return show(rolesCard(network, await roleHolders(options, network, collaborations), t));
  }
}
