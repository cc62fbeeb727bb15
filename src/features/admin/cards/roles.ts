import { card, heading, plain, submitButton, textBlock, type AdaptiveCard, type CardElement } from '../../../core/card';
import { visible } from '../../../domain/text';
import { choiceInput, type Choice } from '../../../cards/inputs';
import type { Collaboration, Membership, Network, Person } from '../../../domain/types';
import type { Catalogue } from '../../../core/i18n/catalogue';
import { GRANTABLE, type Grantable } from '../forms';
import { rowWithButton } from './municipalities';
import { ADMIN_PEOPLE, ADMIN_ROLE_GRANT, ADMIN_ROLE_REVOKE } from './verbs';

export interface RoleHolder {
  person: Person;
  membership?: Membership;
  leads: Collaboration[];
}

/** A role as a sentence part: «kommunedirektør i Grong», «leder for Lønn». */
export function roleText(role: Grantable, network: Network, t: Catalogue, detail: { municipalityId?: string; collaboration?: Collaboration }): string {
  if (role === 'leader') return t.admin.leaderOf(plain(detail.collaboration?.name ?? ''));
  const municipality = network.municipalities.find((m) => m.id === detail.municipalityId);
  if (role === 'kommunedirektør' && municipality) return t.admin.kommunedirektørOf(plain(municipality.name));
  if (role === 'folkevalgt' && municipality) return t.admin.folkevalgtOf(plain(municipality.name));
  return t.privacy.role[role];
}

function holderRows(holder: RoleHolder, network: Network, t: Catalogue): CardElement[] {
  const { person, membership, leads } = holder;
  const revoke = (role: Grantable, collaborationId?: string) => ({
    title: t.admin.remove,
    data: { verb: ADMIN_ROLE_REVOKE, networkId: network.id, tenantId: person.tenantId, aadObjectId: person.aadObjectId, role, ...(collaborationId ? { collaborationId } : {}) }
  });
  return [
    ...(membership?.roles ?? []).map((role) =>
      rowWithButton(person.name, roleText(role, network, t, { municipalityId: membership?.municipalityId }), revoke(role))
    ),
    ...leads.map((c) => rowWithButton(person.name, roleText('leader', network, t, { collaboration: c }), revoke('leader', c.id)))
  ];
}

/** Everyone with a role in the network, each role with its own «Fjern». */
export function rolesCard(network: Network, holders: RoleHolder[], t: Catalogue): AdaptiveCard {
  const sorted = [...holders].sort((a, b) => a.person.name.localeCompare(b.person.name, 'nb'));
  return card(
    [heading(t.admin.rolesTitle(plain(network.name))), ...(sorted.length ? sorted.flatMap((h) => holderRows(h, network, t)) : [textBlock(t.admin.noRoles)])],
    [submitButton(t.admin.grantRole, { verb: ADMIN_PEOPLE, networkId: network.id })]
  );
}

export interface RosterView {
  teamName: string;
  /** Each person's value is signed: the bot only gives roles to people it listed itself. */
  people: Choice[];
  nextPage?: string;
  teamId: string;
  otherTeams: { teamId: string; name: string }[];
}

/** Pick a person from the team's roster (a page at a time), the role, and what the role is for. */
export function peopleCard(network: Network, collaborations: Collaboration[], roster: RosterView, t: Catalogue): AdaptiveCard {
  const sortedBy = <T extends { name: string }>(items: T[]) => [...items].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const page = (data: Record<string, unknown>) => ({ verb: ADMIN_PEOPLE, networkId: network.id, ...data });
  return card(
    [
      heading(t.admin.peopleTitle(plain(roster.teamName))),
      choiceInput('person', t.admin.personLabel, roster.people.map((p) => ({ ...p, title: visible(p.title) })), undefined),
      choiceInput('role', t.admin.roleLabel, GRANTABLE.map((r) => ({ title: t.admin.roleName[r], value: r })), undefined),
      choiceInput('municipalityId', t.admin.municipalityLabel, sortedBy(network.municipalities).map((m) => ({ title: m.name, value: m.id })), undefined),
      choiceInput('collaborationId', t.admin.collaborationLabel, sortedBy(collaborations).map((c) => ({ title: c.name, value: c.id })), undefined)
    ],
    [
      submitButton(t.admin.grant, { verb: ADMIN_ROLE_GRANT, networkId: network.id }, 'positive'),
      ...(roster.nextPage ? [submitButton(t.admin.nextPage, page({ teamId: roster.teamId, page: roster.nextPage }))] : []),
      ...roster.otherTeams.map((team) => submitButton(t.admin.otherTeam(visible(team.name)), page({ teamId: team.teamId })))
    ]
  );
}
