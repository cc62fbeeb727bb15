import { say, show } from '../../core/turn';
import { CommandTable } from '../../core/commands';
import type { FeatureModule, HelpEntry } from '../../core/module';
import type { FeatureOptions } from '../../core/options';
import { likeliestCommands, type CommandHint } from '../../domain/understanding';
import { helpCard, suggestionsCard, welcomeCard } from './cards';
import { helpSamples } from './samples';
import { texts } from './texts';

/** Every module's lines for the help card, in the person's language. */
const entries = ({ modules, t }: FeatureOptions) => modules.flatMap((m) => m.help?.(t) ?? []);

/** How many commands a message nothing understood gets as buttons. */
const SUGGESTIONS = 3;

/** The command table of a registry, built once: it tells which command each help line is about. */
const tables = new WeakMap<readonly FeatureModule[], CommandTable>();
const tableOf = (modules: readonly FeatureModule[]): CommandTable => {
  const table = tables.get(modules) ?? new CommandTable(modules);
  tables.set(modules, table);
  return table;
};

/**
 * Each command on the help card as something a message may have meant: the first help line's word
 * as the button, its words in every language and the text of every help line about it.
 */
function hints(options: FeatureOptions): CommandHint<string>[] {
  const table = tableOf(options.modules);
  const byCommand = new Map<string, CommandHint<string>>();
  for (const { word, text } of entries(options) as HelpEntry[]) {
    const command = table.parse(word).command;
    if (!command || command.name === 'help') continue;
    const known = byCommand.get(command.name);
    if (known) byCommand.set(command.name, { ...known, words: [...known.words, word], description: `${known.description} ${text}` });
    else byCommand.set(command.name, { key: word, words: [word, ...Object.values(command.words).flat()], description: text });
  }
  return [...byCommand.values()];
}

/** The likeliest commands for a message no module understood; «status» and «sjekk inn» when nothing is near. */
function suggestionsFor(options: FeatureOptions, text: string): string[] {
  const { t } = options;
  const likeliest = likeliestCommands(text, hints(options), SUGGESTIONS);
  return [...new Set([...likeliest, t.help.commandStatus, t.help.commandCheckIn])].slice(0, Math.max(2, likeliest.length));
}

/** `hjelp`: what the bot can do; a greeting or thanks gets a line back; anything else not understood, a few suggestions. */
export const help: FeatureModule = {
  name: 'help',
  texts,
  commands: [
    {
      name: 'help',
      words: {
        nb: ['hjelp', '?', 'hva kan du', 'hva kan du gjøre'],
        nn: ['hjelp', 'kva kan du', 'kva kan du gjere'],
        en: ['help', 'what can you do']
      },
      argument: 'none',
      readsNetworks: false,
      run: (options) => show(helpCard(options.t, entries(options)))
    },
    {
      name: 'greeting',
      words: {
        nb: ['hei', 'hallo', 'heisann', 'hei hei', 'hei sampuls', 'god morgen', 'god dag', 'morn'],
        nn: ['hei', 'hallo', 'hei sampuls', 'god morgon', 'god dag'],
        en: ['hi', 'hello', 'hey', 'hi sampuls', 'hello sampuls', 'good morning']
      },
      argument: 'sentence',
      readsNetworks: false,
      run: (options) => say(options.t.help.greeting)
    },
    {
      name: 'thanks',
      words: {
        nb: ['takk', 'tusen takk', 'mange takk', 'takk skal du ha', 'takk for hjelpen', 'takk så mye', 'ok takk', 'flott', 'supert', '👍', '🙏'],
        nn: ['takk', 'tusen takk', 'mange takk', 'takk skal du ha', 'takk for hjelpa', 'takk så mykje', 'ok takk', 'flott', 'supert'],
        en: ['thanks', 'thank you', 'thanks a lot', 'thank you very much', 'thx', 'cheers', 'great', 'ok thanks', '👍🏻', '👍🏼', '👍🏽', '👍🏾', '👍🏿']
      },
      argument: 'sentence',
      readsNetworks: false,
      run: (options) => say(options.t.help.thanks)
    }
  ],
  help: (t) => t.help.helpEntries,
  fallback: (options, _turn, text) => show(suggestionsCard(options.t, text, suggestionsFor(options, text))),
  welcome: (options, where) => show(welcomeCard(options.t, entries(options), where)),
  cardSamples: helpSamples,
  personalData: 'none'
};
