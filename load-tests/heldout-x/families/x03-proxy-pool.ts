import { CITIES } from '../model/places';
import { makeDevice, MODELS, RELEASE_COUNT } from '../model/devices';
import { at, labelled, organicSize, rankedBetween, scaled, type Family } from './family';

/**
 * X3, attack: a script behind a "dynamic residential IP" proxy service (动态住宅代理). Every vote
 * leaves from a different home-broadband address: 40% in Fujian's cities (the vendor bought the
 * province filter for part of the traffic), the rest in Guangdong, Zhejiang, Shanghai, Jiangsu,
 * Beijing and Jiangxi. Each vote is a fresh account with a UA made from a template (a random Android
 * model, one WeChat build, always Wi-Fi). The script runs from about 08:00 to 23:00 on three or four
 * days, one vote every 55–120 s with ±30% uniform jitter: flat all day, no lunch or evening peak.
 */
export const proxyPool: Family = {
  id: 'X3',
  kind: 'attack',
  description: 'residential-proxy script: a new home IP and fresh account per vote, flat 08-23h pace, 3-4 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, ledger } = ctx;
    const cand = rankedBetween(ctx, 5, 18);
    const release = RELEASE_COUNT - 1 - rng.int(0, 2);
    const android = MODELS.filter((x) => x.os === 'android');
    const days = rng.int(3, 4);
    const firstDay = rng.int(1, 7 - days);
    for (let d = firstDay; d < firstDay + days; d++) {
      const source = labelled(ctx, `x3-proxy-day${d}`, 'attack', cand, 'x3-proxy');
      const start = at(ctx, d, 8, rng.int(-20, 20));
      const end = at(ctx, d, 23, rng.int(-20, 20));
      const perDay = scaled(ctx.scale, rng.int(450, 850), 10);
      const mean = (end - start) / perDay;
      for (let t = start + rng.uniform(0, mean); t < end; t += mean * rng.uniform(0.7, 1.3)) {
        const ip = rng.chance(0.4) ? net.broadbandIp(rng, rng.pick(CITIES), rng.chance(0.7) ? 'telecom' : 'unicom') : net.outsideIp(rng, rng.int(0, 5), 'home');
        const ua = makeDevice(rng, 'county', { model: rng.pick(android), release }).ua('WIFI');
        ledger.add({ at: Math.round(t), accountId: ledger.newAccount(), candidateIds: [cand.id], ip, userAgent: ua, source });
      }
    }
  },
};
