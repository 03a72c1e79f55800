import { at } from '../model/ballot';
import { phoneFor, ua } from '../model/devices';
import { attackSource, candidateIn, fullDays, organicSize, raw, scaled, type Family } from './family';

/**
 * Accounts registered on cheap foreign numbers, voted from across the border: 500–800 accounts
 * on +976 (or +7) SIMs in 10–15 phones on the Mongolian (or Russian) side of Erenhot (or
 * Manzhouli), roaming addresses like the real traders', each evening for a border-town candidate.
 */
export const borderSimPool: Family = {
  id: 'Z7',
  kind: 'attack',
  description: 'foreign-SIM pool: 500-800 accounts on 10-15 phones across the border, roaming addresses, evenings',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, net, scale } = ctx;
    const mongolia = rng.chance(0.5);
    const c = candidateIn(ctx, [mongolia ? 'xilingol' : 'hulunbuir'], 0.5);
    const phones = Array.from({ length: rng.int(10, 15) }, () => phoneFor(rng, 'mid', rng.chance(0.5) ? 'en' : 'zh_CN'));
    const accounts = Array.from({ length: scaled(scale, rng.int(500, 800), 10) }, (_, i) => ({ account: ctx.ledger.newAccount(), phone: phones[i % phones.length] }));
    const days = fullDays(ctx);
    const first = rng.int(0, 1);
    for (const d of days.slice(first, first + rng.int(4, 5))) {
      const src = attackSource(ctx, `z7-sims-d${d}`, c, 'z7-sims');
      for (const ph of phones) {
        let t = at(ballot.cal, d, rng.uniform(18, 20.5));
        for (const a of accounts) {
          if (a.phone !== ph || !rng.chance(0.7)) continue;
          raw(ctx, t, a.account, [c.id], mongolia ? net.mongolia(rng) : net.russiaEast(rng), ua(ph, '4G'), src);
          t += rng.uniform(40_000, 160_000);
        }
      }
    }
  },
};
