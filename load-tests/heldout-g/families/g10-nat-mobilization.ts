import { MINUTE } from '../../heldout/calendar';
import { newHome, staticAddress } from '../model/networks';
import type { Person } from '../model/people';
import { typicalCrowd, type Family } from './family';
import { after, byRank, castAs, fullDay, onDay, volume } from './kit';

/**
 * An honest township mobilization: the township government's notice reaches the offices, the
 * central school, the health centre and the village committees, whose staff and the residents
 * who drop by vote on those few lines within the morning. Some do it again the next working
 * morning at the office, and some keep voting on their own afterwards.
 */
export const natMobilization: Family = {
  id: 'G10',
  kind: 'legit',
  description: 'township mobilization: thousands in a morning behind 2-5 office NATs',
  seeds: [1, 2, 3],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, people, rhythm } = ctx;
    const target = byRank(ctx, 2, 20);
    const day = fullDay(ctx, 0, 4, true);
    const lines = Array.from({ length: rng.int(2, 5) }, () => staticAddress(rng, target.area));
    const lineWeights = lines.map(() => rng.logNormal(1, 0.8));
    const behindNat = rng.uniform(0.6, 0.8);
    const group = `township-mobilization:${target.name}`;
    const later = ledger.source({ name: 'mobilized, voting on their own', kind: 'organic' });

    const voters: { person: Person; line?: string }[] = [];
    const count = volume(ctx, 1500, 5000, 20);
    for (let i = 0; i < count; i++) {
      const line = rng.chance(behindNat) ? lines[rng.weightedIndex(lineWeights)] : undefined;
      const cohort = rng.pick(['general', 'general', 'elder', 'young'] as const);
      voters.push({ person: people.person(rng, target.area, cohort, { office: line, home: rng.chance(0.6) ? newHome(rng, target.area) : undefined }), line });
    }
    const mornings = [day, day + 1];
    for (const [n, d] of mornings.entries()) {
      const source = ledger.source({ name: `mobilization morning ${n + 1}`, kind: 'legit', candidateId: target.id, group });
      const notice = rhythm.at(d, rng.int(8 * 60 + 40, 10 * 60 + 30));
      const reminder = notice + rng.int(90, 150) * MINUTE;
      for (const v of voters) {
        if (n > 0 && !rng.chance(0.4)) continue;
        const at = (rng.chance(0.7) ? notice : reminder) + after(rng, 25, 0.9);
        if (!onDay(ctx, at, d)) continue;
        castAs(ctx, source, v.person, at, [target.id], v.line ? people.viaLine(v.person, v.line, at) : undefined);
      }
    }
    for (const v of voters) {
      for (let d = day + 2; d < rhythm.cal.dayCount; d++) if (rng.chance(0.2)) castAs(ctx, later, v.person, rhythm.sample(rng, d), [target.id]);
    }
  },
};
