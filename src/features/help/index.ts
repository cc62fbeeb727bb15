import { show } from '../../core/turn';
import type { FeatureModule } from '../../core/module';
import type { FeatureOptions } from '../../core/options';
import { helpCard, welcomeCard } from './cards';
import { helpSamples } from './samples';
import { texts } from './texts';

/** Every module's lines for the help card, in the person's language. */
const entries = ({ modules, t }: FeatureOptions) => modules.flatMap((m) => m.help?.(t) ?? []);

/** `hjelp`: what the bot can do; also the answer to anything no command matched. */
export const help: FeatureModule = {
  name: 'help',
  texts,
  commands: [
    {
      name: 'help',
      words: { nb: ['hjelp', 'hei', 'hallo', '?'], nn: ['hjelp', 'hei', 'hallo'], en: ['help', 'hello', 'hi'] },
      argument: 'none',
      run: (options) => show(helpCard(options.t, entries(options)))
    }
  ],
  help: (t) => t.help.helpEntries,
  fallback: (options, _turn, text) => show(helpCard(options.t, entries(options), text)),
  welcome: (options, where) => show(welcomeCard(options.t, entries(options), where)),
  cardSamples: helpSamples,
  personalData: 'none'
};
