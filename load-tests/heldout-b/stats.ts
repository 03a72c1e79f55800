/**
 * Quick look at a written ledger, to check it is realistic: votes per day and per Shanghai hour,
 * candidates' totals, the busiest addresses and strings, and each labelled part's hourly profile.
 *
 *   npx tsx load-tests/heldout-b/stats.ts DIR/B1-seed1.ndjson
 */
import { readFileSync } from 'node:fs';
import type { Labels, LedgerLine } from '../heldout/ledger';
import { hourOf } from './clock';

function top<K>(m: Map<K, number>, n: number): [K, number][] {
  return [...m].sort((a, b) => b[1] - a[1]).slice(0, n);
}

function bump<K>(m: Map<K, number>, k: K, by = 1): void {
  m.set(k, (m.get(k) ?? 0) + by);
}

function main(file: string): void {
  const lines = readFileSync(file, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as LedgerLine);
  const labels = JSON.parse(readFileSync(file.replace(/\.ndjson$/, '.labels.json'), 'utf8')) as Labels;
  const perDay = new Map<string, number>();
  const perHour = new Array<number>(24).fill(0);
  const perCand = new Map<string, number>();
  const perIp = new Map<string, number>();
  const perUa = new Map<string, number>();
  for (const l of lines) {
    bump(perDay, l.day);
    perHour[hourOf(Date.parse(l.at))]++;
    for (const c of l.candidateIds) bump(perCand, c);
    bump(perIp, l.ip);
    bump(perUa, l.userAgent);
  }
  const accounts = new Set(lines.map((l) => l.accountId)).size;
  console.log(`${labels.family}-seed${labels.seed}: ${lines.length} votes, ${accounts} accounts, ${labels.candidates} candidates, refused ${JSON.stringify(labels.refused)}`);
  console.log('per day', Object.fromEntries(perDay));
  console.log('per hour', perHour.join(' '));
  const cand = top(perCand, 100);
  console.log('candidates', cand.map(([, n]) => n).join(' '));
  console.log('top ips', top(perIp, 6));
  console.log('top uas', top(perUa, 3).map(([u, n]) => `${n} ${u.slice(0, 110)}`));
  for (const part of [...labels.attacks, ...labels.honestSurges]) {
    const rank = cand.findIndex(([id]) => id === part.candidateId) + 1;
    console.log(`${part.group} on rank ${rank}/${labels.candidates} (${perCand.get(part.candidateId)} votes): ${part.votes} votes in ${part.windows.length} windows`);
    for (const w of part.windows.slice(0, 8)) console.log(`  ${w.start} .. ${w.end} ${w.votes}`);
    // The candidate's votes per hour around the first window, everything vs this part's share.
    const start = Date.parse(part.windows[0].start);
    const hours: string[] = [];
    for (let h = -3; h <= 4; h++) {
      const from = start + h * 3_600_000;
      let all = 0;
      let mine = 0;
      for (const l of lines) {
        const t = Date.parse(l.at);
        if (t < from || t >= from + 3_600_000) continue;
        all++;
        if (l.candidateIds.includes(part.candidateId)) mine++;
      }
      hours.push(`${hourOf(from)}h:${mine}/${all}`);
    }
    console.log(`  around first window (candidate/all per hour): ${hours.join(' ')}`);
  }
}

main(process.argv[2] ?? '');
