import { MINUTE } from '../../heldout/calendar';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * Multi-accounting by the candidate's own bureau: 120–220 auxiliary police and their friends each
 * hold three to five WeChat accounts (the app's "twin" copy, old numbers, a spouse's login) and
 * vote with all of them one after another on one phone, at roll call or after the evening shift,
 * every day of the week.
 */
export const dualAppAuxiliaries: Family = {
  id: 'Y8',
  kind: 'attack',
  description: 'dual-app multi-accounting: 120-220 auxiliaries x 3-5 accounts, one phone each, daily',
  seeds: [1, 2],
  ballot: { need: { target: { county: '大名县', unit: () => '大名县公安局金滩镇派出所所长', pull: 1.0 } } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people } = ctx;
    const target = ballot.byKey.target;
    const src = windows(ctx, 'attack', 'twin-accounts', target);
    const n = scaled(ctx.scale, rng.int(120, 220), 4);
    const stationWifi = ctx.net.nat(rng, 2);
    for (let i = 0; i < n; i++) {
      const owner = people.make(rng, { city: '邯郸', life: 'police', nat: stationWifi });
      const accounts = [owner.account, ...Array.from({ length: rng.int(2, 4) }, () => ctx.ledger.newAccount())];
      const morning = rng.chance(0.6);
      for (let d = 0; d < ballot.cal.dayCount; d++) {
        if (!rng.chance(0.9)) continue;
        let at = morning ? rhythm.clock(d, rng.uniform(7.6, 8.5)) : rhythm.clock(d, rng.uniform(20, 22));
        const where = morning && rng.chance(0.6) ? { ip: rng.pick(stationWifi), net: 'WIFI' as const } : people.where(rng, owner, at);
        for (const account of accounts) {
          ctx.ledger.add({ at: Math.round(at), accountId: account, candidateIds: [target.id], ip: where.ip, userAgent: owner.device.ua(where.net), source: src(d) });
          at += rng.uniform(15, 60) * 1000 + (rng.chance(0.1) ? MINUTE : 0);
        }
      }
    }
  },
};
