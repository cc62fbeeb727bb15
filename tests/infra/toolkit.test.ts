import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { loadConfig } from '../../src/config';

/**
 * The Microsoft 365 Agents Toolkit files: m365agents.yml runs its actions in order, and every
 * ${{NAME}} an action or a file it reads (the Bicep parameters, the app manifest) uses must be
 * in env/.env.dev or written by an earlier action. Nothing secret may be committed.
 */
const ROOT = path.resolve(__dirname, '../..');
const read = (file: string) => readFileSync(path.join(ROOT, file), 'utf8');

interface Action {
  uses: string;
  name?: string;
  with?: Record<string, unknown>;
  writeToEnvironmentFile?: Record<string, string>;
}
interface Project {
  version: string;
  environmentFolderPath?: string;
  provision?: Action[];
  deploy: Action[];
  publish?: Action[];
}

const project = parse(read('m365agents.yml')) as Project;
const envDev = parseEnvFile(read('env/.env.dev'));

/** VS Code's tasks and launch configurations, kept plain JSON (no comments). */
interface Task {
  label: string;
  type?: string;
  command?: string;
  dependsOn?: string[];
  args?: { env?: string; ports?: { writeToEnvironmentFile?: Record<string, string> }[] };
}
const tasks = (JSON.parse(read('.vscode/tasks.json')) as { tasks: Task[] }).tasks;
const launch = JSON.parse(read('.vscode/launch.json')) as { configurations: { name: string; url?: string }[]; compounds: { name: string; configurations: string[]; preLaunchTask: string }[] };

/** What the toolkit itself puts in every environment once you are signed in to Microsoft 365. */
const BUILT_IN = ['TEAMSFX_ENV', 'TEAMS_APP_TENANT_ID'];

/** What the VS Code tasks write to an environment before provision runs (the dev tunnel's address). */
const taskWrites = (env: string) =>
  tasks.filter((t) => t.args?.env === env).flatMap((t) => (t.args?.ports ?? []).flatMap((p) => Object.values(p.writeToEnvironmentFile ?? {})));

/** Every ${{NAME}} an action reads that neither the environment file nor an earlier action sets. */
function unset(p: Project, known: Set<string>): string[] {
  const unknown: string[] = [];
  for (const [lifecycle, actions] of [['provision', p.provision ?? []], ['deploy', p.deploy ?? []], ['publish', p.publish ?? []]] as const) {
    for (const action of actions) {
      for (const name of reads(action)) if (!known.has(name)) unknown.push(`${lifecycle}: ${action.uses} reads ${name}`);
      for (const name of writes(action)) known.add(name);
    }
  }
  return unknown;
}

/** The settings the deploy step writes for the bot, with the placeholders filled as the toolkit would. */
function botSettings(p: Project, values: Record<string, string>): { target: string; env: Record<string, string> } {
  const step = p.deploy.find((a) => a.uses === 'file/createOrUpdateEnvironmentFile')!;
  const envs = step.with!.envs as Record<string, string>;
  const env = Object.fromEntries(Object.entries(envs).map(([key, value]) => [key, String(value).replace(/\$\{\{(\w+)\}\}/g, (_, name: string) => values[name] ?? '')]));
  return { target: step.with!.target as string, env };
}

function parseEnvFile(text: string): Map<string, string> {
  const values = new Map<string, string>();
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Za-z_][A-Za-z0-9_]*)\s*=(.*)$/.exec(line);
    if (match) values.set(match[1]!, match[2]!.trim());
  }
  return values;
}

const placeholders = (text: string) => [...text.matchAll(/\$\{\{\s*(\w+)\s*\}\}/g)].map((m) => m[1]!);

/** What an action reads: its own parameters, and the files the toolkit fills in for it. */
function reads(action: Action): string[] {
  const names = placeholders(JSON.stringify(action.with ?? {}));
  if (action.uses === 'arm/deploy') {
    for (const template of action.with!.templates as { parameters?: string }[]) {
      if (template.parameters) names.push(...placeholders(read(template.parameters)));
    }
  }
  if (action.uses === 'teamsApp/validateManifest' || action.uses === 'teamsApp/zipAppPackage') {
    names.push(...placeholders(read(action.with!.manifestPath as string)));
  }
  return names;
}

/** What an action writes to the environment file. */
function writes(action: Action): string[] {
  const names = Object.values(action.writeToEnvironmentFile ?? {});
  if (action.uses === 'arm/deploy') {
    // The toolkit writes each output of the template under its name in capitals.
    for (const template of action.with!.templates as { path: string }[]) {
      names.push(...[...read(template.path).matchAll(/^output (\w+) /gm)].map((m) => m[1]!.toUpperCase()));
    }
  }
  if (action.uses === 'script') {
    names.push(...[...String(action.with!.run).matchAll(/::set-teamsfx-env (\w+)=/g)].map((m) => m[1]!));
  }
  return names;
}

describe('m365agents.yml', () => {
  it('is a v1 Agents Toolkit project whose environments live in ./env', () => {
    expect(project.version).toMatch(/^v1\.\d+$/);
    expect(project.environmentFolderPath).toBe('./env');
  });

  it('provisions in order: Teams app, Azure resources, then the validated app package', () => {
    const uses = project.provision!.map((a) => a.uses);
    const order = ['teamsApp/create', 'arm/deploy', 'teamsApp/validateManifest', 'teamsApp/zipAppPackage', 'teamsApp/update'];
    const positions = order.map((u) => uses.indexOf(u));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
  });

  it('deploys by building once here, then zip-deploying the bundle to the App Service the Bicep creates', () => {
    expect(project.deploy.map((a) => [a.uses, a.with?.args])).toEqual([
      ['cli/runNpmCommand', expect.stringMatching(/^(ci|install)\b/)],
      ['cli/runNpmCommand', 'run bundle'],
      ['azureAppService/zipDeploy', undefined]
    ]);
    const zip = project.deploy[2]!.with!;
    expect(zip.artifactFolder).toBe('./.deployment');
    expect(JSON.parse(read('package.json')).scripts.bundle).toMatch(/^npm run build && tsx scripts\/bundle\.ts$/);
    expect(read('scripts/bundle.ts')).toContain("path.join(ROOT, '.deployment')");
    expect(zip.resourceId).toMatch(/^\/subscriptions\/.+\/resourceGroups\/.+\/providers\/Microsoft\.Web\/sites\/\$\{\{APP_NAME\}\}$/);
    expect(read('infra/main.bicep')).toMatch(/^output APP_NAME string = app\.name$/m);
  });

  it('names files that exist: the Bicep template, its parameters and the manifest', () => {
    const arm = project.provision!.find((a) => a.uses === 'arm/deploy')!;
    const templates = arm.with!.templates as { path: string; parameters: string }[];
    expect(templates.map((t) => path.normalize(t.path))).toEqual([path.normalize('infra/main.bicep')]);
    const files = [
      ...templates.flatMap((t) => [t.path, t.parameters]),
      ...[...project.provision!, ...(project.publish ?? [])].filter((a) => a.with?.manifestPath).map((a) => a.with!.manifestPath as string)
    ];
    for (const file of files) expect([file, existsSync(path.join(ROOT, file))]).toEqual([file, true]);
  });

  it('has every ${{NAME}} set by env/.env.dev or written by an earlier action', () => {
    const known = new Set(envDev.keys());
    // Provision writes to the environment file, which deploy and publish then read.
    expect(unset(project, known)).toEqual([]);
    // The manifest and the parameters are really covered, not just the yaml itself.
    for (const name of ['RESOURCE_BASE_NAME', 'SECRET_SIGNING_SECRET', 'TEAMS_APP_ID', 'BOT_ID', 'PRIVACY_URL']) expect(known.has(name)).toBe(true);
  });

  it('makes the export link secret in provision, so it lands in the git-ignored .user file', () => {
    const secretWriters = project.provision!.filter((a) => writes(a).includes('SECRET_SIGNING_SECRET'));
    expect(secretWriters.map((a) => a.uses)).toEqual(['script']);
    expect(placeholders(read('infra/main.parameters.json'))).toContain('SECRET_SIGNING_SECRET');
  });
});

describe('the provision script', () => {
  const script = String(project.provision!.find((a) => a.uses === 'script')!.with!.run);
  const urls = { DEVELOPER_WEBSITE_URL: 'https://www.lierne.kommune.no', PRIVACY_URL: 'https://www.lierne.kommune.no/personvern', TERMS_OF_USE_URL: 'https://www.lierne.kommune.no/vilkar' };
  const run = (env: Record<string, string>) => {
    const result = spawnSync('sh', ['-c', script], { cwd: ROOT, env: { PATH: process.env.PATH, TEAMSFX_ENV: 'dev', ...env }, encoding: 'utf8' });
    const written = Object.fromEntries([...result.stdout.matchAll(/^::set-teamsfx-env (\w+)=(.*)$/gm)].map((m) => [m[1], m[2]]));
    return { status: result.status, written, stderr: result.stderr };
  };

  it('names the resources and makes a 256-bit link secret on the first provision', () => {
    const { status, written } = run(urls);
    expect(status).toBe(0);
    expect(written.RESOURCE_BASE_NAME).toMatch(/^sampuls[0-9a-f]{8}$/);
    expect(written.SECRET_SIGNING_SECRET).toMatch(/^[0-9a-f]{64}$/);
  });

  it('keeps what is already set', () => {
    expect(run({ ...urls, RESOURCE_BASE_NAME: 'sampulsnamdal', SECRET_SIGNING_SECRET: 'x'.repeat(64) })).toMatchObject({ status: 0, written: {} });
  });

  it('stops before anything is created when the app’s web pages or the base name are wrong', () => {
    const missing = run({ DEVELOPER_WEBSITE_URL: 'https://www.lierne.kommune.no', PRIVACY_URL: 'http://insecure.example' });
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain('env/.env.dev: PRIVACY_URL, TERMS_OF_USE_URL');
    const badName = run({ ...urls, RESOURCE_BASE_NAME: 'Sampuls-Namdal' });
    expect(badName.status).toBe(1);
    expect(badName.stderr).toContain('RESOURCE_BASE_NAME must be');
  });
});

describe('m365agents.local.yml: your own tenant through a dev tunnel', () => {
  const local = parse(read('m365agents.local.yml')) as Project;
  const envLocal = parseEnvFile(read('env/.env.local'));

  it('registers the Teams app, a single-tenant app registration and the bot, pointing at the tunnel', () => {
    expect(local.environmentFolderPath).toBe('./env');
    expect(local.provision!.map((a) => a.uses).slice(0, 3)).toEqual(['teamsApp/create', 'aadApp/create', 'botFramework/create']);
    const app = local.provision!.find((a) => a.uses === 'aadApp/create')!;
    expect(app.with).toMatchObject({ signInAudience: 'AzureADMyOrg', generateClientSecret: true });
    expect(app.writeToEnvironmentFile).toMatchObject({ clientId: 'BOT_ID', clientSecret: 'SECRET_BOT_PASSWORD' });
    expect(local.provision!.find((a) => a.uses === 'botFramework/create')!.with!.messagingEndpoint).toBe('${{BOT_ENDPOINT}}/api/messages');
  });

  it('has every ${{NAME}} set by env/.env.local, the toolkit, the tunnel task or an earlier action', () => {
    const known = new Set([...envLocal.keys(), ...BUILT_IN, ...taskWrites('local')]);
    expect(unset(local, known)).toEqual([]);
    expect(taskWrites('local')).toEqual(['BOT_ENDPOINT', 'BOT_DOMAIN']);
    expect(envLocal.get('TEAMSFX_ENV')).toBe('local');
  });

  it('gives the bot settings that start tunnel mode: real authentication, the embedded store, loopback only', () => {
    const { target, env } = botSettings(local, {
      ...Object.fromEntries(envLocal),
      BOT_ID: '11111111-2222-3333-4444-555555555555',
      TEAMS_APP_TENANT_ID: '66666666-7777-8888-9999-000000000000',
      SECRET_BOT_PASSWORD: 'from-aadApp-create',
      BOT_ENDPOINT: 'https://abc123-3978.euw.devtunnels.ms'
    });
    const loaded = loadConfig(env);
    expect(loaded.ok && loaded.config).toMatchObject({ mode: 'tunnel', host: '127.0.0.1', port: 3978, identity: { appType: 'SingleTenant' }, publicUrl: 'https://abc123-3978.euw.devtunnels.ms' });
    // The start script and the VS Code task read the file the deploy step writes.
    expect(JSON.parse(read('package.json')).scripts['start:tunnel']).toContain(`--env-file=${target.replace('./', '')} `);
    expect(tasks.find((t) => t.label === 'Start Sampuls behind the tunnel')!.command).toContain(`--env-file=${target.replace('./', '')} dist/index.js`);
  });

  it('keeps the client secret out of git: the bot settings file and the .user file are ignored', () => {
    const ignored = (file: string) => spawnSync('git', ['check-ignore', '--no-index', '-q', file], { cwd: ROOT }).status === 0;
    expect([ignored('.localConfigs'), ignored('env/.env.local.user'), ignored('env/.env.local')]).toEqual([true, true, false]);
  });
});

describe('m365agents.playground.yml: the Agents Playground, no tenant', () => {
  const playground = parse(read('m365agents.playground.yml')) as Project;
  const envPlayground = parseEnvFile(read('env/.env.playground'));

  it('has every ${{NAME}} set by env/.env.playground', () => {
    expect(playground.provision).toBeUndefined();
    expect(unset(playground, new Set([...envPlayground.keys(), ...BUILT_IN]))).toEqual([]);
    expect(envPlayground.get('TEAMSFX_ENV')).toBe('playground');
  });

  it('gives the bot settings that start local mode with the demo on its usual data directory', () => {
    const { target, env } = botSettings(playground, Object.fromEntries(envPlayground));
    const loaded = loadConfig(env);
    expect(loaded.ok && loaded.config).toMatchObject({ mode: 'local', host: '127.0.0.1', dataDir: '.data' });
    expect(tasks.find((t) => t.label === 'Start Sampuls and the playground')!.command).toContain(`--env-file=${target.replace('./', '')} dist/local.js`);
  });
});

describe('.vscode: Debug in Microsoft 365 Agents Playground, Debug in Teams', () => {
  const labels = new Set(tasks.map((t) => t.label));

  it('offers both debug sessions, each starting the bot and attaching to it', () => {
    const names = launch.compounds.map((c) => c.name);
    expect(names).toContain('Debug in Microsoft 365 Agents Playground');
    expect(names.filter((n) => n.startsWith('Debug in Teams'))).not.toHaveLength(0);
    for (const compound of launch.compounds) {
      expect([compound.name, labels.has(compound.preLaunchTask)]).toEqual([compound.name, true]);
      for (const name of compound.configurations) expect(launch.configurations.map((c) => c.name)).toContain(name);
      expect(compound.configurations).toContain('Attach to Sampuls');
    }
  });

  it('names only tasks that exist, runs each toolkit step in the environment its file belongs to', () => {
    for (const task of tasks) for (const dependency of task.dependsOn ?? []) expect([task.label, dependency, labels.has(dependency)]).toEqual([task.label, dependency, true]);
    const environments = tasks.filter((t) => t.type === 'teamsfx' && t.args?.env).map((t) => t.args!.env!);
    for (const env of environments) expect([env, existsSync(path.join(ROOT, `env/.env.${env}`)), existsSync(path.join(ROOT, `m365agents.${env}.yml`))]).toEqual([env, true, true]);
  });

  it('opens Teams with the app of the local environment', () => {
    const local = new Set([...parseEnvFile(read('env/.env.local')).keys()]);
    for (const configuration of launch.configurations.filter((c) => c.url)) {
      for (const name of [...configuration.url!.matchAll(/\$\{\{local:(\w+)\}\}/g)].map((m) => m[1]!)) expect(local.has(name)).toBe(true);
    }
  });
});

describe('the committed environment files', () => {
  it.each(['env/.env.dev', 'env/.env.local', 'env/.env.playground'])('%s holds no secrets: no SECRET_ values, keys, passwords, tokens or connection strings', (file) => {
    const problems: string[] = [];
    for (const [key, value] of parseEnvFile(read(file))) {
      if (key.startsWith('SECRET_')) problems.push(`${key} belongs in env/.env.dev.user`);
      if (value && /KEY|PASSWORD|SECRET|TOKEN|CONNECTION_STRING|CREDENTIAL/i.test(key)) problems.push(`${key} has a value`);
      if (/AccountKey=|InstrumentationKey=|Password=|SharedAccessSignature|-----BEGIN/i.test(value)) problems.push(`${key} looks like a credential`);
      if (/[A-Za-z0-9+/=_-]{40,}/.test(value)) problems.push(`${key} looks like a key`);
    }
    expect(problems).toEqual([]);
  });
});

describe('env/.env.dev', () => {
  it('names the environment after its file', () => {
    expect(envDev.get('TEAMSFX_ENV')).toBe('dev');
  });

  it('is committed, while the toolkit’s .user files with the secrets are ignored by git', () => {
    const ignored = (file: string) => spawnSync('git', ['check-ignore', '--no-index', '-q', file], { cwd: ROOT }).status === 0;
    expect(ignored('env/.env.dev')).toBe(false);
    expect(ignored('env/.env.dev.user')).toBe(true);
    expect(ignored('env/.env.prod.user')).toBe(true);
    expect(ignored('.env.local.user')).toBe(true);
  });
});

describe('the deployment bundle', () => {
  it('is built output, never committed: .deployment/ is ignored by git', () => {
    expect(spawnSync('git', ['check-ignore', '--no-index', '-q', '.deployment/dist/index.js'], { cwd: ROOT }).status).toBe(0);
  });
});
