import { MINUTE } from '../../heldout/calendar';
import { byPull } from '../model/ballot';
import type { Region } from '../model/networks';
import { organicSize, partSource, scaled, type Family } from './family';

const CITIES: readonly Region[] = ['Dongguan', 'Foshan', 'Shenzhen', 'Guangzhou'];

/**
 * The doctor's county sends half its young to Guangdong. 1,200–2,200 of them vote for the doctor
 * who treated their parents, every day they remember, after overtime: 22:00 to past midnight,
 * from Guangdong 4G and from twenty factory dormitories' Wi-Fi.
 */
export const migrantsLate: Family = {
  id: 'S15',
  kind: 'legit',
  description: 'workers in Guangdong vote late (22:00-00:40) after overtime, every day',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, net } = ctx;
    const doctor = [...byPull(ctx.ballot).slice(0, 12)].sort((a, b) => b.county.migrantShare - a.county.migrantShare)[rng.int(0, 2)];
    const dorms = Array.from({ length: 20 }, () => {
      const city = rng.pick(CITIES);
      return { city, exits: net.nat(rng, city, 2, rng.chance(0.6) ? 'telecom' : 'unicom') };
    });
    const workers = Array.from({ length: scaled(ctx.scale, rng.int(1200, 2200), 5) }, () => {
      const dorm = rng.chance(0.45) ? rng.pick(dorms) : null;
      const region: Region = dorm?.city ?? rng.pick(CITIES);
      return { p: people.make(rng, { segment: 'migrant', routine: 'factory', region }, doctor), dorm, keen: rng.uniform(0.45, 0.85) };
    });
    for (let d = 0; d < rhythm.days - 1; d++) {
      const source = partSource(ctx, 'legit', 'migrants-late', doctor.id, d);
      for (const w of workers) {
        if (!rng.chance(w.keen)) continue;
        const at = rhythm.clock(d, 21, 50) + rng.gamma(2.2, 30 * MINUTE);
        people.cast(rng, w.p, at, doctor, source, w.dorm && rng.chance(0.8) ? { ip: rng.pick(w.dorm.exits), link: 'wifi' } : net.mobile(rng, w.p.carrier, w.p.region));
      }
    }
  },
};
