import AdmZip from 'adm-zip';
import { AppManifestUtils } from '@microsoft/app-manifest';
import { mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run package`: the Teams app package (manifest + icons) as a zip, validated against the
 * official manifest schema (bundled with @microsoft/app-manifest, so no network is needed).
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

/** PNG width and height, read from the IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}

export async function buildPackage(env: NodeJS.ProcessEnv, outDir = path.join(APP_PACKAGE, 'build')) {
  const { manifest, defaulted } = renderManifest(readFileSync(path.join(APP_PACKAGE, 'manifest.json'), 'utf8'), env);
  const errors = await validateManifest(JSON.parse(manifest));
  if (errors.length) return { errors, defaulted };
  const zip = new AdmZip();
  zip.addFile('manifest.json', Buffer.from(manifest, 'utf8'));
  for (const icon of ICONS) zip.addFile(icon, readFileSync(path.join(APP_PACKAGE, icon)));
  mkdirSync(outDir, { recursive: true });
  const file = path.join(outDir, 'sampuls.zip');
  zip.writeZip(file);
  return { errors, defaulted, file };
}

if (require.main === module) {
  buildPackage(process.env).then(({ errors, defaulted, file }) => {
    for (const error of errors) process.stderr.write(`manifest: ${error}\n`);
    if (defaulted.length) process.stdout.write(`placeholder values used for: ${defaulted.join(', ')} (set them for a real tenant)\n`);
    if (errors.length) process.exit(1);
    process.stdout.write(`app package written: ${file}\n`);
  });
}
