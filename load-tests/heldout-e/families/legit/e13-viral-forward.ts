import { humanPicks } from '../../choices';
import { castVote, connect, type Person } from '../../crowd/person';
import { CITIES } from '../../geography';
import { CellLine, pickProvince } from '../../networks/connections';
import { reactionDelay, whenAwake } from '../../rhythm';
import { MINUTE, ballotDay, lastDay, localHour, wallClock } from '../../time';
import { DailySources, candidateByRank, type Family, type Scene } from '../kit';

/**
 * A story about a township's flood-season rescue goes viral on Moments and in groups: each voter
 * may forward it, and their friends read it minutes or hours later. Spread slows as the audience
 * saturates (an SIR-like cascade), pauses at night and picks up in the morning. Readers are all over
 * the province and beyond; some come back the next day.
 */
class MinHeap {
  private readonly a: number[] = [];
  push(x: number): void {
    const a = this.a;
    a.push(x);
    for (let i = a.length - 1; i > 0; ) {
      const p = (i - 1) >> 1;
      if (a[p] <= a[i]) break;
      [a[p], a[i]] = [a[i], a[p]];
      i = p;
    }
  }
  pop(): number | undefined {
    const a = this.a;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      for (let i = 0; ; ) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && a[l] < a[m]) m = l;
        if (r < a.length && a[r] < a[m]) m = r;
        if (m === i) break;
        [a[m], a[i]] = [a[i], a[m]];
        i = m;
      }
    }
    return top;
  }
}

function build({ rng, ballot, population }: Scene): void {
  const cal = ballot.cal;
  const target = candidateByRank(rng, ballot, 5, 20);
  const home = ballot.cityOf[target];
  const surge = new DailySources(ballot, 'viral', 'legit', target);
  const audience = rng.int(2500, 6000);
  const r0 = rng.uniform(1.6, 2.4);
  const posted = wallClock(cal, rng.int(1, 4), rng.uniform(11, 21));
  const readers = new MinHeap();
  for (let i = 0, seeds = rng.int(30, 60); i < seeds; i++) readers.push(whenAwake(rng, posted + reactionDelay(rng, 10, 1), 40 * MINUTE));
  const voted: { p: Person; t: number }[] = [];
  for (let t = readers.pop(); t !== undefined && voted.length < audience; t = readers.pop()) {
    if (t >= cal.closesAt) continue;
    const away = rng.chance(0.1);
    const city = rng.chance(0.7) ? home : rng.weightedIndex(CITIES.map((c) => c.people));
    const p = population.person(rng, { city, profile: rng.pick(['general', 'young', 'parent', 'elder'] as const), ...(away ? { cell: CellLine.elsewhere(rng, pickProvince(rng)), home: null, office: null } : {}) });
    castVote(ballot, surge.at(t), p, t, humanPicks(rng, ballot, target), connect(rng, p, t));
    voted.push({ p, t });
    // Forwards: fewer as more of the audience has already seen it.
    const children = rng.poisson(r0 * Math.max(0, 1 - voted.length / audience));
    for (let c = 0; c < children; c++) readers.push(whenAwake(rng, t + reactionDelay(rng, 12, 1.1), 40 * MINUTE, p.chrono));
  }
  // A fifth come back the next day, around the hour they first read it.
  for (const { p, t: first } of voted) {
    const day = ballotDay(cal, first) + 1;
    if (!rng.chance(0.2) || day > lastDay(cal)) continue;
    const t = whenAwake(rng, wallClock(cal, day, localHour(first) + rng.normal(0, 1.5)), 30 * MINUTE, p.chrono);
    castVote(ballot, surge.at(t), p, t, humanPicks(rng, ballot, target), connect(rng, p, t));
  }
}

export const e13: Family = {
  id: 'E13',
  kind: 'legit',
  title: 'viral-forward',
  description: 'Viral story: SIR-like forward cascade, 2.5–6k votes over hours, pauses at night; province-wide + 10% away; 20% return',
  seeds: [1, 2],
  build,
};
