import { HOUR, MINUTE } from '../../heldout/calendar';
import { pickRanked } from '../model/ballot';
import type { Region } from '../model/networks';
import type { Person } from '../model/people';
import { organicSize, partSource, type Family } from './family';

/**
 * The doctor's villagers on night shifts (Liuzhou's car plants or Dongguan's electronics lines)
 * back her every night from 22:00 to 06:00: Poisson arrivals at 2.5–4 times her daytime hourly
 * rate, crowding the midnight meal break and the 03:30 rest; most voters are new each night (the
 * word spreads through the line), some come back; every brand of phone on carrier 4G/5G.
 */
export const nightShift: Family = {
  id: 'S9',
  kind: 'legit',
  description: 'night-shift workers: 2.5-4x the doctor daytime rate every night 22:00-06:00',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 3, 9);
    const region: Region = rng.chance(0.5) ? 'Liuzhou' : 'Dongguan';
    const hourly = ctx.crowd.daily(doctor) / 16;
    const factor = rng.uniform(2.5, 4);
    const workers: Person[] = [];
    for (let d = 0; d < rhythm.days - 1; d++) {
      const source = partSource(ctx, 'legit', 'night-shift', doctor.id, d);
      const start = rhythm.clock(d, 22);
      const n = Math.min(Math.round(2500 * ctx.scale), rng.poisson(hourly * factor * 8));
      for (let i = 0; i < n; i++) {
        const r = rng.next();
        const at = r < 0.4 ? rhythm.clock(d + 1, 0) + rng.uniform(0, 60) * MINUTE : r < 0.6 ? rhythm.clock(d + 1, 3, 30) + rng.uniform(0, 45) * MINUTE : start + rng.uniform(0, 8) * HOUR;
        const back = workers.length > 0 && rng.chance(0.3);
        const p = back ? rng.pick(workers) : people.make(rng, { segment: 'migrant', routine: 'factory', region }, doctor);
        if (!back) workers.push(p);
        people.cast(rng, p, at, doctor, source, ctx.net.mobile(rng, p.carrier, region));
      }
    }
  },
};
