import { GUIZHOU_AREAS, nationalArea, newHome, type Area } from '../model/networks';
import { typicalCrowd, type Family } from './family';
import { after, byRank, castAs, fullDay, volume } from './kit';

interface Share {
  at: number;
  weight: number;
  generation: number;
}

/**
 * A short video about an underdog village (its football league, its grandmothers' choir) goes
 * viral: forwarded from group to group and into Moments, each forward answered over the next
 * minutes, generations apart by half an hour or so. A third of the crowd lives outside Guizhou.
 * A quarter come back on later days.
 */
export const viralForward: Family = {
  id: 'G12',
  kind: 'legit',
  description: 'viral forward cascade for an underdog, in and out of province',
  seeds: [1, 2],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, people, rhythm } = ctx;
    const target = byRank(ctx, 6, 30);
    const day = fullDay(ctx, 0, 5);
    const shares: Share[] = [{ at: rhythm.sample(rng, day, 11 * 60, 21 * 60), weight: 1, generation: 0 }];
    for (let i = 0; i < shares.length && shares.length < 400; i++) {
      const s = shares[i];
      if (s.generation >= 7) continue;
      for (let n = rng.poisson(2.4 * Math.pow(0.8, s.generation)); n > 0; n--) {
        shares.push({ at: s.at + after(rng, 30, 0.9), weight: s.weight * rng.uniform(0.3, 1.2), generation: s.generation + 1 });
      }
    }
    const source = ledger.source({ name: 'viral forward', kind: 'legit', candidateId: target.id, group: `viral:${target.name}` });
    const later = ledger.source({ name: 'viral, back later', kind: 'organic' });
    const weights = shares.map((s) => s.weight);
    const guizhou = [...GUIZHOU_AREAS.values()];
    const total = volume(ctx, 3000, 9000, 20);
    for (let i = 0; i < total; i++) {
      const r = rng.next();
      const area: Area = r < 0.4 ? target.area : r < 0.65 ? rng.pick(guizhou) : nationalArea(rng);
      const p = people.person(rng, area, rng.pick(['general', 'young', 'elder'] as const), { home: rng.chance(0.7) ? newHome(rng, area) : undefined });
      const at = shares[rng.weightedIndex(weights)].at + after(rng, 9, 1.0);
      if (!rhythm.inWindow(at)) continue;
      castAs(ctx, source, p, at, [target.id]);
      if (rng.chance(0.25)) {
        const d = rhythm.dayOf(at) + rng.int(1, 3);
        castAs(ctx, later, p, rhythm.sample(rng, d), [target.id]);
      }
    }
  },
};
