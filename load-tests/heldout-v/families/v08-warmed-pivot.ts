import { CITIES, type Place } from '../model/places';
import type { Person } from '../model/people';
import { byRank, daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V8, warmed accounts that pivot (subtle). A vendor who knows the platform looks at account age
 * spends the first three or four days "warming" 700-1,150 accounts: each votes once a day, like a
 * customer, for one of the five favourites (cover votes: organic, not an attack on them), from a
 * sticky residential exit in a Zhejiang city and one consistent phone, at a human time of day.
 * Then the whole cohort switches to the client and keeps voting daily until the close, still one
 * vote a day per account at its usual hour. On a multi-choice ballot half the pivoted votes also
 * tick a favourite.
 */
export const warmedPivot: Family = {
  id: 'V8',
  kind: 'attack',
  description: 'warmed pool: 700-1,150 accounts vote favourites 3-4 days, then all pivot to client',
  seeds: [1, 2],
  ballot: { needs: [{ rank: [6, 15] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, scale } = ctx;
    const client = ballot.cast[0];
    const favourites = byRank(ctx)
      .filter((c) => c.id !== client.id)
      .slice(0, 5);
    const n = scaled(scale, rng.int(700, 1150), 20);
    const pool: Person[] = Array.from({ length: n }, () => {
      const place: Place = { kind: 'zhejiang', city: CITIES[rng.weightedIndex(CITIES.map((c) => c.weight))].id };
      const r = rng.next();
      return people.create(rng, { segment: 'urban', mix: r < 0.5 ? 'urban' : r < 0.75 ? 'courier' : 'worker', place, home: true });
    });
    const pivot = rng.int(3, 4);
    const cover = ctx.ledger.source({ name: 'v8-cover', kind: 'organic' });
    const src = daySources(ctx, 'v8-pivot', 'attack', client);
    const favWeights = favourites.map((_, i) => 1 / (i + 1));
    for (const p of pool) {
      const fav = favourites[rng.weightedIndex(favWeights)];
      for (let d = 0; d < rhythm.days; d++) {
        const attack = d >= pivot;
        if (!rng.chance(attack ? 0.85 : 0.8)) continue;
        const at = rng.chance(0.6) ? rhythm.nearMinute(rng, d, p.habit, 50) : rhythm.onDay(rng, d, 'urban');
        if (!Number.isFinite(at) || rhythm.dayOf(at) !== d) continue;
        if (!attack) people.vote(rng, cover, p, at, [fav.id], 'home');
        else people.vote(rng, src(d), p, at, ballot.maxChoices > 1 && rng.chance(0.5) ? [client.id, fav.id] : [client.id], 'home');
      }
    }
  },
};
