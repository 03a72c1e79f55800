import { MINUTE } from '../../heldout/calendar';
import { makeDevice } from '../model/devices';
import { organicSize, scaled, type Family } from './family';
import { cast, idOf, source, target } from './kit';

/**
 * A click-farm room: a few dozen real phones on two shelves, each a different used handset with its
 * own genuine WeChat, an operator logging each one in and out of about twenty fresh accounts in turn
 * through an evening, every phone on one of the room's few connections (two broadband lines, two
 * portable hotspots). Gaps look human but the routine makes them a little too even.
 */
export const phoneClickFarm: Family = {
  id: 'J2',
  kind: 'attack',
  description: 'click-farm room: ~36 real phones x ~20 fresh accounts each, few IPs, evening',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng, 50_000),
  build(ctx) {
    const { rng, rhythm, net } = ctx;
    const main = target(ctx, 0.3, 0.7);
    const room = rng.int(0, 17);
    const ips = [...net.fixed(rng, room, 2), net.cell(rng, room), net.cell(rng, room)];
    const phones = scaled(ctx.scale, rng.int(30, 42), 4);
    const ids = [idOf(ctx, main)];
    const sessions = [rng.int(1, 3), rng.int(4, 6)];
    const inventory: string[][] = [];
    for (const [s, day] of sessions.entries()) {
      const src = source(ctx, 'attack', `farm-session-${s + 1}`, main, 'click-farm');
      const begin = rhythm.at(day, rng.uniform(18.5, 20));
      for (let phone = 0; phone < phones; phone++) {
        const device = makeDevice(rng, { elderly: rng.chance(0.5) });
        const ip = ips[phone % ips.length];
        const perPhone = rng.int(17, 23);
        // Phones on a hotspot still say WIFI. The second evening reuses most of the first evening's accounts: the farm's stock.
        const accounts = Array.from({ length: perPhone }, (_, i) => (s > 0 && inventory[phone]?.[i] && rng.chance(0.6) ? inventory[phone][i] : ctx.ledger.newAccount()));
        if (s === 0) inventory[phone] = accounts;
        let t = begin + rng.uniform(0, 6) * MINUTE;
        const gap = rng.uniform(7, 10);
        for (const account of accounts) {
          cast(ctx, src, account, Math.floor(t), ids, ip, device.wifi);
          t += Math.max(3, rng.normal(gap, gap * 0.12)) * MINUTE;
        }
      }
    }
  },
};
