import { at } from '../model/ballot';
import { androidDevice, iosDevice, ua } from '../model/devices';
import { attackSource, candidateIn, fullDays, organicSize, raw, scaled, type Family } from './family';

/** A bought burst: a script on three cloud /24s, fresh accounts, about a vote a second, small hours. */
export const scriptedBurst: Family = {
  id: 'Z2',
  kind: 'attack',
  description: 'scripted burst: 1.2-2.2k fresh accounts at ~1 vote/s from three cloud /24s, 02:00-04:00',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, net, scale } = ctx;
    const c = candidateIn(ctx, null, 0.6);
    const d = fullDays(ctx)[rng.int(1, 4)];
    const n = scaled(scale, rng.int(1200, 2200), 10);
    const prefixes = [net.cloudPrefix(), net.cloudPrefix(), net.cloudPrefix()];
    const hosts = prefixes.flatMap((p) => Array.from({ length: 12 }, () => `${p}.${rng.int(2, 250)}`));
    const uas = [
      ua(androidDevice(rng, { model: '23127PN0CC', android: 14, build: 'UKQ1.230804.001', fiveG: true, wechat: [50, 2620] }), 'WIFI'),
      ua(androidDevice(rng, { model: 'ALN-AL00', android: 12, build: 'HUAWEIALN-AL00', fiveG: true, wechat: [50, 2620] }), 'WIFI'),
      ua(iosDevice(rng, 'zh_CN', '17_5_1', [50, 2620]), 'WIFI'),
    ];
    const src = attackSource(ctx, `z2-burst-d${d}`, c, 'z2-burst');
    let t = at(ballot.cal, d, rng.uniform(1.8, 3.6));
    for (let i = 0; i < n; i++) {
      t += rng.uniform(700, 1500);
      raw(ctx, t, ctx.ledger.newAccount(), [c.id], rng.pick(hosts), uas[i % uas.length], src);
    }
  },
};
