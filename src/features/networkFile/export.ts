import { CHECKLIST_TEMPLATE_ID } from '../../domain/checklist';
import { userKey } from '../../domain/roles';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { Store } from '../../core/store';
import { definitionOf } from './definition';
import { networkYaml } from './format';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');

/**
 * The stored network as a definition file, or undefined when there is no such network.
 * Collaborations and people are stored in no particular order, so they are written by name;
 * rounds by when they were held.
 */
export async function exportNetworkFile(store: Store, networkId: string, t: Catalogue): Promise<string | undefined> {
  const [{ networks, collaborations }, profiles, template, rounds] = await Promise.all([
    store.directory.loadNetworks([networkId]),
    store.profiles.withRoles(),
    store.planning.getChecklistTemplate(networkId, CHECKLIST_TEMPLATE_ID),
    store.planning.listRounds([networkId])
  ]);
  if (!networks[0]) return undefined;
  // Rounds oldest first, as they were held.
  const definition = definitionOf(networks[0], collaborations, profiles, { template, rounds: [...rounds].reverse() });
  return networkYaml(
    {
      ...definition,
      collaborations: [...definition.collaborations].sort(byName),
      people: [...definition.people].sort((a, b) => byName(a, b) || userKey(a).localeCompare(userKey(b)))
    },
    t
  );
}
