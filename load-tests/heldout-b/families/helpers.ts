import type { Rng } from '../../heldout/prng';
import { byPull, type Contender } from '../ballot-setup';
import { hourOf, isWeekend } from '../clock';
import type { Scene } from '../residents';

/** A candidate whose organic rank (strongest first) lies between the fractions `from` and `to`. */
export function pickByRank(rng: Rng, scene: Scene, from: number, to: number): Contender {
  const sorted = byPull(scene.ballot);
  const lo = Math.floor(from * (sorted.length - 1));
  const hi = Math.max(lo, Math.ceil(to * (sorted.length - 1)));
  return sorted[rng.int(lo, hi)];
}

/** A source per day (or per wave) of one labelled group: each becomes one window in the labels. */
export class Windows {
  private readonly byKey = new Map<string, number>();
  constructor(
    private readonly scene: Scene,
    private readonly kind: 'attack' | 'legit',
    private readonly group: string,
    private readonly candidate: Contender,
  ) {}

  source(key: string | number): number {
    const name = `${this.group}:${key}`;
    let s = this.byKey.get(name);
    if (s === undefined) {
      s = this.scene.ledger.source({ name, kind: this.kind, candidateId: this.candidate.id, group: this.group });
      this.byKey.set(name, s);
    }
    return s;
  }
}

/** Gaps of a person working through a list: mean `meanMs`, coefficient of variation `cv`. */
export function humanGap(rng: Rng, meanMs: number, cv: number): number {
  const shape = 1 / (cv * cv);
  return rng.gamma(shape, meanMs / shape);
}

/** Ballot days from `first` on, up to the last full day. */
export function daysFrom(scene: Scene, first: number, count: number): number[] {
  const out: number[] = [];
  for (let d = first; d < first + count && d < scene.ballot.lastDay; d++) out.push(d);
  return out;
}

/** Accepted-so-far votes per Shanghai hour for everyone and for one candidate (organic only). */
export function hourlyShare(scene: Scene, candidateId: string, hours: readonly number[]): { all: number; mine: number } {
  let all = 0;
  let mine = 0;
  const want = new Set(hours);
  for (const v of scene.ledger.votes) {
    if (!want.has(hourOf(v.at))) continue;
    all++;
    if (v.candidateIds.includes(candidateId)) mine++;
  }
  return { all, mine };
}

/** Organic votes between two instants, for everyone and for one candidate. */
export function countBetween(scene: Scene, candidateId: string, from: number, to: number): { all: number; mine: number } {
  let all = 0;
  let mine = 0;
  for (const v of scene.ledger.votes) {
    if (v.at < from || v.at >= to) continue;
    all++;
    if (v.candidateIds.includes(candidateId)) mine++;
  }
  return { all, mine };
}

/** A weekday ballot day at or after `day` (offices post on workdays). */
export function workdayFrom(day: number): number {
  let d = day;
  while (isWeekend(d)) d++;
  return d;
}
