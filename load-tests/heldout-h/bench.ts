/**
 * Set H, held out: Gansu ballots (Lanzhou, Tianshui, Jiuquan, Linxia, the pastoral south) with
 * their own organic crowd, eight attack and eleven honest families, written without reading the
 * detector. Generates each labelled ledger, runs `cli detect` on it as a black box, and scores
 * recall, false flags and time to flag.
 *
 *   npm run bench:heldout-h -- [--family H1] [--seed 2] [--out dir] [--jobs 2] [--write-only]
 *
 * Prints the family table, then one line `HELDOUT_RESULT {...}`.
 */
import { benchMain, familyTable, finishBench, parseBenchOptions, runBench } from '../heldout/bench-kit';
import { summarize, totals } from '../heldout/score';
import { families, runs } from './catalogue';
import { generate } from './generate';

const usage = 'usage: npm run bench:heldout-h -- [--family ID] [--seed N] [--out DIR] [--jobs N] [--write-only]';

export const parseOptions = (argv: readonly string[]) =>
  parseBenchOptions(
    argv,
    families.map((f) => f.id),
  );

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const selected = runs({ family: opts.family, seed: opts.seed });
  if (selected.length === 0) throw new Error('--family/--seed: no run matches (the family may not have that seed)');
  const outcome = await runBench(selected, (run) => generate(run), opts, 'heldout-h-');
  if (opts.writeOnly) {
    process.stdout.write(`wrote ${selected.length} ledgers (${outcome.votes} votes) with labels to ${outcome.dir} in ${outcome.seconds.toFixed(1)} s\n`);
    return 0;
  }
  const summaries = summarize(outcome.scores);
  process.stdout.write(`-- holdout --\n${familyTable(summaries, (id) => families.find((f) => f.id === id)?.description ?? '')}\n`);
  const result = {
    set: 'heldout-h',
    split: 'holdout',
    runs: outcome.scores.length,
    failedRuns: outcome.failed,
    votes: outcome.votes,
    seconds: Math.round(outcome.seconds),
    detectSeconds: Math.round(outcome.detectSeconds),
    holdout: { totals: totals(summaries), families: summaries.map(({ seeds: _seeds, ...rest }) => rest) },
  };
  await finishBench(outcome, opts);
  process.stdout.write(`HELDOUT_RESULT ${JSON.stringify(result)}\n`);
  return outcome.failed > 0 ? 1 : 0;
}

if (require.main === module) benchMain('bench:heldout-h', usage, main);
