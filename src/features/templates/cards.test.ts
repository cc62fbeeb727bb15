// The package's ESM build does not load in Node; its UMD bundle does.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');
import type { CardElement } from '../../core/card';
import { currentVersion, fellesStatusmal } from '../../domain/template';
import { revise } from '../../domain/templateRevision';
import type { Collaboration, Network } from '../../domain/types';
import { checkInCard } from '../checkin/cards';
import { templateCard } from './cards';
import { templateForm } from './form';
import { catalogues } from '..';

const { nb: t } = catalogues;

const NOW = new Date('2026-11-25T10:00:00+01:00');
const network: Network = { id: 'indre-namdal', name: 'Indre Namdal', tenantIds: ['t'], municipalities: [] };
const long = 'I hvilken grad '.repeat(20).slice(0, 300);
const revised = revise(
  fellesStatusmal(network.id),
  { wording: {}, retire: [], add: { kind: 'text', label: long, short: 'x'.repeat(40), required: false } },
  NOW
);
if (!revised.ok) throw new Error('the sample revision is valid');
const card = templateCard({ network, template: revised.template, usedBy: 12, now: NOW }, t);

function inputs(body: unknown): CardElement[] {
  if (Array.isArray(body)) return body.flatMap(inputs);
  if (!body || typeof body !== 'object') return [];
  const element = body as CardElement;
  return [...(typeof element.type === 'string' && element.type.startsWith('Input.') ? [element] : []), ...Object.values(element).flatMap(inputs)];
}

describe('the template card', () => {
  it('is Adaptive Card 1.5 that the official parser reads without complaint, well under Teams’ size limit', () => {
    const context = new AC.SerializationContext();
    new AC.AdaptiveCard().parse(card, context);
    expect(context.eventCount).toBe(0);
    expect(Buffer.byteLength(JSON.stringify(card))).toBeLessThan(40 * 1024);
  });

  it('labels every input, explains the required ones and limits every text to what the server accepts', () => {
    for (const input of inputs(card.body)) {
      expect(typeof input.label === 'string' && input.label.length > 0).toBe(true);
      if (input.isRequired) expect(input.errorMessage).toEqual(expect.any(String));
      if (input.type === 'Input.Text') expect(input.maxLength).toEqual(expect.any(Number));
    }
  });

  it('tells the version in effect from the one to come', () => {
    const text = JSON.stringify(card);
    expect(text).toContain('Versjon 1 gjelder nå og brukes av 12 samarbeid.');
    expect(text).toContain('Versjon 2 er lagret og gjelder fra 1. desember 2026.');
  });

  it('sends what the form parses: its own inputs, unchanged, are a valid form', () => {
    const values = Object.fromEntries(inputs(card.body).map((i) => [i.id, i.value ?? '']));
    const { verb, ...save } = card.actions![0].data as Record<string, unknown>;
    expect(verb).toBe('template.save');
    const parsed = templateForm.safeParse({ ...save, ...values });
    expect(parsed.success).toBe(true);
    expect(parsed.data).toMatchObject({ networkId: 'indre-namdal', templateId: 'felles-statusmal', baseVersion: 2 });
    expect(parsed.data?.add).toBeUndefined();
  });
});

it('asks a yes/no question a network adds with a plain «Ja», keeping the decision question’s own wording', () => {
  const added = revise(fellesStatusmal(network.id), { wording: {}, retire: [], add: { kind: 'yesno', label: 'Er avtalen revidert?', short: 'Avtale', required: true } }, NOW);
  if (!added.ok) throw new Error('the sample revision is valid');
  const collaboration = { id: 'c', name: 'Lønn', networkId: network.id } as Collaboration;
  const form = checkInCard({ network, collaboration, version: currentVersion(added.template), period: '2026-M12' }, t);
  const toggles = inputs(form.body).filter((i) => i.type === 'Input.Toggle');
  expect(toggles.map((i) => [i.id, i.title])).toEqual([['decisionNeeded', t.checkIn.decisionToggle], ['avtale', t.yes]]);
});
