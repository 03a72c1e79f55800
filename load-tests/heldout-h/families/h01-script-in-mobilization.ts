import { userAgent } from '../model/devices';
import { hostingPool, ipv4, type Block } from '../model/networks';
import { gansuCrowd, type Family } from './family';
import { attackSource, ballotDays, candidateOf, clock, legitSource, mobilize, only, scaled, SECOND } from './kit';

/** Counties whose governments can put thousands of residents on a ballot in a morning. */
const PLACES = ['linxiaxian', 'guanghe', 'dongxiang', 'gangu', 'qinan', 'zhangjiachuan', 'tongwei', 'huining'];

/**
 * A county mobilises: the 8:40 notice to every work group, a lunchtime reminder, the evening push
 * to the village groups — thousands of real residents vote that day. In the same hours someone
 * (a contractor hoping to please, or a rival hoping to get the county zeroed) runs a script from
 * two rented cloud /24s: a fresh account every 8–14 seconds, one copied user agent, around a
 * thousand votes, under a third of the day's burst for the county.
 */
export const scriptInMobilization: Family = {
  id: 'H1',
  kind: 'attack',
  description: 'county mobilises thousands; a cloud script adds ~1k votes at a fixed pace, one UA',
  seeds: [1, 2, 3],
  ballot: (rng) => ({ require: [rng.pick(PLACES)] }),
  organicVotes: gansuCrowd,
  build(ctx) {
    const { rng, ledger, market } = ctx;
    const c = candidateOf(ctx, PLACES);
    const weekdays = ballotDays(ctx, true).filter((d) => d >= 1 && d <= 4);
    const d = rng.pick(weekdays.length > 0 ? weekdays : ballotDays(ctx).slice(1));
    const pushes = [
      { at: clock(ctx, d, rng.uniform(8.6, 8.9)), share: 0.45, medianMin: 14, source: legitSource(ctx, 'mobilization:morning', c, 'mobilization') },
      { at: clock(ctx, d, rng.uniform(12, 12.4)), share: 0.2, medianMin: 18, source: legitSource(ctx, 'mobilization:noon', c, 'mobilization') },
      { at: clock(ctx, d, rng.uniform(20, 20.8)), share: 0.35, medianMin: 16, source: legitSource(ctx, 'mobilization:evening', c, 'mobilization') },
    ];
    const { onPush } = mobilize(ctx, rng, c, pushes, scaled(ctx, rng.int(3500, 7000), 40));

    // The script: well under a third of the day's burst (script / (mobilised + script) < 1/3).
    const size = Math.min(scaled(ctx, rng.int(800, 1300), 10), Math.floor(onPush * 0.45));
    const nets: Block[] = [hostingPool(rng, 'aliyun'), hostingPool(rng, 'tencent')];
    const hosts = nets.map((b) => Array.from({ length: rng.int(8, 20) }, () => ipv4(b.base + rng.int(2, 253))));
    // One real phone's user agent, copied once into the script.
    const ua = userAgent(market.phone(rng, { age: 'adult', setting: 'town' }), 'WIFI');
    const sessions = rng.chance(0.35) && d + 1 < ctx.rhythm.days - 1 ? [d, d + 1] : [d];
    for (const [k, day] of sessions.entries()) {
      const src = attackSource(ctx, `script:${k}`, c, 'script');
      const interval = rng.uniform(8, 14) * SECOND;
      let t = clock(ctx, day, rng.uniform(9.2, 10.4));
      const n = k === 0 ? size : Math.round(size * rng.uniform(0.4, 0.7));
      for (let i = 0; i < n; i++) {
        ledger.add({ at: Math.floor(t), accountId: ledger.newAccount(), candidateIds: only(ctx, c), ip: rng.pick(hosts[i % 2]), userAgent: ua, source: src });
        t += interval + rng.uniform(-0.25, 0.25) * SECOND;
      }
    }
  },
};
