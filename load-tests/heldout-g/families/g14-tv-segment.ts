import { GUIZHOU_AREAS, nationalArea, newHome, type Area } from '../model/networks';
import type { GCandidate } from '../model/ballot';
import { typicalCrowd, type Family, type FamilyContext } from './family';
import { after, byRank, castAs, fullDay, volume } from './kit';

/** 贵州新闻联播 runs after CCTV's at 19:30; the noon news and the late bulletin are the other slots. */
const SLOTS = [19 * 60 + 38, 12 * 60 + 22, 21 * 60 + 12];

/**
 * Provincial TV runs a segment on one candidate town (and shows another briefly): viewers at home
 * pick up their phones within minutes of it, mostly older people on the home Wi-Fi, all over the
 * province and beyond (satellite). About a third come back on later days.
 */
export const tvSegment: Family = {
  id: 'G14',
  kind: 'legit',
  description: 'provincial TV segment: older viewers at home vote within minutes of airing',
  seeds: [1, 2],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, rhythm } = ctx;
    const main = byRank(ctx, 5, 25);
    const second = byRank(ctx, 3, 30, [main]);
    const airs = rhythm.at(fullDay(ctx, 0, 5), rng.pick(SLOTS));
    const viewers = volume(ctx, 1000, 3500, 20);
    audience(ctx, main, airs, viewers);
    audience(ctx, second, airs + rng.int(2, 5) * 60_000, Math.round(viewers * rng.uniform(0.15, 0.3)));
  },
};

function audience(ctx: FamilyContext, town: GCandidate, airs: number, viewers: number): void {
  const { rng, ledger, people, rhythm } = ctx;
  const source = ledger.source({ name: `tv viewers for ${town.name}`, kind: 'legit', candidateId: town.id, group: `tv:${town.name}` });
  const later = ledger.source({ name: 'tv viewers, back later', kind: 'organic' });
  const guizhou = [...GUIZHOU_AREAS.values()];
  for (let i = 0; i < viewers; i++) {
    const r = rng.next();
    const area: Area = r < 0.6 ? town.area : r < 0.88 ? rng.pick(guizhou) : nationalArea(rng);
    const cohort = rng.chance(0.5) ? 'elder' : rng.chance(0.8) ? 'general' : 'young';
    const p = people.person(rng, area, cohort, { home: newHome(rng, area) });
    const at = airs + after(rng, 9, 0.7);
    castAs(ctx, source, p, at, [town.id], rng.chance(0.7) ? people.viaHome(p, at) : people.viaCellular(rng, p, at));
    if (rng.chance(0.3)) castAs(ctx, later, p, rhythm.sample(rng, rhythm.dayOf(at) + rng.int(1, 3)), [town.id]);
  }
}
