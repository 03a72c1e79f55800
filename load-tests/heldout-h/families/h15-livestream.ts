import { votingDays } from '../model/crowd';
import { gansuCrowd, type Family } from './family';
import { ballotDays, candidateOf, clock, legitSource, scaled, MINUTE } from './kit';

/** Counties whose heads sell their produce on livestreams: apples, potatoes, angelica, peaches. */
const PLACES = ['jingning', 'minxian', 'anding', 'qinan', 'maiji', 'lixian'];

/**
 * A county head's evening livestream selling the county's apples (or potatoes, or angelica): at
 * the peak of the show he asks the audience to vote and pins the link. Within minutes thousands of
 * viewers — most of them outside Gansu, at home on their own Wi-Fi — vote, then it fades; a second
 * mention later in the show brings a smaller wave. One or two shows in the week.
 */
export const tvSegment: Family = {
  id: 'H15',
  kind: 'legit',
  description: 'county head\'s livestream asks viewers to vote: thousands within minutes, nationwide',
  seeds: [1, 2],
  ballot: (rng) => ({ require: [rng.pick(PLACES)] }),
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, people } = ctx;
    const c = candidateOf(ctx, PLACES);
    const days = rng.shuffle(ballotDays(ctx).filter((d) => d >= 1 && d <= 5)).slice(0, rng.int(1, 2)).sort((a, b) => a - b);
    for (const [k, d] of days.entries()) {
      const src = legitSource(ctx, `livestream:${k}`, c, 'livestream');
      const ask = clock(ctx, d, rng.uniform(20.3, 20.9));
      const tau = rng.uniform(5, 11);
      const n = scaled(ctx, rng.int(3000, 8000), 20);
      for (let i = 0; i < n; i++) {
        const t = rng.chance(0.85) ? ask + rng.exponential(tau) * MINUTE : ask + rng.uniform(40, 60) * MINUTE + rng.exponential(6) * MINUTE;
        const inGansu = rng.chance(0.4);
        const age = rng.chance(0.2) ? 'elder' : 'adult';
        const v = inGansu ? people.voter(rng, people.household(rng, people.anyCounty(rng)), age, c.index, age === 'elder' ? 'elder' : 'adult') : people.outsider(rng, c.index, age);
        v.loyalty *= 0.25;
        const times = votingDays(rng, ctx, v, t, []);
        for (const [j, at] of times.entries()) people.cast(rng, v, at, j === 0 ? src : ctx.crowd.source);
      }
    }
  },
};
