import { MINUTE } from '../../heldout/calendar';
import type { Person } from '../model/people';
import type { Province } from '../model/networks';
import { byPull } from '../model/ballot';
import { honestSource, organicSize, scaled, type Family } from './family';

const AWAY: readonly Province[] = ['jiangsu', 'shanghai', 'zhejiang'];

/**
 * Two neighbouring towns of one county in a tug-of-war: the live counts are public, so every
 * evening from the second day one town's groups see a screenshot of the other gaining and push back
 * within the half hour. Both crowds are real, from the same county's mobile egress and home
 * lines, so strangers backing rival towns share addresses.
 */
export const rivalTowns: Family = {
  id: 'M18',
  kind: 'legit',
  description: "two neighbouring towns' evening tug-of-war on the live counts",
  seeds: [1, 2],
  ballot: { category: 'township' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, ballot } = ctx;
    const order = byPull(ballot).slice(2, Math.max(6, Math.floor(ballot.candidates.length * 0.6)));
    let pair: [number, number] = [order[0], order[1]];
    for (const a of order) {
      const b = order.find((x) => x !== a && ballot.places[x].city === ballot.places[a].city);
      if (b !== undefined) {
        pair = [a, b];
        break;
      }
    }
    const city = ballot.places[pair[0]].city;
    const sides = pair.map((ci) => ({
      ci,
      crowd: Array.from({ length: scaled(ctx.scale, rng.int(900, 1500), 10) }, () =>
        rng.chance(0.7) ? people.make(rng, { city, segment: rng.pick(['town', 'town', 'elder', 'young', 'office'] as const) }) : people.make(rng, { city, province: rng.pick(AWAY), segment: 'migrant' }),
      ) as Person[],
    }));
    for (let d = 1; d < ballot.cal.dayCount - 1; d++) {
      const leader = rng.int(0, 1);
      const start = rhythm.at(d, 19 * 60 + 40 + rng.int(0, 40));
      sides.forEach((side, s) => {
        const src = honestSource(ctx, `town ${s + 1} evening ${d}`, side.ci, `tug-of-war ${s + 1}`);
        const begin = start + (s === leader ? 0 : rng.uniform(10, 40) * MINUTE);
        const keen = rng.uniform(0.3, 0.55);
        for (const p of side.crowd) {
          if (rng.chance(keen)) people.vote(rng, p, begin + rng.gamma(1.2, 18 * MINUTE), people.selection(rng, side.ci, 0.85), src);
        }
      });
    }
  },
};
