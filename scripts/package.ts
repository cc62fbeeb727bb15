import AdmZip from 'adm-zip';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Command, Language } from '../src/core/module';
import { languageOf } from '../src/core/i18n/catalogues';
import { modules } from '../src/features';

/**
 * `npm run package`: the Teams app package (manifest, its localization files and the icons) as
 * a zip, validated against the official manifest and localization schemas (bundled with
 * @microsoft/app-manifest, so no network is needed). The manifest is in bokmål; every command
 * in its command list, in every language, must be a word the bot understands in that language.
 */
export const APP_PACKAGE = path.resolve(__dirname, '..', 'appPackage');
export const ICONS = ['color.png', 'outline.png'] as const;

/** Values for the manifest's ${{NAME}} placeholders; the defaults only make a local dry run valid. */
const DEFAULTS: Record<string, string> = {
  TEAMS_APP_ID: '6f1a3c2e-5b7d-4e9a-8c1f-2d3e4f5a6b7c',
  BOT_ID: '00000000-0000-0000-0000-000000000000',
  DEVELOPER_WEBSITE_URL: 'https://www.example.no/sampuls',
  PRIVACY_URL: 'https://www.example.no/sampuls/personvern',
  TERMS_OF_USE_URL: 'https://www.example.no/sampuls/vilkar'
};

export function renderManifest(template: string, env: NodeJS.ProcessEnv): { manifest: string; defaulted: string[] } {
  const defaulted: string[] = [];
  const manifest = template.replace(/\$\{\{(\w+)\}\}/g, (_, name: string) => {
    const value = env[name] ?? (name === 'BOT_ID' ? env.MICROSOFT_APP_ID : undefined);
    if (value) return value;
    defaulted.push(name);
    return DEFAULTS[name] ?? '';
  });
  return { manifest, defaulted };
}

/** Schema errors, one line each; empty when the manifest is valid. */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  return AppManifestUtils.validateAgainstSchema(manifest as never);
}

interface Manifest {
  $schema: string;
  localizationInfo?: { defaultLanguageTag: string; additionalLanguages?: { languageTag: string; file: string }[] };
  bots?: { commandLists?: { commands: { title: string }[] }[] }[];
}

/** A localization file: flat keys such as `name.short` or `bots[0].commandLists[0].commands[2].title`. */
export type Localization = Record<string, string>;

/**
 * The localization schema of the manifest's version, from the same bundled schemas. Two of its
 * key patterns (`activityTypes[…\b]`) hold a lone «]», which the validator's Unicode regular
 * expressions refuse; escaping it keeps their meaning (app-manifest mends `\a` the same way).
 */
async function localizationSchema(manifest: Manifest): Promise<object> {
  const url = manifest.$schema.replace(/MicrosoftTeams\.schema\.json$/, 'MicrosoftTeams.Localization.schema.json');
  const schema = (await AppManifestUtils.fetchSchema(url)) as { patternProperties?: Record<string, unknown> };
  const patterns = Object.entries(schema.patternProperties ?? {}).map(([key, value]) => [key.replace(/\\b\]/g, '\\b\\]'), value]);
  return { ...schema, patternProperties: Object.fromEntries(patterns) };
}

/** A command title as the bot reads it: any case, a question's «?» left off. */
const normalise = (title: string) => title.toLocaleLowerCase('nb-NO').trim().replace(/\s*\?+$/, '');

/** The command a title stands for in one language, if the bot understands it as such. */
function commandOf(title: string, language: Language): Command | undefined {
  return modules.flatMap((m) => m.commands ?? []).find((c) => c.words[language].some((word) => normalise(word) === normalise(title)));
}

const LANGUAGE_NAMES: Record<Language, string> = { nb: 'bokmål', nn: 'nynorsk', en: 'English' };

/**
 * Every command title of the manifest (bokmål) and of each localization must be a word of the
 * same command in that language: Teams sends the title as the message when someone picks it.
 */
function commandErrors(file: string, language: Language, titles: (string | undefined)[], manifestCommands: (Command | undefined)[]): string[] {
  const errors: string[] = [];
  titles.forEach((title, i) => {
    const key = `bots[0].commandLists[0].commands[${i}]`;
    if (title === undefined) {
      errors.push(`${file}: ${key}.title is missing; every command in the manifest needs one in ${LANGUAGE_NAMES[language]}`);
      return;
    }
    const command = commandOf(title, language);
    const expected = manifestCommands[i];
    if (!command || (expected && command !== expected)) {
      const words = expected ? ` (${expected.name}: ${expected.words[language].join(', ')})` : '';
      errors.push(`${file}: ${key}.title «${title}» is not a word in ${LANGUAGE_NAMES[language]} for the command at this place${words}; the bot would not understand it`);
    }
  });
  return errors;
}

/** The manifest's own command list, checked as bokmål; the commands found stand for their places. */
function manifestCommands(manifest: Manifest): { commands: (Command | undefined)[]; errors: string[] } {
  const titles = (manifest.bots?.[0]?.commandLists?.[0]?.commands ?? []).map((c) => c.title);
  const commands = titles.map((title) => commandOf(title, 'nb'));
  return { commands, errors: commandErrors('manifest.json', 'nb', titles, commands) };
}

/** Errors of one localization file: its schema, its language and its command list, prefixed with its name. */
export async function validateLocalization(manifest: Manifest, languageTag: string, file: string, text: string): Promise<string[]> {
  let localization: Localization;
  try {
    localization = JSON.parse(text) as Localization;
  } catch (error) {
    return [`${file}: not valid JSON (${(error as Error).message})`];
  }
  const language = languageOf(languageTag);
  if (!language) return [`${file}: Sampuls has no texts in the language «${languageTag}» (nb-no, nn-no or en)`];
  const schemaErrors = await AppManifestUtils.validateAgainstSchema(localization as never, (await localizationSchema(manifest)) as never);
  const { commands } = manifestCommands(manifest);
  const titles = commands.map((_, i) => localization[`bots[0].commandLists[0].commands[${i}].title`]);
  const extra = Object.keys(localization).filter((key) => {
    const index = /^bots\[0\]\.commandLists\[0\]\.commands\[(\d+)\]\./.exec(key)?.[1];
    return index !== undefined && Number(index) >= commands.length;
  });
  return [
    ...schemaErrors.map((error) => `${file}: ${error}`),
    ...commandErrors(file, language, titles, commands),
    ...extra.map((key) => `${file}: ${key} names a command the manifest does not have`)
  ];
}

/** The localization files the manifest names, each with its errors. */
async function localizations(manifest: Manifest, source: string): Promise<{ files: string[]; errors: string[] }> {
  const info = manifest.localizationInfo;
  const errors: string[] = [];
  if (info?.defaultLanguageTag !== 'nb-no') errors.push('manifest.json: localizationInfo.defaultLanguageTag must be nb-no (the manifest is in bokmål)');
  const files: string[] = [];
  for (const { languageTag, file } of info?.additionalLanguages ?? []) {
    let text: string;
    try {
      text = readFileSync(path.join(source, file), 'utf8');
    } catch {
      errors.push(`${file}: the manifest names it for ${languageTag}, but it cannot be read`);
      continue;
    }
    errors.push(...(await validateLocalization(manifest, languageTag, file, text)));
    files.push(file);
  }
  return { files, errors };
}

/** PNG width and height, read from the IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

/** Validates everything, then writes the zip; nothing is written when anything is wrong. */
export async function buildPackage(env: NodeJS.ProcessEnv, outDir = path.join(APP_PACKAGE, 'build'), source = APP_PACKAGE) {
  const { manifest, defaulted } = renderManifest(readFileSync(path.join(source, 'manifest.json'), 'utf8'), env);
  const parsed = JSON.parse(manifest) as Manifest;
  const translated = await localizations(parsed, source);
  const errors = [
    ...(await validateManifest(parsed)).map((error) => `manifest.json: ${error}`),
    ...manifestCommands(parsed).errors,
    ...translated.errors
  ];
  if (errors.length) return { errors, defaulted };
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(manifest, 'utf8'));
  for (const file of [...translated.files, ...ICONS]) zip.addFile(file, readFileSync(path.join(source, file)));
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'sampuls.zip');
  zip.writeZip(file);
  return { errors, defaulted, file };
}

if (require.main === module) {
  buildPackage(process.env).then(({ errors, defaulted, file }) => {
    for (const error of errors) process.stderr.write(`${error}\n`);
    if (defaulted.length) process.stdout.write(`placeholder values used for: ${defaulted.join(', ')} (set them for a real tenant)\n`);
    if (errors.length) {
      process.stderr.write('app package not written\n');
      process.exit(1);
    }
    process.stdout.write(`app package written: ${file}\n`);
  });
}
