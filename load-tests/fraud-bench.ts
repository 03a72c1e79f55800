/**
 * `npm run bench:fraud [-- --seeds 3 --firstSeed 1 --votes 220000 --scenario NAME --verbose --noDelay
 *   --redteam SEEDS --heldout tune|holdout|all]`
 *
 * Runs every simulated scenario (src/sim) over several seeds through the offline detector and
 * prints, per scenario, candidate-level precision/recall, false flags on legitimate scenarios, and
 * the delay from an attack's start to the first minute an ONLINE run (detect over the prefix of
 * the events cast so far) would have raised the flag; then the detector's throughput on a 1M-vote
 * ledger. `--redteam N` adds the red-team scenarios (load-tests/redteam) over N seeds. Both sets
 * were tuned on. `--heldout SPLIT` runs the independent generator's runner (`npm run
 * bench:heldout`, written without reading src/fraud) on that split and prints its figures beside
 * the tuned ones: `tune` was tuned on too; `holdout` was not, and is the honest figure.
 */
import { detect, detectBursts } from '../src/fraud/detector';
import type { VoteEvent } from '../src/fraud/types';
import { SCENARIOS, simulate } from '../src/sim/scenarios';
import { parseFlags } from '../src/cli/command';
import { REDTEAM } from './redteam/scenarios';
import { type HeldoutFamily, runHeldout } from './lib/heldout-result';

const MIN = 60_000;
/** Prefix lengths (minutes after the attack start) at which the online detector is replayed. */
const DELAY_STEPS = [1, 2, 3, 4, 5, 6, 8, 10, 12, 15, 20, 30, 45, 60, 90, 120, 180, 240, 360, 480, 720, 1440, 2880];

interface Row {
  scenario: string;
  legitimate: boolean;
  runs: number;
  attacked: number;
  tp: number;
  fp: number;
  fn: number;
  falseFlags: number;
  /** Legitimate runs with at least one flag. */
  runsFlagged: number;
  delays: number[];
  missedDelay: number;
  detectMs: number;
  votes: number;
}

function lowerBound(events: VoteEvent[], at: number): number {
  let lo = 0;
  let hi = events.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (events[mid].at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}


function main(): void {
  const { flags } = parseFlags(process.argv.slice(2), { seeds: { type: 'string' }, firstSeed: { type: 'string' }, votes: { type: 'string' }, scenario: { type: 'string' }, verbose: { type: 'boolean' }, throughputVotes: { type: 'string' }, noDelay: { type: 'boolean' }, redteam: { type: 'string' }, heldout: { type: 'string' } });
  const seeds = Number(flags.seeds ?? 3);
  const firstSeed = Number(flags.firstSeed ?? 1);
  const votes = Number(flags.votes ?? 220_000);
  const only = typeof flags.scenario === 'string' ? flags.scenario.split(',') : Object.keys(SCENARIOS);
  const verbose = flags.verbose === true;
  const noDelay = flags.noDelay === true;
  const rows: Row[] = [];
  for (const scenario of only) {
    const row: Row = { scenario, legitimate: SCENARIOS[scenario].legitimate, runs: 0, attacked: 0, tp: 0, fp: 0, fn: 0, falseFlags: 0, runsFlagged: 0, delays: [], missedDelay: 0, detectMs: 0, votes: 0 };
    for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
      const sim = simulate(scenario, seed, { votes });
      const events: VoteEvent[] = sim.votes;
      const t = process.hrtime.bigint();
      const found = detect(events);
      row.detectMs += Number(process.hrtime.bigint() - t) / 1e6;
      row.votes += events.length;
      row.runs++;
      const attacked = new Set(sim.labels.attacks.map((a) => a.candidateId));
      const flagged = new Set(found.map((f) => f.candidateId));
      row.attacked += attacked.size;
      for (const c of flagged) if (attacked.has(c)) row.tp++;
      else row.fp++;
      for (const c of attacked) if (!flagged.has(c)) row.fn++;
      if (row.legitimate) row.falseFlags += found.length;
      if (row.legitimate && found.length > 0) row.runsFlagged++;
      if (verbose) {
        for (const b of detectBursts(events)) {
          const mark = attacked.has(b.flag.candidateId) ? 'ATTACKED' : '';
          if (!mark && !b.judgement.flagged && b.flag.observed < 3 * b.flag.expected) continue;
          const sig = Object.entries(b.judgement.signals)
            .map(([k, v]) => `${k}=${v.value}/${v.baseline}/${v.othersInWindow}${v.fired ? '!' : ''}`)
            .join(' ');
          console.log(`  seed ${seed} ${mark} ${b.judgement.flagged ? 'FLAG' : '----'} ${b.flag.candidateId.slice(0, 8)} ${b.flag.windowStart.toISOString()} ${b.burst.endMinute - b.burst.startMinute + 1}min obs=${b.flag.observed} exp=${b.flag.expected} [${b.judgement.groups}] ${sig}`);
        }
        for (const a of sim.labels.attacks) console.log(`  seed ${seed} label ${a.kind} ${a.candidateId.slice(0, 8)} ${a.start} → ${a.end}`);
      }
      if (verbose) {
        for (const f of found) console.log(`  seed ${seed} ${attacked.has(f.candidateId) ? 'ATTACKED' : 'HONEST  '} flag ${f.rule} ${f.candidateId.slice(0, 8)} ${f.windowStart.toISOString()} obs=${f.observed} exp=${f.expected}`);
      }
      // Delay: replay the online detector over the prefix of events cast by start + step.
      for (const c of noDelay ? [] : attacked) {
        if (!flagged.has(c)) continue;
        const start = Math.min(...sim.labels.attacks.filter((a) => a.candidateId === c).map((a) => Date.parse(a.start)));
        let delay: number | null = null;
        for (const step of DELAY_STEPS) {
          const prefix = events.slice(0, lowerBound(events, start + step * MIN));
          if (detect(prefix).some((f) => f.candidateId === c && f.windowEnd.getTime() > start)) {
            delay = step;
            break;
          }
        }
        if (delay === null) row.missedDelay++;
        else row.delays.push(delay);
      }
    }
    rows.push(row);
    printRow(row);
  }
  const redteamRows = typeof flags.redteam === 'string' ? runRedteam(Number(flags.redteam)) : [];
  const heldoutSplit = typeof flags.heldout === 'string' ? flags.heldout : null;
  const heldout = heldoutSplit ? runHeldout(heldoutSplit) : null;
  printSideBySide([...rows, ...redteamRows], heldout);
  const throughput = measureThroughput(Number(flags.throughputVotes ?? 1_000_000));
  console.log(`\nthroughput: ${throughput.votes} votes in ${(throughput.ms / 1000).toFixed(2)} s = ${Math.round(throughput.votes / (throughput.ms / 1000))} votes/s (detect only; ${throughput.flags} flags)`);
  console.log(
    JSON.stringify({
      seeds,
      votes,
      scenarios: Object.fromEntries(rows.map((r) => [r.scenario, summary(r)])),
      throughput: { votes: throughput.votes, seconds: Number((throughput.ms / 1000).toFixed(2)), votesPerSecond: Math.round(throughput.votes / (throughput.ms / 1000)) },
    }),
  );
}

function summary(r: Row) {
  const precision = r.tp + r.fp > 0 ? r.tp / (r.tp + r.fp) : null;
  const recall = r.attacked > 0 ? r.tp / r.attacked : null;
  const sorted = [...r.delays].sort((a, b) => a - b);
  return {
    legitimate: r.legitimate,
    runs: r.runs,
    precision: precision === null ? null : Number(precision.toFixed(3)),
    recall: recall === null ? null : Number(recall.toFixed(3)),
    falseFlags: r.legitimate ? r.falseFlags : r.fp,
    medianDelayMin: sorted.length ? sorted[sorted.length >> 1] : null,
    maxDelayMin: sorted.length ? sorted[sorted.length - 1] : null,
    delaysMin: r.delays,
    /** Flagged offline, but no prefix run within two days of the start raised it (needed later data). */
    notRaisedOnline: r.missedDelay,
    detectMsPerRun: Math.round(r.detectMs / r.runs),
    votesPerRun: Math.round(r.votes / r.runs),
  };
}

let headerPrinted = false;
function printRow(r: Row): void {
  if (!headerPrinted) {
    console.log(`${'scenario'.padEnd(20)} ${'runs'.padStart(4)} ${'prec'.padStart(6)} ${'recall'.padStart(6)} ${'falseFl'.padStart(7)} ${'delays(min)'.padEnd(24)} ${'detect ms'.padStart(9)}`);
    headerPrinted = true;
  }
  const s = summary(r);
  const f = (v: number | null) => (v === null ? '-' : v.toFixed(2));
  console.log(
    `${r.scenario.padEnd(20)} ${String(r.runs).padStart(4)} ${f(s.precision).padStart(6)} ${f(s.recall).padStart(6)} ${String(s.falseFlags).padStart(7)} ${((r.delays.join(',') || '-') + (r.missedDelay ? ` +${r.missedDelay} late` : '')).padEnd(24)} ${String(s.detectMsPerRun).padStart(9)}`,
  );
}

/** The red-team scenarios, scored as the simulated ones (no online replay, so no time to flag). */
function runRedteam(seeds: number): Row[] {
  const rows: Row[] = [];
  for (const [scenario, sc] of Object.entries(REDTEAM)) {
    const row: Row = { scenario, legitimate: sc.legitimate, runs: 0, attacked: 0, tp: 0, fp: 0, fn: 0, falseFlags: 0, runsFlagged: 0, delays: [], missedDelay: 0, detectMs: 0, votes: 0 };
    for (let seed = 1; seed <= seeds; seed++) {
      const led = sc.run(seed * 1009 + scenario.length);
      const t = process.hrtime.bigint();
      const found = detect(led.events);
      row.detectMs += Number(process.hrtime.bigint() - t) / 1e6;
      row.votes += led.events.length;
      row.runs++;
      const attacked = new Set(led.attacks.map((a) => a.candidateId));
      const flagged = new Set(found.map((f) => f.candidateId));
      row.attacked += attacked.size;
      for (const c of flagged) if (attacked.has(c)) row.tp++;
      else row.fp++;
      for (const c of attacked) if (!flagged.has(c)) row.fn++;
      if (row.legitimate) row.falseFlags += found.length;
      if (row.legitimate && found.length > 0) row.runsFlagged++;
    }
    rows.push(row);
    printRow(row);
  }
  return rows;
}

/** Tuned (own simulator, red team) and held-out figures side by side. */
function printSideBySide(tuned: Row[], heldout: { split: string; families: HeldoutFamily[] } | null): void {
  const legit = tuned.filter((r) => r.legitimate);
  const attacks = tuned.filter((r) => !r.legitimate);
  const sum = (rs: Row[], k: 'tp' | 'attacked' | 'runs' | 'runsFlagged') => rs.reduce((s, r) => s + r[k], 0);
  console.log('\n== tuned vs held-out ==');
  console.log(`${'set'.padEnd(30)} ${'kind'.padEnd(6)} ${'runs'.padStart(4)} ${'recall'.padStart(7)} ${'legit runs flagged'.padStart(19)} ${'ttf med/max min'.padStart(16)}`);
  const line = (set: string, kind: string, runs: number, recall: string, flagged: string, ttf: string) =>
    console.log(`${set.padEnd(30)} ${kind.padEnd(6)} ${String(runs).padStart(4)} ${recall.padStart(7)} ${flagged.padStart(19)} ${ttf.padStart(16)}`);
  for (const r of tuned) {
    const d = [...r.delays].sort((a, b) => a - b);
    const ttf = d.length ? `${d[d.length >> 1]}/${d[d.length - 1]}` : '-';
    line(`tuned ${r.scenario}`, r.legitimate ? 'legit' : 'attack', r.runs, r.legitimate ? '' : (r.tp / Math.max(1, r.attacked)).toFixed(2), r.legitimate ? `${r.runsFlagged}/${r.runs}` : '', r.legitimate ? '' : ttf);
  }
  line('tuned TOTAL', '', sum(tuned, 'runs'), (sum(attacks, 'tp') / Math.max(1, sum(attacks, 'attacked'))).toFixed(3), `${sum(legit, 'runsFlagged')}/${sum(legit, 'runs')}`, '');
  if (!heldout) return;
  let det = 0;
  let att = 0;
  let lr = 0;
  let lf = 0;
  for (const f of heldout.families) {
    const ttf = f.medianTimeToFlagMin === null ? '-' : `${f.medianTimeToFlagMin}/${f.maxTimeToFlagMin}`;
    line(`heldout:${heldout.split} ${f.family}`, f.kind, f.runs, f.kind === 'attack' ? (f.recall ?? 0).toFixed(2) : '', f.kind === 'legit' ? `${f.runsFalselyFlagged}/${f.runs}` : '', f.kind === 'attack' ? ttf : '');
    if (f.kind === 'attack') {
      det += f.detected;
      att += f.attacked;
    } else {
      lr += f.runs;
      lf += f.runsFalselyFlagged;
    }
  }
  line(`heldout:${heldout.split} TOTAL`, '', heldout.families.reduce((s, f) => s + f.runs, 0), (det / Math.max(1, att)).toFixed(3), `${lf}/${lr}`, '');
}

function measureThroughput(total: number): { votes: number; ms: number; flags: number } {
  // A 1M-vote ledger: the organic ballot at that size plus a scripted burst.
  const sim = simulate('scripted-bot', 99, { votes: total });
  const t = process.hrtime.bigint();
  const flags = detect(sim.votes);
  const ms = Number(process.hrtime.bigint() - t) / 1e6;
  return { votes: sim.votes.length, ms, flags: flags.length };
}

main();
