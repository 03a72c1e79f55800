import { supporter } from '../model/crowd';
import { byPull } from '../model/ballot';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * A bought pool of aged accounts (养号): each account keeps one phone identity and votes most
 * evenings for four days through 4G proxies in the candidate's prefecture. On this multi-choice
 * ballot every vote also ticks one or two of the front-runners as cover, so the pool's votes look
 * like ordinary voters' selections. Only the client is labelled attacked.
 */
export const agedPoolCover: Family = {
  id: 'Q7',
  kind: 'attack',
  description: 'aged-account pool with cover picks: 700-1,200 accounts, evenings x4 days, 4G proxies',
  seeds: [1, 2],
  ballot: { choices: 'multi' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'mid' : 'low');
    const c = ballot.candidates[ci];
    const fronts = byPull(ballot).filter((i) => i !== ci).slice(0, 4).map((i) => ballot.candidates[i].id);
    const pool = Array.from({ length: scaled(scale, rng.int(700, 1200), 10) }, () => supporter(rng, people, c, rng.chance(0.7) ? 'village' : 'city', null));
    const proxies = Array.from({ length: rng.int(12, 30) }, () => net.mobile(rng, 'mobile', c.city));
    for (const d of daysFrom(ctx, rng.int(1, 3), 4)) {
      const src = source(ctx, 'attack', `q7-pool-day${d}`, ci, 'q7-pool');
      for (const p of pool) {
        if (!rng.chance(0.85)) continue;
        const at = rhythm.at(d, rng.uniform(18.5, 23.6));
        const picks = [c.id, ...rng.shuffle([...fronts]).slice(0, Math.min(ballot.maxChoices - 1, rng.int(1, 2)))];
        people.vote(rng, p, at, rng.shuffle(picks), src, { ip: rng.pick(proxies), net: '4G' });
      }
    }
  },
};
