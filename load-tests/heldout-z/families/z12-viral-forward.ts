import { DAY, HOUR } from '../../heldout/calendar';
import { at, LEAGUE_IDS, type League } from '../model/ballot';
import { after, type Person } from '../model/people';
import { candidateIn, fullDays, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * A Mongolian-language short video of a Horqin herder and her foals goes viral one evening:
 * forwarded from group to group (gacha groups, Mongolian-school alumni, Hohhot and Beijing
 * students), each forward begetting a few more, thousands voting within hours; some again the next day.
 */
export const viralForward: Family = {
  id: 'Z12',
  kind: 'legit',
  description: 'viral forward: a Mongolian-language video cascades through groups one evening, 6-10k voters',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 29_000, 36_000),
  build(ctx) {
    const { rng, people, ballot, scale } = ctx;
    const c = candidateIn(ctx, ['hinggan', 'tongliao', 'chifeng'], 0.6);
    const d = fullDays(ctx)[rng.int(1, 3)];
    const target = scaled(scale, rng.int(6000, 10000), 30);
    const src = surgeSource(ctx, `z12-forward-d${d}`, c, 'z12-forward');
    const next = surgeSource(ctx, `z12-forward-d${d + 1}`, c, 'z12-forward');
    let groups = Array.from({ length: rng.int(15, 30) }, () => at(ballot.cal, d, 19.3) + rng.exponential(0.4 * HOUR));
    const voters: Person[] = [];
    for (let gen = 0; gen < 9 && voters.length < target && groups.length > 0; gen++) {
      const children: number[] = [];
      for (const g of groups) {
        const size = Math.min(500, Math.round(rng.logNormal(45, 0.8) * Math.max(0.05, scale)));
        for (let i = 0; i < size && voters.length < target; i++) {
          const r = rng.next();
          const league: League = r < 0.4 ? c.league : r < 0.6 ? 'hohhot' : rng.pick(LEAGUE_IDS);
          const p = people.make(rng, r > 0.9 ? { league, life: 'beijing', where: 'beijing' } : { league, life: rng.chance(0.3) ? 'herder' : rng.chance(0.5) ? 'town' : 'student' });
          voters.push(p);
          people.vote(rng, p, after(rng, g, 9, 1.2), c, src);
        }
        const k = rng.poisson(1.5);
        for (let j = 0; j < k; j++) children.push(after(rng, g, 25, 1.3));
      }
      groups = children.filter((t) => t < at(ballot.cal, d, 23.9) + DAY);
    }
    for (const p of voters) if (rng.chance(0.25)) people.vote(rng, p, ctx.rhythm.timeOn(rng, p.life, d + 1), c, next);
  },
};
