import { MINUTE } from '../../heldout/calendar';
import { organicSize, scaled, windows, type Family } from './family';

/**
 * Posters with the vote's QR code ride the Beijing–Guangzhou high-speed trains that Shijiazhuang
 * station's railway police patrol: passengers and crews vote between 07:00 and 21:00, a third
 * through the trains' onboard Wi-Fi (a few gateway exits), the rest on the mobile data of
 * whichever province they live in; most vote once.
 */
export const trainWifi: Family = {
  id: 'Y14',
  kind: 'legit',
  description: 'railway police: passengers vote from train Wi-Fi gateways and out-of-province 4G',
  seeds: [1, 2],
  ballot: { need: { target: { county: '长安区', unit: () => '石家庄铁路公安处石家庄站派出所', pull: 0.7 } } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, rhythm, ballot, people, net } = ctx;
    const target = ballot.byKey.target;
    const src = windows(ctx, 'legit', 'trains', target);
    const gateways = [...net.nat(rng, 3, 'beijing'), ...net.nat(rng, 3)];
    const perDay = scaled(ctx.scale, rng.int(700, 1100), 6);
    for (let d = 0; d < ballot.cal.dayCount; d++) {
      // Trains arrive in waves: each departure's passengers scan the poster in the first half hour.
      const trains = Array.from({ length: 40 }, () => rhythm.clock(d, rng.uniform(7, 21)));
      for (let i = 0; i < perDay; i++) {
        const home = rng.weightedIndex([35, 20, 45]);
        const p = people.make(rng, home === 0 ? { city: rng.pick(['石家庄', '保定', '邢台', '邯郸']), life: 'office' } : home === 1 ? { city: '石家庄', life: 'office', away: 'beijing' } : { city: '石家庄', life: 'town', away: rng.pick(['henan', 'hubei', 'guangdong', 'hubei', 'henan']) });
        const at = rng.pick(trains) + rng.gamma(1.2, 12 * MINUTE);
        const where = rng.chance(0.35) ? { ip: rng.pick(gateways), net: 'WIFI' as const } : undefined;
        people.cast(rng, p, at, [target.id], src(d), where);
        if (rng.chance(0.1)) people.cast(rng, p, rhythm.at(rng, 'office', d + 1), [target.id], src(d + 1));
      }
    }
  },
};
