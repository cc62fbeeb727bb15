import { questionsEverAsked, type Question } from '../../domain/template';
import type { Store } from '../../core/store';
import type { TemplateVersions } from '../../core/templateVersions';
import type { ExportGrant } from './links';
import type { ExportData } from './table';
import { loadSurveyExport } from '../survey/export';

/** Everything a grant covers: its networks, their collaborations and the year's check-ins. */
export async function loadExport(store: Store, templates: TemplateVersions, grant: ExportGrant): Promise<ExportData> {
  const [{ networks, collaborations }, checkIns] = await Promise.all([
    store.directory.loadNetworks(grant.networkIds),
    store.checkIns.listYear(grant.networkIds, grant.year)
  ]);
  // Every question ever asked gets a column, retired ones too; answers compare by key across versions.
  const questions = new Map<string, Question>();
  const templateIds = new Set(collaborations.map((c) => `${c.networkId}/${c.templateId}`));
  for (const id of templateIds) {
    const [networkId, templateId] = id.split('/');
    const template = await templates.template(networkId, templateId);
    for (const q of template ? questionsEverAsked(template) : []) if (!questions.has(q.key)) questions.set(q.key, q);
  }
  const surveys = await loadSurveyExport(store, networks, collaborations, grant.year);
  return { networks, collaborations, checkIns, questions: [...questions.values()], surveys };
}
