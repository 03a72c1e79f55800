import { at } from '../model/ballot';
import { MOBILE_BLOCKS } from '../model/networks';
import { after, type Where } from '../model/people';
import { candidateIn, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * Erenhot (or Manzhouli) traders and truck drivers back a herder of their banner: drivers vote
 * in the morning queue at the port, all through the port-area cell's few addresses; traders who
 * live across the border vote on Mongolian (or Russian) roaming, some with WeChat in English.
 */
export const borderTraders: Family = {
  id: 'Z15',
  kind: 'legit',
  description: 'Erenhot/Manzhouli traders and drivers: port-queue mornings on one cell, roaming from across the border',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, net, scale } = ctx;
    const mongolia = rng.chance(0.5);
    const c = candidateIn(ctx, [mongolia ? 'xilingol' : 'hulunbuir'], 0.5);
    const port = net.pool('z15-port-cell', 3, MOBILE_BLOCKS);
    const folk = Array.from({ length: scaled(scale, rng.int(700, 1200), 10) }, () => {
      const r = rng.next();
      const kind = r < 0.4 ? 'driver' : r < 0.7 ? 'across' : 'town';
      const where: Where = kind === 'across' ? (mongolia ? 'mongolia' : 'russia') : 'home';
      const language = kind === 'town' ? 'zh_CN' : rng.chance(0.3) ? 'en' : 'zh_CN';
      return { kind, p: people.make(rng, { league: c.league, life: 'border', where, language }), keen: rng.uniform(0.35, 0.8) };
    });
    for (let d = 0; d < ballot.cal.dayCount; d++) {
      const src = surgeSource(ctx, `z15-border-d${d}`, c, 'z15-border');
      const opens = at(ballot.cal, d, 8.5);
      for (const f of folk) {
        if (!rng.chance(f.keen)) continue;
        if (f.kind === 'driver') people.vote(rng, f.p, after(rng, opens, 40, 1.2) - 20 * 60_000, c, src, { ip: rng.pick(port), net: '4G' });
        else people.vote(rng, f.p, ctx.rhythm.timeOn(rng, 'border', d), c, src);
      }
    }
  },
};
