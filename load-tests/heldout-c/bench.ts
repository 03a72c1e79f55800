/**
 * Held-out set C: ledgers written blind to the detector and to sets A and B, run through
 * `cli detect` as a black box and scored like the other sets.
 *
 *   npm run bench:heldout-c -- [--family C1] [--seed 2] [--out dir] [--jobs 2] [--write-only]
 *
 * Prints the family table, then one line `HELDOUT_RESULT {...}`.
 */
import { benchMain, familyTable, finishBench, parseBenchOptions, runBench } from '../heldout/bench-kit';
import { summarize, totals } from '../heldout/score';
import { families, runs } from './catalogue';
import { generate } from './generate';

const usage = 'usage: npm run bench:heldout-c -- [--family ID] [--seed N] [--out DIR] [--jobs N] [--write-only]';

export const parseOptions = (argv: readonly string[]) =>
  parseBenchOptions(
    argv,
    families.map((f) => f.id),
  );

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const selected = runs({ family: opts.family, seed: opts.seed });
  if (selected.length === 0) throw new Error('--family/--seed: no run matches');
  const outcome = await runBench(
    selected,
    generate,
    opts,
    'heldout-c-',
  );
  if (opts.writeOnly) {
    process.stdout.write(`wrote ${selected.length} ledgers with labels to ${outcome.dir} in ${outcome.seconds.toFixed(1)} s (${outcome.votes} votes)\n`);
    await finishBench(outcome, opts);
    return 0;
  }
  const summaries = summarize(outcome.scores);
  process.stdout.write(`-- holdout --\n${familyTable(summaries, (id) => families.find((f) => f.id === id)?.description ?? '')}\n`);
  const result = {
    set: 'heldout-c',
    runs: outcome.scores.length,
    failedRuns: outcome.failed,
    seconds: Math.round(outcome.seconds),
    detectSeconds: Math.round(outcome.detectSeconds),
    holdout: { totals: totals(summaries), families: summaries.map(({ seeds: _seeds, ...rest }) => rest) },
  };
  await finishBench(outcome, opts);
  process.stdout.write(`HELDOUT_RESULT ${JSON.stringify(result)}\n`);
  return outcome.failed > 0 ? 1 : 0;
}

if (require.main === module) benchMain('bench:heldout-c', usage, main);
