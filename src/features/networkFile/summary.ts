import type { Catalogue } from '../../core/i18n/catalogue';
import { SECTIONS, type ItemChange } from './diff';
import type { ImportResult } from './import';

const KINDS: ItemChange['kind'][] = ['added', 'changed', 'removed'];

/** Names can hold commas («Plan, byggesak, tilsyn …»), so lists of them are separated by semicolons. */
const list = (names: string[]) => names.join('; ');

/** What a successful import did, or would do without `--replace`, a line per kind of change, for the person at the command line. */
export function importSummary(result: Extract<ImportResult, { ok: true }>, t: Catalogue): string[] {
  const { network, changes, kept } = result;
  const f = t.networkFile;
  const lines = !changes ? [f.noChanges(network.name)] : [(result.written ? f.imported : f.wouldChange)(network.name, network.id)];
  if (changes?.settings.length) lines.push(f.changed(f.section.network, changes.settings.map((field) => t.audit.field[field] ?? field).join(', ')));
  for (const section of SECTIONS) {
    for (const kind of KINDS) {
      const names = (changes?.items[section] ?? []).filter((c) => c.kind === kind).map((c) => c.name);
      if (names.length) lines.push(f[kind](f.section[section], list(names)));
    }
  }
  if (kept.length) lines.push(f.kept(list(kept)));
  return lines;
}
