import { sample, type CardSample } from '../../core/module';
import { HOSTILE, SAMPLE_NOW, sampleData } from '../../cards/samples';
import type { Catalogue } from '../../core/i18n/catalogue';
import { detailCard, networkOverviewCard } from './cards';
import { municipalityCard } from './municipality';
import { chooseNamedCard, questionCard, trendCard } from './questionCards';

export function statusSamples(t: Catalogue): CardSample[] {
  const { network, version, collaborations } = sampleData();
  return [
    sample('status overview of 50 collaborations', networkOverviewCard, network, collaborations, SAMPLE_NOW, t),
    sample('collaboration status', detailCard, network, collaborations[0], version, t, '2026-11-25'),
    sample('status of a collaboration with an outside name', detailCard, network, collaborations[1], version, t, '2026-11-25'),
    sample('question: what is red', questionCard, 'red', collaborations.slice(0, 20).map((c) => ({ collaboration: c, network, texts: [HOSTILE, 'Bemanning'] })), t),
    sample('question: who has not checked in', questionCard, 'overdue', collaborations.slice(0, 20).map((c) => ({ collaboration: c, network, texts: [t.questions.ledBy(HOSTILE), t.status.never] })), t),
    sample('which of the places a sentence named', chooseNamedCard, t.questions.which, network.municipalities.map((m) => `${t.help.commandStatus} ${m.name}`)),
    sample('municipality', municipalityCard, { network, municipality: network.municipalities[0] }, collaborations, SAMPLE_NOW, t),
    sample('municipality with an outside name', municipalityCard, { network, municipality: network.municipalities[1] }, collaborations, SAMPLE_NOW, t),
    sample('trend of one dimension', trendCard, 'Tillit', collaborations.map((c) => ({ collaboration: c, network, now: c.status.periods[0].means.trust, previous: c.status.periods[1].means.trust })), t)
  ];
}
