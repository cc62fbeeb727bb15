import type { Command, FeatureModule } from './module';

/** A message read as a command: which one and what followed its words, or nothing recognised. */
export type ParsedCommand = { command: Command; argument?: string } | { command?: undefined; text: string };

/**
 * Every command word of every module in every language, longest first, so «koble til lønn» is
 * not read as «koble» + «til lønn». Built once at start.
 */
export class CommandTable {
  private readonly sentences = new Map<string, Command>();
  private readonly prefixes: { pattern: string; command: Command }[] = [];

  constructor(modules: readonly FeatureModule[]) {
    for (const command of modules.flatMap((m) => m.commands ?? [])) {
      const patterns = new Set(Object.values(command.words).flat().map(normalise));
      for (const pattern of patterns) {
        if (command.argument === 'sentence') this.sentences.set(pattern, command);
        else this.prefixes.push({ pattern, command });
      }
    }
    this.prefixes.sort((a, b) => b.pattern.length - a.pattern.length);
  }

  parse(text: string): ParsedCommand {
    const cleaned = text.replace(/\s+/g, ' ').trim();
    const lower = normalise(cleaned);
    // A trailing «?», «!» or «.» is ignored after a whole command («takk!», «hva er gult?», «hva kan du?»).
    const bare = lower.replace(/[\s?!.]+$/, '');
    const sentence = this.sentences.get(bare);
    if (sentence) return { command: sentence };
    for (const { pattern, command } of this.prefixes) {
      if (bare === pattern) return { command };
      if (lower !== pattern && !lower.startsWith(`${pattern} `)) continue;
      const rest = cleaned.slice(pattern.length).trim();
      if (!rest) return { command };
      return command.argument === 'none' ? { text: cleaned } : { command, argument: rest };
    }
    return { text: cleaned };
  }
}

const normalise = (text: string) => text.toLocaleLowerCase('nb-NO');
