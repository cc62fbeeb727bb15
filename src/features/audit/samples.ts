import { sample, type CardSample } from '../../core/module';
import { HOSTILE, HOSTILE_NAME, HOSTILE_PERSON, sampleData } from '../../cards/samples';
import { withNetworkPicker } from '../../cards/networkPicker';
import type { AuditEntry } from '../../domain/audit';
import type { Catalogue } from '../../core/i18n/catalogue';
import { AUDIT_NETWORK, auditCard } from './cards';

export function auditSamples(t: Catalogue): CardSample[] {
  const { network, collaborations } = sampleData();
  const entry = (i: number): AuditEntry => ({
    id: `a${i}`, networkId: network.id, at: `2026-11-${String(1 + (i % 25)).padStart(2, '0')}T09:00:00.000Z`,
    ...(i % 4 ? { actor: HOSTILE_PERSON } : {}),
    action: 'collaboration.changed', subject: collaborations[i % 2].name,
    before: { name: `Samarbeid ${i}`, sector: 'økonomi' }, after: { name: HOSTILE, sector: 'helse' }
  });
  return [
    sample('audit log', auditCard, network, Array.from({ length: 20 }, (_, i) => entry(i)), t),
    sample('empty audit log', auditCard, network, [], t),
    sample('audit log with a choice of network', withNetworkPicker, auditCard(network, [entry(1)], t), [network, { ...network, id: 'other', name: HOSTILE_NAME }], network, AUDIT_NETWORK, t)
  ];
}
