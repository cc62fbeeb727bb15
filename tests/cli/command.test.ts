import { spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { runNetworkCommand } from '../../src/cli/network';
import { parseNetworkFile } from '../../src/features/networkFile/parse';
import { startEmbeddedCosmos } from '../../src/store/embedded';

const ROOT = path.resolve(__dirname, '../..');
const EXAMPLE = path.join(ROOT, 'examples/indre-namdal.yaml');

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'sampuls-network-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** The environment of a local bot keeping its data in this test's directory. */
const env = () => ({ SAMPULS_DATA_DIR: path.join(dir, 'data') });

async function run(...args: string[]): Promise<{ code: number; out: string[]; err: string[] }> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runNetworkCommand(args, env(), { out: (line) => out.push(line), err: (line) => err.push(line) });
  return { code, out, err };
}

/** The command as a process of its own, as `npm run network -- …` starts it. */
function spawnCommand(command: string, args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  const { COSMOS_ENDPOINT, MICROSOFT_APP_ID, ...rest } = process.env;
  const child = spawn(command, args, { cwd: ROOT, env: { ...rest, ...env() }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, stdout, stderr })));
}

describe('npm run network', () => {
  it('explains itself when the arguments are wrong', async () => {
    for (const args of [[], ['import'], ['export'], ['delete', 'indre-namdal'], ['import', 'a.yaml', 'b.yaml']]) {
      const { code, err } = await run(...args);
      expect({ args, code, usage: err[0] }).toEqual({ args, code: 1, usage: expect.stringContaining('npm run network -- import <fil>') });
    }
  });

  it('prints its usage on stdout and exits 0 when asked with --help, also after a command', async () => {
    for (const args of [['--help'], ['-h'], ['export', '--help'], ['import', '--help']]) {
      const { code, out, err } = await run(...args);
      expect({ args, code, err }).toEqual({ args, code: 0, err: [] });
      expect(out.join('\n')).toMatch(/npm run network -- import <fil> \[--replace\][\s\S]*npm run network -- export <nettverk>/);
    }
    const { code, stdout, stderr } = await spawnCommand('npm', ['run', '--silent', 'network', '--', 'export', '--help']);
    expect({ code, stderr }).toEqual({ code: 0, stderr: '' });
    expect(stdout).toContain('npm run network -- export <nettverk>');
    expect(existsSync(path.join(dir, 'data'))).toBe(false);
  });

  it('imports a file, says what it did, then finds nothing to change the second time', async () => {
    const first = await run('import', EXAMPLE);
    expect(first).toMatchObject({ code: 0, err: [] });
    expect(first.out[0]).toBe('Importerte nettverket Indre Namdal (indre-namdal).');
    expect(await run('import', EXAMPLE)).toEqual({ code: 0, out: ['Ingen endringer: Indre Namdal er allerede slik filen beskriver.'], err: [] });
  });

  it('prints every error of a broken file with its line, exits with 1 and does not touch the store', async () => {
    const broken = path.join(dir, 'broken.yaml');
    writeFileSync(broken, [
      'network: {id: solor, name: Solør, tenantIds: [0f8fad5b-d9cb-469f-a165-70867728950e]}',
      'municipalities:',
      '  - {id: valer, name: Våler, number: "3419", population: 3600}',
      'collaborations:',
      '  - name: Arkiv',
      '    sector: digitalisering',
      '    legalForm: administrativt vertskommunesamarbeid',
      '    participants: [valer, grue]',
      '    cadence: quarterly',
      '    reportingSince: 2026-01-01',
      'people:',
      '  - {name: Kari, tenantId: 0f8fad5b-d9cb-469f-a165-70867728950e, aadObjectId: u1, roles: [admin], municipality: asnes}'
    ].join('\n'));
    expect(await run('import', broken)).toEqual({
      code: 1,
      out: [],
      err: [
        'linje 8, collaborations[0].participants[1]: nevner en kommune som ikke er med i nettverket: «grue»',
        'linje 12, people[0].municipality: nevner en kommune som ikke er med i nettverket: «asnes»',
        'Filen ble ikke importert: 2 feil. Ingenting er endret.'
      ]
    });
    expect(existsSync(env().SAMPULS_DATA_DIR)).toBe(false);
    expect(await run('import', path.join(dir, 'missing.yaml'))).toMatchObject({ code: 1, err: [expect.stringMatching(/^Fant ikke filen «.*missing\.yaml»/)] });
  });

  it('changes a network that exists only with --replace: without it, prints what would change and exits with 1', async () => {
    await run('import', EXAMPLE);
    const changed = path.join(dir, 'changed.yaml');
    writeFileSync(changed, readFileSync(EXAMPLE, 'utf8').replace('population: 2400', 'population: 2350'));
    expect(await run('import', changed)).toEqual({
      code: 1,
      out: [],
      err: [
        'Nettverket Indre Namdal (indre-namdal) finnes allerede. Importen ville gjort disse endringene:',
        'Kommuner – endret: Grong',
        'Ingenting er endret. Kjør kommandoen igjen med --replace for å gjøre endringene.'
      ]
    });
    expect(await run('export', 'indre-namdal')).toMatchObject({ out: [expect.stringContaining('population: 2400')] });
    expect(await run('import', changed, '--replace')).toEqual({ code: 0, out: ['Importerte nettverket Indre Namdal (indre-namdal).', 'Kommuner – endret: Grong'], err: [] });
    expect((await run('export', '--replace', 'indre-namdal')).code).toBe(1);
  });

  describe('refuses a hostile file with a line that says why, and exits with 1', () => {
    const header = ['network: {id: solor, name: Solør, tenantIds: [0f8fad5b-d9cb-469f-a165-70867728950e]}', 'collaborations: []',
      'people: [{name: Kari, tenantId: 0f8fad5b-d9cb-469f-a165-70867728950e, aadObjectId: u1, roles: [admin]}]'];
    const laughs = ['lol0: &lol0 [lol, lol, lol, lol, lol, lol, lol, lol, lol, lol]',
      ...Array.from({ length: 8 }, (_, i) => `lol${i + 1}: &lol${i + 1} [${Array(10).fill(`*lol${i}`).join(', ')}]`)];
    const files: [string, string, string[]][] = [
      ['an alias bomb («billion laughs»)', [...header, ...laughs, 'municipalities: *lol8'].join('\n'), ['linje 1: bruker alias (*navn) så mange ganger at filen ikke kan leses inn']],
      ['5,000 levels of nesting', [...header, `municipalities: ${'['.repeat(5000)}${']'.repeat(5000)}`].join('\n'), [expect.stringMatching(/^linje \d+: har for mange nivåer inni hverandre/) as never]],
      ['a NUL in a name', [...header, 'municipalities: [{id: valer, name: "Våler\\0", number: "3419", population: 3600}]'].join('\n'),
        ['linje 4, municipalities[0].name: inneholder kontrolltegn (som NUL, tabulator eller linjeskift)']]
    ];
    it.each(files)('%s', async (_name, text, errors) => {
      const file = path.join(dir, 'hostile.yaml');
      writeFileSync(file, text);
      expect(await run('import', file)).toEqual({ code: 1, out: [], err: [...errors, 'Filen ble ikke importert: én feil. Ingenting er endret.'] });
      expect(existsSync(env().SAMPULS_DATA_DIR)).toBe(false);
    });

    // A process of its own, so that a check taking minutes (it once was quadratic) fails on Jest's timeout.
    it('20,000 invalid municipality numbers, each with its line', async () => {
      const file = path.join(dir, 'many.yaml');
      const municipalities = Array.from({ length: 20_000 }, (_, i) => `  - {id: k${i}, name: Kommune ${i}, number: "x${i}", population: 10}`);
      writeFileSync(file, [...header, 'municipalities:', ...municipalities].join('\n'));
      const { code, stderr } = await spawnCommand(process.execPath, ['--require', 'tsx/cjs', 'src/cli/network.ts', 'import', file]);
      const err = stderr.trimEnd().split('\n');
      expect({ code, count: err.length, first: err[0], last: err.at(-1) }).toEqual({
        code: 1,
        count: 20_001,
        first: 'linje 5, municipalities[0].number: må være et kommunenummer med fire sifre',
        last: 'Filen ble ikke importert: 20000 feil. Ingenting er endret.'
      });
    });
  });

  it('exports a stored network as YAML on stdout, and names the networks there are when asked for another', async () => {
    await run('import', EXAMPLE);
    const exported = await run('export', 'indre-namdal');
    expect(exported.code).toBe(0);
    const parsed = parseNetworkFile(exported.out.join('\n'));
    expect(parsed.ok && parsed.definition.collaborations.map((c) => c.name)).toContain('Rus og psykiatri');
    expect(await run('export', 'solor')).toEqual({ code: 1, out: [], err: ['Fant ikke nettverket «solor». Nettverkene som finnes: indre-namdal.'] });
  });

  it('runs as `npm run network -- import <file>`', async () => {
    const { code, stdout } = await spawnCommand('npm', ['run', '--silent', 'network', '--', 'import', EXAMPLE]);
    expect({ code, first: stdout.split('\n')[0] }).toEqual({ code: 0, first: 'Importerte nettverket Indre Namdal (indre-namdal).' });
  }, 30_000);

  it('exits with 2 and tells the user to stop the bot when the bot holds the data directory', async () => {
    const bot = await startEmbeddedCosmos({ dataDir: env().SAMPULS_DATA_DIR });
    try {
      const { code, stdout, stderr } = await spawnCommand(process.execPath, ['--require', 'tsx/cjs', 'src/cli/network.ts', 'import', EXAMPLE]);
      expect({ code, stdout }).toEqual({ code: 2, stdout: '' });
      expect(stderr).toContain(`Datamappen «${env().SAMPULS_DATA_DIR}» er i bruk av boten eller en annen prosess. Stopp boten`);
    } finally {
      await bot.close();
    }
  }, 30_000);
});
