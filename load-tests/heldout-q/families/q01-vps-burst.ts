import { MINUTE } from '../../heldout/calendar';
import { makeDevice, userAgent } from '../model/devices';
import { organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * A script on three rented servers: fresh accounts, a handful of copied user agents, one vote
 * every few seconds with a little jitter, for one to four hours on an afternoon or late night.
 */
export const vpsBurst: Family = {
  id: 'Q1',
  kind: 'attack',
  description: 'script on 3 VPS addresses, fresh accounts, 4 UAs, a vote every 3.5-7 s for 1-4 h',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, ledger, net, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'low');
    const ips = [...net.cloud(rng, 2), ...net.cloud(rng, 1)];
    const uas = Array.from({ length: 4 }, () => userAgent(makeDevice(rng, 'city'), rng.chance(0.5) ? 'WIFI' : '4G'));
    const day = rng.int(1, 4);
    const start = rhythm.at(day, rng.pick([14 + rng.uniform(0, 2), 23 + rng.uniform(0, 0.8), 1 + rng.uniform(0, 2)]));
    const gap = rng.uniform(3.5, 7) * 1000;
    const votes = scaled(scale, rng.int(1200, 2200), 20);
    const src = source(ctx, 'attack', 'q1-script', ci, 'q1-script');
    let t = start;
    for (let i = 0; i < votes; i++) {
      t += gap + rng.uniform(-400, 400);
      // The script restarts now and then after a failed captcha page or a dropped connection.
      if (rng.chance(0.006)) t += rng.uniform(0.5, 2) * MINUTE;
      ledger.add({ at: t, accountId: ledger.newAccount(), candidateIds: [ballot.candidates[ci].id], ip: ips[i % ips.length], userAgent: rng.pick(uas), source: src });
    }
  },
};
