import { shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { Voter } from '../model/people';
import { gansuCrowd, type Family } from './family';
import { addedShare, candidateOf, legitSource, local, only } from './kit';

const PLACES = ['jinchuan', 'jiayuguan'];
const NIGHT_FROM = 23 * 60;
const NIGHT_TO = 5.5 * 60;

const isDay = (t: number) => {
  const mm = shanghaiMinuteOfDay(t);
  return mm >= 8 * 60 && mm < 20 * 60;
};

/**
 * A city that works nights: Jinchang's nickel mines and smelters, Jiayuguan's steelworks run three
 * shifts. The night shift votes for its own city on breaks — after the midnight change, at the
 * 2:30 meal, before the 8:00 change — so every night the city's candidate takes four times the
 * share of votes it takes by day. Nothing else is odd: a different crowd of workers each night
 * (some come back), their own phones, mostly on mobile data, arriving as a Poisson stream.
 */
export const nightShift: Family = {
  id: 'H9',
  kind: 'legit',
  description: 'industrial city night shift: the city candidate takes 4x its daytime share every night',
  seeds: [1, 2],
  ballot: (rng) => ({ category: 'county', require: [rng.pick(PLACES)] }),
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, people, rhythm, ballot } = ctx;
    const c = candidateOf(ctx, PLACES);
    const day = addedShare(ctx, c, isDay);
    const share = Math.min(0.85, (4 * day.mine) / Math.max(1, day.all));
    const returning: Voter[] = [];
    for (let d = 1; d < rhythm.days; d++) {
      const from = Math.max(ballot.cal.opensAt, rhythm.at(d - 1, NIGHT_FROM));
      const to = Math.min(ballot.cal.closesAt, rhythm.at(d, NIGHT_TO));
      if (to <= from) continue;
      const night = addedShare(ctx, c, (t) => t >= from && t < to);
      // x more votes for c make its share (mine + x) / (all + x) equal to `share`.
      const extra = Math.max(0, Math.ceil((share * night.all - night.mine) / (1 - share)));
      if (extra === 0) continue;
      const src = legitSource(ctx, `night-shift:night${d}`, c, 'night-shift');
      for (const t of rhythm.curveTimes(rng, 'shift', from, to, extra, 0)) {
        let v: Voter;
        if (returning.length > 0 && rng.chance(0.3)) v = rng.pick(returning);
        else {
          v = local(ctx, rng, c, rng.chance(0.25) ? 'youth' : 'adult', 'shift');
          returning.push(v);
        }
        const net = rng.chance(0.82) ? people.mobile(rng, v, t) : people.netAt(rng, v, t);
        people.cast(rng, v, t, src, { ids: rng.chance(0.8) ? only(ctx, c) : people.selection(rng, c.index), ip: net.ip, net: net.net });
      }
    }
  },
};
