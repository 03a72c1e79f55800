import { MINUTE } from '../../heldout/calendar';
import { candidateByProfile } from '../model/ballot';
import type { Person } from '../model/people';
import { at, labelled, organicSize, scaled, type Family } from './family';

/**
 * X15, honest: school parent groups. The Blue Sky rescue team gave every primary school in Jin'an
 * its drowning-safety lesson, and the district education bureau asks head teachers to share the
 * vote. Each of 40–70 class groups (35–50 families) gets the teacher's post at that teacher's own
 * moment after homework checking (19:00–21:30); parents (and grandparents who look after the child)
 * vote within minutes, from home Wi-Fi. Many teachers post again the next evening and a few the
 * evening after, each time fewer answer.
 */
export const parentGroups: Family = {
  id: 'X15',
  kind: 'legit',
  description: 'Jin\'an primary schools: 40-70 class parent groups vote minutes after each teacher posts, evenings',
  seeds: [1, 2],
  ballot: { need: ['jinan-bluesky'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, crowd, rhythm } = ctx;
    const cand = candidateByProfile(ballot, 'jinan-bluesky');
    const day = rng.int(1, 3);
    const classes = scaled(ctx.scale, rng.int(40, 70), 3);
    const sources = [0, 1, 2].map((k) => labelled(ctx, `x15-class-posts-day${day + k}`, 'legit', cand, 'x15-class-posts'));
    for (let c = 0; c < classes; c++) {
      const parents: Person[] = Array.from({ length: rng.int(35, 50) }, () => {
        const grand = rng.chance(0.15);
        return people.make(rng, { city: 'fuzhou', segment: grand ? 'elder' : 'office', market: grand ? 'elder' : 'city', wifi: 0.85 });
      });
      let answer = rng.uniform(0.72, 0.9);
      for (let k = 0; k < 3 && day + k < rhythm.days; k++) {
        if (k > 0 && !rng.chance(k === 1 ? 0.65 : 0.3)) break;
        const post = at(ctx, day + k, 19, rng.int(0, 150));
        for (const p of parents) {
          if (!rng.chance(answer)) continue;
          const t = post + (rng.chance(0.82) ? rng.gamma(1.2, 6) : rng.logNormal(55, 0.8)) * MINUTE;
          people.vote(rng, p, t, crowd.selection(rng, cand), sources[k]);
        }
        answer *= rng.uniform(0.45, 0.65);
      }
    }
  },
};
