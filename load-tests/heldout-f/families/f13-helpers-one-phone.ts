import type { Family } from '../catalogue-types';
import { candidateInBand } from '../ballot';
import { marketDevice } from '../devices';
import { castBy, makePerson, type Person } from '../people';
import { SECOND, at } from '../time';
import { perDay } from './kit';

/**
 * Several real people's accounts on one phone. Village clerks and community volunteers sit with
 * elders who cannot manage the page and vote with each elder's own account on the helper's phone,
 * one after another (switching accounts, chatting: uneven gaps), on the village committee's line
 * or the helper's data; they come back on market days and the same elders vote again. Grandchildren
 * do the same in the evening for two to four relatives on their own phone.
 */
export const F13: Family = {
  id: 'F13',
  kind: 'legit',
  description: 'helpers and grandchildren voting elders\' own accounts on one phone, several days',
  seeds: [1, 2, 3],
  organicVotes: (rng) => rng.int(22_000, 32_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.2, 0.7);
    const city = b.cityOf[target];
    const source = perDay(b, 'helpers-one-phone', 'legit', target);
    const elder = (device = marketDevice(rng, 'adult')): Person => makePerson(rng, b, { favourite: target, city, owner: 'elder', device, office: null });
    const helpers = rng.int(14, 28);
    for (let h = 0; h < helpers; h++) {
      const phone = marketDevice(rng, 'adult');
      const committee = b.nets.home(rng, b.nets.newHome(rng, city), 0);
      const elders = Array.from({ length: rng.int(15, 45) }, () => elder(phone));
      const days = rng.shuffle([1, 2, 3, 4, 5, 6]).slice(0, rng.int(1, 3)).sort();
      for (const [k, d] of days.entries()) {
        let t = at(b.cal, d, rng.uniform(8.5, 16));
        const here = elders.filter(() => rng.chance(k === 0 ? 1 : 0.7));
        const onData = rng.chance(0.3);
        for (const e of here) {
          castBy(rng, b, e, t, source(d), onData ? b.nets.mobile(rng, city, e.carrier) : committee);
          t += rng.logNormal(110, 0.65) * SECOND + (rng.chance(0.08) ? rng.uniform(5, 20) * 60 * SECOND : 0);
        }
      }
    }
    // Families: a grandchild's phone, the grandparents' and parents' accounts, most evenings.
    const families = rng.int(60, 140);
    for (let f = 0; f < families; f++) {
      const phone = marketDevice(rng, 'young');
      const home = b.nets.newHome(rng, city);
      const members = Array.from({ length: rng.int(2, 4) }, () => makePerson(rng, b, { favourite: target, city, owner: 'elder', device: phone, home, office: null }));
      const habit = rng.uniform(19, 22.5);
      for (let d = rng.int(0, 2); d < b.cal.dayCount - 1; d++) {
        if (!rng.chance(0.6)) continue;
        let t = at(b.cal, d, habit + rng.normal(0, 0.6));
        if (t < b.cal.opensAt) continue;
        for (const m of members) {
          castBy(rng, b, m, t, source(d));
          t += rng.logNormal(50, 0.5) * SECOND;
        }
      }
    }
  },
};
