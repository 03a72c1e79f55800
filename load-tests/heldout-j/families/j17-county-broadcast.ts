import { MINUTE } from '../../heldout/calendar';
import { makePerson, selection } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';
import { castAs, source, target } from './kit';

/**
 * The county media centre (融媒体中心) shows the vote's QR code at the end of the 19:00 county
 * news on two evenings, and the county head mentions it in a Douyin live stream selling the county's
 * produce one night. Viewers at home scan from the screen within minutes; then it fades.
 */
export const countyBroadcast: Family = {
  id: 'J17',
  kind: 'legit',
  description: 'county TV news QR code on two evenings + county head live stream: minute spikes',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, rhythm, ballot } = ctx;
    const main = target(ctx, 0.2, 0.8);
    const city = ballot.candidates[main].cityIndex;
    const shows = rng.shuffle([1, 2, 3, 4, 5]).slice(0, 3).sort();
    shows.forEach((d, i) => {
      const live = i === 2;
      const at = rhythm.at(d, live ? rng.uniform(20, 20.5) : 19 + rng.uniform(24, 28) / 60);
      if (!Number.isFinite(at)) return;
      const src = source(ctx, 'legit', `${live ? 'live' : 'news'}-${d}`, main, 'county-broadcast');
      const viewers = scaled(ctx.scale, rng.int(1200, 2600), 10);
      for (let v = 0; v < viewers; v++) {
        const p = makePerson(rng, ctx, { city, elderly: rng.chance(live ? 0.25 : 0.5), broadband: 0.85 });
        // News: the code is on screen for a minute, so most scan at once; a live stream spreads it out.
        const delay = live ? rng.exponential(18) : rng.chance(0.75) ? rng.uniform(0.2, 2) + rng.exponential(1.5) : rng.exponential(25);
        castAs(ctx, rng, src, { ...p, work: null }, Math.floor(at + delay * MINUTE), selection(rng, ballot, main, ctx.crowd.popularity));
      }
    });
  },
};
