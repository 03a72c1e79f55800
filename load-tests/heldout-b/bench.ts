/**
 * Second held-out stuffing benchmark (set B): generates labelled ledgers from its own organic
 * model, runs `cli detect` on each as a black box, and scores recall, false flags and time to flag
 * with the first set's scorer. Every run is held out.
 *
 *   npm run bench:heldout-b -- [--family B3] [--seed 2] [--out DIR] [--jobs 2] [--write-only]
 *
 * Prints one table, then one line `HELDOUT_RESULT {...}`.
 */
import { benchMain, familyTable, finishBench, parseBenchOptions, runBench } from '../heldout/bench-kit';
import { summarize, totals } from '../heldout/score';
import { families, runs } from './catalogue';
import { generate } from './generate';

const usage = 'usage: npm run bench:heldout-b -- [--family ID] [--seed N] [--out DIR] [--jobs N] [--write-only]';

export const parseOptions = (argv: readonly string[]) => parseBenchOptions(argv, families.map((f) => f.id));

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const selected = runs({ family: opts.family, seed: opts.seed });
  if (selected.length === 0) throw new Error('--family/--seed: no run matches');
  const outcome = await runBench(
    selected,
    generate,
    opts,
    'heldout-b-',
  );
  if (opts.writeOnly) {
    process.stdout.write(`wrote ${selected.length} ledgers (${outcome.votes} votes) with labels to ${outcome.dir} in ${outcome.seconds.toFixed(1)} s\n`);
    return 0;
  }
  const summaries = summarize(outcome.scores);
  process.stdout.write(`${familyTable(summaries, (id) => families.find((f) => f.id === id)?.description ?? '')}\n`);
  const result = {
    set: 'heldout-b',
    runs: outcome.scores.length,
    failedRuns: outcome.failed,
    votes: outcome.votes,
    seconds: Math.round(outcome.seconds),
    detectSeconds: Math.round(outcome.detectSeconds),
    totals: totals(summaries),
    families: summaries.map(({ seeds: _seeds, ...rest }) => rest),
  };
  await finishBench(outcome, opts);
  process.stdout.write(`HELDOUT_RESULT ${JSON.stringify(result)}\n`);
  return outcome.failed > 0 ? 1 : 0;
}

if (require.main === module) benchMain('bench:heldout-b', usage, main);
