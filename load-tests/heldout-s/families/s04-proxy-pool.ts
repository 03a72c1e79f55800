import { pickRanked } from '../model/ballot';
import { newDevice, userAgent } from '../model/devices';
import { organicSize, partSource, rawVote, type Family } from './family';

/**
 * A script behind a rented "dynamic residential IP" pool: every request leaves through another
 * home line, seven in ten in other provinces, three in Guangxi (the vendor sells province
 * targeting). One vote every 30–90 s from 08:30 to 22:30 for three days; each account carries a
 * randomized phone profile; two in five of a day's accounts are reused the next day.
 */
export const proxyPool: Family = {
  id: 'S4',
  kind: 'attack',
  description: 'script through a residential proxy pool: a vote every 30-90 s, 08:30-22:30, 3 days',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, rhythm } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 3, 10);
    const first = rng.int(1, 3);
    let yesterday: Array<{ account: string; ua: string }> = [];
    for (let d = first; d < first + 3; d++) {
      const source = partSource(ctx, 'attack', 'proxy-pool', doctor.id, d);
      const reuse = rng.shuffle([...yesterday]).slice(0, Math.round(yesterday.length * 0.4));
      const today: typeof yesterday = [];
      const end = rhythm.clock(d, 22, 30);
      const stretch = 1 / ctx.scale;
      for (let at = rhythm.clock(d, 8, rng.int(20, 45)); at < end; at += rng.uniform(30, 90) * 1000 * stretch) {
        const who = reuse.pop() ?? { account: ctx.ledger.newAccount(), ua: userAgent(rng, newDevice(rng, 'young'), 'wifi') };
        today.push(who);
        const ip = rng.chance(0.3) ? net.broadband(rng, doctor.county.prefecture).ip : net.elsewhere(rng).ip;
        rawVote(ctx, source, at, who.account, [doctor.id], ip, who.ua);
      }
      yesterday = today;
    }
  },
};
