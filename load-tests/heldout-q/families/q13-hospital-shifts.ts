import { MINUTE } from '../../heldout/calendar';
import { supporter } from '../model/crowd';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

const HANDOVERS = [8, 16, 0] as const;

/**
 * A county hospital's staff across its three shifts: the hospital's union asks its 500-900
 * doctors, nurses and technicians to back the township of its rural branch. Each votes at their
 * shift's handover (08:00, 16:00 or midnight), mostly on the hospital Wi-Fi's two exits, on most
 * days of the week.
 */
export const hospitalShifts: Family = {
  id: 'Q13',
  kind: 'legit',
  description: 'county hospital staff vote at the 08:00/16:00/00:00 handovers, hospital Wi-Fi, most days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'upper');
    const c = ballot.candidates[ci];
    const wifi = net.nat(rng, 2);
    const staff = Array.from({ length: scaled(scale, rng.int(500, 900), 15) }, () => ({ p: supporter(rng, people, c, 'city'), shift: rng.weightedIndex([0.5, 0.3, 0.2]) }));
    let keep = 0.9;
    for (const d of daysFrom(ctx, 0, rhythm.days)) {
      const srcs = HANDOVERS.map((h) => source(ctx, 'legit', `q13-${h}h-${d}`, ci, 'q13-hospital'));
      for (const s of staff) {
        if (!rng.chance(keep)) continue;
        // The night shift's handover is the midnight that starts day d.
        const at = rhythm.at(d, HANDOVERS[s.shift]) + rng.gamma(1.4, 12 * MINUTE) - 5 * MINUTE;
        people.vote(rng, s.p, at, people.selection(rng, ci), srcs[s.shift], rng.chance(0.75) ? { ip: rng.pick(wifi), net: 'WIFI' } : undefined);
      }
      keep *= 0.93;
    }
  },
};
