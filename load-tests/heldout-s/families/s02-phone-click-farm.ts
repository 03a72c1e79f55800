import { pickRanked } from '../model/ballot';
import { newDevice, userAgent } from '../model/devices';
import { fullDays, organicSize, partSource, rawVote, scaled, type Family } from './family';

/**
 * A Yulin studio's shelf of real phones: each genuine handset (its own WeChat install and UA)
 * logs in to its ~20 bought accounts one after another through the afternoon, a vote every 6–10
 * minutes with a studio-regular rhythm, on Wi-Fi from two broadband lines and three 4G routers.
 * The same accounts come back on two or three days.
 */
export const phoneClickFarm: Family = {
  id: 'S2',
  kind: 'attack',
  description: 'click farm: 24-40 real phones x ~20 bought accounts each, 6-10 min apart, 5 IPs',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, rhythm } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 3, 10);
    const lines = [net.broadband(rng, 'Yulin').ip, net.broadband(rng, 'Yulin').ip, ...[0, 1, 2].map(() => net.mobile(rng, 'mobile', 'Yulin').ip)];
    const phones = Array.from({ length: scaled(ctx.scale, rng.int(24, 40), 3) }, () => ({
      ua: userAgent(rng, newDevice(rng, 'migrant'), 'wifi'),
      ip: rng.pick(lines),
      gap: rng.uniform(360, 600) * 1000,
      accounts: Array.from({ length: rng.int(17, 23) }, () => ctx.ledger.newAccount()),
    }));
    const days = rng.shuffle(fullDays(ctx)).slice(0, rng.int(2, 3)).sort((a, b) => a - b);
    for (const d of days) {
      const source = partSource(ctx, 'attack', 'click-farm', doctor.id, d);
      const open = rhythm.clock(d, 13, rng.int(20, 70));
      for (const phone of phones) {
        let at = open + rng.uniform(0, 4) * 60_000;
        for (const account of phone.accounts) {
          rawVote(ctx, source, at, account, [doctor.id], phone.ip, phone.ua);
          at += phone.gap + rng.normal(0, 20_000) + (rng.chance(0.06) ? rng.uniform(3, 12) * 60_000 : 0);
        }
      }
    }
  },
};
