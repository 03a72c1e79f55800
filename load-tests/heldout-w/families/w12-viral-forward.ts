import { MINUTE } from '../../heldout/calendar';
import { nomineeAt } from '../model/ballot';
import { awayRegion, jilinRegion } from '../model/crowd';
import type { Profile } from '../model/devices';
import type { Region } from '../model/networks';
import { selection } from '../model/people';
import { organicSize, scaled, sourcesBy, type Family } from './family';

/**
 * W12. A Baishan nurse carried an injured hiker down from Changbai Mountain on her day off; a big
 * provincial account posts the story at lunch or in the evening and it cascades through group chats
 * across Jilin and the rest of China: seed groups, each forward reaching a log-normal audience,
 * some voters forwarding again. Everyone is a fresh account; a quarter vote again the next day.
 */
export const viralForward: Family = {
  id: 'W12',
  kind: 'legit',
  description: 'Changbai Mountain rescue story cascades through group chats, fresh accounts',
  seeds: [1, 2],
  ballot: { require: [{ hospital: 'bszx' }] },
  organicVotes: (rng) => organicSize(rng, 32_000),
  build(ctx) {
    const { rng, ballot, rhythm, people, scale } = ctx;
    const target = nomineeAt(ballot, 'bszx');
    const day = rng.int(2, 4);
    const post = rhythm.at(day, rng.pick([740, 1180]));
    const cap = scaled(scale, rng.int(7000, 13000), 30);
    const sourceFor = sourcesBy(ctx, 'w12-viral', 'legit', target);
    const queue: number[] = Array.from({ length: rng.int(20, 40) }, () => post + rng.exponential(20) * MINUTE);
    let voters = 0;
    while (queue.length > 0 && voters < cap) {
      queue.sort((a, b) => a - b);
      const groupAt = queue.shift() as number;
      const audience = Math.round(rng.logNormal(45 * Math.max(scale, 0.05), 0.9));
      for (let i = 0; i < audience && voters < cap; i++) {
        let at = groupAt + rng.gamma(1.1, 18) * MINUTE;
        const m = rhythm.minuteOf(at);
        // Read at night, voted in the morning.
        if (m < 360 && rng.chance(0.8)) at = rhythm.at(rhythm.dayOf(at), 380 + rng.int(0, 150));
        const r = rng.next();
        const region: Region = r < 0.25 ? 'BS' : r < 0.55 ? jilinRegion(rng) : r < 0.97 ? awayRegion(rng) : 'KR';
        const profile: Profile = region === 'KR' ? 'korea' : rng.pick<Profile>(['young', 'adult', 'adult', 'elderly']);
        const p = people.make(rng, { region, profile });
        const d = rhythm.dayOf(at);
        people.vote(rng, p, at, selection(ballot, target), sourceFor(`day${d}`), people.everyday(rng, p, at));
        voters++;
        if (rng.chance(0.25)) {
          const next = rhythm.sample(rng, d + 1, [0.1, 0, 0, 0, 0, 0.5, 1, 1.5, 1.2, 1, 1, 1, 1.5, 1, 1, 1, 1, 1.2, 1.5, 2, 2.2, 1.8, 1, 0.4]);
          people.vote(rng, p, next, selection(ballot, target), sourceFor(`day${d + 1}`), people.everyday(rng, p, next));
        }
        if (rng.chance(0.05)) queue.push(at + rng.exponential(12) * MINUTE);
      }
    }
  },
};
