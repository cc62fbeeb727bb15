import { sample, type CardSample } from '../../core/module';
import { HOSTILE, HOSTILE_PERSON, SAMPLE_PERIOD, sampleData } from '../../cards/samples';
import { demoCheckIns } from '../../demo/history';
import { shiftPeriod } from '../../domain/period';
import type { Catalogue } from '../../core/i18n/catalogue';
import { confirmEraseCard, myDataCard } from './cards';

export function privacySamples(t: Catalogue): CardSample[] {
  const { network, version, collaborations } = sampleData();
  const periods = Array.from({ length: 24 }, (_, p) => shiftPeriod(SAMPLE_PERIOD, p - 23));
  const checkIns = collaborations.slice(0, 2).flatMap((c) => demoCheckIns(c, [HOSTILE_PERSON], periods, version));
  const data = {
    profile: { ...HOSTILE_PERSON, memberships: [{ networkId: network.id, roles: ['admin' as const, 'kommunedirektør' as const], municipalityId: 'grong' }] },
    networks: [{ id: network.id, name: HOSTILE }],
    checkIns,
    leads: collaborations.slice(0, 2).map((c) => ({ networkId: network.id, collaborationId: c.id, name: c.name })),
    messages: [{ kind: 'invitation', period: '2026-M11', state: 'sent', sentAt: '2026-11-20T08:00:00.000Z' }],
    archivedReports: [{ networkId: network.id, file: `reports/${network.id}/2026-12-10/tertial-alle.docx`, filedAt: '2026-12-08T08:00:00.000Z' }, { networkId: network.id, file: HOSTILE, filedAt: '2026-12-08T08:00:00.000Z' }]
  };
  return [
    sample('my data', myDataCard, data, 'https://sampuls.example/export/token.json', t),
    sample('my data when nothing is stored', myDataCard, { networks: [], checkIns: [], leads: [], messages: [] }, 'https://sampuls.example/export/token.json', t),
    sample('confirm erase', confirmEraseCard, t)
  ];
}
