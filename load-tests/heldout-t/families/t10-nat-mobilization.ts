import { MINUTE } from '../../heldout/calendar';
import type { NetType } from '../model/devices';
import { daySources, nominee, organicSize, scaled, type Family } from './family';

/**
 * Rencheng's city-management bureau sends a notice on day 1: civil servants, Shandong Energy
 * staff and street offices vote from their desks, behind the e-government exit (3 addresses) and
 * two company exits; a morning reminder at ~08:30 every day after, fewer answering each time.
 */
export const natMobilization: Family = {
  id: 'T10',
  kind: 'legit',
  description: 'Rencheng notice: 3-5k staff, 80% behind 3 government/SOE NATs, daily reminders',
  seeds: [1, 2],
  ballot: { include: ['任城区'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, rhythm, net } = ctx;
    const target = nominee(ctx.ballot, '任城区');
    const exits = [net.nat(3), net.nat(2), net.nat(1)];
    const staff = Array.from({ length: scaled(ctx.scale, rng.int(3000, 5000)) }, () => ({
      person: people.make(rng, target.city, { market: rng.chance(0.8) ? 'city' : 'town' }),
      desk: rng.chance(0.8) ? rng.pick(exits[rng.weightedIndex([6, 3, 1])]) : undefined,
    }));
    const source = daySources(ctx, 'T10 notice', 'legit', target);
    let share = 0.8;
    for (let day = 1; day < rhythm.days; day++) {
      const notice = rhythm.midnight(day) + (day === 1 ? rng.int(9 * 60, 9 * 60 + 30) : rng.int(8 * 60 + 20, 8 * 60 + 45)) * MINUTE;
      for (const s of staff) {
        if (!rng.chance(share)) continue;
        const at = notice + rng.gamma(1.3, day === 1 ? 35 : 50) * MINUTE;
        const via = s.desk ? { ip: s.desk, net: 'WIFI' as NetType } : undefined;
        people.cast(rng, s.person, at, people.picks(rng, target.id), source(day), via);
      }
      share = day === 1 ? 0.55 : share * 0.85;
    }
  },
};
