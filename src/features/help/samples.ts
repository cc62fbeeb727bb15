import { sample, type CardSample } from '../../core/module';
import { HOSTILE } from '../../cards/samples';
import type { Catalogue } from '../../core/i18n/catalogue';
import { helpCard, suggestionsCard, welcomeCard } from './cards';

/** The help lines of the bigger features, as the registry would gather them. */
const entries = (t: Catalogue) => [t.checkIn, t.status, t.link, t.cost, t.annualCycle, t.export, t.audit, t.privacy, t.admin, t.templates, t.help].flatMap((s) => s.helpEntries);

export const helpSamples = (t: Catalogue): CardSample[] => [
  sample('welcome', welcomeCard, t, entries(t)),
  sample('welcome in a team', welcomeCard, t, entries(t), 'shared'),
  sample('help', helpCard, t, entries(t)),
  sample('suggestions for unknown input', suggestionsCard, t, HOSTILE, [t.help.commandStatus, t.help.commandCheckIn, 'hva er rødt?'])
];
