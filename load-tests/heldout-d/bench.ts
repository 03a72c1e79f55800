import { benchMain, familyTable, finishBench, parseBenchOptions, runBench } from '../heldout/bench-kit';
import { summarize, totals } from '../heldout/score';
import { describeFamily, FAMILY_IDS, selectRuns } from './catalogue';
import { generate } from './generate';

/**
 * `npm run bench:heldout-d`: writes set D's labelled ledgers, runs the detector on each as a black
 * box (`cli detect`), scores its flags against the labels and prints a table and one
 * `HELDOUT_RESULT {json}` line. Set D was written without sight of the detector; every run is
 * held out.
 */

const USAGE = 'usage: npm run bench:heldout-d -- [--family D1..D19] [--seed N] [--out DIR] [--jobs N] [--write-only]';

benchMain('bench:heldout-d', USAGE, async () => {
  const opts = parseBenchOptions(process.argv.slice(2), FAMILY_IDS);
  const runs = selectRuns(opts);
  const outcome = await runBench(runs, (run) => generate(run), opts, 'heldout-d-');
  if (opts.writeOnly) {
    process.stdout.write(`wrote ${runs.length} ledgers, ${outcome.votes} votes, in ${outcome.seconds.toFixed(1)} s\n`);
    await finishBench(outcome, opts);
    return 0;
  }
  const families = summarize(outcome.scores);
  const total = totals(families);
  process.stdout.write(`${familyTable(families, describeFamily)}\n`);
  process.stdout.write(
    `runs ${runs.length}, votes ${outcome.votes}, failed ${outcome.failed}, ${outcome.seconds.toFixed(1)} s (detector ${outcome.detectSeconds.toFixed(1)} s)\n`,
  );
  const result = {
    set: 'heldout-d',
    runs: runs.length,
    votes: outcome.votes,
    failed: outcome.failed,
    seconds: Math.round(outcome.seconds * 10) / 10,
    detectSeconds: Math.round(outcome.detectSeconds * 10) / 10,
    holdout: { families: families.map(({ seeds: _seeds, ...rest }) => rest), totals: total },
    totals: total,
  };
  process.stdout.write(`HELDOUT_RESULT ${JSON.stringify(result)}\n`);
  await finishBench(outcome, opts);
  return outcome.failed > 0 ? 1 : 0;
});
