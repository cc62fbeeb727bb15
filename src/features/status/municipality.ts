import { card, heading, largestFitting, plain, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import { colourChip, openingRow, periodName } from '../../cards/answers';
import { municipalityPart } from '../../domain/benefits';
import { flagsOf } from '../../domain/flags';
import { sameName } from '../../domain/matching';
import type { Collaboration, Municipality, Network } from '../../domain/types';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { NetworkContents } from '../../core/store';
import { sharesOf } from '../cost/cost';
import { notFittingLine, STATUS_SHOW } from './cards';

export interface Place {
  network: Network;
  municipality: Municipality;
}

/** Municipality names are exact and few, so «status Lierne» (or «status lierne») is matched exactly, before collaborations. */
export function findMunicipality(scope: NetworkContents, name: string): Place | undefined {
  for (const network of scope.networks) {
    const municipality = network.municipalities.find((m) => sameName(m.name, name));
    if (municipality) return { network, municipality };
  }
  return undefined;
}

/** A percentage share under the key: the split of a round million, so rounding stays invisible. */
function sharePercent(collaboration: Collaboration, place: Place): number {
  const share = sharesOf(collaboration, place.network, 1_000_000).find((s) => s.municipality.id === place.municipality.id);
  return (share?.share.kroner ?? 0) / 10_000;
}

function line(collaboration: Collaboration, place: Place, now: Date, t: Catalogue): CardElement {
  const latest = collaboration.status.periods[0];
  const flags = flagsOf(collaboration, now);
  const part = municipalityPart(collaboration, place.municipality.id);
  const notes = [
    latest ? t.status.last(periodName(latest.period, t)) : t.status.never,
    ...(flags.overdue ? [t.status.overdue] : []),
    ...(flags.decisionNeeded ? [t.status.decision] : []),
    ...(part ? [t.benefits.municipalityLine(t.cost.kroner(part.realised), t.cost.kroner(part.planned))] : [])
  ];
  return {
    type: 'Container',
    spacing: 'Small',
    items: [
      openingRow(
        [colourChip(latest?.overall), { type: 'Column', width: 'stretch', verticalContentAlignment: 'Center', items: [textBlock(`${plain(collaboration.name)}${latest ? ` – ${t.colour[latest.overall]}` : ''}`, { weight: 'Bolder' })] }],
        t.status.open,
        { verb: STATUS_SHOW, networkId: place.network.id, collaborationId: collaboration.id }
      ),
      {
        type: 'ColumnSet',
        spacing: 'Small',
        columns: [
          { type: 'Column', width: 'stretch', items: [textBlock(notes.join(' · '), { size: 'Small', isSubtle: true })] },
          { type: 'Column', width: 'auto', items: [textBlock(t.cost.share(sharePercent(collaboration, place)), { weight: 'Bolder' })] }
        ]
      }
    ]
  };
}

/**
 * «status Lierne»: the collaborations one municipality takes part in, with its share of each. A
 * municipality in more than one card can hold (Teams' limit) gets as many as fit and a line saying so.
 */
export function municipalityCard(place: Place, collaborations: Collaboration[], now: Date, t: Catalogue): AdaptiveCard {
  const own = collaborations
    .filter((c) => c.networkId === place.network.id && c.participantIds.includes(place.municipality.id))
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const framed = (rows: CardElement[]) => card([
    heading(t.municipality.title(plain(place.municipality.name))),
    textBlock(own.length ? t.municipality.subtitle(own.length) : t.municipality.none(plain(place.municipality.name)), { isSubtle: true, spacing: 'None' }),
    ...rows
  ]);
  const lines = own.map((c) => line(c, place, now, t));
  return largestFitting(lines.length, (n) => framed([...lines.slice(0, n), ...notFittingLine(lines.length - n, t)]));
}
