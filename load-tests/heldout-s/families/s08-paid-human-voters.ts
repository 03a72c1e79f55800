import { MINUTE } from '../../heldout/calendar';
import { pickRanked } from '../model/ballot';
import { newDevice, userAgent } from '../model/devices';
import { organicSize, partSource, rawVote, scaled, type Family } from './family';

/**
 * A "人工投票" order on a vote-buying platform: every hour from 09:00 to 22:00 for five days the
 * platform releases a batch of paid tasks, and part-time workers all over China (none in Guangxi)
 * grab them within minutes, voting on their own phones from their own networks. Three in ten
 * also vote from the second WeChat on the same phone (应用双开), a minute or two later.
 */
export const paidHumanVoters: Family = {
  id: 'S8',
  kind: 'attack',
  description: 'paid human voters from other provinces, hourly task batches, 30% with a twin account',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, rhythm } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 4, 12);
    const first = rng.int(1, 2);
    for (let d = first; d < first + 5; d++) {
      const source = partSource(ctx, 'attack', 'paid-voters', doctor.id, d);
      const perDay = scaled(ctx.scale, rng.int(220, 360), 2);
      for (let h = 9; h <= 22; h++) {
        const release = rhythm.clock(d, h, rng.uniform(0, 10));
        for (let i = 0; i < Math.round(perDay / 14); i++) {
          const ua = userAgent(rng, newDevice(rng, rng.pick(['young', 'migrant', 'village'] as const)), 'wifi');
          const addr = net.elsewhere(rng);
          const phoneUa = addr.link === 'wifi' ? ua : ua.replace('NetType/WIFI', 'NetType/4G');
          const at = release + rng.gamma(1.5, 4 * MINUTE);
          rawVote(ctx, source, at, ctx.ledger.newAccount(), [doctor.id], addr.ip, phoneUa);
          if (rng.chance(0.3)) rawVote(ctx, source, at + rng.uniform(40, 130) * 1000, ctx.ledger.newAccount(), [doctor.id], addr.ip, phoneUa);
        }
      }
    }
  },
};
