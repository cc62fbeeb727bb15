import { card, heading, plain, submitButton, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import type { Catalogue } from '../../core/i18n/catalogue';
import { choiceInput, textInput, toggleInput } from '../../cards/inputs';
import {
  currentPhase,
  ITEM_STATES,
  missingAnchoring,
  nextPhase,
  POINT_LABEL_MAX_LENGTH,
  progressOf,
  REASON_MAX_LENGTH,
  REFERENCE_MAX_LENGTH,
  type ChecklistItem,
  type ChecklistTemplateVersion,
  type CollaborationChecklist
} from '../../domain/checklist';
import { userKey } from '../../domain/roles';
import { visible } from '../../domain/text';
import { PHASES, type Collaboration, type Network, type Person } from '../../domain/types';

export const CHECKLIST_OPEN = 'checklist.open';
export const CHECKLIST_ITEM = 'checklist.item';
export const CHECKLIST_SAVE = 'checklist.save';
export const CHECKLIST_MOVE = 'checklist.move';

export interface ChecklistView {
  network: Network;
  collaboration: Collaboration;
  checklist: CollaborationChecklist;
  /** ISO date, to mark items past their due date. */
  today: string;
  /** The items this person may open: all for leaders and admins, their own municipality's for a kommunedirektør. */
  editable: ChecklistItem[];
  /** Leaders and admins may move the collaboration to its next phase. */
  mayMove: boolean;
}

const municipalityName = (network: Network, id: string | undefined) => (id ? network.municipalities.find((m) => m.id === id)?.name ?? id : undefined);

/** An item's label with its municipality, as typed by admins: outside text. */
export function itemName(network: Network, item: ChecklistItem): string {
  const municipality = municipalityName(network, item.municipalityId);
  return municipality ? `${item.label} – ${municipality}` : item.label;
}

function itemLine(view: ChecklistView, item: ChecklistItem, t: Catalogue): CardElement {
  const late = item.due !== undefined && item.due < view.today && (item.state === 'notStarted' || item.state === 'inProgress');
  const parts = [
    `**${t.checklist.state[item.state]}** · ${plain(itemName(view.network, item))}`,
    ...(item.owner ? [t.checklist.owner(plain(item.owner.name))] : []),
    ...(item.due ? [(late ? t.checklist.overdue : t.checklist.due)(t.date(item.due))] : []),
    ...(item.reference ? [t.checklist.reference(plain(item.reference))] : [])
  ];
  return textBlock(parts.join(' · '), { spacing: 'Small', ...(late ? { color: 'attention' } : item.state === 'done' ? { isSubtle: true } : {}) });
}

/** `sjekkliste <samarbeid>`: every phase's items with their state, and what this person may do with them. */
export function checklistCard(view: ChecklistView, t: Catalogue): AdaptiveCard {
  const { network, collaboration, checklist } = view;
  const phase = currentPhase(collaboration);
  const all = progressOf(checklist.items);
  const next = nextPhase(phase);
  const target = { networkId: network.id, collaborationId: collaboration.id };
  const phases = PHASES.filter((p) => checklist.items.some((i) => i.phase === p)).flatMap((p) => {
    const items = checklist.items.filter((i) => i.phase === p);
    const { done, total } = progressOf(items);
    const title = t.checklist.phaseHeading(t.admin.phase[p], done, total) + (p === phase ? ` · ${t.checklist.currentPhase}` : '');
    return [textBlock(title, { weight: 'Bolder', size: 'Medium', spacing: 'Large', ...(p === phase ? { color: 'accent' } : {}) }), ...items.map((i) => itemLine(view, i, t))];
  });
  const editing = view.editable.length > 0;
  const moving = view.mayMove && next !== undefined;
  return card(
    [
      heading(t.checklist.title(plain(collaboration.name))),
      textBlock(t.checklist.subtitle(plain(network.name), t.admin.phase[phase], all.done, all.total), { isSubtle: true, spacing: 'None' }),
      ...(missingAnchoring({ ...collaboration, checklist })
        ? [textBlock(t.checklist.missingAnchoring, { color: 'attention', weight: 'Bolder' })]
        : []),
      ...phases,
      ...(editing
        ? [{ ...choiceInput('itemId', t.checklist.itemInput, view.editable.map((i) => ({ title: visible(itemName(network, i)), value: i.id })), view.editable[0].id), spacing: 'ExtraLarge' }]
        : []),
      ...(moving ? [textInput('reason', t.checklist.reasonInput, '', { maxLength: REASON_MAX_LENGTH, multiline: true })] : []),
      ...(view.mayMove && !next ? [textBlock(t.checklist.lastPhase, { isSubtle: true })] : [])
    ],
    [
      ...(editing ? [submitButton(t.checklist.edit, { verb: CHECKLIST_ITEM, ...target })] : []),
      ...(moving ? [submitButton(t.checklist.move(t.admin.phase[next]), { verb: CHECKLIST_MOVE, ...target, from: phase })] : [])
    ]
  );
}

export interface ItemView {
  network: Network;
  collaboration: Collaboration;
  item: ChecklistItem;
  /** People with a role in the network, to pick the owner from. */
  roster: Person[];
  /** Leaders and admins change everything; a kommunedirektør only the state. */
  full: boolean;
}

/** One item's form: state, and for leaders and admins its owner, due date and reference. */
export function checklistItemCard(view: ItemView, t: Catalogue): AdaptiveCard {
  const { network, collaboration, item } = view;
  const owners = [{ title: t.checklist.noOwner, value: '' }, ...view.roster.map((p) => ({ title: visible(p.name), value: userKey(p) }))];
  return card(
    [
      heading(plain(itemName(network, item))),
      textBlock(t.checklist.itemSubtitle(plain(collaboration.name), t.admin.phase[item.phase]), { isSubtle: true, spacing: 'None' }),
      choiceInput('state', t.checklist.stateInput, ITEM_STATES.map((s) => ({ title: t.checklist.state[s], value: s })), item.state, { expanded: true }),
      ...(view.full
        ? [
            choiceInput('owner', t.checklist.ownerInput, owners, item.owner ? userKey(item.owner) : ''),
            { type: 'Input.Date', id: 'due', label: t.checklist.dueInput, ...(item.due ? { value: item.due } : {}) },
            textInput('reference', t.checklist.referenceInput, item.reference ?? '', { maxLength: REFERENCE_MAX_LENGTH })
          ]
        : [])
    ],
    [submitButton(t.checklist.save, { verb: CHECKLIST_SAVE, networkId: network.id, collaborationId: collaboration.id, itemId: item.id }, 'positive')]
  );
}

/** To an owner, when items they own are past their due date (the årshjul's weekly reminder). */
export function overdueReminderCard(lines: { collaboration: string; label: string; due: string }[], t: Catalogue): AdaptiveCard {
  return card([
    heading(t.checklist.reminderTitle),
    textBlock(t.checklist.reminderIntro(lines.length)),
    ...lines.map((l) => textBlock(`• ${plain(t.checklist.reminderLine(l.collaboration, l.label, t.date(l.due)))}`, { spacing: 'None' })),
    textBlock(t.checklist.reminderAdvice, { size: 'Small', isSubtle: true })
  ]);
}

export const CHECKLIST_TEMPLATE_SAVE = 'checklist.template.save';
export const pointLabelKey = (key: string) => `label:${key}`;
export const pointRetireKey = (key: string) => `retire:${key}`;

/** For admins: the checklist template's newest version, each point reworded or retired, and one new point. */
export function checklistTemplateCard(network: Network, version: ChecklistTemplateVersion, t: Catalogue): AdaptiveCard {
  const phases = PHASES.filter((p) => version.points.some((point) => point.phase === p));
  return card(
    [
      heading(t.checklist.templateTitle(plain(network.name))),
      textBlock(t.checklist.templateIntro(version.version), { isSubtle: true, spacing: 'None', wrap: true }),
      ...phases.flatMap((phase) => [
        textBlock(t.admin.phase[phase], { weight: 'Bolder', size: 'Medium', spacing: 'Large' }),
        ...version.points
          .filter((p) => p.phase === phase)
          .flatMap((p, i) => [
            textInput(pointLabelKey(p.key), t.checklist.pointInput(t.admin.phase[phase], i + 1), p.label, { maxLength: POINT_LABEL_MAX_LENGTH }),
            toggleInput(pointRetireKey(p.key), t.checklist.retireInput, t.checklist.retire, false)
          ])
      ]),
      textBlock(t.checklist.newPoint, { weight: 'Bolder', size: 'Medium', spacing: 'ExtraLarge' }),
      textInput('newLabel', t.checklist.newLabelInput, '', { maxLength: POINT_LABEL_MAX_LENGTH }),
      choiceInput('newPhase', t.checklist.newPhaseInput, PHASES.map((p) => ({ title: t.admin.phase[p], value: p })), 'utredning'),
      toggleInput('newPerMunicipality', t.checklist.perMunicipalityInput, t.yes, false),
      toggleInput('newAnchoring', t.checklist.anchoringInput, t.yes, false)
    ],
    [submitButton(t.checklist.saveTemplate, { verb: CHECKLIST_TEMPLATE_SAVE, networkId: network.id, version: version.version }, 'positive')]
  );
}
