import type { Segment } from '../model/rhythm';
import { at, organicSize, scaled, type Family } from './family';

/**
 * P12, viral forward (honest): one evening a video about the place goes round WeChat groups. Seed
 * groups forward it, and each voter forwards it on with some chance, after a log-normal delay,
 * to a group of log-normal size; up to 7,000–11,000 voters from the place, Chengdu and other
 * provinces (natives working away); a quarter vote again the next day.
 */
export const viralForward: Family = {
  id: 'P12',
  kind: 'legit',
  description: 'viral forward one evening: group cascade, 7-11k voters, Sichuan and elsewhere',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, crowd, ballot, ledger, people, net } = ctx;
    const target = crowd.atRank(rng, 0.3, 0.8);
    const cid = ballot.candidates[target].id;
    const city = ballot.places[target].city;
    const day = rng.int(2, 4);
    const cap = scaled(ctx.scale, rng.int(7000, 11000), 30);
    const first = ledger.source({ name: `P12 forward day ${day}`, kind: 'legit', candidateId: cid, group: 'P12 viral forward' });
    const again = ledger.source({ name: `P12 forward day ${day + 1}`, kind: 'legit', candidateId: cid, group: 'P12 viral forward' });
    const queue: number[] = Array.from({ length: rng.int(4, 8) }, () => at(ctx, day, rng.uniform(18.5, 20.5)));
    let voters = 0;
    while (queue.length > 0 && voters < cap) {
      const shared = queue.shift() as number;
      const size = Math.round(Math.min(500, rng.logNormal(150, 0.8)) * Math.min(1, Math.max(0.2, ctx.scale * 3)));
      for (let i = 0; i < size && voters < cap; i++) {
        const t = shared + rng.logNormal(6 * 60_000, 1.1);
        const r = rng.next();
        const segment: Segment = r < 0.55 ? 'town' : r < 0.85 ? 'city' : 'elderly';
        const away = rng.chance(0.15);
        const p = people.make(rng, { segment, city: r < 0.55 ? city : '成都', candidate: target });
        if (away) people.voteFrom(p, t, net.elsewhere(rng), rng.chance(0.5) ? 'WIFI' : '4G', first);
        else people.vote(rng, p, t, first);
        voters++;
        if (rng.chance(0.06)) queue.push(t + rng.logNormal(10 * 60_000, 0.8));
        if (rng.chance(0.25)) people.vote(rng, p, at(ctx, day + 1, 0) + (t - at(ctx, day, 0)) + rng.normal(0, 90 * 60_000), again);
      }
      queue.sort((a, b) => a - b);
    }
  },
};
