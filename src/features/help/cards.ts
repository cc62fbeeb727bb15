import { card, commandButton, heading, plain, shorten, textBlock, type AdaptiveCard, type CardElement } from '../../core/card';
import type { Catalogue } from '../../core/i18n/catalogue';
import type { HelpEntry } from '../../core/module';

function commandList(entries: readonly HelpEntry[]): CardElement {
  return {
    type: 'FactSet',
    facts: entries.map((c) => ({ title: c.word, value: c.text }))
  };
}

const buttons = (t: Catalogue) => [
  commandButton(t.help.buttonCheckIn, t.help.commandCheckIn),
  commandButton(t.help.buttonStatus, t.help.commandStatus),
  commandButton(t.help.buttonHelp, t.help.commandHelp)
];

/**
 * Shown when the app is installed and on a person's first message. In a team or group chat it
 * says what the bot does there: summaries, once the channel is linked.
 */
export function welcomeCard(t: Catalogue, entries: readonly HelpEntry[], where: 'personal' | 'shared' = 'personal'): AdaptiveCard {
  const intro = where === 'personal' ? t.help.welcomeIntro : t.help.sharedIntro;
  return card(
    [heading(t.help.welcomeTitle), textBlock(intro), commandList(entries), textBlock(t.help.englishNote, { size: 'Small', isSubtle: true })],
    where === 'personal' ? buttons(t) : buttons(t).slice(1)
  );
}

/** `hjelp`: every module's lines, with buttons for the commonest commands. */
export function helpCard(t: Catalogue, entries: readonly HelpEntry[]): AdaptiveCard {
  return card([heading(t.help.helpTitle), commandList(entries), textBlock(t.help.englishNote, { size: 'Small', isSubtle: true })], buttons(t));
}

/**
 * A message nothing understood: the words that were not, and the few commands it most likely
 * meant as buttons, with «Hjelp» for the whole list. Short, so the chat is not flooded.
 */
export function suggestionsCard(t: Catalogue, notUnderstood: string, commands: readonly string[]): AdaptiveCard {
  return card(
    [heading(t.general.unknownCommand(plain(shorten(notUnderstood)))), textBlock(t.help.suggestions)],
    [...commands.map((command) => commandButton(command, command)), commandButton(t.help.buttonHelp, t.help.commandHelp)]
  );
}
