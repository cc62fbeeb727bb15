import { z } from 'zod';
import { cardAction, type Command, type FeatureModule } from '../../core/module';
import { loadProfile, target } from '../scope';
import { STATUS_REFRESH, STATUS_SHOW } from './cards';
import type { ExecutiveQuestion } from '../../domain/flags';
import { answerQuestion, showTrend } from './questions';
import { refreshStatusCard, showCollaboration, showCollaborationById, showOverview, statusOfSentence } from './show';
import { statusSamples } from './samples';
import { texts } from './texts';

/** The chief executives' own questions, asked as whole sentences. */
const question = (name: ExecutiveQuestion, words: Command['words']): Command => ({
  name,
  words,
  argument: 'sentence',
  run: (options, turn, profile) => answerQuestion(options, turn, profile, name)
});

/** `status`, `status <samarbeid|kommune>`, `trend`, «hva er rødt?» and its siblings, and questions naming a collaboration in plain words. */
export const status: FeatureModule = {
  name: 'status',
  texts,
  help: (t) => t.status.helpEntries,
  commands: [
    {
      name: 'status',
      words: { nb: ['status', 'oversikt'], nn: ['status', 'oversikt'], en: ['status', 'overview'] },
      argument: 'optional',
      run: (options, turn, profile, name) => (name ? showCollaboration(options, turn, profile, name) : showOverview(options, turn, profile))
    },
    {
      name: 'trend',
      words: { nb: ['trend', 'utvikling'], nn: ['trend', 'utvikling'], en: ['trend'] },
      argument: 'optional',
      run: (options, _turn, profile, name) => showTrend(options, profile, name)
    },
    question('red', {
      nb: ['hva er rødt', 'hvilke er røde', 'rødt', 'røde'],
      nn: ['kva er raudt', 'kva er raude', 'kva for nokre er raude', 'raudt', 'raude'],
      en: ['what is red', "what's red", 'red']
    }),
    question('yellow', {
      nb: ['hva er gult', 'hvilke er gule', 'gult', 'gule'],
      nn: ['kva er gult', 'kva er gule', 'kva for nokre er gule', 'gult', 'gule'],
      en: ['what is yellow', "what's yellow", 'what’s yellow', 'yellow']
    }),
    question('decision', {
      nb: ['hva trenger beslutning', 'hva må besluttes', 'beslutninger', 'beslutning'],
      nn: ['kva treng avgjerd', 'kva treng vedtak', 'kva må avgjerast', 'avgjerder', 'avgjerd'],
      en: ['what needs a decision', 'decisions']
    }),
    question('celebrate', {
      nb: ['hva kan vi feire', 'hva skal vi feire', 'feire'],
      nn: ['kva kan vi feire', 'kva skal vi feire', 'feire'],
      en: ['what can we celebrate', 'celebrate']
    }),
    question('overdue', {
      nb: ['hvem har ikke sjekket inn', 'hvem har ikke sjekket inn ennå', 'hvem mangler', 'hvem er forsinket', 'hvem har ikke rapportert', 'hvem mangler innsjekk', 'forsinket', 'forsinkede'],
      nn: ['kven har ikkje sjekka inn', 'kven har ikkje sjekka inn enno', 'kven manglar', 'kven er forseinka', 'kven har ikkje rapportert', 'forseinka'],
      en: ["who hasn't checked in", 'who hasn’t checked in', 'who has not checked in', "who hasn't checked in yet", 'who is overdue', 'who is late', 'overdue']
    })
  ],
  actions: [
    cardAction({ verb: STATUS_SHOW, data: target, run: async (o, turn, ids, profile) => showCollaborationById(o, turn.now, await profile(), ids) }),
    // «Oppdater» and Teams' automatic refresh: the fresh card goes to the person looking only.
    cardAction({
      verb: STATUS_REFRESH,
      invoke: true,
      data: z.object({ networkId: z.string().min(1).max(100), collaborationId: z.string().min(1).max(100).optional() }).strict(),
      run: async (o, turn, ids) => refreshStatusCard(o, turn, await loadProfile(o, turn.user), ids)
    })
  ],
  // «Hvordan går det med legevakten?»: a message naming something the person may see is about its status.
  fallback: (options, turn, text, profile) => statusOfSentence(options, turn, profile, text),
  cardSamples: statusSamples,
  personalData: 'none'
};
