import { userAgent, type Device, type Net } from '../model/devices';
import { ipv4, type Area, type Carrier } from '../model/networks';
import { PREFECTURES } from '../model/places';
import { gansuCrowd, type Family } from './family';
import { attackSource, ballotDays, clock, only, rankedCandidate, scaled } from './kit';

/**
 * A vote vendor's script behind a rotating residential proxy service: every request leaves from
 * someone's home broadband somewhere in China (the pool's redial lines in a few dozen cities, a
 * sixth of them in Gansu), a fresh account each time, a user agent from a list of a couple of
 * hundred real ones with the network type set at random. It runs through the day on the curve of
 * ordinary traffic, two or three days.
 */
export const proxyRotation: Family = {
  id: 'H3',
  kind: 'attack',
  description: 'rotating residential proxies nationwide, fresh accounts, real UAs, daytime curve',
  seeds: [1, 2, 3],
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, ledger, market, nets, people, rhythm } = ctx;
    const c = rankedCandidate(ctx, rng, 2, 15);
    const cities: { area: Area; carrier: Carrier }[] = Array.from({ length: rng.int(40, 70) }, () => {
      const area: Area = rng.chance(0.16) ? { kind: 'gansu', pref: rng.pick(PREFECTURES) } : { kind: 'province', province: people.province(rng, 'nationwide') };
      return { area, carrier: rng.pick(['telecom', 'telecom', 'unicom', 'mobile'] as const) };
    });
    const uas: Device[] = Array.from({ length: rng.int(150, 300) }, () => market.phone(rng, { age: rng.chance(0.3) ? 'youth' : 'adult', setting: 'city' }));
    const days = rng.shuffle(ballotDays(ctx).filter((d) => d >= 1)).slice(0, rng.int(2, 3)).sort((a, b) => a - b);
    const total = scaled(ctx, rng.int(2500, 5000), 20);
    for (const [k, d] of days.entries()) {
      const src = attackSource(ctx, `proxy:day${k}`, c, 'residential-proxy');
      const times = rhythm.curveTimes(rng, 'adult', clock(ctx, d, 8), clock(ctx, d, 23.5), total / days.length, 0);
      for (const t of times) {
        const city = rng.pick(cities);
        const device = rng.pick(uas);
        const r = rng.next();
        const net: Net = r < 0.55 ? 'WIFI' : r < 0.9 || !device.fiveG ? '4G' : '5G';
        ledger.add({ at: Math.floor(t), accountId: ledger.newAccount(), candidateIds: only(ctx, c), ip: ipv4(nets.fixedIp(rng, city.area, city.carrier)), userAgent: userAgent(device, net), source: src });
      }
    }
  },
};
