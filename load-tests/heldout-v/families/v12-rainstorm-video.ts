import { MINUTE } from '../../heldout/calendar';
import { CITIES, PROVINCES, type Place } from '../model/places';
import type { Segment } from '../model/rhythm';
import { daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V12, a viral forward (honest). A clip of a low-ranked courier shielding parcels (and an old
 * man) in a rainstorm is posted at lunch or in the evening of day 3-5 and spreads through group
 * chats: each group a forward reaches brings a share of its members to vote within minutes, and a
 * few of them forward it on. A city newspaper's account reposts it a few hours later. 6,000-10,000
 * people vote, nearly all new to the ballot: the courier's city, the rest of Zhejiang and far
 * beyond. A fifth come back the next day.
 */
export const rainstormVideo: Family = {
  id: 'V12',
  kind: 'legit',
  description: 'viral clip: 6k-10k new voters through group-chat cascades and a media repost',
  seeds: [1, 2],
  ballot: { needs: [{ rank: [12, 28] }] },
  organicVotes: (rng) => organicSize(rng, 33_000),
  build(ctx) {
    const { rng, ballot, rhythm, people, crowd, scale } = ctx;
    const client = ballot.cast[0];
    const day = rng.int(2, 4);
    const t0 = rng.chance(0.5) ? rhythm.at(day, 12, 20 + rng.int(0, 20)) : rhythm.at(day, 19, 30 + rng.int(0, 25));
    const cap = scaled(scale, rng.int(6000, 10_000), 40);
    const src = daySources(ctx, 'v12-viral', 'legit', client);
    const placeOf = (): Place => {
      const r = rng.next();
      if (r < 0.4) return { kind: 'zhejiang', city: client.cityId };
      if (r < 0.72) return { kind: 'zhejiang', city: CITIES[rng.weightedIndex(CITIES.map((c) => c.weight))].id };
      return { kind: 'province', province: PROVINCES[rng.weightedIndex(PROVINCES.map((p) => p.reach))].id };
    };
    // Forward events: a moment and a group size; seeds first, the repost later.
    const queue: { at: number; size: number }[] = [];
    for (let i = 0, n = rng.int(15, 30); i < n; i++) queue.push({ at: t0 + rng.logNormal(12, 1.0) * MINUTE, size: rng.int(80, 450) });
    const repost = t0 + rng.uniform(150, 240) * MINUTE;
    let voted = 0;
    let repostDone = false;
    for (let q = 0; q < queue.length && voted < cap; q++) {
      if (!repostDone && (voted > cap * 0.55 || q === queue.length - 1)) {
        repostDone = true;
        for (let i = 0; i < 40; i++) queue.push({ at: repost + rng.logNormal(10, 1.0) * MINUTE, size: rng.int(150, 400) });
      }
      const ev = queue[q];
      const share = rng.uniform(0.08, 0.3);
      const n = rng.poisson(ev.size * share);
      for (let i = 0; i < n && voted < cap; i++) {
        const segment: Segment = rng.pick(['urban', 'urban', 'urban', 'worker', 'student', 'elder', 'merchant'] as const);
        const p = people.create(rng, { segment, place: placeOf(), home: rng.chance(0.65) });
        const at = rhythm.reaction(rng, ev.at, segment, 7, 1.1);
        if (!Number.isFinite(at) || at >= ballot.cal.closesAt) continue;
        const d = rhythm.dayOf(at);
        people.vote(rng, src(d), p, at, crowd.selection(rng, client));
        voted++;
        if (rng.chance(0.07)) queue.push({ at: at + rng.logNormal(4, 0.9) * MINUTE, size: rng.int(40, 400) });
        if (rng.chance(0.2)) people.vote(rng, crowd.source, p, rhythm.onDay(rng, d + 1, segment), crowd.selection(rng, client));
      }
    }
  },
};
