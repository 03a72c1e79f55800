import { MINUTE } from '../../heldout/calendar';
import { newPhone } from '../model/devices';
import { hostingBlock, inBlock, newHome, staticAddress } from '../model/networks';
import { typicalCrowd, type Family } from './family';
import { after, byRank, castAs, fullDay, onDay, volume } from './kit';

/**
 * A town really mobilizes: the township government's notice goes to village cadres, teachers and
 * clinic staff, who vote from the office lines and pass it on to residents. In the same hours
 * someone adds a scripted stream for the same candidate from a few cloud /24s with one to three
 * copied user agents, at a machine's pace, under a third of the burst.
 */
export const scriptInMobilization: Family = {
  id: 'G1',
  kind: 'attack',
  description: 'town mobilization via government NATs hides a steady script from cloud /24s',
  seeds: [1, 2, 3],
  organicVotes: typicalCrowd,
  build(ctx) {
    const { rng, ledger, people, rhythm } = ctx;
    const target = byRank(ctx, 2, 10);
    const day = fullDay(ctx, 0, 4, true);
    const notice = rhythm.at(day, rng.int(8 * 60 + 30, 15 * 60));
    const recall = notice + rng.int(70, 130) * MINUTE;

    const honest = ledger.source({ name: 'mobilization', kind: 'legit', candidateId: target.id, group: `mobilization:${target.name}` });
    const later = ledger.source({ name: 'mobilized residents later', kind: 'organic' });
    const lines = Array.from({ length: rng.int(3, 6) }, () => staticAddress(rng, target.area));
    const residents = volume(ctx, 1800, 4500, 20);
    for (let i = 0; i < residents; i++) {
      const office = rng.chance(0.45) ? lines[rng.weightedIndex(lines.map((_, k) => 1 / (k + 1)))] : undefined;
      const cohort = rng.pick(['general', 'general', 'elder', 'young'] as const);
      const p = people.person(rng, target.area, cohort, { office, home: rng.chance(0.6) ? newHome(rng, target.area) : undefined });
      const at = (rng.chance(0.65) ? notice : recall) + after(rng, 22, 0.85);
      if (!onDay(ctx, at, day)) continue;
      castAs(ctx, honest, p, at, [target.id], office ? people.viaLine(p, office, at) : undefined);
      for (let d = day + 1; d < rhythm.cal.dayCount; d++) if (rng.chance(0.18)) castAs(ctx, later, p, rhythm.sample(rng, d), [target.id]);
    }

    // Never more than a third of the burst: at most half of the residents' votes.
    const share = rng.uniform(0.12, 0.3);
    const scripted = Math.min(Math.floor(residents / 2.1), Math.max(Math.round(300 * ctx.scale), Math.min(Math.round(1000 * ctx.scale), Math.round((residents * share) / (1 - share)))));
    const script = ledger.source({ name: 'script', kind: 'attack', candidateId: target.id, group: `script:${target.name}` });
    const ips = Array.from({ length: rng.int(1, 3) }, () => hostingBlock(rng)).flatMap((b) => Array.from({ length: rng.int(3, 12) }, () => inBlock(b, rng.int(2, 250))));
    const uas = Array.from({ length: rng.int(1, 3) }, () => newPhone(rng, 'general').ua('WIFI'));
    const start = notice + rng.int(15, 50) * MINUTE;
    const periodS = rng.uniform(4, 10);
    const batch = rng.chance(0.4) ? rng.int(4, 8) : 1;
    for (let k = 0; k < scripted; k++) {
      // Steady: one request per period. Batched: a burst of `batch` every batch × period.
      const slot = Math.floor(k / batch) * batch * periodS + (k % batch) * rng.uniform(0.2, 0.6);
      const at = start + (slot + rng.normal(0, 0.03 * periodS)) * 1000;
      ledger.cast({ at, accountId: ledger.newAccount(), candidateIds: [target.id], ip: ips[k % ips.length], userAgent: uas[k % uas.length], source: script });
    }
  },
};
