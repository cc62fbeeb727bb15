import AdmZip from 'adm-zip';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
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

  it('zips the manifest and both icons', async () => {
    const out = mkdtempSync(path.join(tmpdir(), 'sampuls-package-'));
    const { errors, file } = await buildPackage(ENV, out);
    expect(errors).toEqual([]);
    const entries = new AdmZip(file!).getEntries().map((e) => e.entryName).sort();
    expect(entries).toEqual(['color.png', 'manifest.json', 'outline.png']);
    rmSync(out, { recursive: true, force: true });
  });
});
