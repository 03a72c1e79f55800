import { at } from '../model/ballot';
import { MOBILE_BLOCKS } from '../model/networks';
import { after } from '../model/people';
import { candidateIn, fullDays, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * A sumu Naadam: thousands of herders at the racecourse, reachable only through China Mobile's
 * emergency base-station truck (two or three addresses). After the horse race the announcer asks
 * everyone to vote for the sumu's herder; most do within half an hour, on one address.
 */
export const naadam: Family = {
  id: 'Z16',
  kind: 'legit',
  description: 'sumu Naadam: 2,000-3,500 herders vote after the announcer\'s call, through a base-station truck',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, net, scale } = ctx;
    const c = candidateIn(ctx, ['xilingol', 'hulunbuir', 'chifeng', 'ordos'], 0.5);
    const d = fullDays(ctx)[rng.int(1, 4)];
    const truck = net.pool('z16-truck', rng.int(2, 3), MOBILE_BLOCKS);
    const src = surgeSource(ctx, `z16-naadam-d${d}`, c, 'z16-naadam');
    const later = surgeSource(ctx, `z16-after-d${d}`, c, 'z16-naadam');
    const call = at(ballot.cal, d, 14.4 + rng.uniform(0, 0.4));
    const n = scaled(scale, rng.int(2000, 3500), 20);
    for (let i = 0; i < n; i++) {
      const p = people.make(rng, { league: c.league, life: rng.chance(0.75) ? 'herder' : 'town', home: null });
      const t = rng.chance(0.22) ? at(ballot.cal, d, rng.uniform(9, 14.3)) : after(rng, call, 9, 1.2);
      people.vote(rng, p, t, c, src, { ip: rng.pick(truck), net: '4G' });
      if (rng.chance(0.2)) people.vote(rng, p, ctx.rhythm.timeOn(rng, p.life, d + 1 + rng.int(0, 2)), c, later);
    }
  },
};
