import { agreementOf, everythingHigh, rankAreas, scoresFrom, type PrioritisationRound } from './prioritisation';

const person = (n: number) => ({ tenantId: 't', aadObjectId: `p${n}`, name: `Person ${n}` });
const round = (submissions: Record<string, Record<string, [number, number]>>): PrioritisationRound => ({
  id: 'r', networkId: 'in', name: 'Runde', createdAt: '2026-01-26T09:00:00Z', createdBy: person(0),
  areas: [{ id: 'rus', name: 'Rus og psykiatri' }, { id: 'naering', name: 'Næringsutvikling' }, { id: 'jordmor', name: 'Jordmor' }],
  groups: Object.keys(submissions).map((id, i) => ({ id, name: id, representative: person(i + 1) })),
  submissions: Object.entries(submissions).map(([groupId, scores]) => ({
    groupId, by: person(0), submittedAt: '2026-01-26T10:00:00Z',
    scores: Object.fromEntries(Object.entries(scores).map(([area, [potential, feasibility]]) => [area, { potential, feasibility }]))
  }))
});

describe('ranking by the mean of potential × feasibility (seed 000, ch. 5)', () => {
  // Worked by hand: rus (9×8=72, 8×7=56) → 64; næring (7×9=63, 9×9=81) → 72; jordmor (5×4=20, 6×6=36) → 28.
  const scored = round({ grong: { rus: [9, 8], naering: [7, 9], jordmor: [5, 4] }, lierne: { rus: [8, 7], naering: [9, 9], jordmor: [6, 6] } });

  it('ranks by the mean product, not by the product of the means', () => {
    const ranked = rankAreas(scored);
    expect(ranked.map((r) => [r.area.id, r.mean])).toEqual([['naering', 72], ['rus', 64], ['jordmor', 28]]);
    // The product of the mean scores would give næring 8 × 9 = 72 but rus 8.5 × 7.5 = 63.75.
    expect(ranked[1]).toMatchObject({ potential: 8.5, feasibility: 7.5, lowest: 56, highest: 72, groups: 2 });
  });

  it('measures agreement as the spread of the groups’ products', () => {
    const [naering, rus, jordmor] = rankAreas(scored);
    expect(naering.spread).toBe(9);
    expect(rus.spread).toBe(8);
    expect(jordmor.spread).toBe(8);
    expect(agreementOf(naering)).toBe('high');
    expect(agreementOf({ spread: 15, groups: 3 })).toBe('some');
    expect(agreementOf({ spread: 25, groups: 3 })).toBe('low');
    expect(agreementOf({ spread: 0, groups: 1 })).toBeUndefined();
  });

  it('keeps the admin’s order for equal means and leaves out areas nobody scored', () => {
    const tied = round({ grong: { rus: [6, 6], naering: [4, 9] } });
    expect(rankAreas(tied).map((r) => r.area.id)).toEqual(['rus', 'naering']);
    expect(rankAreas(round({}))).toEqual([]);
  });
});

describe('a group that scored everything high', () => {
  it('is flagged when every area got at least 8 on both scales, as one group did in the workshop', () => {
    const scored = round({
      generous: { rus: [10, 9], naering: [8, 8], jordmor: [9, 10] },
      careful: { rus: [9, 8], naering: [7, 9], jordmor: [5, 4] }
    });
    expect(everythingHigh(scored).map((g) => g.id)).toEqual(['generous']);
  });

  it('is not flagged for one low score or before it has scored', () => {
    expect(everythingHigh(round({ almost: { rus: [10, 9], naering: [8, 7], jordmor: [9, 10] } }))).toEqual([]);
  });
});

describe('scores from a card', () => {
  const areas = round({}).areas;
  const full = { 'potential.rus': '9', 'feasibility.rus': '8', 'potential.naering': 7, 'feasibility.naering': 9, 'potential.jordmor': '1', 'feasibility.jordmor': '10' };

  it('takes integers from 1 to 10 for every area', () => {
    expect(scoresFrom({ areas }, full)).toEqual({ ok: true, scores: { rus: { potential: 9, feasibility: 8 }, naering: { potential: 7, feasibility: 9 }, jordmor: { potential: 1, feasibility: 10 } } });
  });

  it.each([
    ['a score of 11', { 'potential.rus': '11' }, 'outOfRange'],
    ['a score of 0', { 'feasibility.jordmor': '0' }, 'outOfRange'],
    ['a fraction', { 'potential.rus': '7.5' }, 'outOfRange'],
    ['text', { 'potential.rus': 'høy' }, 'outOfRange'],
    ['an empty score', { 'potential.rus': '' }, 'missing'],
    ['an area not in the round', { 'potential.kino': '5' }, 'unknownArea']
  ])('refuses %s', (_name, change, problem) => {
    expect(scoresFrom({ areas }, { ...full, ...change })).toEqual({ ok: false, problem });
  });
});
