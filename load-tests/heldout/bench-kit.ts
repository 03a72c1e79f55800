import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { runDetector } from './detector-runner';
import type { Labels, LedgerLine } from './ledger';
import { writeLedger } from './generate';
import { scoreRun, summarize, totals, type FamilySummary, type RunScore } from './score';

/**
 * What the held-out benches (`bench:heldout`, `bench:heldout-b`) share: their flags, the loop that
 * writes each ledger, runs `cli detect` on it as a black box and scores it, and the result table.
 * Each set keeps its own generator and family catalogue.
 */

export interface BenchOptions {
  family?: string;
  seed?: number;
  out?: string;
  jobs: number;
  writeOnly: boolean;
  /** Only for sets with a tune/holdout split. */
  split?: string;
}

/** The flags of a bench; `splits` are the values `--split` takes (none: the flag is refused). */
export function parseBenchOptions(argv: readonly string[], familyIds: readonly string[], splits: readonly string[] = []): BenchOptions {
  const { values } = parseArgs({
    args: [...argv],
    strict: true,
    allowPositionals: false,
    options: {
      family: { type: 'string' },
      seed: { type: 'string' },
      out: { type: 'string' },
      jobs: { type: 'string', default: '2' },
      'write-only': { type: 'boolean', default: false },
      ...(splits.length > 0 ? { split: { type: 'string' as const, default: 'all' } } : {}),
    },
  });
  const opts: BenchOptions = { jobs: Number(values.jobs), writeOnly: values['write-only'] === true };
  if (!Number.isInteger(opts.jobs) || opts.jobs < 1 || opts.jobs > 8) throw new Error('--jobs must be an integer from 1 to 8');
  if (values.family !== undefined) {
    const id = values.family.toUpperCase();
    if (!familyIds.includes(id)) throw new Error(`--family must be one of ${familyIds.join(', ')}, got ${values.family}`);
    opts.family = id;
  }
  if (values.seed !== undefined) {
    const seed = Number(values.seed);
    if (!Number.isInteger(seed) || seed < 1) throw new Error('--seed must be a positive integer');
    opts.seed = seed;
  }
  if (values.out !== undefined) opts.out = values.out;
  const split = (values as { split?: string }).split;
  if (split !== undefined) {
    if (!splits.includes(split)) throw new Error(`--split must be one of ${splits.join(', ')}, got ${split}`);
    opts.split = split;
  }
  return opts;
}

/** A run as every set's catalogue lists it: a family and a seed. */
export interface BenchRun {
  family: { id: string };
  seed: number;
}

export interface BenchOutcome {
  scores: RunScore[];
  failed: number;
  votes: number;
  seconds: number;
  detectSeconds: number;
  dir: string;
}

/**
 * Writes each run's ledger and labels, runs the detector on it and scores its flags, `jobs` runs
 * at a time (one generates while the detector works on another). Scores come back in the order of
 * `runs` (the catalogue's), whichever finished first.
 */
export async function runBench<R extends BenchRun>(
  runs: readonly R[],
  generate: (run: R) => { lines: LedgerLine[]; labels: Labels },
  opts: BenchOptions,
  tmpPrefix: string,
): Promise<BenchOutcome> {
  const started = process.hrtime.bigint();
  const dir = opts.out ?? (await mkdtemp(path.join(os.tmpdir(), tmpPrefix)));
  await mkdir(dir, { recursive: true });
  const queue = runs.map((run, order) => ({ run, order }));
  const scored: Array<{ order: number; score: RunScore }> = [];
  const outcome: BenchOutcome = { scores: [], failed: 0, votes: 0, seconds: 0, detectSeconds: 0, dir };

  async function worker(): Promise<void> {
    for (let next = queue.shift(); next; next = queue.shift()) {
      const { run, order } = next;
      const name = `${run.family.id}-seed${run.seed}`;
      const { lines, labels } = generate(run);
      outcome.votes += lines.length;
      const ledgerPath = path.join(dir, `${name}.ndjson`);
      await writeLedger(ledgerPath, lines);
      await writeFile(path.join(dir, `${name}.labels.json`), `${JSON.stringify(labels, null, 2)}\n`);
      if (opts.writeOnly) {
        process.stderr.write(`${name}: ${lines.length} votes -> ${ledgerPath}\n`);
        continue;
      }
      try {
        const { flags, seconds } = await runDetector(ledgerPath);
        outcome.detectSeconds += seconds;
        const score = scoreRun(labels, flags);
        scored.push({ order, score });
        await writeFile(path.join(dir, `${name}.flags.json`), `${JSON.stringify(flags, null, 2)}\n`);
        process.stderr.write(
          `${name} [${labels.split}] ${lines.length} votes, ${flags.length} flags, detected ${score.detected}/${score.attacked}, false flags ${score.falseFlags}, detect ${seconds.toFixed(1)} s\n`,
        );
      } catch (err) {
        outcome.failed++;
        process.stderr.write(`${name}: ${(err as Error).message}\n`);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(opts.jobs, runs.length) }, worker));
  outcome.seconds = Number(process.hrtime.bigint() - started) / 1e9;
  outcome.scores = scored.sort((a, b) => a.order - b.order).map((s) => s.score);
  return outcome;
}

/** Removes the scratch directory unless `--out` named one to keep. */
export async function finishBench(outcome: BenchOutcome, opts: BenchOptions): Promise<void> {
  if (!opts.out) await rm(outcome.dir, { recursive: true, force: true });
  else process.stdout.write(`ledgers, labels and flags kept in ${outcome.dir}\n`);
}

const fmt = (n: number | null, digits = 2): string => (n === null ? '-' : n.toFixed(digits));

/** One line per family: recall, falsely flagged runs, false flags, time to flag, and its shape. */
export function familyTable(summaries: readonly FamilySummary[], describe: (familyId: string) => string): string {
  const head = `${'family'.padEnd(7)}${'kind'.padEnd(7)}${'runs'.padStart(5)}${'recall'.padStart(8)}${'detected'.padStart(10)}${'falsely flagged runs'.padStart(22)}${'false flags'.padStart(13)}${'ttf med/max min'.padStart(18)}`;
  const rows = summaries.map((s) => {
    const attack = s.kind === 'attack';
    return (
      `${s.family.padEnd(7)}${s.kind.padEnd(7)}${String(s.runs).padStart(5)}${(attack ? fmt(s.recall) : '').padStart(8)}` +
      `${(attack ? `${s.detected}/${s.attacked}` : '').padStart(10)}${`${s.runsFalselyFlagged}/${s.runs}`.padStart(22)}${String(s.falseFlags).padStart(13)}` +
      `${(attack ? `${fmt(s.medianTimeToFlagMin, 0)}/${fmt(s.maxTimeToFlagMin, 0)}` : '').padStart(18)}  ${describe(s.family).slice(0, 70)}`
    );
  });
  return [head, ...rows].join('\n');
}

/** Runs a bench's main: exit 2 on bad flags (with the usage), 1 on a crash. */
export function benchMain(name: string, usage: string, main: () => Promise<number>): void {
  main().then(
    (code) => (process.exitCode = code),
    (err) => {
      const usageError = (err as { code?: string }).code?.startsWith('ERR_PARSE_ARGS') || /^--/.test((err as Error).message);
      process.stderr.write(usageError ? `${name}: ${(err as Error).message}\n${usage}\n` : `${name}: ${(err as Error).stack ?? err}\n`);
      process.exitCode = usageError ? 2 : 1;
    },
  );
}

/** What a held-out set with one split (`holdout`) gives the shared bench: its name, catalogue and generator. */
export interface HoldoutSet<R extends BenchRun> {
  /** `heldout-g`: the bench's name is `bench:<name>`, its scratch directories `<name>-…`. */
  name: string;
  families: ReadonlyArray<{ id: string; description: string }>;
  runs: (filter: { family?: string; seed?: number }) => R[];
  generate: (run: R) => { lines: LedgerLine[]; labels: Labels };
}

/**
 * The bench of a set held out as a whole: generates each selected run's labelled ledger, runs
 * `cli detect` on it, prints the family table and one line `HELDOUT_RESULT {...}`.
 */
export function holdoutSetMain<R extends BenchRun>(set: HoldoutSet<R>): void {
  const usage = `usage: npm run bench:${set.name} -- [--family ID] [--seed N] [--out DIR] [--jobs N] [--write-only]`;
  benchMain(`bench:${set.name}`, usage, async () => {
    const opts = parseBenchOptions(
      process.argv.slice(2),
      set.families.map((f) => f.id),
    );
    const selected = set.runs({ family: opts.family, seed: opts.seed });
    if (selected.length === 0) throw new Error('--family/--seed: no run matches (the family may not have that seed)');
    const outcome = await runBench(selected, set.generate, opts, `${set.name}-`);
    if (opts.writeOnly) {
      process.stdout.write(`wrote ${selected.length} ledgers (${outcome.votes} votes) with labels to ${outcome.dir} in ${outcome.seconds.toFixed(1)} s\n`);
      return 0;
    }
    const summaries = summarize(outcome.scores);
    process.stdout.write(`-- holdout --\n${familyTable(summaries, (id) => set.families.find((f) => f.id === id)?.description ?? '')}\n`);
    const result = {
      set: set.name,
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
  });
}
