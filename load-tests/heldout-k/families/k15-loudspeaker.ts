import { HOUR, MINUTE } from '../../heldout/calendar';
import { placeIndex } from '../model/ballot';
import { daySources, organicSize, scaled, type Family } from './family';

/**
 * The county media centre reads the vote out on every village's loudspeaker (村村响) at 07:00 and
 * again at 18:30 for five days. Villagers vote within half an hour on their phones; the hills are
 * served by a couple of mobile gateways, so thousands of strangers share a handful of addresses.
 */
export const loudspeaker: Family = {
  id: 'K15',
  kind: 'legit',
  description: 'village loudspeakers at 07:00 and 18:30 for five days; villagers behind few CGNAT gateways',
  seeds: [1, 2],
  ballot: { category: 'township' },
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, ballot, people, rhythm, scale } = ctx;
    const c = placeIndex(ballot, rng, undefined, ['hills', 'basin', 'yi']);
    const area = people.areaOf(c);
    const src = daySources(ctx, 'loudspeaker', 'legit', c);
    const villagers = Array.from({ length: scaled(scale, rng.int(2_000, 3_500), 20) }, () =>
      people.make(rng, { candidate: c, segment: 'mountain', area, life: 'town', small: true, homeShare: 0.2 }),
    );
    const first = rng.int(1, 2);
    for (let d = first; d < first + 5; d++) {
      for (const p of villagers) {
        const r = rng.next();
        if (r > 0.55) continue;
        const at = rhythm.dayStart(d) + (r < 0.3 ? 7 * HOUR : 18.5 * HOUR) + rng.uniform(0.5, 2) * MINUTE + rng.gamma(1.1, 9 * MINUTE);
        people.vote(rng, p, at, src(d));
      }
    }
  },
};
