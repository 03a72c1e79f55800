import { pickRanked, type Prefecture } from '../model/ballot';
import { fullDays, organicSize, partSource, scaled, type Family } from './family';

const SPREAD: readonly Prefecture[] = ['Nanning', 'Liuzhou', 'Guilin', 'Yulin', 'Guigang', 'Qinzhou', 'Hechi', 'Baise'];

/**
 * A paid "vote crew" (水军群): 70–130 accounts held by real people across Guangxi, each on
 * their own phone and network, who vote for whoever the group owner names the moment the owner
 * posts "开始". The owner posts at a different hour every day, so the crew never votes at the
 * same time twice, but it is the same closed set of accounts, together, every day.
 */
export const lockstepGroup: Family = {
  id: 'S5',
  kind: 'attack',
  description: 'closed crew of 70-130 accounts voting within minutes of a daily call, hour shifts',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 2, 9);
    const crew = Array.from({ length: scaled(ctx.scale, rng.int(70, 130), 4) }, () => {
      const region = rng.pick(SPREAD);
      return people.make(rng, { segment: 'young', routine: 'townsfolk', region, home: rng.chance(0.5) ? people.household(rng, region) : null });
    });
    for (const d of fullDays(ctx)) {
      const source = partSource(ctx, 'attack', 'vote-crew', doctor.id, d);
      const call = rhythm.clock(d, rng.pick([8, 12, 13, 18, 20, 21, 22]), rng.uniform(0, 59));
      const turnout = rng.uniform(0.85, 0.97);
      for (const p of crew) if (rng.chance(turnout)) people.cast(rng, p, call + rng.gamma(2, 35_000), doctor, source);
    }
  },
};
