import { MINUTE } from '../../heldout/calendar';
import { CITIES, midTable } from '../model/ballot';
import { AWAY, type Place } from '../model/networks';
import type { Person } from '../model/people';
import { dayBetween, organicSize, scaled, surgeSource, type Family } from './family';

/**
 * A short video and article about the teacher (walking pupils across a river every morning) go
 * viral one evening: seed groups at ~19:30, each forward reaching a group of log-normal size of
 * which a third vote, some of whom forward again minutes to an hour later; voters from all of
 * Henan and everywhere its people work. A quarter vote again the next day.
 */
export const viralForward: Family = {
  id: 'R12',
  kind: 'legit',
  description: 'viral video and forward cascade one evening: 6-12k voters nationwide, a quarter back next day',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, rhythm } = ctx;
    const target = midTable(rng, ballot, 6, 18);
    const day = dayBetween(ctx, 1, 4);
    const cap = scaled(ctx.scale, rng.int(6000, 12000), 30);
    const src = surgeSource(ctx, `R12-day${day}`, target, 'R12');
    const voters: Person[] = [];
    const queue: number[] = Array.from({ length: rng.int(20, 40) }, () => rhythm.at(day, 19, 30) + rng.exponential(25 * MINUTE));
    while (queue.length > 0 && voters.length < cap) {
      const t = queue.shift()!;
      const size = Math.round(rng.logNormal(60, 0.8));
      for (let i = 0; i < size * 0.33 && voters.length < cap; i++) {
        const place: Place = rng.chance(0.45) ? rng.pick(CITIES) : rng.pick(AWAY);
        const p = people.make(rng, { place, segment: rng.chance(0.6) ? 'city' : place === '郑州' ? 'city' : 'migrant', home: rng.chance(0.6) });
        const at = t + rng.gamma(1.5, 9 * MINUTE);
        people.vote(rng, p, at, [target.id], src);
        voters.push(p);
        if (rng.chance(0.09)) queue.push(at + rng.gamma(1.2, 20 * MINUTE));
      }
    }
    if (day + 1 < rhythm.days) {
      const next = surgeSource(ctx, `R12-day${day + 1}`, target, 'R12');
      for (const p of voters) if (rng.chance(0.25)) people.vote(rng, p, rhythm.sample(rng, p.segment, day + 1), [target.id], next);
    }
  },
};
