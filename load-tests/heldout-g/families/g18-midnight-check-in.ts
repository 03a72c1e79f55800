import type { GCandidate } from '../model/ballot';
import { newHome } from '../model/networks';
import { typicalCrowd, type Family, type FamilyContext } from './family';
import { after, byRank, castAs, volume } from './kit';

/**
 * "零点打卡": a town's most loyal fans set an alarm and vote the minute a new day opens, night
 * after night, prompted by the group owner's "今天的票可以投了". Same accounts every night, a few
 * dropping out, most votes in the first two or three minutes after midnight.
 */
export const midnightCheckIn: Family = {
  id: 'G18',
  kind: 'legit',
  description: 'loyal fans vote at 00:00 every night when the new day opens',
  seeds: [1, 2],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng } = ctx;
    const first = byRank(ctx, 1, 20);
    checkIns(ctx, first, volume(ctx, 150, 600));
    if (rng.chance(0.5)) checkIns(ctx, byRank(ctx, 1, 25, [first]), volume(ctx, 60, 200));
  },
};

function checkIns(ctx: FamilyContext, town: GCandidate, members: number): void {
  const { rng, ledger, people, rhythm } = ctx;
  const fans = Array.from({ length: members }, () => {
    const cohort = rng.pick(['general', 'general', 'young', 'elder'] as const);
    return { person: people.person(rng, town.area, cohort, { home: rng.chance(0.75) ? newHome(rng, town.area) : undefined }), keen: rng.uniform(0.7, 0.98) };
  });
  const start = rng.int(1, 2);
  for (let d = start; d < rhythm.cal.dayCount; d++) {
    const source = ledger.source({ name: `midnight ${town.name} day ${d}`, kind: 'legit', candidateId: town.id, group: `midnight:${town.name}` });
    const midnight = rhythm.at(d, 0);
    for (const f of fans) {
      if (!rng.chance(f.keen * Math.pow(0.97, d - start))) continue;
      const at = midnight + after(rng, 1.5, 1.0);
      castAs(ctx, source, f.person, at, [town.id], f.person.home ? people.viaHome(f.person, at) : people.viaCellular(rng, f.person, at));
    }
  }
}
