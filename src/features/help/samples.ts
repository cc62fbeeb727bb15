import { sample, type CardSample } from '../../core/module';
import { HOSTILE } from '../../cards/samples';
import type { Catalogue } from '../../core/i18n/catalogue';
import { helpCard, welcomeCard } from './cards';

export const helpSamples = (t: Catalogue): CardSample[] => [
  sample('welcome', welcomeCard, t),
  sample('welcome in a team', welcomeCard, t, 'shared'),
  sample('help', helpCard, t),
  sample('help for unknown input', helpCard, t, HOSTILE)
];
