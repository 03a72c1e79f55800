import type { Rng } from '../heldout/prng';
import type { Scenario } from './scenario';
import { DAY, HOUR, shDay, shMidnight, shWeekday } from './time';

/**
 * The honest crowd. People meet the ballot through the official account's pushes, a provincial or
 * local newspaper piece, and above all the candidates' own forwards in WeChat groups (each county
 * canvasses its staff, schools and villages); each then comes back on later days with their own
 * habit of return, at about the same time of day, and a push or a deadline nudges them again.
 */

// Votes per hour of a Shanghai day, weekday and weekend (people sleep; lunch and evening peaks).
const WEEKDAY = [1.1, 0.55, 0.3, 0.2, 0.2, 0.35, 1.1, 2.6, 3.6, 3.9, 3.9, 3.8, 4.6, 3.7, 3.3, 3.4, 3.5, 3.8, 4, 4.7, 5.7, 6, 5, 2.9];
const WEEKEND = [1.5, 0.8, 0.4, 0.25, 0.2, 0.3, 0.7, 1.5, 2.6, 3.5, 4, 4.1, 4.5, 3.9, 3.6, 3.6, 3.7, 3.9, 4, 4.6, 5.5, 5.8, 5.1, 3.3];

export function isRestDay(s: Scenario, at: number): boolean {
  const wd = shWeekday(at);
  const date = new Date(at + 8 * HOUR).toISOString().slice(0, 10);
  return wd === 0 || wd === 6 || s.ballot.holidays.includes(date);
}

/** An instant on Shanghai day `day`, at an hour drawn from the daily rhythm. */
export function diurnal(rng: Rng, s: Scenario, day: number): number {
  const mid = shMidnight(day);
  const hours = isRestDay(s, mid + 12 * HOUR) ? WEEKEND : WEEKDAY;
  return mid + (rng.weightedIndex(hours) + rng.next()) * HOUR;
}

/** A nudge that brings people to the page: push, newspaper, a group forward. */
interface Nudge {
  at: number;
  /** Median delay of a reader's vote after it, minutes. */
  delay: number;
  /** Candidate it is about, or -1 for the whole ballot. */
  candidate: number;
  weight: number;
}

function nudges(rng: Rng, s: Scenario): Nudge[] {
  const { opensAt, closesAt, candidates, weight } = s.ballot;
  const day0 = shDay(opensAt);
  const out: Nudge[] = [
    { at: opensAt + rng.uniform(0, 20) * 60_000, delay: 25, candidate: -1, weight: 22 },
    { at: shMidnight(day0 + 1) + rng.uniform(7, 8) * HOUR, delay: 120, candidate: -1, weight: 5 },
    { at: shMidnight(day0 + 3) + rng.uniform(20, 21) * HOUR, delay: 30, candidate: -1, weight: 8 },
    { at: Math.max(opensAt, closesAt - rng.uniform(20, 26) * HOUR), delay: 40, candidate: -1, weight: 6 },
  ];
  // Each candidate's supporters forward the link in their groups a few times during the week.
  const total = weight.reduce((a, b) => a + b, 0);
  candidates.forEach((_, i) => {
    const waves = 1 + rng.poisson(2 + weight[i]);
    for (let k = 0; k < waves; k++) {
      const day = day0 + rng.int(0, 6);
      const at = shMidnight(day) + rng.uniform(8, 22) * HOUR;
      if (at > opensAt && at < closesAt) out.push({ at, delay: rng.uniform(15, 60), candidate: i, weight: (40 * weight[i]) / total / waves });
    }
  });
  return out;
}

/** Adds honest voters until the crowd has cast about `target` votes inside the window. */
export function organic(rng: Rng, s: Scenario, target: number): void {
  const src = s.source({ name: 'organic', kind: 'organic' });
  const list = nudges(rng, s);
  const weights = list.map((n) => n.weight);
  const { opensAt, closesAt, weight } = s.ballot;
  const day0 = shDay(opensAt);
  const lastDay = shDay(closesAt - 1);
  const reminders = new Set(list.filter((n) => n.candidate < 0).map((n) => shDay(n.at)));
  let cast = 0;
  while (cast < target) {
    // A quarter of the crowd comes on its own, any day, at any usual hour.
    let first: number;
    let fav: number;
    if (rng.chance(0.25)) {
      first = diurnal(rng, s, rng.int(day0, lastDay));
      fav = rng.weightedIndex(weight);
    } else {
      const n = list[rng.weightedIndex(weights)];
      first = n.at + rng.logNormal(n.delay, 1.0) * 60_000;
      fav = n.candidate >= 0 ? n.candidate : rng.weightedIndex(weight);
    }
    // Past midnight most readers leave it to the morning.
    const h = ((first + 8 * HOUR) % DAY) / HOUR;
    if (h >= 1 && h < 6.5 && rng.chance(0.8)) first = shMidnight(shDay(first)) + rng.uniform(6.8, 9.5) * HOUR;
    if (first < opensAt || first >= closesAt) continue;
    const p = s.person(rng);
    const loyal = rng.chance(0.3) ? rng.uniform(0.55, 0.95) : rng.uniform(0.03, 0.3);
    const habit = ((first + 8 * HOUR) % DAY) / HOUR;
    s.vote(rng, p, first, s.choose(rng, fav), src);
    cast++;
    for (let d = shDay(first) + 1, k = 0; d <= lastDay; d++, k++) {
      const pr = loyal * 0.93 ** k + (reminders.has(d) ? 0.08 : 0);
      if (!rng.chance(pr)) continue;
      const at = rng.chance(0.6) ? shMidnight(d) + (((habit + rng.normal(0, 1.3)) % 24) + 24) % 24 * HOUR : diurnal(rng, s, d);
      if (at >= closesAt) break;
      // A few drift to another candidate as the campaigns reach them.
      s.vote(rng, p, at, s.choose(rng, rng.chance(0.9) ? fav : rng.weightedIndex(weight)), src);
      cast++;
    }
  }
}
