import { MINUTE } from '../../heldout/calendar';
import { pickRanked } from '../model/ballot';
import { newDevice, userAgent } from '../model/devices';
import { fullDays, organicSize, partSource, rawVote, scaled, type Family } from './family';

/**
 * A bought script on a handful of cloud servers: in the evening peak it fires 900–1,400 votes
 * in half an hour or so, each from a fresh registered account, rotating six copied UA strings;
 * two or three days later a second, smaller burst from two new servers at another hour.
 */
export const hostingBurst: Family = {
  id: 'S3',
  kind: 'attack',
  description: 'scripted evening bursts from 3-5 cloud servers, 6 copied UAs, fresh accounts',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, rhythm } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 4, 12);
    const uas = Array.from({ length: 6 }, () => userAgent(rng, newDevice(rng, rng.pick(['young', 'village'] as const)), rng.chance(0.5) ? 'wifi' : 'mobile'));
    const [first, second] = rng.shuffle(fullDays(ctx)).slice(0, 2).sort((a, b) => a - b);
    const bursts = [
      { day: first, hour: rng.int(20, 21), servers: rng.int(3, 5), votes: rng.int(900, 1400), minutes: rng.uniform(25, 45) },
      { day: second, hour: rng.pick([7, 12, 22]), servers: 2, votes: rng.int(450, 800), minutes: rng.uniform(15, 30) },
    ];
    for (const b of bursts) {
      const source = partSource(ctx, 'attack', 'cloud-burst', doctor.id, b.day);
      const servers = Array.from({ length: b.servers }, () => `${net.hostingPrefix(rng)}.${rng.int(2, 250)}`);
      const n = scaled(ctx.scale, b.votes);
      const start = rhythm.clock(b.day, b.hour, rng.int(0, 40));
      const mean = (b.minutes * MINUTE) / n;
      let at = start;
      for (let i = 0; i < n; i++, at += rng.exponential(mean)) rawVote(ctx, source, at, ctx.ledger.newAccount(), [doctor.id], rng.pick(servers), rng.pick(uas));
    }
  },
};
