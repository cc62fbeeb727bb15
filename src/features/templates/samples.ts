import { sample, type CardSample } from '../../core/module';
import { HOSTILE, HOSTILE_NAME, SAMPLE_NOW, sampleData } from '../../cards/samples';
import { withNetworkPicker } from '../../cards/networkPicker';
import { fellesStatusmal } from '../../domain/template';
import { LABEL_MAX_LENGTH, revise } from '../../domain/templateRevision';
import type { Catalogue } from '../../core/i18n/catalogue';
import { TEMPLATE_NETWORK, templateCard } from './cards';

export function templateSamples(t: Catalogue): CardSample[] {
  const { network } = sampleData();
  const template = fellesStatusmal(network.id);
  // An admin's own question, as long as allowed and trying to become a link, pending from the next period.
  const label = `${HOSTILE} ${'I hvilken grad '.repeat(30)}`.slice(0, LABEL_MAX_LENGTH);
  const revised = revise(template, { wording: {}, retire: [], add: { kind: 'text', label, short: 'Lenke', required: false } }, SAMPLE_NOW);
  if (!revised.ok) throw new Error('the sample revision is valid');
  return [
    sample('template', templateCard, { network, template, usedBy: 50, now: SAMPLE_NOW }, t),
    sample('template with a pending revision', templateCard, { network, template: revised.template, usedBy: 50, now: SAMPLE_NOW }, t),
    sample('template with a choice of network', withNetworkPicker, templateCard({ network, template, usedBy: 3, now: SAMPLE_NOW }, t), [network, { ...network, id: 'other', name: HOSTILE_NAME }], network, TEMPLATE_NETWORK, t)
  ];
}
