import { isWeekend } from '../../heldout/calendar';
import { candidateByProfile } from '../model/ballot';
import type { Home, Person } from '../model/people';
import { at, labelled, organicSize, scaled, type Family } from './family';

const TULOU = ['yongding-tulou', 'nanjing-tulou'] as const;

/**
 * X14, honest: Hakka tulou villages behind one line each. A round earth building houses 10–40
 * households, mostly elders now, and the village put in one fibre line with Wi-Fi for the whole
 * building, so everyone inside shares one address. 8–14 buildings back their volunteer: elders vote
 * at dawn and after dinner on old phones; on the weekend visiting grandchildren and, on the first
 * morning, the village cadre in the ancestral hall go through the elders' phones one after
 * another, a minute or so apart, on the building's line.
 */
export const tulouLine: Family = {
  id: 'X14',
  kind: 'legit',
  description: 'Hakka tulou: 8-14 buildings each on one shared line, elders on old phones, helpers going phone to phone',
  seeds: [1, 2],
  ballot: { need: [...TULOU] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, crowd, net, rhythm } = ctx;
    const cand = candidateByProfile(ballot, rng.pick(TULOU));
    const city = cand.profile.city;
    const sources = Array.from({ length: rhythm.days }, (_, d) => labelled(ctx, `x14-tulou-day${d}`, 'legit', cand, 'x14-tulou'));
    const vote = (p: Person, t: number, ip: string) => {
      if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt) return;
      const d = Math.max(0, Math.min(rhythm.days - 1, rhythm.dayOf(t)));
      people.vote(rng, p, t, crowd.selection(rng, cand), sources[d], { ip, net: 'WIFI' });
    };
    const buildings = scaled(ctx.scale, rng.int(8, 14), 2);
    for (let b = 0; b < buildings; b++) {
      const line = net.nat(rng, city, 1, `tulou-${b}`, 'telecom');
      const ip = line.addresses[0];
      const home: Home = { addressOn: () => ip };
      const households = scaled(Math.sqrt(ctx.scale), rng.int(10, 40), 2);
      const residents: { p: Person; keen: number; dawn: boolean }[] = [];
      for (let h = 0; h < households; h++) {
        const size = 1 + rng.weightedIndex([0.35, 0.4, 0.15, 0.1]);
        for (let k = 0; k < size; k++) {
          const elder = rng.chance(0.7);
          const p = people.make(rng, { city, segment: elder ? 'elder' : 'village', market: elder ? 'elder' : 'village', home, wifi: 0.95, deviceOptions: { lag: elder ? rng.int(1, 4) : 0 } });
          residents.push({ p, keen: rng.uniform(0.35, 0.85), dawn: elder && rng.chance(0.6) });
        }
      }
      // The cadre's round in the ancestral hall on the first full morning.
      let t = at(ctx, 1, 9, rng.int(0, 40));
      const round = new Set<Person>();
      for (const r of residents) {
        if (r.p.segment !== 'elder' || !rng.chance(0.5)) continue;
        t += rng.uniform(40, 110) * 1000;
        vote(r.p, t, ip);
        round.add(r.p);
      }
      for (let d = 0; d < rhythm.days; d++) {
        const weekend = isWeekend(at(ctx, d, 12));
        // A grandchild home for the weekend goes through the family's phones after dinner.
        let helperAt = at(ctx, d, 20, rng.int(0, 50));
        for (const r of residents) {
          if (d === 1 && round.has(r.p)) continue;
          if (!rng.chance(r.keen * (d === 0 ? 0.6 : 1))) continue;
          if (weekend && r.p.segment === 'elder' && rng.chance(0.5)) {
            helperAt += rng.uniform(30, 120) * 1000;
            vote(r.p, helperAt, ip);
          } else {
            const when = r.dawn ? at(ctx, d, 6, rng.int(20, 140)) : at(ctx, d, 19, rng.int(0, 150));
            vote(r.p, when, ip);
          }
        }
      }
    }
  },
};
