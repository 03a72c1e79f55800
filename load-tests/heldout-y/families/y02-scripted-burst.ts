import { MINUTE } from '../../heldout/calendar';
import { MODELS } from '../model/devices';
import { midTable, organicSize, scaled, windows, type Family } from './family';

/** A paid "vote service" fires fresh accounts from a handful of cloud hosts in under an hour, at a machine's pace. */
export const scriptedBurst: Family = {
  id: 'Y2',
  kind: 'attack',
  description: 'scripted burst: 2.5k-4k fresh accounts in <1 h from 4 cloud /24s, 3 UAs',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, net, devices, ledger } = ctx;
    const target = midTable(ctx, 5, 15);
    const d = rng.int(2, Math.min(5, ballot.cal.dayCount - 2));
    const start = rhythm.clock(d, rng.chance(0.5) ? rng.uniform(1.5, 3) : rng.uniform(14, 16));
    const src = windows(ctx, 'attack', 'burst', target)(d);
    const hosts = net.cloudPrefixes(rng, 4, ['aliyun', 'tencent', 'huawei']).flatMap((pre) => Array.from({ length: rng.int(2, 5) }, () => `${pre}.${rng.int(2, 253)}`));
    const uas = [devices.of(rng, rng.pick(MODELS.xiaomi), 0).ua('WIFI'), devices.of(rng, rng.pick(MODELS.oppo), 0).ua('WIFI'), devices.of(rng, MODELS.iphone[4], 0).ua('WIFI')];
    const count = scaled(ctx.scale, rng.int(2500, 4000), 10);
    const gap = (rng.uniform(35, 60) * MINUTE) / count;
    let at = start;
    for (let i = 0; i < count; i++) {
      at += gap * rng.uniform(0.6, 1.4);
      ledger.add({ at: Math.round(at), accountId: ledger.newAccount(), candidateIds: [target.id], ip: rng.pick(hosts), userAgent: rng.pick(uas), source: src });
    }
  },
};
