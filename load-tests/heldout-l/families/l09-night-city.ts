import { HOUR, MINUTE, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { Person } from '../model/crowd';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * Lengshuijiang's smelters, coal-fired plant and antimony mine run round the clock: every night
 * the night shift backs its city, several times the candidate's daytime hourly rate between
 * 22:00 and 06:00, most of it in the 00:30 meal break and the 03:30 rest. Fresh workers join
 * every night; phones of every brand, on Loudi mobile CGNAT and dormitory broadband.
 */
export const nightCity: Family = {
  id: 'L9',
  kind: 'legit',
  description: 'a city of night-shift workers backs its candidate every night, 3-5x daytime rate',
  seeds: [1, 2, 3],
  ballot: { category: 'county', include: ['冷水江市'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, people, ballot } = ctx;
    const c = candidate(ctx, '冷水江市', 2);
    // The candidate's organic daytime rate (08:00-22:00, every selection counted) sets the night's size.
    const daytime = ledger.added().filter((v) => ledger.sources[v.source].kind === 'organic' && v.candidateIds.includes(c.id) && shanghaiMinuteOfDay(v.at) >= 8 * 60 && shanghaiMinuteOfDay(v.at) < 22 * 60);
    const hourly = daytime.length / (7 * 14);
    const k = rng.uniform(3, 5);
    const workers: Person[] = [];
    for (let d = 0; clock(ctx, d, 22) < ballot.cal.closesAt; d++) {
      const src = ledger.source({ name: `night-${d}`, kind: 'legit', candidateId: c.id, group: 'night-shift' });
      const n = rng.poisson(Math.max(scaled(ctx.scale, 250), k * hourly * 8));
      const start = clock(ctx, d, 22);
      // Last nights' workers come back (each at most once a shift), the rest are new to it.
      const returning = rng.shuffle([...workers]);
      for (let i = 0; i < n; i++) {
        const back = returning.length > 0 && rng.chance(0.55);
        const p = back ? (returning.pop() as Person) : people.person(rng, { city: c.city, profile: 'town', segment: rng.chance(0.7) ? 'county' : 'migrant', home: rng.chance(0.3) });
        if (!back) workers.push(p);
        const r = rng.next();
        const at = r < 0.4 ? start + 2.5 * HOUR + rng.normal(0, 18) * MINUTE : r < 0.6 ? start + 5.5 * HOUR + rng.normal(0, 15) * MINUTE : start + rng.next() * 8 * HOUR;
        people.vote(rng, p, at, c.id, src, { ip: ctx.net.mobile(rng, c.city, p.carrier), net: rng.chance(0.5) ? '4G' : '5G' });
      }
    }
  },
};
