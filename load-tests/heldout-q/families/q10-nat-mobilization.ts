import { MINUTE } from '../../heldout/calendar';
import { isWeekend } from '../../heldout/calendar';
import { supporter } from '../model/crowd';
import { daysFrom, organicSize, pickCandidate, scaled, source, type Family } from './family';

/**
 * The county's notice: civil servants, teachers and clinic staff are asked to back their
 * township. 3,000-6,000 of them vote, most the first morning from their desks behind five or six
 * government, education and hospital NAT addresses, and again after each morning's reminder,
 * fewer each day; at weekends from home.
 */
export const natMobilization: Family = {
  id: 'Q10',
  kind: 'legit',
  description: 'county notice: 3,000-6,000 civil servants and teachers vote from desks behind 5-6 NATs, daily reminders',
  seeds: [1, 2, 3],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, people, net, rhythm, scale } = ctx;
    const ci = pickCandidate(ctx, rng.chance(0.5) ? 'upper' : 'mid');
    const c = ballot.candidates[ci];
    const exits = [...net.nat(rng, 3), ...net.nat(rng, rng.int(1, 2)), ...net.nat(rng, 1)];
    const staff = Array.from({ length: scaled(scale, rng.int(3000, 6000), 30) }, () => ({ p: supporter(rng, people, c, rng.chance(0.8) ? 'city' : 'village'), desk: rng.pick(exits) }));
    const first = rng.int(0, 1);
    let keep = 0.85;
    for (const d of daysFrom(ctx, first, rhythm.days)) {
      const src = source(ctx, 'legit', `q10-staff-${d}`, ci, 'q10-staff');
      const reminder = rhythm.at(d, d === first ? rng.uniform(9, 9.6) : rng.uniform(8.4, 8.8));
      const weekend = isWeekend(reminder);
      for (const s of staff) {
        if (!rng.chance(weekend ? keep * 0.4 : keep)) continue;
        const at = weekend ? rhythm.timeOnDay(rng, 'city', d) : reminder + rng.gamma(1.3, 35 * MINUTE);
        const atDesk = !weekend && rng.chance(0.8);
        people.vote(rng, s.p, at, people.selection(rng, ci), src, atDesk ? { ip: s.desk, net: 'WIFI' } : undefined);
      }
      keep *= 0.8;
    }
  },
};
