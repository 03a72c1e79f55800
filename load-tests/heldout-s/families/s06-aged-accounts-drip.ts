import { byPull, pickRanked } from '../model/ballot';
import { newDevice, userAgent } from '../model/devices';
import { organicSize, partSource, rawVote, scaled, type Family } from './family';

/**
 * 500–800 aged WeChat accounts rented from an account dealer (养号), each kept on one phone
 * profile by the dealer's group-control rig behind a China Mobile SIM pool in the doctor's city.
 * Every day, each account votes with probability 0.7 at an ordinary hour of the town's day, for
 * the client and one to three of the best-known doctors as cover, all week: never an hour that
 * stands out, a few hundred votes a day.
 */
export const agedAccountsDrip: Family = {
  id: 'S6',
  kind: 'attack',
  description: 'rented aged accounts drip all week from a SIM pool, client plus 1-3 cover picks',
  seeds: [1, 2],
  ballot: { maxChoices: 5 },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, net, rhythm } = ctx;
    const client = pickRanked(rng, ctx.ballot, 5, 12);
    const covers = byPull(ctx.ballot).filter((c) => c.id !== client.id).slice(0, 6);
    const region = client.county.prefecture;
    const pool = Array.from({ length: scaled(ctx.scale, rng.int(500, 800), 5) }, () => ({
      account: ctx.ledger.newAccount(),
      device: newDevice(rng, rng.pick(['village', 'young', 'elder'] as const)),
    }));
    for (let d = 0; d < rhythm.days; d++) {
      const source = partSource(ctx, 'attack', 'aged-accounts', client.id, d);
      for (const a of pool) {
        if (!rng.chance(0.7)) continue;
        const picks = rng.shuffle([...covers]).slice(0, rng.int(1, 3)).map((c) => c.id);
        const addr = net.mobile(rng, 'mobile', region);
        rawVote(ctx, source, rhythm.at(rng, d, 'townsfolk'), a.account, [client.id, ...picks], addr.ip, userAgent(rng, a.device, addr.link));
      }
    }
  },
};
