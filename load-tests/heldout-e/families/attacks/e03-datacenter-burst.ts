import type { Rng } from '../../../heldout/prng';
import { listPicks } from '../../choices';
import { cloud24 } from '../../networks/connections';
import { MINUTE, SECOND, wallClock } from '../../time';
import { DailySources, candidateByRank, type Family, type Scene } from '../kit';
import { androidUA, copiedUA, freshWebid, specLibrary, stitchedUA } from './forgery';

/**
 * The plain scripted burst a cheap vendor sells: fresh accounts posting from rented servers. The
 * seed picks the timer: a fixed period (seed 1), a period with random jitter (seed 2), or a cron
 * that fires a batch at the top of every minute (seed 3). The user agents are a few copied strings,
 * one profile with a random MMWEBID per vote, or strings stitched from several phones.
 */
const TIMERS = ['regular', 'jittered', 'clock-aligned'] as const;

function times(rng: Rng, timer: (typeof TIMERS)[number], start: number, count: number): number[] {
  const out: number[] = [];
  if (timer === 'clock-aligned') {
    const perMinute = rng.int(12, 30);
    let minute = Math.ceil(start / MINUTE) * MINUTE;
    while (out.length < count) {
      for (let i = 0; i < perMinute && out.length < count; i++) out.push(minute + rng.uniform(0, 1.5) * SECOND);
      minute += MINUTE;
    }
    return out.sort((a, b) => a - b);
  }
  const period = rng.uniform(1.5, 5) * SECOND;
  let t = start;
  for (let i = 0; i < count; i++) {
    out.push(t);
    t += timer === 'regular' ? period : period * rng.uniform(0.5, 1.5);
  }
  return out;
}

function userAgents(rng: Rng): () => string {
  const style = rng.int(0, 2);
  if (style === 0) {
    const few = Array.from({ length: rng.int(4, 8) }, () => copiedUA(rng));
    return () => rng.pick(few);
  }
  if (style === 1) {
    const spec = specLibrary(rng, 1)[0];
    return () => androidUA(freshWebid(rng, spec), 'WIFI');
  }
  return () => stitchedUA(rng);
}

function build({ rng, ballot, seed }: Scene): void {
  const target = candidateByRank(rng, ballot, 2, 12);
  const timer = TIMERS[(seed - 1) % TIMERS.length];
  const night = rng.chance(0.5);
  const start = wallClock(ballot.cal, rng.int(1, 5), night ? rng.uniform(0.5, 4) : rng.uniform(9, 21));
  const count = rng.int(1200, 2600);
  const nets = Array.from({ length: rng.int(3, 8) }, () => cloud24(rng));
  const ua = userAgents(rng);
  const picks = listPicks(ballot, [target]);
  // A late evening burst can run past midnight: one window per day.
  const attack = new DailySources(ballot, 'datacenter-script', 'attack', target);
  for (const at of times(rng, timer, start, count)) {
    ballot.ledger.add({ at: Math.round(at), accountId: ballot.ledger.newAccount(), candidateIds: picks, ip: `${rng.pick(nets)}.${rng.int(2, 254)}`, userAgent: ua(), source: attack.at(at) });
  }
}

export const e03: Family = {
  id: 'E3',
  kind: 'attack',
  title: 'datacenter-burst',
  description: 'Scripted burst, 1.2–2.6k votes from 3–8 cloud /24s; timer per seed: fixed period, jittered, or a batch each minute',
  seeds: [1, 2, 3],
  build,
};
