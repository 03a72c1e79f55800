import { HOUR } from '../../heldout/calendar';
import { randomDevice, userAgent } from '../model/devices';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * A vote service's script through a residential proxy pool: three days of 500–800 votes spread
 * evenly over 08:00–23:30, every vote from another home line somewhere in China, each account
 * with a made-up phone; a fifth of the accounts come back the next day.
 */
export const proxyPool: Family = {
  id: 'T4',
  kind: 'attack',
  description: 'Shouguang proxy pool: 500-800/day for 3 days, a new home exit per vote',
  seeds: [1, 2, 3],
  ballot: { include: ['寿光市'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, net, rhythm } = ctx;
    const target = nominee(ctx.ballot, '寿光市');
    const source = daySources(ctx, 'T4 proxy pool', 'attack', target);
    const first = rng.int(1, 3);
    let yesterday: Array<{ account: string; ua: string }> = [];
    for (let day = first; day < first + 3; day++) {
      const n = scaled(ctx.scale, rng.int(500, 800));
      const today = Array.from({ length: n }, (_, i) =>
        i < yesterday.length * 0.2 ? yesterday[i] : { account: ledger.newAccount(), ua: userAgent(randomDevice(rng, 'city'), 'WIFI') },
      );
      const from = rhythm.midnight(day) + 8 * HOUR;
      const span = 15.5 * HOUR;
      today.forEach((a, i) => {
        const at = from + ((i + rng.next()) / n) * span;
        ledger.add({ at, accountId: a.account, candidateIds: [target.id], ip: net.proxyExit(rng), userAgent: a.ua, source: source(day) });
      });
      yesterday = rng.shuffle(today);
    }
  },
};
