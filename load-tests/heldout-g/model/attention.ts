import { MINUTE, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';
import type { Rhythm } from './rhythm';

/** A forward into a WeChat group or Moments: its members answer over the next minutes to hours. */
interface Forward {
  at: number;
  weight: number;
}

/**
 * When each candidate's people hear about the ballot and vote. Popularity is heavy-tailed (two
 * towns draw far more than the rest); new voters come mostly on the launch day, fewer each day,
 * more on the town's own mobilization days and at the end; each day the town's groups forward the
 * ballot a few times, and the provincial account's push and reminders wake everybody.
 */
export class Attention {
  /** Relative pull of each candidate. */
  readonly weights: number[];
  /** Per candidate, the days its town mobilizes, with how strongly. */
  private readonly bumps: Map<number, number>[];
  /** Per candidate and ballot day, how many first votes that day draws (relative). */
  private readonly profiles: number[][];
  private readonly forwards: Forward[][][];
  private readonly pushDay: number;

  constructor(
    private readonly rng: Rng,
    private readonly ballot: Ballot,
    private readonly rhythm: Rhythm,
  ) {
    const n = ballot.candidates.length;
    const days = ballot.cal.dayCount;
    this.weights = Array.from({ length: n }, () => rng.logNormal(1, 1.0));
    for (let i = 0; i < 2; i++) this.weights[rng.int(0, n - 1)] *= rng.uniform(2, 3.5);
    const wMax = Math.max(...this.weights);

    const fullMass = Math.max(...Array.from({ length: days }, (_, d) => rhythm.mass(d)));
    const lastFull = rhythm.fullDays().at(-1) ?? days - 1;
    this.bumps = this.weights.map(() => {
      const b = new Map<number, number>();
      for (let k = rng.weightedIndex([0.35, 0.4, 0.25]); k > 0; k--) b.set(rng.int(0, days - 1), rng.uniform(1.6, 3.5));
      return b;
    });
    this.profiles = this.bumps.map((bump) =>
      Array.from({ length: days }, (_, d) => {
        const decay = 0.38 + 1.4 * Math.exp(-d / 1.3);
        const final = d >= lastFull ? 1.35 : 1;
        return (rhythm.mass(d) / fullMass) * decay * final * (bump.get(d) ?? 1);
      }),
    );
    this.forwards = this.weights.map((w, ci) =>
      Array.from({ length: days }, (_, d) => {
        const count = rng.poisson((0.3 + 2 * Math.sqrt(w / wMax)) * Math.min(2, this.profiles[ci][d]));
        // Group sizes and how many answer are heavy-tailed: a Pareto weight, capped.
        const all = Array.from({ length: count }, () => ({ at: rhythm.sample(rng, d, 7 * 60, 23 * 60), weight: Math.min(40, 1 / Math.pow(1 - rng.next(), 1 / 1.3)) }));
        return all.filter((f) => Number.isFinite(f.at));
      }),
    );
    this.pushDay = rhythm.dayOf(ballot.pushAt);
  }

  /** The ballot day a new voter of candidate `ci` first comes. */
  firstDay(ci: number): number {
    return this.rng.weightedIndex(this.profiles[ci]);
  }

  /** Whether day d is one of the town's mobilization days (its fans are likelier to come back). */
  mobilizes(ci: number, d: number): boolean {
    return this.bumps[ci].has(d);
  }

  /** When on day d a voter of candidate `ci` votes: after a push, a forward, at their habitual minute, or whenever. */
  when(ci: number, d: number, first: boolean, habit: number | undefined): number {
    const { rng, rhythm } = this;
    const ok = (t: number, awake = false) => rhythm.holds(t, d) && (!awake || !asleep(t));
    if (first && d === this.pushDay && rng.chance(0.42)) {
      const t = this.ballot.pushAt + rng.logNormal(28, 1.1) * MINUTE;
      if (ok(t, true)) return t;
    }
    for (const r of this.ballot.reminders) {
      if (rhythm.dayOf(r) === d && rng.chance(first ? 0.15 : 0.2)) {
        const t = r + rng.logNormal(35, 1.0) * MINUTE;
        if (ok(t, true)) return t;
      }
    }
    const fw = this.forwards[ci][d];
    if (fw.length > 0 && rng.chance(first ? 0.45 : 0.3)) {
      const f = fw[rng.weightedIndex(fw.map((x) => x.weight))];
      const t = f.at + rng.logNormal(14, 1.05) * MINUTE;
      if (ok(t)) return t;
    }
    if (!first && habit !== undefined && rng.chance(0.55)) {
      const t = rhythm.at(d, habit + rng.normal(0, 40));
      if (ok(t)) return t;
    }
    return rhythm.sample(rng, d);
  }
}

/** Between 01:00 and 06:30 a pushed article waits until morning. */
function asleep(t: number): boolean {
  const m = shanghaiMinuteOfDay(t);
  return m >= 60 && m < 390;
}
