import { DAY, HOUR } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';

/** How a person lives through a day in Beijing time. My own hourly curves, 00:00..23:00. */
export type Life = 'herder' | 'town' | 'office' | 'miner' | 'student' | 'beijing' | 'border';

const CURVES: Record<Life, readonly number[]> = {
  // Up before dawn for milking, a midday rest, the evening after the herd is in; a late night rarely.
  herder: [0.2, 0.1, 0.05, 0.05, 0.3, 1.2, 2.2, 2.0, 1.2, 0.8, 0.8, 1.0, 1.8, 1.6, 0.8, 0.6, 0.6, 0.8, 1.2, 2.0, 2.6, 2.8, 1.8, 0.7],
  town: [0.4, 0.15, 0.08, 0.05, 0.05, 0.15, 0.6, 1.4, 1.6, 1.2, 1.1, 1.2, 1.8, 1.5, 1.0, 0.9, 0.9, 1.1, 1.5, 2.0, 2.5, 2.7, 2.2, 1.2],
  office: [0.6, 0.25, 0.1, 0.05, 0.04, 0.06, 0.3, 1.0, 1.8, 1.6, 1.0, 1.0, 1.9, 1.6, 0.9, 0.9, 0.9, 1.0, 1.3, 1.6, 2.0, 2.4, 2.4, 1.5],
  // Three eight-hour shifts (08-16, 16-24, 00-08): phones come out at the shaft head.
  miner: [1.6, 1.2, 0.5, 0.4, 0.4, 0.5, 0.8, 1.2, 1.6, 1.2, 0.9, 0.9, 1.2, 1.0, 0.8, 0.9, 1.3, 1.2, 1.1, 1.3, 1.4, 1.4, 1.3, 1.4],
  student: [0.9, 0.4, 0.1, 0.05, 0.03, 0.05, 0.2, 0.9, 0.8, 0.6, 0.9, 0.8, 2.0, 1.6, 0.6, 0.7, 0.9, 1.4, 1.8, 1.5, 1.6, 2.1, 2.6, 1.9],
  beijing: [0.7, 0.3, 0.1, 0.05, 0.04, 0.1, 0.4, 1.5, 1.8, 1.0, 0.8, 0.9, 1.7, 1.3, 0.8, 0.8, 0.9, 1.2, 1.8, 1.7, 1.7, 2.2, 2.3, 1.5],
  // Erenhot and Manzhouli: queues at the port from 08:00, waiting trucks at noon, evenings in town.
  border: [0.3, 0.1, 0.05, 0.05, 0.1, 0.3, 0.9, 1.8, 2.2, 1.6, 1.2, 1.2, 1.6, 1.4, 1.1, 1.1, 1.2, 1.4, 1.6, 1.8, 2.0, 1.9, 1.3, 0.7],
};

export class Rhythm {
  constructor(private readonly ballot: Ballot) {}

  /** An instant on ballot day d drawn from a life's curve, inside the ballot's window if at all possible. */
  timeOn(rng: Rng, life: Life, d: number): number {
    const cal = this.ballot.cal;
    const start = cal.firstMidnight + d * DAY;
    let t = NaN;
    for (let i = 0; i < 6; i++) {
      t = start + rng.weightedIndex(CURVES[life]) * HOUR + rng.next() * HOUR;
      if (t >= cal.opensAt && t < cal.closesAt) return t;
    }
    return t;
  }

  /** A habitual hour for a person (fractional, local). */
  habit(rng: Rng, life: Life): number {
    return rng.weightedIndex(CURVES[life]) + rng.next();
  }

  curve(life: Life): readonly number[] {
    return CURVES[life];
  }
}
