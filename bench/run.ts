import { benchBodyLimit, describeBodyLimit } from './bodylimit';
import { benchConcurrentSubmits } from './concurrency';
import { benchFanout } from './fanout';
import { benchStartup } from './startup';
import { benchTurns, describeTurns } from './turns';

/** `npm run bench`: the figures behind the targets in DESIGN.md, printed as plain lines. */
async function main(): Promise<void> {
  const out = (line = '') => process.stdout.write(`${line}\n`);
  out('Sampuls benchmarks (in-process bot, embedded Cosmos-protocol server, 50 collaborations)');
  out();
  const oneX = await benchTurns(60, true);
  const tenX = await benchTurns(600, false);
  for (const line of [...describeTurns('5 years (1×)', oneX), ...describeTurns('50 years (10×)', tenX)]) out(line);
  out(`10×/1× p95 ratio   status ${(tenX.status!.p95 / oneX.status!.p95).toFixed(2)}  detail ${(tenX.detail!.p95 / oneX.detail!.p95).toFixed(2)}  (target ≤ 1.20)`);
  out();
  const concurrent = await benchConcurrentSubmits();
  out(`concurrent submits ${concurrent.submits} sent (${concurrent.distinctAnswers} answers × 2) in ${concurrent.seconds.toFixed(1)} s: stored ${concurrent.stored}, lost ${concurrent.lost}, duplicates ${concurrent.duplicates}, statuses complete ${concurrent.statusesComplete}/50`);
  out();
  const fanout = await benchFanout();
  out(`fan-out ${fanout.expected} sends (5,000 1:1 reminders + 500 channel digests), tenant ceiling ${fanout.ceiling}/s, Teams limits enforced by the connector stand-in:`);
  out(`  achieved ${fanout.ratePerSecond.toFixed(1)}/s = ${((fanout.ratePerSecond / fanout.ceiling) * 100).toFixed(1)} % of the ceiling (target ≥ 90 %) over ${fanout.sendSeconds.toFixed(1)} s, after ${fanout.planSeconds.toFixed(1)} s of planning`);
  out(`  lost ${fanout.lost}, duplicates ${fanout.duplicates}, limit violations ${fanout.violations}, peak RSS ${fanout.peakRssMb.toFixed(0)} MB`);
  out();
  const startup = await benchStartup();
  out(`cold start to ready ${startup.coldStartMs} ms (target ≤ 3000)   idle RSS ${startup.idleRssMb.toFixed(0)} MB (target ≤ 150)`);
  out();
  for (const line of describeBodyLimit(await benchBodyLimit())) out(line);
}

main().catch((error) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
