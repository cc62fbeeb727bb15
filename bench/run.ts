import { benchBodyLimit, describeBodyLimit } from './bodylimit';
import { benchConcurrentSubmits } from './concurrency';
import { benchFanout } from './fanout';
import { benchFloor, describeFloor } from './floor';
import { benchStartup } from './startup';
import { benchTurns, describeTurns } from './turns';
import { benchSurveyResults, describeSurveyResults } from './surveys';
import { benchReports, describeReports } from './reports';

type Out = (line?: string) => void;

/** Each piece prints its own figures; `npm run bench -- floor startup` runs only those named. */
const PIECES: Record<string, (out: Out) => Promise<void>> = {
  turns: async (out) => {
    const oneX = await benchTurns(60, true);
    const tenX = await benchTurns(600, false);
    for (const line of [...describeTurns('5 years (1×)', oneX), ...describeTurns('50 years (10×)', tenX)]) out(line);
    out(`10×/1× p95 ratio   status ${(tenX.status!.p95 / oneX.status!.p95).toFixed(2)}  detail ${(tenX.detail!.p95 / oneX.detail!.p95).toFixed(2)}  (target ≤ 1.20)`);
  },
  planning: async (out) => {
    const oneX = await benchTurns(60, false, true);
    const tenX = await benchTurns(600, false, true);
    const label = (history: string) => `${history}, 40-item checklist, 10 benefits × 5 years`;
    for (const line of [...describeTurns(label('5 years'), oneX), ...describeTurns(label('50 years'), tenX)]) out(line);
    out(`10×/1× p95 ratio with planning   status ${(tenX.status!.p95 / oneX.status!.p95).toFixed(2)}  detail ${(tenX.detail!.p95 / oneX.detail!.p95).toFixed(2)}  (target ≤ 1.20; ≤ 3 store requests per turn)`);
  },
  submits: async (out) => {
    const concurrent = await benchConcurrentSubmits();
    out(`concurrent submits ${concurrent.submits} sent (${concurrent.distinctAnswers} answers × 2) in ${concurrent.seconds.toFixed(1)} s: stored ${concurrent.stored}, lost ${concurrent.lost}, duplicates ${concurrent.duplicates}, statuses complete ${concurrent.statusesComplete}/50`);
  },
  fanout: async (out) => {
    const fanout = await benchFanout();
    out(`fan-out ${fanout.expected} sends (5,000 1:1 reminders + 500 channel digests), tenant ceiling ${fanout.ceiling}/s, Teams limits enforced by the connector stand-in:`);
    out(`  achieved ${fanout.ratePerSecond.toFixed(1)}/s = ${((fanout.ratePerSecond / fanout.ceiling) * 100).toFixed(1)} % of the ceiling (target ≥ 90 %) over ${fanout.sendSeconds.toFixed(1)} s, after ${fanout.planSeconds.toFixed(1)} s of planning`);
    out(`  lost ${fanout.lost}, duplicates ${fanout.duplicates}, limit violations ${fanout.violations}, peak RSS ${fanout.peakRssMb.toFixed(0)} MB`);
  },
  startup: async (out) => {
    const startup = await benchStartup();
    out(`cold start to ready ${startup.coldStartMs} ms (target ≤ 3000)   idle RSS local mode ${startup.idleRssMb.toFixed(0)} MB (embedded store and demo data in the process)`);
  },
  bodylimit: async (out) => {
    for (const line of describeBodyLimit(await benchBodyLimit())) out(line);
  },
  floor: async (out) => {
    for (const line of describeFloor(await benchFloor())) out(line);
  },
  surveys: async (out) => {
    for (const line of describeSurveyResults(await benchSurveyResults())) out(line);
  },
  reports: async (out) => {
    for (const line of describeReports(await benchReports())) out(line);
  }
};

/** `npm run bench`: the figures behind the targets in DESIGN.md, printed as plain lines. */
async function main(): Promise<void> {
  const out: Out = (line = '') => process.stdout.write(`${line}\n`);
  const asked = process.argv.slice(2);
  const unknown = asked.filter((name) => !(name in PIECES));
  if (unknown.length) throw new Error(`unknown bench piece ${unknown.join(', ')}; choose from ${Object.keys(PIECES).join(', ')}`);
  out('Sampuls benchmarks (built bot or in-process bot, Cosmos-protocol server, 50 collaborations)');
  for (const name of asked.length ? asked : Object.keys(PIECES)) {
    out();
    await PIECES[name]!(out);
  }
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
