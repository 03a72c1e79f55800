import { makePerson, selection, type Person } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';
import { castAs, source, target } from './kit';

/**
 * 接龙: in dozens of WeChat groups (a company's, a village's, old classmates') someone posts "voted,
 * please add your name: 1. …". Members vote, then append their name; the next one sees the chain
 * grow and follows. Each chain is a slow, steady run of votes a minute or two apart, for an hour or
 * more; chains start all week long, and the same members often answer a new chain on a later day.
 */
export const relayChains: Family = {
  id: 'J18',
  kind: 'legit',
  description: '接龙 relay chains in dozens of groups: steady runs of votes 1-3 min apart',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, rhythm, ballot } = ctx;
    const main = target(ctx, 0.1, 0.6);
    const city = ballot.candidates[main].cityIndex;
    const groups: Array<{ members: Array<{ p: Person; ids: string[] }> }> = Array.from({ length: scaled(ctx.scale, rng.int(40, 70), 3) }, () => ({
      members: Array.from({ length: rng.int(30, 150) }, () => ({ p: makePerson(rng, ctx, { city }), ids: selection(rng, ballot, main, ctx.crowd.popularity) })),
    }));
    for (let d = 0; d < rhythm.dayCount; d++) {
      const src = source(ctx, 'legit', `chains-day-${d}`, main, 'relay-chains');
      for (const g of groups) {
        if (!rng.chance(d === 0 ? 0.6 : 0.3)) continue;
        let t = rhythm.sample(rng, d);
        const joining = rng.shuffle([...g.members]).slice(0, Math.round(g.members.length * rng.uniform(0.25, 0.7)));
        for (const m of joining) {
          castAs(ctx, rng, src, m.p, Math.floor(t), m.ids);
          t += rng.logNormal(75, 0.6) * 1000;
        }
      }
    }
  },
};
