import { userKey } from '../../domain/roles';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { Store } from '../../core/store';
import { definitionOf } from './definition';
import { networkYaml } from './format';

const byName = (a: { name: string }, b: { name: string }) => a.name.localeCompare(b.name, 'nb');

/**
 * The stored network as a definition file, or undefined when there is no such network.
 * Collaborations and people are stored in no particular order, so they are written by name.
 */
export async function exportNetworkFile(store: Store, networkId: string, t: Catalogue): Promise<string | undefined> {
  const [{ networks, collaborations }, profiles] = await Promise.all([store.directory.loadNetworks([networkId]), store.profiles.withRoles()]);
  if (!networks[0]) return undefined;
  const definition = definitionOf(networks[0], collaborations, profiles);
  return networkYaml(
    {
      ...definition,
      collaborations: [...definition.collaborations].sort(byName),
      people: [...definition.people].sort((a, b) => byName(a, b) || userKey(a).localeCompare(userKey(b)))
    },
    t
  );
}
