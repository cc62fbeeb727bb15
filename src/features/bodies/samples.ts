import { sample, type CardSample } from '../../core/module';
import { HOSTILE, HOSTILE_NAME, HOSTILE_PERSON, SAMPLE_NOW, sampleData } from '../../cards/samples';
import { ALEX } from '../../demo/people';
import { visible } from '../../domain/text';
import { DEFAULT_MEETING_LEAD, type Body } from '../../domain/bodies';
import type { Catalogue } from '../../core/i18n/catalogue';
import { bodiesCard, bodyFormCard, meetingReportCard, prepareCard } from './cards';

export function bodySamples(t: Catalogue): CardSample[] {
  const { network, collaborations } = sampleData();
  const reference = { serviceUrl: 'https://smba.example', tenantId: ALEX.tenantId, conversationId: '19:x@thread.tacv2', conversationType: 'channel' as const, botId: 'b', channelId: 'msteams' };
  const kdu: Body = {
    id: 'kdu', name: HOSTILE_NAME, kind: 'kdu', members: [ALEX, HOSTILE_PERSON], meetings: ['2026-12-10', '2027-03-11'], report: 'tertial',
    channel: { reference, channelName: HOSTILE, linkedBy: ALEX, linkedAt: SAMPLE_NOW.toISOString() }
  };
  const council: Body = { id: 'lierne', name: 'Kommunestyret i Lierne', kind: 'kommunestyre', municipalityId: 'lierne', members: [], meetings: [], report: 'overview' };
  const view = { network, bodies: [kdu, council], lead: DEFAULT_MEETING_LEAD, now: SAMPLE_NOW };
  const choices = {
    people: [ALEX, HOSTILE_PERSON].map((p) => ({ title: visible(p.name), value: `${p.tenantId}:${p.aadObjectId}` })),
    channels: [{ title: visible(HOSTILE), value: reference.conversationId }],
    collaborations: collaborations.slice(0, 20)
  };
  const url = 'https://sampuls.example/report/token.docx';
  return [
    sample('bodies for an admin', bodiesCard, { ...view, editable: true }, t),
    sample('bodies for a member', bodiesCard, { ...view, bodies: [], editable: false }, t),
    sample('body form', bodyFormCard, network, kdu, choices, t),
    sample('new body form', bodyFormCard, network, undefined, choices, t),
    sample('prepare status', prepareCard, { network, bodies: [kdu], meeting: '2026-12-10', collaboration: collaborations[1], cutoff: SAMPLE_NOW.toISOString(), lastReported: t.period({ cadence: 'tertial', year: 2026, index: 2 }) }, t),
    sample('meeting report', meetingReportCard, { body: kdu, meeting: '2026-12-10', cutoff: SAMPLE_NOW.toISOString(), url, expires: SAMPLE_NOW.toISOString(), agenda: 12 }, t)
  ];
}
