import { show } from '../../core/turn';
import type { FeatureModule } from '../../core/module';
import { helpCard, welcomeCard } from './cards';
import { helpSamples } from './samples';
import { texts } from './texts';

/** `hjelp`: what the bot can do; also the answer to anything no command matched. */
export const help: FeatureModule = {
  name: 'help',
  texts,
  commands: [
    {
      name: 'help',
      words: { nb: ['hjelp', 'hei', 'hallo', '?'], nn: ['hjelp', 'hei', 'hallo'], en: ['help', 'hello', 'hi'] },
      argument: 'none',
      run: ({ t }) => show(helpCard(t))
    }
  ],
  fallback: ({ t }, _turn, text) => show(helpCard(t, text)),
  welcome: ({ t }, where) => show(welcomeCard(t, where)),
  cardSamples: helpSamples,
  personalData: 'none'
};
