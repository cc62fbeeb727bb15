import { card, heading, plain, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import { changedFields, type AuditEntry } from '../../domain/audit';
import type { Network } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';

export const AUDIT_NETWORK = 'audit.network';

/** Long before/after values (a whole network) are cut; the stored entry keeps them whole. */
const MAX_VALUE = 120;
const cut = (text: string) => (text.length > MAX_VALUE ? `${text.slice(0, MAX_VALUE - 1)}…` : text);

function entryElements(entry: AuditEntry, t: Catalogue): CardElement[] {
  const who = entry.actor?.name ? plain(entry.actor.name) : t.audit.commandLine;
  const changes = changedFields(entry.before, entry.after);
  return [
    textBlock(`${t.audit.when(entry.at)} · ${who}`, { isSubtle: true, spacing: 'Medium', size: 'Small' }),
    textBlock(t.audit.action[entry.action](plain(entry.subject)), { weight: 'Bolder', spacing: 'None', wrap: true }),
    ...changes.map((c) =>
      textBlock(t.audit.change(c.field ? (t.audit.field[c.field] ?? plain(c.field)) : '', plain(cut(c.before)), plain(cut(c.after))), { spacing: 'None', wrap: true })
    )
  ];
}

/** `logg`: a network's newest changes, for its admins. */
export function auditCard(network: Network, entries: AuditEntry[], t: Catalogue): AdaptiveCard {
  return card([
    heading(t.audit.title(plain(network.name))),
    ...(entries.length ? entries.flatMap((e) => entryElements(e, t)) : [textBlock(t.audit.empty)])
  ]);
}
