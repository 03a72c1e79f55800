import { DAY, MINUTE } from '../../heldout/calendar';
import { CITIES, PROVINCES, type Place } from '../model/places';
import { fibreCarrier } from '../model/networks';
import { copiedUa, daySources } from './kit';
import { organicSize, type Family } from './family';

/**
 * V2, proxy script. The vendor rents a "dynamic residential IP" pool: every vote leaves through a
 * different home-broadband exit somewhere in China (Zhejiang only one in ten), so no address or
 * /24 repeats much. The machine shows in the rest: a steady cadence of one vote every 30-42 s
 * from about 09:30 to 23:00, a pause of a few minutes at the top of each hour while the pool is
 * refreshed, three days running, each vote a fresh account, the UA drawn uniformly from 16-22
 * strings scraped off real phones (NetType frozen as scraped).
 */
export const proxyPool: Family = {
  id: 'V2',
  kind: 'attack',
  description: 'proxy script: residential exits all over China, steady 30-42 s cadence, 3 days',
  seeds: [1, 2],
  ballot: { needs: [{ rank: [4, 12] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, ledger, net, scale } = ctx;
    const client = ballot.cast[0];
    const uas = Array.from({ length: rng.int(16, 22) }, () => copiedUa(rng, ctx, rng.chance(0.5) ? 'urban' : 'courier', rng.pick(['WIFI', 'WIFI', '4G', '5G'] as const)));
    const src = daySources(ctx, 'v2-proxy', 'attack', client);
    const first = rng.int(2, 3);
    const interval = rng.uniform(30_000, 42_000) / scale;
    const recent: string[] = [];
    const exit = (): string => {
      if (recent.length > 20 && rng.chance(0.06)) return rng.pick(recent);
      const place: Place = rng.chance(0.1)
        ? { kind: 'zhejiang', city: CITIES[rng.weightedIndex(CITIES.map((c) => c.weight))].id }
        : { kind: 'province', province: PROVINCES[rng.weightedIndex(PROVINCES.map((p) => p.reach + p.migrants * 0.3))].id };
      const ip = net.broadband(rng, place, fibreCarrier(rng, place));
      recent.push(ip);
      if (recent.length > 200) recent.shift();
      return ip;
    };
    for (let d = first; d < first + 3; d++) {
      let t = rhythm.at(d, 9, rng.int(15, 45));
      const stop = rhythm.at(d, 22, rng.int(40, 80));
      while (t < stop && t < rhythm.midnight(d) + DAY) {
        t += interval + rng.uniform(-3000, 3000);
        // The pool refresh at the top of the hour.
        const minute = Math.floor(((t - rhythm.midnight(d)) % (60 * MINUTE)) / MINUTE);
        if (minute < 1) t += rng.uniform(3, 6) * MINUTE;
        ledger.add({ at: Math.floor(t), accountId: ledger.newAccount(), candidateIds: [client.id], ip: exit(), userAgent: rng.pick(uas), source: src(d) });
      }
    }
  },
};
