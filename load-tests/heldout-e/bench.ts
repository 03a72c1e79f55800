import { benchMain, familyTable, finishBench, parseBenchOptions, runBench } from '../heldout/bench-kit';
import { summarize, totals } from '../heldout/score';
import { FAMILIES, RUNS, familyById } from './catalogue';
import { generate } from './generate';

/**
 * Held-out set E: writes each family's ledgers, runs the detector on them as a black box (`cli
 * detect`) and scores its flags against the labels. Every run is a holdout run. The last line is
 * `HELDOUT_RESULT {json}` for tools that read only that.
 */
const USAGE = 'usage: npm run bench:heldout-e -- [--family E1] [--seed N] [--out DIR] [--jobs N] [--write-only]';

benchMain('bench:heldout-e', USAGE, async () => {
  const opts = parseBenchOptions(process.argv.slice(2), FAMILIES.map((f) => f.id));
  const runs = RUNS.filter((r) => (opts.family === undefined || r.family.id === opts.family) && (opts.seed === undefined || r.seed === opts.seed));
  if (runs.length === 0) throw new Error(`--seed ${opts.seed}: no run of ${opts.family ?? 'any family'} has that seed`);
  const outcome = await runBench(runs, (run) => generate(run), opts, 'heldout-e-');
  if (opts.writeOnly) {
    process.stdout.write(`heldout-e: wrote ${runs.length} ledgers, ${outcome.votes} votes in ${outcome.seconds.toFixed(1)} s\n`);
    await finishBench(outcome, opts);
    return 0;
  }
  const summaries = summarize(outcome.scores);
  process.stdout.write(`${familyTable(summaries, (id) => familyById(id)?.title ?? '')}\n`);
  const families = summaries.map(({ seeds: _seeds, ...rest }) => rest);
  const result = {
    set: 'heldout-e',
    split: 'holdout',
    runs: runs.length,
    failed: outcome.failed,
    votes: outcome.votes,
    seconds: Math.round(outcome.seconds * 10) / 10,
    detectSeconds: Math.round(outcome.detectSeconds * 10) / 10,
    holdout: { families },
    totals: totals(summaries),
  };
  process.stdout.write(`HELDOUT_RESULT ${JSON.stringify(result)}\n`);
  await finishBench(outcome, opts);
  return outcome.failed > 0 ? 1 : 0;
});
