import { sample, type CardSample } from '../../core/module';
import { chooseCollaborationCard } from '../../cards/choose';
import { HOSTILE_PERSON, SAMPLE_PERIOD, sampleData } from '../../cards/samples';
import type { Catalogue } from '../../core/i18n/catalogue';
import { channelSummaryCard, checkInCard, CHECKIN_OPEN, receiptCard } from './cards';

export function checkInSamples(t: Catalogue): CardSample[] {
  const { network, version, collaborations } = sampleData();
  const [first] = collaborations;
  const answers = first.status.latest[1].answers;
  const period = SAMPLE_PERIOD;
  return [
    sample('choose collaboration', chooseCollaborationCard, t.checkIn.choose, collaborations.slice(0, 8).map((c) => ({ collaboration: c, network })), { verb: CHECKIN_OPEN }, t),
    sample('check-in form', checkInCard, { network, collaboration: first, version, period }, t),
    sample('check-in form with errors', checkInCard, { network, collaboration: first, version, period, values: { risks: 'x'.repeat(100_000) }, errors: [{ key: 'overall', code: 'required' }, { key: 'hack', code: 'unknown' }] }, t),
    sample('receipt', receiptCard, { collaboration: first, version, period, answers, outcome: 'created', channelNote: t.checkIn.summarySent('Lønn') }, t),
    sample('channel summary', channelSummaryCard, { collaboration: collaborations[1], version, period, respondent: HOSTILE_PERSON, answers, outcome: 'updated' }, t)
  ];
}
