import { isWeekend, MINUTE } from '../../heldout/calendar';
import { fleet, MODEL_INDEX, type NetType } from '../model/devices';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * Zhifu's sanitation company issued every team leader and sweeper the same phone on the same
 * managed WeChat build; after the 07:30 roll call they vote from the depot office Wi-Fi (two
 * exits) on working days.
 */
export const issuedPhones: Family = {
  id: 'T11',
  kind: 'legit',
  description: 'Zhifu sanitation staff: one issued phone model and build, office Wi-Fi, 07:30',
  seeds: [1, 2],
  ballot: { include: ['芝罘区'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, net } = ctx;
    const target = nominee(ctx.ballot, '芝罘区');
    const phones = fleet(rng, scaled(ctx.scale, rng.int(220, 360), 5), rng.chance(0.5) ? MODEL_INDEX.nova11 : MODEL_INDEX.enjoy60);
    const staff = phones.map((device) => people.make(rng, target.city, { device }));
    const office = net.nat(2);
    const source = daySources(ctx, 'T11 roll call', 'legit', target);
    const rollCall = 7 * 60 + rng.int(25, 40);
    for (let day = 0; day < rhythm.days; day++) {
      if (isWeekend(rhythm.midnight(day) + 12 * 60 * MINUTE) || !rhythm.open(day, rollCall)) continue;
      for (const p of staff) {
        if (!rng.chance(0.88)) continue;
        const via = rng.chance(0.9) ? { ip: rng.pick(office), net: 'WIFI' as NetType } : undefined;
        people.cast(rng, p, rhythm.midnight(day) + (rollCall + rng.gamma(1.6, 4)) * MINUTE, people.picks(rng, target.id), source(day), via);
      }
    }
  },
};
