import { sample, type CardSample } from '../../core/module';
import { ALEX, DEMO_LEADERS } from '../../demo/people';
import { HOSTILE, HOSTILE_NAME, HOSTILE_PERSON, sampleData } from '../../cards/samples';
import { WORKSHOP_AREAS, type PrioritisationRound } from '../../domain/prioritisation';
import type { Catalogue } from '../../core/i18n/catalogue';
import { newRoundCard, roundResultCard, scoreCard } from './cards';

/** A round with the workshop's areas plus a hostile one, a hostile group that scored everything high, and a group still to score. */
export function sampleRound(): PrioritisationRound {
  const { network } = sampleData();
  const areas = [...WORKSHOP_AREAS, HOSTILE].map((name, i) => ({ id: `a${i}`, name }));
  const groups = [
    { id: 'g1', name: 'Formannskapet i Grong', representative: ALEX },
    { id: 'g2', name: HOSTILE_NAME, representative: HOSTILE_PERSON },
    { id: 'g3', name: 'Kommunedirektørenes ledergruppe', representative: DEMO_LEADERS[0] }
  ];
  const scores = (f: (i: number) => [number, number]) => Object.fromEntries(areas.map((a, i) => [a.id, { potential: f(i)[0], feasibility: f(i)[1] }]));
  return {
    id: 'r1', networkId: network.id, name: `Workshop ${HOSTILE}`, createdAt: '2026-01-26T09:00:00Z', createdBy: ALEX, areas, groups,
    submissions: [
      { groupId: 'g1', by: ALEX, submittedAt: '2026-01-26T10:00:00Z', scores: scores((i) => [10 - (i % 8), 3 + (i % 7)]) },
      { groupId: 'g2', by: HOSTILE_PERSON, submittedAt: '2026-01-26T10:05:00Z', scores: scores((i) => [8 + (i % 3), 10 - (i % 2)]) }
    ],
    adopted: { a0: 'rus-og-psykiatri' }
  };
}

export function prioritisationSamples(t: Catalogue): CardSample[] {
  const { network } = sampleData();
  const round = sampleRound();
  const view = { network, round, mayAdopt: true, collaborationNames: { 'rus-og-psykiatri': HOSTILE } };
  return [
    sample('round result for an admin', roundResultCard, view, t),
    sample('round result before any scores', roundResultCard, { ...view, round: { ...round, submissions: [], adopted: {} }, mayAdopt: false }, t),
    sample('score card', scoreCard, round, round.groups[1], t),
    sample('new round', newRoundCard, network, [ALEX, HOSTILE_PERSON, ...DEMO_LEADERS], [...WORKSHOP_AREAS, HOSTILE], t)
  ];
}
