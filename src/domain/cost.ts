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

/** «1 000 000», «1.000.000», «250000 kr»: the amount is whatever number ends the message. */
const AMOUNT = /^(.*?)\s*(\d{1,3}(?:[ .\u00a0]\d{3})+|\d+)\s*(?:kr|kroner|nok)?\.?$/i;

/** What follows `kostnad`: a collaboration's name and an amount in kroner, either of them possibly missing. */
export function parseCostRequest(text: string | undefined): { name?: string; amount?: number } {
  const match = AMOUNT.exec(text ?? '');
  if (!match) return text ? { name: text } : {};
  const amount = Number(match[2].replace(/[ .\u00a0]/g, ''));
  return { ...(match[1] ? { name: match[1] } : {}), amount };
}
