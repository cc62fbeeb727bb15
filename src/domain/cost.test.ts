import { DEFAULT_COST_KEY, splitCost } from './cost';

const INDRE_NAMDAL = [
  { id: 'royrvik', population: 460 },
  { id: 'lierne', population: 1330 },
  { id: 'namsskogan', population: 840 },
  { id: 'grong', population: 2400 }
];
const SOLOR = [
  { id: 'valer', population: 3600 },
  { id: 'asnes', population: 7100 },
  { id: 'grue', population: 4500 }
];
const total = (shares: { kroner: number }[]) => shares.reduce((sum, s) => sum + s.kroner, 0);

describe('splitCost', () => {
  it('follows the 20/80 handbook key: a fifth equally, the rest by population', () => {
    const shares = splitCost(1_000_000, INDRE_NAMDAL);
    expect(DEFAULT_COST_KEY.fixedShare).toBe(0.2);
    // Røyrvik: 200 000 / 4 + 800 000 × 460 / 5030 = 50 000 + 73 161.03
    expect(shares.find((s) => s.municipalityId === 'royrvik')).toMatchObject({ kroner: 123161, fixedPart: 50000 });
    expect(shares.find((s) => s.municipalityId === 'grong')?.kroner).toBe(431710);
  });

  it.each([1, 7, 999_999, 1_000_000, 12_345_678])('adds up to exactly %i kr', (amount) => {
    expect(total(splitCost(amount, INDRE_NAMDAL))).toBe(amount);
    expect(total(splitCost(amount, SOLOR, { fixedShare: 0.35 }))).toBe(amount);
  });

  it('splits equally with a fixed share of 1 and purely by population with 0', () => {
    expect(splitCost(300, SOLOR, { fixedShare: 1 }).map((s) => s.kroner)).toEqual([100, 100, 100]);
    expect(splitCost(15_200, SOLOR, { fixedShare: 0 }).map((s) => s.kroner)).toEqual([3600, 7100, 4500]);
  });

  it('gives a single participant everything, and the same split every time', () => {
    expect(splitCost(4711, [{ id: 'fauske', population: 9800 }])).toEqual([{ municipalityId: 'fauske', kroner: 4711, fixedPart: 942.2, populationPart: 3768.8 }]);
    expect(splitCost(7, INDRE_NAMDAL)).toEqual(splitCost(7, [...INDRE_NAMDAL]));
  });

  it('refuses what cannot be split', () => {
    expect(() => splitCost(10.5, SOLOR)).toThrow(RangeError);
    expect(() => splitCost(-1, SOLOR)).toThrow(RangeError);
    expect(() => splitCost(10, [])).toThrow(RangeError);
    expect(() => splitCost(10, SOLOR, { fixedShare: 1.2 })).toThrow(RangeError);
    expect(() => splitCost(10, [{ id: 'x', population: -3 }])).toThrow(RangeError);
    expect(() => splitCost(10, [{ id: 'x', population: 0 }])).toThrow(RangeError);
    expect(splitCost(10, [{ id: 'x', population: 0 }], { fixedShare: 1 })[0].kroner).toBe(10);
  });
});
