import type { Catalogue } from '../../core/i18n/catalogue';
import type { Store } from '../../core/store';
import { ALL, levelCell, meanOf, municipalityCell, partOf, resultsOf, type Shares, type SurveyRound, type SurveyTally } from '../../domain/survey';
import { templateVersion, type Question } from '../../domain/template';
import { cleanText } from '../../domain/text';
import type { Collaboration, Network } from '../../domain/types';
import { everyRound, refOf } from './rounds';

/** One closed part of a survey for the `eksport` workbook: a tillitsbarometer round, or one collaboration's evaluation. */
export interface SurveyExportPart {
  network: Network;
  /** The round as the part sees it (an evaluation: that collaboration's groups). */
  round: SurveyRound;
  collaboration?: string;
  tally: SurveyTally;
  questions: Question[];
}

/**
 * The settled rounds of the year in the grant's networks, with their counters: one read per
 * round (per collaboration for an evaluation) and one per question set.
 */
export async function loadSurveyExport(store: Store, networks: Network[], collaborations: Collaboration[], year: number): Promise<SurveyExportPart[]> {
  // Settled rounds only: closed, and their receipts gone (the scheduler does both at the close).
  const parts = networks.flatMap((network) =>
    everyRound(network)
      .filter((r) => r.receiptsDeleted && r.closesAt.startsWith(String(year)))
      .flatMap((round) => (round.subjects ? Object.keys(round.subjects) : [undefined]).map((subjectId) => ({ network, round, subjectId })))
  );
  const loaded = await Promise.all(parts.map(async ({ network, round, subjectId }): Promise<SurveyExportPart[]> => {
    const [tally, template] = await Promise.all([store.surveys.getTally(refOf(network, round, subjectId)), store.directory.getTemplate(network.id, round.templateId)]);
    const version = template && templateVersion(template, round.templateVersion);
    const part = partOf(round, subjectId);
    if (!tally || !version || !part) return [];
    const collaboration = subjectId ? collaborations.find((c) => c.id === subjectId)?.name ?? subjectId : undefined;
    return [{ network, round: part, ...(collaboration ? { collaboration } : {}), tally, questions: version.questions }];
  }));
  return loaded.flat();
}

const pct = (shares: Shares) => [shares.agree, shares.disagree, shares.dontKnow];

/**
 * The «Undersøkelser» sheet: per round, question and shown group the answers, mean and shares.
 * Only what passes the threshold (the same `resultsOf` as the cards); a withheld part is one row saying so.
 */
export function surveySheet(parts: SurveyExportPart[], t: Catalogue): (string | number)[][] {
  const header = [t.export.network, t.survey.exportSurvey, t.export.collaboration, t.survey.exportGroup, t.survey.question, t.export.respondents, t.survey.exportMean, t.survey.agree, t.survey.disagree, t.dontKnow];
  const rows = parts.flatMap(({ network, round, collaboration, tally, questions }) => {
    const place = [cleanText(network.name), round.kind === 'evaluation' ? t.survey.evaluationResultsTitle(round.closesAt.slice(0, 4)) : t.survey.title(round.closesAt.slice(0, 4)), cleanText(collaboration ?? '')];
    const results = resultsOf(round, tally, questions);
    if (!results.shown) return [[...place, '', t.survey.evaluationWithheld(results.respondents, results.threshold)]];
    const municipality = (id: string) => cleanText(network.municipalities.find((m) => m.id === id)?.name ?? id);
    return results.questions.flatMap((q) => {
      const mean = (cell: string) => meanOf(tally.counts[cell]?.[q.question.key]) ?? '';
      const row = (group: string, cell: string, shares: Shares) => [...place, group, cleanText(q.question.short), shares.answered, mean(cell), ...pct(shares)];
      return [
        row(t.survey.all, ALL, q.all),
        ...(['administrative', 'political'] as const).flatMap((l) => (q.levels[l] ? [row(t.survey[l], levelCell(l), q.levels[l]!)] : [])),
        ...q.municipalities.map((m) => row(municipality(m.municipalityId), municipalityCell(m.municipalityId), m.shares))
      ];
    });
  });
  return [header, ...rows];
}
