/**
 * `npx tsx load-tests/redteam/run.ts [--seeds 5 --firstSeed 1 --scenario a,b --cli --roundSeconds --verbose]`
 *
 * Replays the independent red-team traffic through the detector and prints, per scenario,
 * candidate-level precision and recall, false flags on legitimate scenarios, and the median delay
 * from an attack's start to the flagged window's alarm. `--cli` goes through `cli detect` on an
 * NDJSON export (the path an outside acceptance suite takes) instead of calling `detect` in process.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { detect, detectBursts } from '../../src/fraud/detector';
import type { VoteEvent } from '../../src/fraud/types';
import { REDTEAM } from './scenarios';
import { parseFlags } from '../../src/cli/command';

interface Flag {
  candidateId: string;
  windowStart: string;
}


function viaCli(events: VoteEvent[], dir: string): Flag[] {
  const file = join(dir, 'ledger.ndjson');
  const lines = events.map((e) => JSON.stringify({ voteId: e.voteId, at: new Date(e.at).toISOString(), day: '', accountId: e.accountId, candidateIds: e.candidateIds, ip: e.ip, userAgent: e.userAgent }));
  writeFileSync(file, `${lines.join('\n')}\n`);
  const r = spawnSync(join(__dirname, '..', '..', 'node_modules', '.bin', 'tsx'), ['src/cli/main.ts', 'detect', '--input', file], { cwd: join(__dirname, '..', '..'), encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) throw new Error(`cli detect failed: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { flags: Flag[] }).flags;
}

function main(): void {
  const { flags } = parseFlags(process.argv.slice(2), { seeds: { type: 'string' }, firstSeed: { type: 'string' }, scenario: { type: 'string' }, roundSeconds: { type: 'boolean' }, cli: { type: 'boolean' }, verbose: { type: 'boolean' }, all: { type: 'boolean' } });
  const seeds = Number(flags.seeds ?? 5);
  const firstSeed = Number(flags.firstSeed ?? 1);
  const only = typeof flags.scenario === 'string' ? flags.scenario.split(',') : Object.keys(REDTEAM);
  const dir = mkdtempSync(join(tmpdir(), 'redteam-'));
  const rows: string[][] = [];
  let totalFalse = 0;
  let totalFn = 0;
  try {
    for (const name of only) {
      const sc = REDTEAM[name];
      let tp = 0;
      let fp = 0;
      let fn = 0;
      let attacked = 0;
      let falseFlags = 0;
      let votes = 0;
      const delays: number[] = [];
      const sizes: string[] = [];
      for (let seed = firstSeed; seed < firstSeed + seeds; seed++) {
        const led = sc.run(seed * 1009 + hash(name));
        // Another system's export may keep whole seconds only: many equal timestamps and gaps of 0.
        if (flags.roundSeconds) for (const e of led.events) e.at = Math.floor(e.at / 1000) * 1000;
        votes += led.events.length;
        const found: Flag[] = flags.cli ? viaCli(led.events, dir) : detect(led.events).map((f) => ({ candidateId: f.candidateId, windowStart: f.windowStart.toISOString() }));
        const target = new Set(led.attacks.map((a) => a.candidateId));
        const hit = new Set(found.map((f) => f.candidateId));
        attacked += target.size;
        for (const c of hit) if (target.has(c)) tp++;
        else fp++;
        for (const c of target) if (!hit.has(c)) fn++;
        for (const f of found) if (!target.has(f.candidateId)) falseFlags++;
        for (const a of led.attacks) {
          sizes.push(String(a.votes));
          const first = found.filter((f) => f.candidateId === a.candidateId).map((f) => Date.parse(f.windowStart));
          if (first.length > 0) delays.push(Math.max(0, (Math.min(...first) - a.start) / 60_000));
        }
        if (flags.verbose) {
          for (const b of detectBursts(led.events)) {
            if (b.judgement.flagged === target.has(b.flag.candidateId) && !flags.all) continue;
            const sig = Object.entries(b.judgement.signals)
              .map(([k, s]) => `${k}=${s.value}/${Math.max(s.baseline ?? 0, s.othersInWindow ?? 0)}${s.fired ? '*' : ''}(z${s.z},x${s.explainedVotes})`)
              .join(' ');
            console.log(`  ${name} seed ${seed} ${b.flag.candidateId.slice(0, 3)} ${target.has(b.flag.candidateId) ? 'ATTACK' : 'legit'} flagged=${b.judgement.flagged} ${b.flag.windowStart.toISOString()} obs=${b.flag.observed} exp=${b.flag.expected} groups=${b.judgement.groups.join(',')} ${sig}`);
          }
          for (const a of led.attacks) if (!hit.has(a.candidateId)) console.log(`  MISSED ${name} seed ${seed} ${a.candidateId.slice(0, 3)} votes=${a.votes} start=${new Date(a.start).toISOString()}`);
        }
      }
      totalFalse += sc.legitimate ? falseFlags : fp;
      totalFn += fn;
      const precision = tp + fp > 0 ? (tp / (tp + fp)).toFixed(2) : '-';
      const recall = attacked > 0 ? (tp / attacked).toFixed(2) : '-';
      delays.sort((x, y) => x - y);
      const med = delays.length > 0 ? delays[Math.floor(delays.length / 2)].toFixed(0) : '-';
      rows.push([name, sc.legitimate ? 'legit' : 'attack', String(seeds), String(Math.round(votes / seeds)), precision, recall, String(falseFlags), med, sizes.slice(0, 6).join(',')]);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
  const head = ['scenario', 'kind', 'runs', 'votes/run', 'precision', 'recall', 'falseFlags', 'medDelayMin', 'attack sizes'];
  const w = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const fmt = (r: string[]) => r.map((c, i) => c.padEnd(w[i])).join('  ');
  console.log(fmt(head));
  for (const r of rows) console.log(fmt(r));
  console.log(`\nfalse flags (legit scenarios + wrong candidates): ${totalFalse}; missed attacks: ${totalFn}${flags.cli ? ' (via cli detect)' : ''}`);
}

function hash(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 16777619);
  return (h >>> 0) % 100_000;
}

main();
