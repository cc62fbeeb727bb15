import { sample, type CardSample } from '../../core/module';
import { ALEX } from '../../demo/people';
import { HOSTILE, HOSTILE_PERSON, sampleData } from '../../cards/samples';
import { defaultChecklistTemplate, startChecklist, type CollaborationChecklist } from '../../domain/checklist';
import type { Catalogue } from '../../core/i18n/catalogue';
import { detailCard } from '../status/cards';
import { checklistCard, checklistItemCard, checklistTemplateCard, overdueReminderCard } from './cards';

/** A checklist half worked through, with a hostile owner, a link as reference and an overdue item. */
export function sampleChecklist(): CollaborationChecklist {
  const { network } = sampleData();
  const started = startChecklist(defaultChecklistTemplate(network.id).versions[0], network.municipalities);
  const items = started.items.map((item, i) => ({
    ...item,
    state: i < 6 ? ('done' as const) : i === 6 ? ('notApplicable' as const) : i < 10 ? ('inProgress' as const) : item.state,
    ...(i % 3 === 0 ? { owner: i % 2 ? HOSTILE_PERSON : ALEX } : {}),
    ...(i % 4 === 1 ? { due: i < 12 ? '2026-10-01' : '2027-03-01' } : {}),
    ...(i % 5 === 2 ? { reference: i % 2 ? HOSTILE : 'https://evil.example/sak/2026-114' } : {})
  }));
  return { ...started, items };
}

export function checklistSamples(t: Catalogue): CardSample[] {
  const { network, collaborations, version } = sampleData();
  const checklist = sampleChecklist();
  const collaboration = { ...collaborations[1], phase: 'utredning' as const, checklist };
  const view = { network, collaboration, checklist, today: '2026-11-25', editable: checklist.items, mayMove: true };
  const municipalityItem = checklist.items.find((i) => i.municipalityId === 'lierne')!;
  return [
    sample('checklist for a leader', checklistCard, view, t),
    sample('checklist for a reader', checklistCard, { ...view, editable: [], mayMove: false }, t),
    sample('checklist in the last phase', checklistCard, { ...view, collaboration: { ...collaboration, phase: 'avvikling' } }, t),
    sample('checklist item for a leader', checklistItemCard, { network, collaboration, item: checklist.items[3], roster: [ALEX, HOSTILE_PERSON], full: true }, t),
    sample('checklist item for a kommunedirektør', checklistItemCard, { network, collaboration, item: municipalityItem, roster: [], full: false }, t),
    sample('status of a collaboration with a checklist missing anchoring', detailCard, network, collaboration, version, t, '2026-11-25'),
    sample('checklist template for an admin', checklistTemplateCard, network, { ...defaultChecklistTemplate(network.id).versions[0], points: defaultChecklistTemplate(network.id).versions[0].points.map((p, i) => (i === 3 ? { ...p, label: HOSTILE } : p)) }, t),
    sample('overdue reminder', overdueReminderCard, [{ collaboration: HOSTILE, label: municipalityItem.label, due: '2026-10-01' }], t)
  ];
}
