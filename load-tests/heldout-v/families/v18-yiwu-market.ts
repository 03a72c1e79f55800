import { MINUTE, isWeekend, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { Place } from '../model/places';
import type { Person } from '../model/people';
import { daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V18, the Yiwu market (honest). The courier collects the shipments of stalls in the Yiwu
 * International Trade City. When the market's management office posts him in the merchants'
 * groups, 1,600-2,800 stall holders vote: in market hours from their stalls, through the market's
 * shared business broadband (five consecutive addresses), or late at night from home while they
 * answer overseas buyers. One in eight are foreign traders based in Yiwu (WeChat in English,
 * Arabic, Russian, French), on the market's Wi-Fi or local SIMs.
 */
export const yiwuMarket: Family = {
  id: 'V18',
  kind: 'legit',
  description: 'Yiwu market stall holders and foreign traders behind the market NAT, many languages',
  seeds: [1, 2],
  ballot: { needs: [{ city: 'jinhua', district: '义乌市', route: 'market', rank: [6, 18] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, crowd, scale } = ctx;
    const client = ballot.cast[0];
    const yiwu: Place = { kind: 'zhejiang', city: 'jinhua' };
    const market = net.fixedLine(rng, yiwu, 'telecom', 5);
    const post = rhythm.at(rng.int(1, 2), 10, rng.int(0, 30));
    const src = daySources(ctx, 'v18-market', 'legit', client);
    const traders: { p: Person; keen: number }[] = Array.from({ length: scaled(scale, rng.int(1600, 2800), 20) }, () => {
      const foreign = rng.chance(0.12);
      const p = foreign
        ? people.create(rng, { segment: 'foreign', place: yiwu, home: rng.chance(0.5), work: rng.pick(market), lang: rng.pick(['en', 'en', 'en', 'ar', 'ar', 'ru', 'fr']) })
        : people.create(rng, { segment: 'merchant', place: yiwu, home: true, work: rng.pick(market) });
      return { p, keen: rng.uniform(0.15, 0.8) };
    });
    const marketHours = (t: number) => {
      const m = shanghaiMinuteOfDay(t);
      return m >= 9 * 60 && m < 17 * 60 + 30;
    };
    const cast = (p: Person, t: number) => {
      if (!Number.isFinite(t) || t < ballot.cal.opensAt || t >= ballot.cal.closesAt) return;
      // The market opens every day; at the stall they are on its Wi-Fi most of the time.
      const via = marketHours(t) && rng.chance(isWeekend(t) ? 0.6 : 0.75) ? 'work' : 'auto';
      people.vote(rng, src(rhythm.dayOf(t)), p, t, crowd.selection(rng, client), via);
    };
    for (const { p, keen } of traders) {
      const t = rng.chance(0.7) ? post + rng.logNormal(45, 1.1) * MINUTE : rhythm.onDay(rng, rhythm.dayOf(post) + rng.int(0, 2), p.segment);
      cast(p, t);
      for (let d = rhythm.dayOf(t) + 1; d < rhythm.days; d++) {
        if (!rng.chance(keen * Math.pow(0.9, d - rhythm.dayOf(t)))) continue;
        const late = rng.chance(0.35);
        cast(p, late ? rhythm.at(d, 22, 0) + rng.uniform(0, 150) * MINUTE : rhythm.at(d, 9, 0) + rng.uniform(0, 510) * MINUTE);
      }
    }
  },
};
