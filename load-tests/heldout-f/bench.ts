import { benchMain, familyTable, finishBench, parseBenchOptions, runBench } from '../heldout/bench-kit';
import { summarize, totals } from '../heldout/score';
import { FAMILIES, familyById, runs } from './catalogue';
import { generate } from './generate';

/**
 * `npm run bench:heldout-f [-- --family F3 --seed 2 --out DIR --jobs 1 --write-only]`: writes set F's
 * labelled ledgers, runs the detector on each as a black box (`cli detect`) and prints the family
 * table and one `HELDOUT_RESULT {json}` line with `set: "heldout-f"`.
 */
const USAGE = 'usage: bench:heldout-f [--family F1..F18] [--seed N] [--out DIR] [--jobs N] [--write-only]';

async function main(): Promise<number> {
  const ids = FAMILIES.map((f) => f.id);
  const opts = parseBenchOptions(process.argv.slice(2), ids);
  const selected = runs({ family: opts.family, seed: opts.seed });
  if (selected.length === 0) throw new Error(`--seed ${opts.seed} is not a seed of ${opts.family ?? 'any family'}`);
  const outcome = await runBench(selected, (run) => generate(run), opts, 'heldout-f-');
  process.stderr.write(`${selected.length} runs, ${outcome.votes} votes, ${outcome.seconds.toFixed(1)} s (detector ${outcome.detectSeconds.toFixed(1)} s)\n`);
  if (!opts.writeOnly) {
    const summaries = summarize(outcome.scores);
    process.stdout.write(`${familyTable(summaries, (id) => familyById(id).description)}\n`);
    process.stdout.write(`HELDOUT_RESULT ${JSON.stringify({ set: 'heldout-f', split: 'holdout', runs: selected.length, failed: outcome.failed, votes: outcome.votes, families: summaries, totals: totals(summaries) })}\n`);
  }
  await finishBench(outcome, opts);
  return outcome.failed > 0 ? 1 : 0;
}

benchMain('bench:heldout-f', USAGE, main);
