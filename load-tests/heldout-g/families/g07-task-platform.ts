import { newHome, nationalArea } from '../model/networks';
import { typicalCrowd, type Family } from './family';
import { after, byRank, castAs, fullDay, volume } from './kit';

/**
 * Paid voting through a crowd-task app (刷单/任务平台): the buyer posts batches of "vote for N"
 * tasks and strangers all over China take them within minutes, each on their own phone and their
 * own account, for a few mao each. Nobody comes back; nobody lives in the candidate's county.
 */
export const taskPlatform: Family = {
  id: 'G7',
  kind: 'attack',
  description: 'paid task batches taken by strangers nationwide on their own phones',
  seeds: [1, 2],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, people, rhythm } = ctx;
    const target = byRank(ctx, 5, 20);
    const first = fullDay(ctx, 0, 4);
    const batches = rng.int(4, 8);
    for (let b = 0; b < batches; b++) {
      const d = first + (rng.chance(0.5) ? 0 : 1);
      const postedAt = rhythm.sample(rng, d, 10 * 60, 24 * 60);
      if (!Number.isFinite(postedAt)) continue;
      const source = ledger.source({ name: `task batch ${b + 1}`, kind: 'attack', candidateId: target.id, group: `tasks:${target.name}` });
      const takers = volume(ctx, 150, 450);
      for (let i = 0; i < takers; i++) {
        const area = nationalArea(rng);
        const p = people.person(rng, area, rng.chance(0.6) ? 'young' : 'worker', { home: rng.chance(0.5) ? newHome(rng, area) : undefined });
        castAs(ctx, source, p, postedAt + after(rng, 12, 0.8), [target.id]);
      }
    }
  },
};
