import type { PersonalDataDeclaration } from '../../core/personalData';

/**
 * The profile: name, roles in networks, chats. Several capabilities write it (roles, chats,
 * install events), so none of them owns it; privacy shows it and, in `erasePerson`, deletes it
 * last, because it holds the names every other holder is searched for.
 */
export const profileData: PersonalDataDeclaration = {
  holds: 'the profile (name, roles, chats), deleted last by erasePerson',
  async collect(store, user) {
    const profile = await store.profiles.get(user);
    const networkIds = (profile?.memberships ?? []).map((m) => m.networkId);
    const { networks } = await store.directory.loadNetworks(networkIds);
    return { ...(profile ? { profile } : {}), networks: networks.map((n) => ({ id: n.id, name: n.name })) };
  }
};
