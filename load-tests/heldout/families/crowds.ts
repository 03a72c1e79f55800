import { dayRange, MINUTE, shanghaiMinuteOfDay, DAY } from '../calendar';
import type { DeviceTaste } from '../devices';
import { castVote, makePerson, maybeRedial, type Person } from '../people';
import type { Rng } from '../prng';
import { selection, type Ballot } from '../ballot';

export interface HumanBurst {
  source: number;
  candidate: number;
  size: number;
  start: number;
  /** Groups the message reaches through (townships, WeChat groups): each forwards at its own time. */
  groups: number;
  /** Mean delay, in minutes, before a group forwards the message. */
  forwardMeanMin: number;
  /** Median delay, in minutes, from a group's message to a member's vote. */
  responseMedianMin: number;
  where: (rng: Rng) => { region: string; home: string };
  taste: DeviceTaste;
  /** The network of one vote: a fixed address (office NAT), or undefined for the person's own Wi-Fi or mobile data. */
  via?: (rng: Rng, p: Person) => { ip: string; wifi: boolean } | undefined;
  /** People reached by the burst come back on later days with this chance per day (as organic votes). */
  returnChance: number;
  /** Source for those later votes. */
  returnSource: number;
}

/**
 * Real people answering a message passed down through groups: each group forwards after an
 * exponential delay, each member answers after a log-normal one. Returns the people.
 */
export function humanBurst(rng: Rng, ballot: Ballot, b: HumanBurst): Person[] {
  const groupAt = Array.from({ length: b.groups }, () => b.start + rng.exponential(b.forwardMeanMin) * MINUTE);
  const groupWeight = groupAt.map(() => rng.gamma(1.5, 1));
  const people: Person[] = [];
  for (let i = 0; i < b.size; i++) {
    const p = makePerson(rng, ballot, b.where(rng), b.taste);
    const g = rng.weightedIndex(groupWeight);
    const at = groupAt[g] + rng.logNormal(b.responseMedianMin, 0.9) * MINUTE;
    castVote(rng, ballot, p, at, selection(rng, ballot, b.candidate), b.source, b.via?.(rng, p));
    people.push(p);
    comeBack(rng, ballot, p, at, b.candidate, b.returnChance, b.returnSource);
  }
  return people;
}

/** Later days' votes of someone first reached at `first`: near the same hour or whenever. */
export function comeBack(rng: Rng, ballot: Ballot, p: Person, first: number, candidate: number, chance: number, source: number): void {
  if (chance <= 0) return;
  const { cal } = ballot;
  const firstDay = Math.floor((first - cal.firstMidnight) / DAY);
  const habit = shanghaiMinuteOfDay(first);
  for (let d = firstDay + 1; d < cal.dayCount; d++) {
    if (!rng.chance(chance)) continue;
    const [from, to] = dayRange(cal, d);
    let at = rng.chance(0.5) ? cal.firstMidnight + d * DAY + (habit + rng.normal(0, 60)) * MINUTE : NaN;
    if (!(at >= from && at < to)) at = ballot.organicTime.sample(rng, from, to);
    maybeRedial(rng, p);
    castVote(rng, ballot, p, at, selection(rng, ballot, candidate), source);
  }
}

/** A day index (not the first or last) and an Asia/Shanghai clock time, as an instant. */
export function dayAt(ballot: Ballot, day: number, hour: number): number {
  return ballot.cal.firstMidnight + day * DAY + hour * 60 * MINUTE;
}

export function cityOf(ballot: Ballot, candidate: number): { region: string; home: string } {
  const city = ballot.candidates[candidate].city;
  return { region: city, home: city };
}
