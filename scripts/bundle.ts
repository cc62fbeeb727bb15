import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, rmSync } from 'node:fs';
import path from 'node:path';

/**
 * `npm run bundle`: the app as App Service runs it, assembled once on the deploying machine:
 * the built dist/, package.json, package-lock.json and the production dependencies, exactly as
 * locked, in .deployment/. Deployed as a zip that App Service mounts as it is
 * (WEBSITE_RUN_FROM_PACKAGE=1) and starts with `node --max-old-space-size=1024 dist/index.js`: nothing is built there.
 */
const ROOT = path.resolve(__dirname, '..');
export const BUNDLE = path.join(ROOT, '.deployment');
export const BUNDLED = ['dist', 'package.json', 'package-lock.json'] as const;

export function bundle(out = BUNDLE): string[] {
  const missing = BUNDLED.filter((file) => !existsSync(path.join(ROOT, file)));
  if (missing.length) return [`missing: ${missing.join(', ')} (run npm run build first)`];
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  for (const file of BUNDLED) cpSync(path.join(ROOT, file), path.join(out, file), { recursive: true });
  // The lock file decides every version; dev dependencies (TypeScript, jest, the playground) stay out.
  const install = spawnSync('npm', ['ci', '--omit=dev', '--no-audit', '--no-fund'], { cwd: out, stdio: 'inherit', shell: process.platform === 'win32' });
  return install.status === 0 ? [] : [`npm ci --omit=dev failed in ${out}`];
}

if (require.main === module) {
  const errors = bundle();
  for (const error of errors) process.stderr.write(`${error}\n`);
  if (errors.length) process.exit(1);
  process.stdout.write(`bundle written: ${BUNDLE} (deploy it as a zip; App Service runs it from the package)\n`);
}
