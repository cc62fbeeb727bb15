import AdmZip from 'adm-zip';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { APP_PACKAGE, buildPackage, pngSize, renderManifest, validateManifest } from '../../scripts/package';

const template = readFileSync(path.join(APP_PACKAGE, 'manifest.json'), 'utf8');
const ENV = {
  TEAMS_APP_ID: '0b3d6a52-9f14-4c4e-a0e5-1e2f3a4b5c6d',
  MICROSOFT_APP_ID: '11111111-2222-3333-4444-555555555555',
  PRIVACY_URL: 'https://kommune.example.no/personvern'
};
interface Manifest {
  id: string;
  name: { short?: string };
  description: { short: string };
  developer: { privacyUrl: string };
  bots: { botId: string; scopes: string[]; commandLists: { commands: { title: string }[] }[] }[];
}
const manifest = (): Manifest => JSON.parse(renderManifest(template, ENV).manifest);

describe('the Teams app package', () => {
  it('fills the placeholders from the environment, the bot id from MICROSOFT_APP_ID', () => {
    const rendered = manifest();
    expect(rendered.id).toBe(ENV.TEAMS_APP_ID);
    expect(rendered.bots[0].botId).toBe(ENV.MICROSOFT_APP_ID);
    expect(rendered.developer.privacyUrl).toBe(ENV.PRIVACY_URL);
    expect(rendered.bots[0].scopes).toEqual(['personal', 'team', 'groupChat']);
    expect(rendered.bots[0].commandLists[0].commands.map((c) => c.title)).toContain('sjekk inn');
  });

  it('is valid against the official manifest schema', async () => {
    expect(await validateManifest(manifest())).toEqual([]);
  });

  it.each([
    ['a missing short name', (m: Manifest) => delete m.name.short],
    ['an app id that is not a GUID', (m: Manifest) => (m.id = 'sampuls')],
    ['a short description over 80 characters', (m: Manifest) => (m.description.short = 'x'.repeat(81))],
    ['an unknown bot scope', (m: Manifest) => (m.bots[0].scopes = ['everywhere'])]
  ])('refuses %s', async (_name, breakIt) => {
    const broken = manifest();
    breakIt(broken);
    expect((await validateManifest(broken)).length).toBeGreaterThan(0);
  });

  it('ships icons of the required sizes: 192×192 colour, 32×32 outline', () => {
    expect(pngSize(readFileSync(path.join(APP_PACKAGE, 'color.png')))).toEqual({ width: 192, height: 192 });
    expect(pngSize(readFileSync(path.join(APP_PACKAGE, 'outline.png')))).toEqual({ width: 32, height: 32 });
  });

  it('zips the manifest, its nynorsk and English localization files and both icons', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'sampuls-package-'));
    const { errors, file } = await buildPackage(ENV, out);
    expect(errors).toEqual([]);
    const entries = new AdmZip(file!).getEntries().map((e) => e.entryName).sort();
    expect(entries).toEqual(['color.png', 'en.json', 'manifest.json', 'nn-no.json', 'outline.png']);
    rmSync(out, { recursive: true, force: true });
  });
});

describe('the localized app', () => {
  type Localization = Record<string, string>;
  const localization = (file: string): Localization => JSON.parse(readFileSync(path.join(APP_PACKAGE, file), 'utf8'));
  const titles = (l: Localization) => Object.keys(l).filter((k) => k.endsWith('.title')).map((k) => l[k]);

  it('is bokmål by default, with nynorsk and English files', () => {
    expect((manifest() as unknown as { localizationInfo: unknown }).localizationInfo).toEqual({
      defaultLanguageTag: 'nb-no',
      additionalLanguages: [
        { languageTag: 'nn-no', file: 'nn-no.json' },
        { languageTag: 'en', file: 'en.json' }
      ]
    });
  });

  it('names each command in the command list with that language’s own word for it', () => {
    const bokmal = manifest().bots[0].commandLists[0].commands.map((c) => c.title);
    expect(bokmal).toEqual(expect.arrayContaining(['sjekk inn', 'hva er rødt?', 'koble', 'årshjul', 'hjelp']));
    expect(titles(localization('nn-no.json'))).toEqual(expect.arrayContaining(['sjekk inn', 'kva er raudt?', 'kople', 'årshjul', 'hjelp']));
    expect(titles(localization('en.json'))).toEqual(expect.arrayContaining(['check in', 'what is red?', 'link', 'annual cycle', 'help']));
    expect(titles(localization('en.json'))).toHaveLength(bokmal.length);
    expect(localization('nn-no.json')['description.short']).toBe('Jamleg status for interkommunale samarbeid, rett i Teams.');
  });

  describe('a broken localization file', () => {
    let source: string;
    let out: string;
    beforeEach(() => {
      source = mkdtempSync(path.join(tmpdir(), 'sampuls-appPackage-'));
      out = mkdtempSync(path.join(tmpdir(), 'sampuls-package-'));
    });
    afterEach(() => {
      rmSync(source, { recursive: true, force: true });
      rmSync(out, { recursive: true, force: true });
    });

    /** Builds the package from a copy of appPackage/ in which `file` has been changed. */
    async function buildWith(file: string, change: (l: Localization) => Localization | string) {
      cpSync(APP_PACKAGE, source, { recursive: true, filter: (from) => !from.includes(`${path.sep}build`) });
      const changed = change(localization(file));
      writeFileSync(path.join(source, file), typeof changed === 'string' ? changed : JSON.stringify(changed));
      const result = await buildPackage(ENV, out, source);
      expect(result.file).toBeUndefined();
      return result.errors;
    }

    it('is refused by the official schema, naming the file and the field: a name over 30 characters', async () => {
      const errors = await buildWith('nn-no.json', (l) => ({ ...l, 'name.short': 'Sampuls – samarbeidspulsen for alle' }));
      expect(errors).toEqual([expect.stringMatching(/^nn-no\.json: \/name\.short must NOT have more than 30 characters/)]);
    });

    it('is refused when a key is unknown to the schema or a required text is missing', async () => {
      const errors = await buildWith('en.json', ({ 'description.full': _gone, ...l }) => ({ ...l, 'name.shortest': 'S' }));
      expect(errors.join('\n')).toMatch(/^en\.json: .*must NOT have additional properties.*name\.shortest/m);
      expect(errors.join('\n')).toMatch(/^en\.json: .*must have required property 'description\.full'/m);
    });

    it('is refused when a command is not a word the bot understands in that language, or is another command', async () => {
      const typo = await buildWith('en.json', (l) => ({ ...l, 'bots[0].commandLists[0].commands[0].title': 'chek in' }));
      expect(typo).toEqual(['en.json: bots[0].commandLists[0].commands[0].title «chek in» is not a word in English for the command at this place (checkIn: check in, checkin, check-in, report); the bot would not understand it']);
      const bokmal = await buildWith('nn-no.json', (l) => ({ ...l, 'bots[0].commandLists[0].commands[2].title': 'hva er rødt?' }));
      expect(bokmal).toEqual([expect.stringMatching(/^nn-no\.json: bots\[0\]\.commandLists\[0\]\.commands\[2\]\.title «hva er rødt\?» is not a word in nynorsk .*kva er raudt/)]);
      const swapped = await buildWith('en.json', (l) => ({ ...l, 'bots[0].commandLists[0].commands[0].title': 'help' }));
      expect(swapped).toEqual([expect.stringContaining('«help» is not a word in English for the command at this place (checkIn:')]);
    });

    it('is refused when a command of the manifest has no title in it, or it has one the manifest lacks', async () => {
      const missing = await buildWith('nn-no.json', ({ 'bots[0].commandLists[0].commands[1].title': _gone, ...l }) => l);
      expect(missing).toEqual(['nn-no.json: bots[0].commandLists[0].commands[1].title is missing; every command in the manifest needs one in nynorsk']);
      const extra = await buildWith('en.json', (l) => ({ ...l, 'bots[0].commandLists[0].commands[9].title': 'about' }));
      expect(extra).toEqual(['en.json: bots[0].commandLists[0].commands[9].title names a command the manifest does not have']);
    });

    it('is refused when it is not JSON at all', async () => {
      expect(await buildWith('en.json', () => '{ "name.short": "Sampuls", ')).toEqual([expect.stringMatching(/^en\.json: not valid JSON/)]);
    });
  });
});
