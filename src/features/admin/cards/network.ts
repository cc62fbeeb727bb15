import { card, facts, heading, plain, submitButton, textBlock, type AdaptiveCard, type CardElement } from '../../../core/card';
import { choiceInput, numberInput, textInput, toggleInput } from '../../../cards/inputs';
import { RETENTION_MONTHS } from '../../../domain/network';
import type { Network } from '../../../domain/types';
import type { Catalogue } from '../../../core/i18n/catalogue';
import type { Invitation } from '../../../core/store';
import { ADMIN_INVITATION_WITHDRAW, ADMIN_OPEN, ADMIN_NETWORK_SAVE } from './verbs';

const LANGUAGES = ['nb', 'nn', 'en'] as const;

export const retentionText = (network: Network, t: Catalogue) =>
  network.retention ? t.admin.retentionMonths(network.retention.checkInMonths) : t.admin.retentionKept;

/** The network's invitations not yet used, and the time that decides which of them have expired. */
export interface PendingInvitations {
  invitations: readonly Invitation[];
  now: Date;
}

/** Each invitation with the day its code stops working and a button that withdraws it. */
function pendingInvitations(network: Network, { invitations, now }: PendingInvitations, t: Catalogue): CardElement[] {
  if (invitations.length === 0) return [];
  return [
    textBlock(t.admin.invitationsTitle, { weight: 'Bolder', spacing: 'Large' }),
    textBlock(t.admin.invitationsNote, { isSubtle: true, size: 'Small', spacing: 'None' }),
    ...invitations.flatMap((invitation): CardElement[] => {
      const tenant = plain(invitation.tenantId);
      const until = t.date(invitation.expiresAt);
      return [
        textBlock(invitation.expiresAt <= now.toISOString() ? t.admin.invitationExpired(tenant, until) : t.admin.invitationLine(tenant, until), { spacing: 'Small' }),
        { type: 'ActionSet', actions: [submitButton(t.admin.withdrawInvitation(tenant), { verb: ADMIN_INVITATION_WITHDRAW, networkId: network.id, tenantId: invitation.tenantId })] }
      ];
    })
  ];
}

/**
 * `admin`: one network at a glance, with the tenants it has invited, a button per part of its
 * setup and one to start another network.
 */
export function networkAdminCard(
  network: Network,
  counts: { collaborations: number; people: number },
  t: Catalogue,
  pending?: PendingInvitations
): AdaptiveCard {
  const open = (title: string, section: string) => submitButton(title, { verb: ADMIN_OPEN, networkId: network.id, section });
  return card(
    [
      heading(t.admin.overviewTitle(plain(network.name))),
      textBlock(t.admin.counts(network.municipalities.length, counts.collaborations, counts.people)),
      facts([
        [t.admin.languageLabel, t.admin.languageName[network.language ?? 'nb']],
        [t.audit.field.retention ?? '', retentionText(network, t)],
        [t.audit.field.politiciansReadWrittenAnswers ?? '', network.politiciansReadWrittenAnswers ? t.yes : t.no]
      ]),
      ...(pending ? pendingInvitations(network, pending, t) : [])
    ],
    [
      open(t.admin.settings, 'network'),
      open(t.admin.municipalities, 'municipalities'),
      open(t.admin.collaborations, 'collaborations'),
      open(t.admin.roles, 'roles'),
      // Those who already run a network start another from here.
      submitButton(t.admin.newNetwork, { verb: ADMIN_OPEN, section: 'network' })
    ]
  );
}

/** Creates a network (no `network`) or edits its name, tenants, language, retention and what politicians read. */
export function networkFormCard(network: Network | undefined, ownTenantId: string, t: Catalogue): AdaptiveCard {
  return card(
    [
      heading(t.admin.networkTitle(network && plain(network.name))),
      textInput('name', t.admin.nameLabel, network?.name ?? '', { maxLength: 200, required: true, errorMessage: t.admin.required }),
      textInput('tenantIds', t.admin.tenantsLabel, (network?.tenantIds ?? [ownTenantId]).join(', '), { maxLength: 2000, required: true, errorMessage: t.admin.required }),
      choiceInput('language', t.admin.languageLabel, LANGUAGES.map((l) => ({ title: t.admin.languageName[l], value: l })), network?.language ?? 'nb', { required: true, errorMessage: t.admin.required }),
      numberInput('retentionMonths', t.admin.retentionLabel, network?.retention?.checkInMonths, RETENTION_MONTHS),
      toggleInput('politiciansReadWrittenAnswers', t.admin.politiciansLabel, t.admin.politiciansTitle, network?.politiciansReadWrittenAnswers === true)
    ],
    [submitButton(t.admin.save, { verb: ADMIN_NETWORK_SAVE, ...(network ? { networkId: network.id } : {}) }, 'positive')]
  );
}
