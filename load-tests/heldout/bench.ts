/**
 * Held-out stuffing benchmark: generates labelled ledgers written without reading the detector,
 * runs `cli detect` on each as a black box, and scores recall, false flags and time to flag.
 *
 *   npm run bench:heldout -- [--split tune|holdout|all] [--family A1] [--seed 3] [--out dir] [--jobs 2] [--write-only]
 *
 * Prints a table per split, then one line `HELDOUT_RESULT {...}`.
 */
import { benchMain, familyTable, finishBench, parseBenchOptions, runBench } from './bench-kit';
import { families, runs } from './catalogue';
import { generate } from './generate';
import { summarize, totals } from './score';
import type { Split } from './families/family';

const usage = 'usage: npm run bench:heldout -- [--split tune|holdout|all] [--family ID] [--seed N] [--out DIR] [--jobs N] [--write-only]';

export const parseOptions = (argv: readonly string[]) =>
  parseBenchOptions(
    argv,
    families.map((f) => f.id),
    ['tune', 'holdout', 'all'],
  );

async function main(): Promise<number> {
  const opts = parseOptions(process.argv.slice(2));
  const selected = runs({ split: opts.split as Split | 'all', family: opts.family, seed: opts.seed });
  if (selected.length === 0) throw new Error('--split/--family/--seed: no run matches (the split may not hold that family or seed)');
  const outcome = await runBench(
    selected,
    generate,
    opts,
    'heldout-',
  );
  if (opts.writeOnly) {
    process.stdout.write(`wrote ${selected.length} ledgers with labels to ${outcome.dir} in ${outcome.seconds.toFixed(1)} s\n`);
    return 0;
  }
  const result: Record<string, unknown> = { split: opts.split, runs: outcome.scores.length, failedRuns: outcome.failed, seconds: Math.round(outcome.seconds), detectSeconds: Math.round(outcome.detectSeconds) };
  for (const split of ['tune', 'holdout'] as const) {
    const part = outcome.scores.filter((s) => s.split === split);
    if (part.length === 0) continue;
    const summaries = summarize(part);
    process.stdout.write(`-- ${split} --\n${familyTable(summaries, (id) => families.find((f) => f.id === id)?.description ?? '')}\n`);
    result[split] = { totals: totals(summaries), families: summaries.map(({ seeds: _seeds, ...rest }) => rest) };
  }
  await finishBench(outcome, opts);
  process.stdout.write(`HELDOUT_RESULT ${JSON.stringify(result)}\n`);
  return outcome.failed > 0 ? 1 : 0;
}

if (require.main === module) benchMain('bench:heldout', usage, main);
