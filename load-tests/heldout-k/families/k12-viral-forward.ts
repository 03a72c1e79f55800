import { HOUR, MINUTE } from '../../heldout/calendar';
import { placeIndex } from '../model/ballot';
import { daySources, organicSize, scaled, type Family } from './family';

/**
 * A Channels (视频号) creator with a big following posts a clip of Litang's grasslands with the
 * vote link one evening; it is forwarded through groups and Moments all over China in waves,
 * each generation a few minutes to an hour after the last. Voters are Chengdu people, tourists
 * who once went west and strangers everywhere; a fifth come back the next day.
 */
export const viralForward: Family = {
  id: 'K12',
  kind: 'legit',
  description: 'Channels clip about Litang goes viral one evening: 7k-13k voters nationwide in waves',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['理塘县'] },
  organicVotes: (rng) => organicSize(rng, 55_000),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, scale } = ctx;
    const c = placeIndex(ballot, rng, '理塘县');
    const src = daySources(ctx, 'viral-forward', 'legit', c);
    const day = rng.int(2, 4);
    const post = rhythm.dayStart(day) + rng.uniform(19, 21) * HOUR;
    const n = scaled(scale, rng.int(7_000, 13_000), 40);
    for (let i = 0; i < n; i++) {
      const r = rng.next();
      const p =
        r < 0.55
          ? people.make(rng, { candidate: c, segment: 'metro', area: net.elsewhere(rng), life: 'chengdu' })
          : r < 0.85
            ? people.make(rng, { candidate: c, segment: 'metro', area: 'sichuan:成都市', life: 'chengdu', homeShare: 0.75 })
            : people.make(rng, { candidate: c, segment: 'mountain', area: people.areaOf(c), life: 'highland', small: rng.chance(0.5) });
      const generation = rng.weightedIndex([1, 2, 3.5, 3, 2, 1]);
      let at = post + rng.exponential(4 * MINUTE);
      for (let g = 0; g < generation; g++) at += rng.logNormal(14 * MINUTE, 0.7);
      people.vote(rng, p, at, src(rhythm.dayOf(at)));
      if (rng.chance(0.2)) people.vote(rng, p, rhythm.timeOn(rng, p.life, day + 1), src(day + 1));
    }
  },
};
