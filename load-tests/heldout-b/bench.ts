/**
 * Second held-out stuffing benchmark (set B): generates labelled ledgers from its own organic
 * model, runs `cli detect` on each as a black box, and scores recall, false flags and time to flag
 * with the first set's scorer. Every run is held out.
 *
 *   npm run bench:heldout-b -- [--family B3] [--seed 2] [--out DIR] [--jobs 2] [--write-only]
 *
 * Prints one table, then one line `HELDOUT_RESULT {...}`.
 */
import { mkdtemp, mkdir, writeFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { runDetector } from '../heldout/detector-runner';
import { scoreRun, summarize, totals, type FamilySummary, type RunScore } from '../heldout/score';
import { families, runs } from './catalogue';
import { generate, writeLedger, type Run } from './generate';

export interface Options {
  family?: string;
  seed?: number;
  out?: string;
  jobs: number;
  writeOnly: boolean;
}

const usage = 'usage: npm run bench:heldout-b -- [--family ID] [--seed N] [--out DIR] [--jobs N] [--write-only]';

export function parseOptions(argv: readonly string[]): Options {
  const opts: Options = { jobs: 2, writeOnly: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    const eq = arg.indexOf('=');
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const value = (): string => {
      if (eq > 0) return arg.slice(eq + 1);
      const v = argv[++i];
      if (v === undefined || v.startsWith('--')) throw new Error(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--family': {
        const v = value().toUpperCase();
        if (!families.some((f) => f.id === v)) throw new Error(`--family must be one of ${families.map((f) => f.id).join(', ')}, got ${v}`);
        opts.family = v;
        break;
      }
      case '--seed': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 1) throw new Error('--seed must be a positive integer');
        opts.seed = v;
        break;
      }
      case '--jobs': {
        const v = Number(value());
        if (!Number.isInteger(v) || v < 1 || v > 8) throw new Error('--jobs must be an integer from 1 to 8');
        opts.jobs = v;
        break;
      }
      case '--out':
        opts.out = value();
        break;
      case '--write-only':
        if (eq > 0) throw new Error('--write-only takes no value');
        opts.writeOnly = true;
        break;
      default:
        throw new Error(`not understood: ${arg}`);
    }
  }
  return opts;
}

function fmt(n: number | null, digits = 2): string {
  return n === null ? '-' : n.toFixed(digits);
}

function table(summaries: readonly FamilySummary[]): string {
  const head = `${'family'.padEnd(7)}${'kind'.padEnd(7)}${'runs'.padStart(5)}${'recall'.padStart(8)}${'detected'.padStart(10)}${'falsely flagged runs'.padStart(22)}${'false flags'.padStart(13)}${'ttf med/max min'.padStart(18)}`;
  const rows = summaries.map((s) => {
    const desc = families.find((f) => f.id === s.family)?.description ?? '';
    const attack = s.kind === 'attack';
    return (
      `${s.family.padEnd(7)}${s.kind.padEnd(7)}${String(s.runs).padStart(5)}${(attack ? fmt(s.recall) : '').padStart(8)}` +
      `${(attack ? `${s.detected}/${s.attacked}` : '').padStart(10)}${`${s.runsFalselyFlagged}/${s.runs}`.padStart(22)}${String(s.falseFlags).padStart(13)}` +
      `${(attack ? `${fmt(s.medianTimeToFlagMin, 0)}/${fmt(s.maxTimeToFlagMin, 0)}` : '').padStart(18)}  ${desc.slice(0, 70)}`
    );
  });
  return [head, ...rows].join('\n');
}

async function main(): Promise<number> {
  let opts: Options;
  try {
    opts = parseOptions(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`bench:heldout-b: ${(err as Error).message}\n${usage}\n`);
    return 2;
  }
  const selected = runs({ family: opts.family, seed: opts.seed });
  if (selected.length === 0) {
    process.stderr.write(`bench:heldout-b: no run matches\n${usage}\n`);
    return 2;
  }
  const started = process.hrtime.bigint();
  const dir = opts.out ?? (await mkdtemp(path.join(os.tmpdir(), 'heldout-b-')));
  await mkdir(dir, { recursive: true });
  const queue = [...selected];
  const scores: RunScore[] = [];
  let failed = 0;
  let detectSeconds = 0;
  let votes = 0;

  async function worker(): Promise<void> {
    for (let run: Run | undefined; (run = queue.shift()); ) {
      const name = `${run.family.id}-seed${run.seed}`;
      const { lines, labels } = generate(run);
      votes += lines.length;
      const ledgerPath = path.join(dir, `${name}.ndjson`);
      await writeLedger(ledgerPath, lines);
      await writeFile(path.join(dir, `${name}.labels.json`), `${JSON.stringify(labels, null, 2)}\n`);
      if (opts.writeOnly) {
        process.stderr.write(`${name}: ${lines.length} votes -> ${ledgerPath}\n`);
        continue;
      }
      try {
        const { flags, seconds } = await runDetector(ledgerPath);
        detectSeconds += seconds;
        const s = scoreRun(labels, flags);
        scores.push(s);
        await writeFile(path.join(dir, `${name}.flags.json`), `${JSON.stringify(flags, null, 2)}\n`);
        process.stderr.write(`${name} ${lines.length} votes, ${flags.length} flags, detected ${s.detected}/${s.attacked}, false flags ${s.falseFlags}, detect ${seconds.toFixed(1)} s\n`);
      } catch (err) {
        failed++;
        process.stderr.write(`${name}: ${(err as Error).message}\n`);
      }
    }
  }
  await Promise.all(Array.from({ length: Math.min(opts.jobs, selected.length) }, worker));
  const seconds = Number(process.hrtime.bigint() - started) / 1e9;
  if (opts.writeOnly) {
    process.stdout.write(`wrote ${selected.length} ledgers (${votes} votes) with labels to ${dir} in ${seconds.toFixed(1)} s\n`);
    return 0;
  }
  const order = (s: RunScore) => families.findIndex((f) => f.id === s.family) * 1000 + s.seed;
  scores.sort((a, b) => order(a) - order(b));
  const summaries = summarize(scores);
  process.stdout.write(`${table(summaries)}\n`);
  const result = {
    set: 'heldout-b',
    runs: scores.length,
    failedRuns: failed,
    votes,
    seconds: Math.round(seconds),
    detectSeconds: Math.round(detectSeconds),
    totals: totals(summaries),
    families: summaries.map(({ seeds: _seeds, ...rest }) => rest),
  };
  if (!opts.out) await rm(dir, { recursive: true, force: true });
  else process.stdout.write(`ledgers, labels and flags kept in ${dir}\n`);
  process.stdout.write(`HELDOUT_RESULT ${JSON.stringify(result)}\n`);
  return failed > 0 ? 1 : 0;
}

if (require.main === module) {
  main().then(
    (code) => (process.exitCode = code),
    (err) => {
      process.stderr.write(`bench:heldout-b: ${(err as Error).stack ?? err}\n`);
      process.exitCode = 1;
    },
  );
}
