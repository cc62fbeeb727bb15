import { z } from 'zod';
import { plain } from '../../core/card';
import { MUNICIPAL_ROLES, sameUser } from '../../domain/roles';
import type { Collaboration, Membership, Network, Person, Profile, Role, TeamMemberReference } from '../../domain/types';
import type { ConversationRecord } from '../../core/store';
import { actorOf, recordChange } from '../audit/record';
import { sign, verify } from '../signing';
import { DeliveryFailure } from '../../core/messenger';
import { say, show, type Reply, type Turn } from '../../core/turn';
import { type FeatureOptions } from '../../core/options';
import { administered, storedProfile, updateStoredProfile } from './access';
import { peopleCard, roleText, rolesCard, type RoleHolder } from './cards/roles';
import type { grantForm, peopleForm, revokeForm } from './forms';

/** People per card page: enough to find someone, well inside Teams' card size. */
const ROSTER_PAGE_SIZE = 50;

/** A person as listed from a team's roster; signed into the choice so only listed people can be picked. */
const rosterPerson = z.object({ o: z.string().min(1), n: z.string(), u: z.string().min(1), c: z.string().min(1) }).strict();

/** Everyone with a role in the network: memberships from profiles, leaders from the collaborations. */
export async function roleHolders({ store }: FeatureOptions, network: Network, collaborations: Collaboration[]): Promise<RoleHolder[]> {
  const profiles = (await store.profiles.withRoles()).filter((p) => p.memberships.some((m) => m.networkId === network.id));
  const holders: RoleHolder[] = profiles.map((p) => ({ person: p, membership: p.memberships.find((m) => m.networkId === network.id), leads: [] }));
  for (const collaboration of collaborations) {
    for (const leader of collaboration.leaders) {
      const holder = holders.find((h) => sameUser(h.person, leader)) ?? holders[holders.push({ person: leader, leads: [] }) - 1];
      holder.leads.push(collaboration);
    }
  }
  return holders;
}

/** The people an owner (of a checklist item, of a benefit) may be picked from: everybody with a role in the network. */
export async function rosterOf(options: FeatureOptions, network: Network): Promise<Person[]> {
  const { collaborations } = await options.store.directory.loadNetworks([network.id]);
  return (await roleHolders(options, network, collaborations)).map((h) => h.person).sort((a, b) => a.name.localeCompare(b.name, 'nb'));
}

/** The teams the bot is in within the network's tenants, one entry per team. */
async function teamsOf({ store }: FeatureOptions, network: Network): Promise<ConversationRecord[]> {
  const channels = await store.conversations.teamChannels(network.tenantIds);
  return [...new Map(channels.map((c) => [c.teamId!, c])).values()].sort((a, b) => (a.name ?? '').localeCompare(b.name ?? '', 'nb'));
}

/** «Gi en person en rolle»: a page of a team's members, looked up in Teams now. */
export async function showPeople(options: FeatureOptions, profile: Profile, form: z.infer<typeof peopleForm>): Promise<Reply> {
  const { store, messenger, links, t } = options;
  const access = await administered(options, profile, form.networkId);
  if ('reply' in access) return access.reply;
  const { network } = access;
  const teams = await teamsOf(options, network);
  if (teams.length === 0) return say(t.admin.noTeam);
  const team = form.teamId ? teams.find((c) => c.teamId === form.teamId) : teams[0];
  if (!team) return say(t.general.invalidAction);
  let page;
  try {
    page = await messenger.teamMembers({ serviceUrl: team.serviceUrl, teamId: team.teamId! }, ROSTER_PAGE_SIZE, form.page);
  } catch (error) {
    if (!(error instanceof DeliveryFailure)) throw error;
    options.log.warn({ networkId: network.id, status: error.status }, 'team roster not available');
    return say(t.admin.rosterUnavailable);
  }
  const { collaborations } = await store.directory.loadNetworks([network.id]);
  const people = [...page.members]
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
    .map((m) => ({ title: m.name, value: sign({ o: m.aadObjectId, n: m.name, u: m.userId, c: team.conversationId }, links.secret) }));
  return show(
    peopleCard(network, collaborations, {
      teamName: team.name ?? t.link.generalChannel,
      teamId: team.teamId!,
      people,
      ...(page.continuationToken ? { nextPage: page.continuationToken } : {}),
      otherTeams: teams.filter((c) => c !== team).map((c) => ({ teamId: c.teamId!, name: c.name ?? c.teamId! }))
    }, t)
  );
}

/** The membership after adding a role; a kommunedirektør's or folkevalgt's municipality is the one chosen now. */
export function withRole(membership: Membership | undefined, networkId: string, role: Role, municipalityId: string): Membership {
  const roles = [...new Set([...(membership?.roles ?? []), role])];
  return { networkId, roles, ...(MUNICIPAL_ROLES.includes(role) ? { municipalityId } : membership?.municipalityId ? { municipalityId: membership.municipalityId } : {}) };
}

export const rolesLine = (membership: Membership | undefined, network: Network, t: FeatureOptions['t']) =>
  (membership?.roles ?? []).map((r) => roleText(r, network, t, { municipalityId: membership?.municipalityId })).join(', ') || '–';

/** The person a picker choice names, if the bot listed them from a team in the network's tenants. */
async function fromRoster({ store, links }: FeatureOptions, network: Network, choice: string): Promise<{ person: Person; teamMember: TeamMemberReference } | undefined> {
  const listed = rosterPerson.safeParse(verify(choice, links.secret));
  const team = listed.success ? await store.conversations.get(listed.data.c) : undefined;
  if (!listed.success || !team?.teamId || !network.tenantIds.includes(team.tenantId)) return undefined;
  const { serviceUrl, tenantId, botId, botName, channelId, teamId } = team;
  return {
    person: { tenantId, aadObjectId: listed.data.o, name: listed.data.n },
    teamMember: { serviceUrl, tenantId, botId, ...(botName ? { botName } : {}), channelId, teamId, userId: listed.data.u }
  };
}

/** «Gi rollen»: the person must come from the roster page the bot listed, the role's target from this network. */
export async function grantRole(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof grantForm>): Promise<Reply[]> {
  const { store, t } = options;
  const access = await administered(options, profile, form.networkId);
  if ('reply' in access) return [access.reply];
  const { network } = access;
  if (!form.person) return [say(t.admin.choosePerson)];
  const listed = await fromRoster(options, network, form.person);
  if (!listed) return [say(t.general.invalidAction)];
  if (!form.role) return [say(t.admin.chooseRole)];
  const { collaborations } = await store.directory.loadNetworks([network.id]);
  const collaboration = collaborations.find((c) => c.id === form.collaborationId);
  if (MUNICIPAL_ROLES.includes(form.role as Role) && !network.municipalities.some((m) => m.id === form.municipalityId)) return [say(t.admin.chooseMunicipality)];
  if (form.role === 'leader' && !collaboration) return [say(t.admin.chooseCollaboration)];

  const { person, teamMember } = listed;
  const stored = await storedProfile(store, person);
  const before = stored.memberships.find((m) => m.networkId === network.id);
  // A leader needs to be in the network to see and answer its check-ins.
  const { role } = form;
  const granted = (prior: Membership | undefined): Membership =>
    role === 'leader' ? (prior?.roles.length ? prior : { networkId: network.id, roles: ['member'] }) : withRole(prior, network.id, role, form.municipalityId);
  const after = granted(before);
  const label = roleText(form.role, network, t, { municipalityId: form.municipalityId, collaboration });
  const unchanged = form.role === 'leader' ? collaboration!.leaders.some((l) => sameUser(l, person)) : JSON.stringify(before) === JSON.stringify(after);
  if (unchanged) return [say(t.admin.already(plain(person.name), label))];
  if (form.role === 'leader' && !(await changeLeaders(options, collaboration!, (leaders) => [...leaders, person]))) return [say(t.admin.conflict)];
  await updateStoredProfile(store, person, (current) => {
    const prior = current.memberships.find((m) => m.networkId === network.id);
    return {
      ...current,
      name: current.name || person.name,
      teamMember: current.teamMember ?? teamMember,
      memberships: [...current.memberships.filter((m) => m !== prior), granted(prior)]
    };
  });
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: 'role.granted',
    subject: person.name,
    ...(form.role === 'leader'
      ? { before: { leaders: collaboration!.leaders.map((l) => l.name).join(', ') || '–' }, after: { leaders: [...collaboration!.leaders, person].map((l) => l.name).join(', ') } }
      : { before: { roles: rolesLine(before, network, t) }, after: { roles: rolesLine(after, network, t) } })
  });
  return [say(t.admin.granted(plain(person.name), label)), await rolesReply(options, network)];
}

/** Leaders are changed on the collaboration under its ETag; false when it is gone. */
async function changeLeaders({ store }: FeatureOptions, collaboration: Collaboration, change: (leaders: Person[]) => Person[]): Promise<boolean> {
  const updated = await store.directory.updateCollaboration(collaboration.networkId, collaboration.id, (current) => ({ ...current, leaders: change(current.leaders) }));
  return updated !== undefined;
}

/** The roles card as it stands after a change. */
async function rolesReply(options: FeatureOptions, network: Network): Promise<Reply> {
  return show(rolesCard(network, await roleHolders(options, network, await reload(options, network)), options.t));
}

const reload = async ({ store }: FeatureOptions, network: Network) => (await store.directory.loadNetworks([network.id])).collaborations;

/** «Fjern» on the roles card: the person must hold the role now; the network keeps at least one admin. */
export async function revokeRole(options: FeatureOptions, turn: Turn, profile: Profile, form: z.infer<typeof revokeForm>): Promise<Reply[]> {
  const { store, t } = options;
  const access = await administered(options, profile, form.networkId);
  if ('reply' in access) return [access.reply];
  const { network } = access;
  const collaborations = await reload(options, network);
  const holders = await roleHolders(options, network, collaborations);
  const holder = holders.find((h) => sameUser(h.person, form));
  const collaboration = holder?.leads.find((c) => c.id === form.collaborationId);
  const holds = form.role === 'leader' ? Boolean(collaboration) : holder?.membership?.roles.includes(form.role);
  if (!holder || !holds) return [say(t.general.invalidAction)];
  const label = roleText(form.role, network, t, { municipalityId: holder.membership?.municipalityId, collaboration });
  if (form.role === 'admin' && holders.filter((h) => h.membership?.roles.includes('admin')).length === 1) return [say(t.admin.lastAdmin)];
  if (form.role === 'member' && holder.leads.length > 0 && holder.membership!.roles.length === 1) return [say(t.admin.stillLeads(plain(holder.person.name)))];

  if (form.role === 'leader') {
    if (!(await changeLeaders(options, collaboration!, (leaders) => leaders.filter((l) => !sameUser(l, holder.person))))) return [say(t.admin.conflict)];
  } else {
    await updateStoredProfile(store, holder.person, (stored) => {
      const before = stored.memberships.find((m) => m.networkId === network.id);
      if (!before) return undefined;
      const roles = before.roles.filter((r) => r !== form.role);
      // The municipality stays while another role still belongs to it.
      const keeps = roles.some((r) => MUNICIPAL_ROLES.includes(r)) && before.municipalityId;
      const after: Membership = { networkId: network.id, roles, ...(keeps ? { municipalityId: before.municipalityId } : {}) };
      return { ...stored, memberships: stored.memberships.map((m) => (m === before ? after : m)).filter((m) => m.roles.length > 0) };
    });
  }
  await recordChange(store, turn.now, actorOf(turn.user), {
    networkId: network.id,
    action: 'role.revoked',
    subject: holder.person.name,
    before: { roles: label },
    after: { roles: '–' }
  });
  return [say(t.admin.revoked(plain(holder.person.name), label)), await rolesReply(options, network)];
}

