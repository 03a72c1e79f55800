import { MINUTE } from '../../heldout/calendar';
import { CITIES, midTable } from '../model/ballot';
import { AWAY } from '../model/networks';
import type { Person } from '../model/people';
import { attackSource, dayBetween, organicSize, scaled, type Family } from './family';

/**
 * Paid "red-packet" vote groups: a broker posts the candidate's link in groups of people who vote
 * for money (a 0.3–0.5 yuan red packet per screenshot) two to four times a day for three or four
 * days. Real people on their own phones and networks, 80% outside Henan, grab each task within
 * minutes; half of them are regulars who take the task again on the following days.
 */
export const redPacketWorkers: Family = {
  id: 'R6',
  kind: 'attack',
  description: 'paid red-packet groups: 120-350 real workers per post, 2-4 posts a day, 80% out of province',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, rhythm } = ctx;
    const target = midTable(rng, ballot, 5, 16);
    const worker = (): Person =>
      rng.chance(0.8)
        ? people.make(rng, { place: rng.pick(AWAY), segment: rng.chance(0.6) ? 'migrant' : 'city', home: rng.chance(0.4) })
        : people.make(rng, { place: rng.pick(CITIES), segment: 'city', home: rng.chance(0.5) });
    const regulars = Array.from({ length: scaled(ctx.scale, rng.int(150, 300), 4) }, worker);
    const days = rng.int(3, 4);
    const first = dayBetween(ctx, 1, 6 - days);
    for (let d = first; d < first + days; d++) {
      const src = attackSource(ctx, `R6-day${d}`, target, 'R6');
      const posts = rng.int(2, 4);
      const taken = new Set<Person>();
      for (let k = 0; k < posts; k++) {
        const post = rhythm.between(rng, d, 10 + (k * 13) / posts, 10 + ((k + 1) * 13) / posts);
        const grabs = scaled(ctx.scale, rng.int(120, 350), 3);
        for (let i = 0; i < grabs; i++) {
          let p = rng.chance(0.5) ? rng.pick(regulars) : worker();
          if (taken.has(p)) p = worker();
          taken.add(p);
          people.vote(rng, p, post + rng.logNormal(4 * MINUTE, 0.9), [target.id], src);
        }
      }
    }
  },
};
