import { catalogues } from '..';
import { sampleData } from '../../cards/samples';
import { samplePlan } from './samples';
import { benefitSheet } from './sheet';

const t = catalogues.nb;

describe('the export’s benefits sheet', () => {
  it('has a row per benefit and reported period, with the plan on every row', () => {
    const { network, collaborations } = sampleData();
    const planned = { ...collaborations[0], benefits: samplePlan(2, 1) };
    const empty = { ...collaborations[2], benefits: { benefits: [{ ...samplePlan(1, 1).benefits[0], realised: [] }], years: [] } };
    const sheet = benefitSheet({ networks: [network], collaborations: [planned, empty, collaborations[3]], checkIns: [], questions: [] }, t);
    expect(sheet[0]).toEqual(['Nettverk', 'Samarbeid', 'Type', 'Indikator', 'Utgangspunkt', 'Mål', 'Frist', 'Gevinsteier', 'Periode', 'Verdi', 'Farge', 'Kommentar']);
    expect(sheet).toHaveLength(1 + 2 * 12 + 1);
    expect(sheet[1]).toEqual(['Indre Namdal', planned.name, 'Økonomisk', 'Gevinst nummer 1: sparte kroner per år', 0, 1_200_000, '2027-12-31', 'Alex Wilber', '2025-M12', 110_000, '', '']);
    expect(sheet.at(-2)![10]).toBe('Rød');
    expect(sheet.at(-1)!.slice(8)).toEqual(['', '', '', '']);
  });
});
