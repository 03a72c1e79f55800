import type { League } from '../model/ballot';
import { oldPhone, phoneFor, ua } from '../model/devices';
import { attackSource, candidateIn, fullDays, organicSize, raw, scaled, type Family } from './family';

/**
 * An operator in a banner town who copies how herders vote: a pool of bought aged accounts, each
 * tied to one of 8–12 rural phones, voted in batches of 5–9 a phone, half a minute to a minute and
 * a half apart, from the sumu base stations' few addresses, at herders' hours, on most days.
 */
export const sumuBatchMimic: Family = {
  id: 'Z6',
  kind: 'attack',
  description: 'herder-batch mimicry: 300-480 aged accounts on 8-12 rural phones, sumu addresses, batches daily',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, net, scale } = ctx;
    const c = candidateIn(ctx, ['hulunbuir', 'xilingol', 'alxa'], 0.5);
    const league: League = c.league;
    const phones = Array.from({ length: rng.int(8, 12) }, () => ({ device: rng.chance(0.4) ? oldPhone(rng) : phoneFor(rng, 'rural'), sumu: rng.int(0, 3) }));
    const pool = Array.from({ length: scaled(scale, rng.int(300, 480), 8) }, (_, i) => ({ account: ctx.ledger.newAccount(), phone: phones[i % phones.length] }));
    for (const d of fullDays(ctx)) {
      const src = attackSource(ctx, `z6-batches-d${d}`, c, 'z6-batches');
      const today = rng.shuffle(pool.filter(() => rng.chance(0.85)));
      for (const ph of phones) {
        const mine = today.filter((a) => a.phone === ph);
        for (let i = 0; i < mine.length; ) {
          const size = rng.int(5, 9);
          let t = rhythm.timeOn(rng, 'herder', d);
          const addrs = net.sumu(league, ph.sumu);
          for (const a of mine.slice(i, i + size)) {
            raw(ctx, t, a.account, [c.id], rng.pick(addrs), ua(ph.device, '4G'), src);
            t += rng.uniform(30_000, 90_000);
          }
          i += size;
        }
      }
    }
  },
};
