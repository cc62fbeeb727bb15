import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { catalogues } from '../../src/features';

const ROOT = path.resolve(__dirname, '../..');

interface Journey {
  replies: Record<string, { status: number; answer: string }>;
  packages: string[];
}

/** One activity down every route, in a bot process of its own (see tests/support/routesJourney.ts). */
async function runJourney(): Promise<Journey> {
  const { stdout } = await promisify(execFile)(process.execPath, ['--require', 'tsx/cjs', 'tests/support/routesJourney.ts'], { cwd: ROOT, maxBuffer: 16 * 1024 * 1024 });
  return JSON.parse(stdout) as Journey;
}

describe('a bot with the AI feature off', () => {
  let journey: Journey;
  beforeAll(async () => {
    journey = await runJourney();
  }, 120_000);

  it('routes messages, card actions, installs and member events without the AI library', () => {
    const { replies } = journey;
    expect(Object.values(replies).every((r) => r.status === 200)).toBe(true);
    expect(replies.install.answer).toContain('application/vnd.microsoft.card.adaptive');
    expect(replies.help.answer).toContain('application/vnd.microsoft.card.adaptive');
    expect(replies.status.answer).toContain('Status – Indre Namdal');
    expect(replies.submit.answer).toContain(catalogues.nb.general.invalidAction);
    expect(replies.refresh.answer).toContain('Status – Solør');
    // «@Sampuls status» in a channel reads as «status».
    expect(replies.mention.answer).toContain('Status – Indre Namdal');
    expect(replies.memberAdded.answer).toBe('');
    expect(replies.uninstall.answer).toBe('');
  });

  it('never loads @microsoft/teams-ai or openai', () => {
    expect(journey.packages).toEqual(expect.arrayContaining(['botbuilder', 'restify', '@azure/cosmos']));
    expect(journey.packages).not.toContain('@microsoft/teams-ai');
    expect(journey.packages).not.toContain('openai');
    expect(journey.packages).not.toContain('botbuilder-dialogs');
  });
});
