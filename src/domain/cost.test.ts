import { DEFAULT_COST_KEY, parseCostRequest, splitCost } from './cost';

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

  it('hand-checks Solør at 20/80: the two largest remainders get the two leftover kroner', () => {
    // Fixed 66 666.67 each; by population 800 000 × 3600|7100|4500 / 15 200.
    // Exact: Våler 256 140.35, Åsnes 440 350.88, Grue 303 508.77 → floors leave 2 kr for Åsnes and Grue.
    expect(splitCost(1_000_000, SOLOR).map((s) => [s.municipalityId, s.kroner])).toEqual([
      ['valer', 256140],
      ['asnes', 440351],
      ['grue', 303509]
    ]);
    // 7 kr in Indre Namdal: exact 0.86, 1.83, 1.29, 3.02 → the 2 leftover kroner go to Røyrvik and Lierne.
    expect(splitCost(7, INDRE_NAMDAL).map((s) => s.kroner)).toEqual([1, 2, 1, 3]);
  });

  it('breaks ties by larger population, then id, whatever the input order', () => {
    // 10 kr equally between three: 3.33 each, the one leftover krone goes to Åsnes (largest).
    expect(splitCost(10, SOLOR, { fixedShare: 1 }).map((s) => s.kroner)).toEqual([3, 4, 3]);
    const twins = [
      { id: 'b', population: 1000 },
      { id: 'a', population: 1000 }
    ];
    expect(splitCost(1, twins).map((s) => [s.municipalityId, s.kroner])).toEqual([
      ['b', 0],
      ['a', 1]
    ]);
    const byId = (shares: { municipalityId: string; kroner: number }[]) => Object.fromEntries(shares.map((s) => [s.municipalityId, s.kroner]));
    for (const amount of [1, 7, 999_999]) {
      expect(byId(splitCost(amount, [...INDRE_NAMDAL].reverse()))).toEqual(byId(splitCost(amount, INDRE_NAMDAL)));
    }
  });

  it('refuses what cannot be split', () => {
    expect(() => splitCost(10.5, SOLOR)).toThrow(RangeError);
    expect(() => splitCost(-1, SOLOR)).toThrow(RangeError);
    expect(() => splitCost(10, [])).toThrow(RangeError);
    expect(() => splitCost(10, SOLOR, { fixedShare: 1.2 })).toThrow(RangeError);
    expect(() => splitCost(10, SOLOR, { fixedShare: -0.1 })).toThrow(RangeError);
    expect(() => splitCost(10, SOLOR, { fixedShare: Number.NaN })).toThrow(RangeError);
    expect(() => splitCost(10, [{ id: 'x', population: 460.5 }])).toThrow(RangeError);
    expect(() => splitCost(10, [{ id: 'x', population: -3 }])).toThrow(RangeError);
    expect(() => splitCost(10, [{ id: 'x', population: 0 }])).toThrow(RangeError);
    expect(splitCost(10, [{ id: 'x', population: 0 }], { fixedShare: 1 })[0].kroner).toBe(10);
  });
});

describe('parseCostRequest: amounts as finance people write them', () => {
  it.each([
    ['lønn 1,5 mill', 1_500_000],
    ['lønn 1,5 mill.', 1_500_000],
    ['lønn 2,5 millioner', 2_500_000],
    ['lønn 1 500 000 kr', 1_500_000],
    ['lønn 1.500.000', 1_500_000],
    ['lønn 750 000,-', 750_000],
    ['lønn 2 mrd', 2_000_000_000],
    ['lønn 2 milliarder', 2_000_000_000],
    ['lønn 1,1 mill', 1_100_000],
    ['lønn 1.5 million', 1_500_000],
    ['lønn 1,500,000', 1_500_000],
    ['lønn 1 500 000,00 kr', 1_500_000],
    ['lønn kr 250000', 250_000],
    ['lønn 1\u00a0500\u00a0000 NOK', 1_500_000],
    ['lønn 3 MILL', 3_000_000],
    ['lønn 1 000 000', 1_000_000]
  ])('reads «%s» as %i kr', (text, amount) => {
    expect(parseCostRequest(text)).toEqual({ name: 'lønn', amount });
  });

  it('keeps a name of several words, and an amount without a name', () => {
    expect(parseCostRequest('Lønn IN 2,5 mill')).toEqual({ name: 'Lønn IN', amount: 2_500_000 });
    expect(parseCostRequest('1,5 mill')).toEqual({ amount: 1_500_000 });
  });

  it.each(['lønn 1,5', 'lønn 1,5 kr', 'lønn 1 500 000,50', 'lønn 1,2345678 mill', 'lønn 99999999999 mrd'])(
    'leaves out «%s», which is not whole kroner, so the person is asked for the amount again',
    (text) => {
      expect(parseCostRequest(text)).toEqual({ name: 'lønn' });
    }
  );

  it('takes words that are not an amount as the name', () => {
    expect(parseCostRequest('lønn en million')).toEqual({ name: 'lønn en million' });
    expect(parseCostRequest('lønn')).toEqual({ name: 'lønn' });
    expect(parseCostRequest(undefined)).toEqual({});
  });
});
