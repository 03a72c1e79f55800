import { userAgent, type Net } from '../model/devices';
import { ipv4, pickCarrier, MOBILE_SHARE } from '../model/networks';
import { PREFECTURES } from '../model/places';
import { gansuCrowd, type Family } from './family';
import { attackSource, ballotDays, clock, only, rankedCandidate, scaled, MINUTE } from './kit';

/**
 * An emulator fleet on a rented server: each account gets a fresh virtual phone whose profile a
 * randomiser writes (real model codes, but Android version, build id, WeChat release and kernel
 * drawn separately — many combinations never shipped), behind a "Gansu 4G" proxy so every address
 * is a Gansu carrier's. A scheduler spreads each day's quota over the hours in proportion to the
 * ordinary daily curve, uniformly inside each hour. Four to six days.
 */
export const emulatorFarm: Family = {
  id: 'H8',
  kind: 'attack',
  description: 'emulator fleet: randomised UA per account, Gansu 4G proxy, hourly quotas on the curve',
  seeds: [1, 2],
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, ledger, market, nets, rhythm } = ctx;
    const c = rankedCandidate(ctx, rng, 2, 14);
    const days = rng.shuffle(ballotDays(ctx).filter((d) => d >= 1)).slice(0, rng.int(4, 6)).sort((a, b) => a - b);
    for (const [k, d] of days.entries()) {
      const src = attackSource(ctx, `emulators:day${k}`, c, 'emulator-fleet');
      const quota = scaled(ctx, rng.int(300, 600), 5);
      const hours = Array.from({ length: 16 }, (_, i) => 8 + i);
      const w = hours.map((h) => rhythm.weight('adult', clock(ctx, d, h + 0.5), 0));
      const sum = w.reduce((a, b) => a + b, 0);
      hours.forEach((h, i) => {
        const n = Math.round((quota * w[i]) / sum);
        for (let j = 0; j < n; j++) {
          const t = clock(ctx, d, h) + rng.uniform(0, 60) * MINUTE;
          const r = rng.next();
          const net: Net = r < 0.5 ? '4G' : r < 0.7 ? '5G' : 'WIFI';
          const pref = rng.pick(PREFECTURES);
          ledger.add({ at: Math.floor(t), accountId: ledger.newAccount(), candidateIds: only(ctx, c), ip: ipv4(nets.mobileIp(rng, { kind: 'gansu', pref }, pickCarrier(rng, MOBILE_SHARE))), userAgent: userAgent(market.randomized(rng), net), source: src });
        }
      });
    }
  },
};
