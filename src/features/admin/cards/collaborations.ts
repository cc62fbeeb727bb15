import { REASON_MAX_LENGTH } from '../../../domain/checklist';
import { card, heading, plain, submitButton, textBlock, type AdaptiveCard } from '../../../core/card';
import { choiceInput, numberInput, textInput } from '../../../cards/inputs';
import { visible } from '../../../domain/text';
import { CADENCES, LEGAL_FORMS, PHASES, type Collaboration, type Network } from '../../../domain/types';
import type { Catalogue } from '../../../core/i18n/catalogue';
import { rowWithButton } from './municipalities';
import { ADMIN_COLLABORATION_SAVE, ADMIN_OPEN } from './verbs';

export const phaseOf = (collaboration: Collaboration) => collaboration.phase ?? 'drift';

export function collaborationsCard(network: Network, collaborations: Collaboration[], t: Catalogue): AdaptiveCard {
  const sorted = [...collaborations].sort((a, b) => a.name.localeCompare(b.name, 'nb'));
  const leaders = (c: Collaboration) => (c.leaders.length ? plain(t.list(c.leaders.map((l) => l.name))) : t.admin.noLeaders);
  return card(
    [
      heading(t.admin.collaborationsTitle(plain(network.name))),
      ...(sorted.length ? [] : [textBlock(network.municipalities.length ? t.admin.noCollaborations : t.admin.needsMunicipalities)]),
      ...sorted.map((c) =>
        rowWithButton(c.name, t.admin.collaborationLine(t.admin.phase[phaseOf(c)], leaders(c)), {
          title: t.admin.edit(visible(c.name)),
          data: { verb: ADMIN_OPEN, networkId: network.id, section: 'collaboration', itemId: c.id }
        })
      )
    ],
    network.municipalities.length ? [submitButton(t.admin.addCollaboration, { verb: ADMIN_OPEN, networkId: network.id, section: 'collaboration' })] : []
  );
}

/** Creates a collaboration (none given) or edits its definition; leaders are given as roles. */
export function collaborationFormCard(network: Network, collaboration: Collaboration | undefined, t: Catalogue): AdaptiveCard {
  const municipalities = [...network.municipalities]
    .sort((a, b) => a.name.localeCompare(b.name, 'nb'))
    .map((m) => ({ title: m.name, value: m.id }));
  const required = { required: true, errorMessage: t.admin.required };
  const share = collaboration?.costKey?.fixedShare;
  return card(
    [
      heading(t.admin.collaborationTitle(collaboration && plain(collaboration.name))),
      textInput('name', t.admin.nameLabel, collaboration?.name ?? '', { maxLength: 200, ...required }),
      textInput('aliases', t.admin.aliasesLabel, collaboration?.aliases.join(', ') ?? '', { maxLength: 1000 }),
      textInput('sector', t.admin.sectorLabel, collaboration?.sector ?? '', { maxLength: 200 }),
      choiceInput('phase', t.admin.phaseLabel, PHASES.map((p) => ({ title: t.admin.phase[p], value: p })), collaboration ? phaseOf(collaboration) : 'idé', required),
      // The checklist's rule: leaving a phase with open items needs a reason, which goes to the log.
      ...(collaboration?.checklist ? [textInput('phaseReason', t.checklist.reasonInput, '', { maxLength: REASON_MAX_LENGTH, multiline: true })] : []),
      choiceInput('legalForm', t.admin.legalFormLabel, LEGAL_FORMS.map((f) => ({ title: f, value: f })), collaboration?.legalForm, required),
      choiceInput('participants', t.admin.participantsLabel, municipalities, collaboration?.participantIds, { ...required, multiple: true }),
      choiceInput('host', t.admin.hostLabel, [{ title: t.admin.noHost, value: '' }, ...municipalities], collaboration?.hostMunicipalityId ?? ''),
      choiceInput('cadence', t.admin.cadenceLabel, CADENCES.map((c) => ({ title: t.admin.cadence[c], value: c })), collaboration?.cadence ?? 'tertial', required),
      numberInput('fixedSharePercent', t.admin.fixedShareLabel, share === undefined ? undefined : Math.round(share * 100), { min: 0, max: 100 }),
      textInput('goals', t.admin.goalsLabel, (collaboration?.goals ?? []).join('\n'), { maxLength: 4000, multiline: true })
    ],
    [submitButton(t.admin.save, { verb: ADMIN_COLLABORATION_SAVE, networkId: network.id, ...(collaboration ? { collaborationId: collaboration.id } : {}) }, 'positive')]
  );
}
