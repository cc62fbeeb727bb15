/**
 * How a collaboration's cost is shared: a fixed part split equally between the participants and
 * the rest by population. The Indre Namdal handbook's default is 20 % / 80 % (DOMAIN.md).
 */
export interface CostKey {
  /** Share (0–1) split equally; the rest follows population. */
  fixedShare: number;
}

export const DEFAULT_COST_KEY: CostKey = { fixedShare: 0.2 };

export interface CostShare {
  municipalityId: string;
  /** Whole kroner; the shares add up to the amount exactly. */
  kroner: number;
  fixedPart: number;
  populationPart: number;
}

interface Participant {
  id: string;
  population: number;
}

function check(amount: number, participants: Participant[], key: CostKey): void {
  if (!Number.isInteger(amount) || amount < 0) throw new RangeError(`The amount must be whole, non-negative kroner: ${amount}`);
  if (participants.length === 0) throw new RangeError('A cost needs at least one participant to be split between');
  if (!(key.fixedShare >= 0 && key.fixedShare <= 1)) throw new RangeError(`The fixed share must be between 0 and 1: ${key.fixedShare}`);
  if (participants.some((p) => !Number.isInteger(p.population) || p.population < 0)) {
    throw new RangeError('Populations must be whole, non-negative numbers');
  }
  if (key.fixedShare < 1 && participants.every((p) => p.population === 0)) {
    throw new RangeError('A population share cannot be split when nobody has a population');
  }
}

/**
 * Splits an amount by the key. Shares are rounded with the largest-remainder method so they add
 * up to the invoice to the krone; ties go to the larger population, then the id, so the same
 * input always gives the same split.
 */
export function splitCost(amountKroner: number, participants: Participant[], key: CostKey = DEFAULT_COST_KEY): CostShare[] {
  check(amountKroner, participants, key);
  const population = participants.reduce((sum, p) => sum + p.population, 0);
  const exact = participants.map((p) => {
    const fixedPart = (amountKroner * key.fixedShare) / participants.length;
    const populationPart = population === 0 ? 0 : (amountKroner * (1 - key.fixedShare) * p.population) / population;
    return { participant: p, fixedPart, populationPart, total: fixedPart + populationPart };
  });
  let left = amountKroner - exact.reduce((sum, e) => sum + Math.floor(e.total), 0);
  const extra = new Set(
    [...exact]
      .sort(
        (a, b) =>
          b.total - Math.floor(b.total) - (a.total - Math.floor(a.total)) ||
          b.participant.population - a.participant.population ||
          a.participant.id.localeCompare(b.participant.id)
      )
      .filter(() => left-- > 0)
      .map((e) => e.participant.id)
  );
  return exact.map((e) => ({
    municipalityId: e.participant.id,
    kroner: Math.floor(e.total) + (extra.has(e.participant.id) ? 1 : 0),
    fixedPart: e.fixedPart,
    populationPart: e.populationPart
  }));
}

/** Words for a multiple, as finance people write them after the number: «1,5 mill», «2 mrd». */
const SCALES: Record<string, number> = {
  milliarder: 1e9,
  milliard: 1e9,
  mrd: 1e9,
  bn: 1e9,
  millioner: 1e6,
  millions: 1e6,
  million: 1e6,
  mill: 1e6,
  mln: 1e6,
  m: 1e6,
  tusen: 1e3,
  thousand: 1e3,
  k: 1e3
};

/**
 * The amount that ends the message: «1 000 000», «1.500.000», «1,500,000», «1 500 000 kr»,
 * «750 000,-», «kr 250000», «1,5 mill.», «2,5 millioner», «2 mrd». A comma (or a point not
 * followed by a group of three) is a decimal mark, which only gives whole kroner before a multiple.
 */
const AMOUNT = new RegExp(
  String.raw`^(.*?)\s*(?:(?:kr|nok)\.?\s*)?` +
    String.raw`(\d{1,3}(?:[ .\u00a0\u202f]\d{3})+|\d{1,3}(?:,\d{3}){2,}|\d+)(?:[,.](\d+))?` +
    String.raw`\s*(${Object.keys(SCALES).join('|')})?\.?\s*(?:kr\.?|kroner|nok|,-|,–)?\.?$`,
  'iu'
);

/**
 * Whole kroner from the digits, the decimals and the multiple, counted in integers so «1,1 mill»
 * is 1 100 000 and not 1 100 000.0000000002. Undefined for anything else («1,5 kr», «1,2345678 mill»).
 */
function kroner(whole: string, decimals: string, scale: number): number | undefined {
  const integer = Number(whole.replace(/[^\d]/g, ''));
  const fraction = decimals.replace(/0+$/, '');
  const unit = 10 ** fraction.length;
  if (fraction.length > 9 || scale % unit !== 0) return undefined;
  const amount = integer * scale + Number(fraction || '0') * (scale / unit);
  return Number.isSafeInteger(amount) ? amount : undefined;
}

/**
 * What follows `kostnad`: a collaboration's name and an amount in kroner, either of them possibly
 * missing. An amount that is not whole kroner is left out, so the person is asked for one again.
 */
export function parseCostRequest(text: string | undefined): { name?: string; amount?: number } {
  const trimmed = text?.trim() ?? '';
  const match = AMOUNT.exec(trimmed);
  if (!match) return trimmed ? { name: trimmed } : {};
  const name = match[1] ? { name: match[1] } : {};
  const amount = kroner(match[2], match[3] ?? '', match[4] ? SCALES[match[4].toLowerCase()] : 1);
  return amount === undefined ? name : { ...name, amount };
}
