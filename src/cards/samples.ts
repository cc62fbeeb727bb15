import { demoCheckIns } from '../demo/history';
import { ALEX, DEMO_LEADERS } from '../demo/people';
import { shiftPeriod } from '../domain/period';
import { buildStatus } from '../domain/status';
import { currentVersion, fellesStatusmal, type TemplateVersion } from '../domain/template';
import type { Collaboration, Network, Person } from '../domain/types';

/**
 * Shared data for the modules' card samples (FeatureModule.cardSamples): a network with years of
 * demo history, sized like a large one, and outside text that tries to become a link or an image.
 */
export const SAMPLE_NOW = new Date('2026-11-25T10:00:00+01:00');
export const SAMPLE_PERIOD = '2026-M11';
export const HOSTILE = 'Se [denne lenken](https://evil.example) og ![bilde](https://evil.example/p.png) og **rop**';
/** A display name from Teams or a name an admin typed: outside text too. */
/** A display name, channel or team name as Teams may hand it over: links, an autolink, a reversed file name, hidden characters. */
export const HOSTILE_NAME = '[Megan – klikk](https://evil.example/m) <https://evil.example/a> www.evil.example \u202Eexe.gnp\u202C Be\u200Brit\u2066';
export const HOSTILE_PERSON: Person = { ...ALEX, aadObjectId: 'hostile', name: HOSTILE_NAME };

export interface SampleData {
  network: Network;
  version: TemplateVersion;
  /** 50 collaborations with five years of monthly check-ins; the second is named by HOSTILE. */
  collaborations: Collaboration[];
}

function collaboration(network: Network, version: TemplateVersion, i: number): Collaboration {
  const base = {
    id: `c${i}`, networkId: network.id, name: i === 1 ? HOSTILE : `Samarbeid nummer ${i} – ${'lønn og regnskap '.repeat(2)}`, aliases: [], sector: 'økonomi',
    legalForm: 'administrativt vertskommunesamarbeid' as const, participantIds: ['grong', 'lierne'], leaders: [ALEX, HOSTILE_PERSON], cadence: 'monthly' as const,
    templateId: 'felles-statusmal', reportingSince: '2021-01-01'
  };
  const periods = Array.from({ length: 60 }, (_, p) => shiftPeriod(SAMPLE_PERIOD, -p)).reverse();
  const checkIns = demoCheckIns(base, [ALEX, DEMO_LEADERS[0]], periods, version);
  checkIns.at(-1)!.answers.risks = HOSTILE;
  return { ...base, status: buildStatus(checkIns) };
}

let data: SampleData | undefined;

/** Built once, on first use: the history takes a moment and only the card checks need it. */
export function sampleData(): SampleData {
  if (data) return data;
  const network: Network = {
    id: 'indre-namdal', name: 'Indre Namdal', tenantIds: [ALEX.tenantId],
    municipalities: [
      { id: 'grong', name: 'Grong', number: '5045', population: 2400 },
      { id: 'lierne', name: HOSTILE, number: '5042', population: 1300 }
    ]
  };
  const version = currentVersion(fellesStatusmal(network.id));
  data = { network, version, collaborations: Array.from({ length: 50 }, (_, i) => collaboration(network, version, i)) };
  return data;
}
