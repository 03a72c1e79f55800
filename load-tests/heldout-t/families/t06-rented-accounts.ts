import { randomDevice } from '../model/devices';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * Rented aged accounts (租号) for Ju County, driven slowly all week: each account keeps one phone
 * identity, votes on about two days in three at a time drawn from a county day, through mobile
 * data of several Shandong cities. Six to nine tenths of the nominee's own daily volume (at least ~120 a day), so
 * no hour stands out.
 */
export const rentedAccounts: Family = {
  id: 'T6',
  kind: 'attack',
  description: 'Ju County rented aged accounts: slow drip all week at county rhythm',
  seeds: [1, 2],
  ballot: { include: ['莒县'], maxChoices: 1 },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, crowd } = ctx;
    const target = nominee(ctx.ballot, '莒县');
    const size = Math.max(scaled(ctx.scale, 180, 5), Math.round((crowd.daily(target.id) * rng.uniform(0.6, 0.9)) / 0.65));
    const cities = ['临沂', '济南', '菏泽', '潍坊', '日照'];
    const pool = Array.from({ length: Math.min(size, Math.round(900 * ctx.scale) + 5) }, () =>
      people.make(rng, rng.pick(cities), { device: randomDevice(rng, 'town'), home: null }),
    );
    const source = daySources(ctx, 'T6 rented accounts', 'attack', target);
    for (let day = 0; day < rhythm.days; day++) {
      for (const a of pool) if (rng.chance(0.65)) people.cast(rng, a, rhythm.at(rng, day, 'town'), [target.id], source(day));
    }
  },
};
