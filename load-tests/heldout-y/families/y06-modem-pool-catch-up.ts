import { HOUR, MINUTE } from '../../heldout/calendar';
import { MODELS } from '../model/devices';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * The runner-up's people hire a SIM-box ("猫池") shop in Xingtai for the last eight hours: 150–250
 * 4G modems, each posing as one cheap Android, each cycling six to ten fresh accounts a minute or
 * two apart, redialling China Mobile every few votes. It looks like a last-day rally.
 */
export const modemPoolCatchUp: Family = {
  id: 'Y6',
  kind: 'attack',
  description: 'SIM-box catch-up: 150-250 4G modems x 6-10 fresh accounts in the last 8 h',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, net, devices, ledger } = ctx;
    const target = ctx.crowd.ranked()[rng.int(1, 2)];
    const { closesAt } = ballot.cal;
    const src = windows(ctx, 'attack', 'modems', target);
    const n = scaled(ctx.scale, rng.int(150, 250), 4);
    const cheap = [...MODELS.vivo, ...MODELS.oppo, ...MODELS.xiaomi].filter((m) => m.year <= 2021);
    for (let i = 0; i < n; i++) {
      const dev = devices.of(rng, rng.pick(cheap), 8);
      let at = closesAt - 8 * HOUR + rng.uniform(0, 6.5) * HOUR;
      let ip = net.mobile(rng, '邢台', 'mobile');
      const k = rng.int(6, 10);
      for (let j = 0; j < k && at < closesAt; j++) {
        if (j % 3 === 0) ip = net.mobile(rng, '邢台', 'mobile');
        ledger.add({ at: Math.round(at), accountId: ledger.newAccount(), candidateIds: [target.id], ip, userAgent: dev.ua('4G'), source: src(Math.floor((closesAt - at) / (4 * HOUR))) });
        at += rng.logNormal(80_000, 0.4) + (rng.chance(0.1) ? rng.uniform(5, 20) * MINUTE : 0);
      }
    }
  },
};
