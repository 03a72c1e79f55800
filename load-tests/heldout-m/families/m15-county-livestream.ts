import { MINUTE } from '../../heldout/calendar';
import type { Province } from '../model/networks';
import { honestSource, organicSize, rankedCandidate, scaled, type Family } from './family';

const VIEWER_PROVINCES: readonly Province[] = ['jiangsu', 'zhejiang', 'shanghai', 'guangdong', 'beijing', 'other', 'other'];

/**
 * 县长直播: the county head sells the county's produce in a Douyin/WeChat Channels livestream two
 * evenings of the week and shows the vote QR code twice a show. Viewers scan it within minutes:
 * the county's own people, but a third are buyers from all over China who just like the show.
 */
export const countyLivestream: Family = {
  id: 'M15',
  kind: 'legit',
  description: "county head's evening livestreams: QR code on screen, thousands within minutes",
  seeds: [1, 2],
  ballot: { category: 'county' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, ballot } = ctx;
    const ci = rankedCandidate(ctx, 0.1, 0.6);
    const city = ballot.places[ci].city;
    const first = rng.int(1, 3);
    for (const d of [first, first + rng.int(2, 3)]) {
      const src = honestSource(ctx, `livestream day ${d}`, ci, 'livestream');
      for (const showMinute of [20 * 60 + 20 + rng.int(0, 10), 21 * 60 + rng.int(0, 15)]) {
        const show = rhythm.at(d, showMinute);
        const viewers = scaled(ctx.scale, rng.int(1500, 2600), 10);
        for (let i = 0; i < viewers; i++) {
          const r = rng.next();
          const p =
            r < 0.5
              ? people.make(rng, { city, segment: rng.pick(['town', 'elder', 'young', 'office'] as const) })
              : r < 0.85
                ? people.make(rng, { city, province: rng.pick(VIEWER_PROVINCES), segment: rng.pick(['young', 'office', 'migrant'] as const) })
                : people.make(rng, { city: '合肥市', segment: 'office' });
          people.vote(rng, p, show + rng.logNormal(3 * MINUTE, 0.7), people.selection(rng, ci, 0.9), src);
        }
      }
    }
  },
};
