import { card, facts, heading, plain, submitButton, textBlock, type AdaptiveCard } from '../../../core/card';
import { choiceInput, numberInput, textInput, toggleInput } from '../../../cards/inputs';
import { RETENTION_MONTHS } from '../../../domain/network';
import type { Network } from '../../../domain/types';
import type { Catalogue } from '../../../core/i18n/catalogue';
import { ADMIN_OPEN, ADMIN_NETWORK_SAVE } from './verbs';

const LANGUAGES = ['nb', 'nn', 'en'] as const;

export const retentionText = (network: Network, t: Catalogue) =>
  network.retention ? t.admin.retentionMonths(network.retention.checkInMonths) : t.admin.retentionKept;

/** `admin`: one network at a glance, with a button per part of its setup and one to start another network. */
export function networkAdminCard(network: Network, counts: { collaborations: number; people: number }, t: Catalogue): AdaptiveCard {
  const open = (title: string, section: string) => submitButton(title, { verb: ADMIN_OPEN, networkId: network.id, section });
  return card(
    [
      heading(t.admin.overviewTitle(plain(network.name))),
      textBlock(t.admin.counts(network.municipalities.length, counts.collaborations, counts.people)),
      facts([
        [t.admin.languageLabel, t.admin.languageName[network.language ?? 'nb']],
        [t.audit.field.retention ?? '', retentionText(network, t)],
        [t.audit.field.politiciansReadWrittenAnswers ?? '', network.politiciansReadWrittenAnswers ? t.yes : t.no]
      ])
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
