import { MINUTE } from '../../heldout/calendar';
import { makeDevice } from '../model/devices';
import { byRank, organicSize, scaled, sourcesPer, type Family } from './family';

/**
 * U5, a click farm of real phones in a Harbin flat: 30–44 second-hand phones on a shelf, one
 * worker per few phones. Each phone logs in to about twenty fresh accounts in turn on an
 * afternoon — log out, log in, open the link, vote — a minute to a minute and a half each, with
 * a smoke break now and then. The phones share three home broadband lines and one 4G hotspot.
 * Two afternoons.
 */
export const phoneClickFarm: Family = {
  id: 'U5',
  kind: 'attack',
  description: 'click farm: 30-44 phones x ~20 fresh accounts, 3 lines + hotspot, 2 afternoons',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, net, ledger, scale } = ctx;
    const teacher = byRank(ctx, 4, 12);
    const phones = Array.from({ length: scaled(scale, rng.int(30, 44), 3) }, () => makeDevice(rng, rng.chance(0.7) ? 'budget' : 'rural'));
    const candidates = Array.from({ length: rhythm.days - 2 }, (_, i) => i + 1);
    const days = rng.shuffle(candidates).slice(0, 2).sort((a, b) => a - b);
    const source = sourcesPer(ctx, { name: 'click-farm', kind: 'attack', teacher });
    for (const d of days) {
      const lines = [...Array.from({ length: 3 }, () => net.broadband(rng, '哈尔滨市', 'unicom')), net.mobileV4(rng, '哈尔滨市', 'mobile')];
      const start = rhythm.at(d, rng.uniform(13 * 60 + 10, 14 * 60));
      phones.forEach((phone, i) => {
        const ip = lines[i % lines.length];
        let t = start + rng.uniform(0, 12) * MINUTE;
        const perPhone = rng.int(18, 22);
        for (let k = 0; k < perPhone; k++) {
          t += (rng.uniform(62, 88) + rng.normal(0, 4)) * 1000;
          if (k % 8 === 7 && rng.chance(0.15)) t += rng.uniform(2, 4) * MINUTE;
          ledger.add({ at: Math.floor(t), accountId: ledger.newAccount(), candidateIds: [teacher.id], ip, userAgent: phone.ua('WIFI'), source: source(d) });
        }
      });
    }
  },
};
