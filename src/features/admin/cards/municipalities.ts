import { whole } from '../../../core/i18n/format';
import { card, heading, plain, submitButton, textBlock, type AdaptiveCard, type CardElement } from '../../../core/card';
import { numberInput, textInput } from '../../../cards/inputs';
import { visible } from '../../../domain/text';
import type { Municipality, Network } from '../../../domain/types';
import type { Catalogue } from '../../../core/i18n/catalogue';
import { ADMIN_MUNICIPALITY_REMOVE, ADMIN_MUNICIPALITY_SAVE, ADMIN_OPEN } from './verbs';

/** A line in a list with its own button on the right: how the admin lists offer «Endre» and «Fjern». */
export function rowWithButton(title: string, subtitle: string, button: { title: string; data: Record<string, unknown> }): CardElement {
  return {
    type: 'ColumnSet',
    spacing: 'Medium',
    columns: [
      { type: 'Column', width: 'stretch', items: [textBlock(plain(title), { weight: 'Bolder' }), textBlock(subtitle, { isSubtle: true, spacing: 'None' })] },
      { type: 'Column', width: 'auto', verticalContentAlignment: 'Center', items: [{ type: 'ActionSet', actions: [submitButton(button.title, button.data)] }] }
    ]
  };
}

export function municipalitiesCard(network: Network, t: Catalogue): AdaptiveCard {
  const sorted = [...network.municipalities].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  return card(
    [
      heading(t.admin.municipalitiesTitle(plain(network.name))),
      ...(sorted.length ? [] : [textBlock(t.admin.noMunicipalities)]),
      ...sorted.map((m) =>
        rowWithButton(m.name, t.admin.municipalityLine(m.number, whole(t.locale, m.population)), {
          title: t.admin.edit(visible(m.name)),
          data: { verb: ADMIN_OPEN, networkId: network.id, section: 'municipality', itemId: m.id }
        })
      )
    ],
    [submitButton(t.admin.addMunicipality, { verb: ADMIN_OPEN, networkId: network.id, section: 'municipality' })]
  );
}

/** Adds a municipality (none given) or edits one; an existing one can be removed from here too. */
export function municipalityFormCard(network: Network, municipality: Municipality | undefined, t: Catalogue): AdaptiveCard {
  const ids = { networkId: network.id, ...(municipality ? { municipalityId: municipality.id } : {}) };
  return card(
    [
      heading(t.admin.municipalityTitle(municipality && plain(municipality.name))),
      textInput('name', t.admin.nameLabel, municipality?.name ?? '', { maxLength: 200, required: true, errorMessage: t.admin.required }),
      textInput('number', t.admin.numberLabel, municipality?.number ?? '', { maxLength: 10, required: true, errorMessage: t.admin.required, placeholder: '5045' }),
      numberInput('population', t.admin.populationLabel, municipality?.population, { min: 0, max: 10_000_000, required: true, errorMessage: t.admin.required })
    ],
    [
      submitButton(t.admin.save, { verb: ADMIN_MUNICIPALITY_SAVE, ...ids }, 'positive'),
      ...(municipality ? [submitButton(t.admin.removeMunicipality, { verb: ADMIN_MUNICIPALITY_REMOVE, ...ids })] : [])
    ]
  );
}
