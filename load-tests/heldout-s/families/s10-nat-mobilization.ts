import { MINUTE } from '../../heldout/calendar';
import { pickRanked } from '../model/ballot';
import type { Person } from '../model/people';
import { organicSize, partSource, scaled, type Family } from './family';

/**
 * The county's health commission, hospital group and schools get a notice (红头文件 forwarded in
 * work groups) on the first full morning: 2,500–4,500 staff vote from their desks, behind five
 * exits (two e-government extranet addresses, the people's hospital, the TCM hospital, the
 * education network). They are reminded at about 08:30 every morning and fewer answer each day.
 */
export const natMobilization: Family = {
  id: 'S10',
  kind: 'legit',
  description: 'civil servants and hospital staff behind 5 NAT exits, morning notice then reminders',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, net } = ctx;
    const doctor = pickRanked(rng, ctx.ballot, 1, 8);
    const region = doctor.county.prefecture;
    const exits = [...net.nat(rng, region, 2, 'telecom'), ...net.nat(rng, region, 1, 'telecom'), ...net.nat(rng, region, 1, 'unicom'), ...net.nat(rng, region, 1, 'mobile')];
    const staff: Array<{ p: Person; exit: string }> = Array.from({ length: scaled(ctx.scale, rng.int(2500, 4500)) }, () => ({
      p: people.make(rng, { segment: 'official', routine: 'office', region, home: rng.chance(0.7) ? people.household(rng, region) : null }, doctor),
      exit: exits[rng.weightedIndex([3, 3, 2, 1.5, 1])],
    }));
    const first = 1;
    for (let d = first; d < rhythm.days - 1; d++) {
      const source = partSource(ctx, 'legit', 'staff-notice', doctor.id, d);
      const notice = rhythm.clock(d, d === first ? 9 : 8, d === first ? rng.int(0, 30) : rng.int(20, 40));
      const turnout = d === first ? 0.85 : Math.max(0.15, 0.6 - 0.1 * (d - first - 1));
      for (const { p, exit } of staff) {
        if (!rng.chance(turnout)) continue;
        const at = notice + rng.gamma(1.2, (d === first ? 45 : 30) * MINUTE);
        const atDesk = rng.chance(0.78);
        people.cast(rng, p, at, doctor, source, atDesk ? { ip: exit, link: 'wifi' } : undefined);
      }
    }
  },
};
