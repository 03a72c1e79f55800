import { clock, candidate, organicSize, scaled, type Family } from './family';
import { phone } from '../model/devices';

/**
 * A click farm of real phones in a rented flat in Shaoyang: a few dozen second-hand phones, each
 * a genuine WeChat install, each logging in to ~20 bought accounts in turn (a vote, log out, the
 * next SIM's account), minutes apart with human-looking but slightly regular gaps, from two
 * broadband lines and three 4G routers, one session an afternoon or evening on two or three days.
 */
export const phoneClickFarm: Family = {
  id: 'L2',
  kind: 'attack',
  description: 'click farm: 28-40 real phones x ~20 accounts each, minutes apart, 5 IPs',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, net } = ctx;
    const c = candidate(ctx, undefined, rng.int(2, 5));
    const phones = scaled(ctx.scale, rng.int(28, 40), 3);
    const rigs = Array.from({ length: phones }, () => ({
      device: phone(rng, 'county'),
      accounts: Array.from({ length: rng.int(18, 22) }, () => ledger.newAccount()),
      gap: rng.uniform(300, 520) * 1000,
      line: rng.int(0, 4),
    }));
    const days = rng.shuffle([1, 2, 3, 4, 5]).slice(0, rng.int(2, 3));
    for (const d of days) {
      const src = ledger.source({ name: `farm-day${d}`, kind: 'attack', candidateId: c.id, group: 'click-farm' });
      const lines = [net.broadband('邵阳'), net.broadband('邵阳'), net.mobile(rng, '邵阳', 'mobile'), net.mobile(rng, '邵阳', 'mobile'), net.mobile(rng, '邵阳', 'unicom')];
      const start = clock(ctx, d, rng.uniform(13.5, 19.5));
      for (const r of rigs) {
        let t = start + rng.uniform(0, 12) * 60_000;
        for (const account of r.accounts) {
          const ip = lines[r.line];
          ledger.add({ at: t, accountId: account, candidateIds: [c.id], ip, userAgent: r.device.ua(r.line < 2 ? 'WIFI' : '4G'), source: src });
          t += r.gap + rng.normal(0, 20_000) + (rng.chance(0.07) ? rng.uniform(60, 400) * 1000 : 0);
        }
      }
    }
  },
};
