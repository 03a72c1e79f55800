import { MINUTE } from '../../heldout/calendar';
import { candidate, clock, organicSize, scaled, type Family } from './family';

/**
 * Sangzhi county's notice to every office, school and hospital on the first weekday: 3,000-5,000
 * civil servants, teachers and doctors vote from their desks that morning, behind seven public
 * addresses (e-government 3, education 2, two hospitals 1 each); re-reminded each 08:30, fewer
 * answer each day.
 */
export const natMobilization: Family = {
  id: 'L10',
  kind: 'legit',
  description: 'county staff mobilization behind 7 NAT addresses, repeated each morning',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['桑植县'] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ledger, people, net, ballot } = ctx;
    const c = candidate(ctx, '桑植县', 1);
    const exits = [net.nat(c.city, 3), net.nat(c.city, 2), net.nat(c.city, 1), net.nat(c.city, 1)].flat();
    const staff = Array.from({ length: scaled(ctx.scale, rng.int(3000, 5000)) }, () =>
      people.person(rng, { city: c.city, profile: 'mountain', segment: rng.chance(0.3) ? 'city' : 'county', home: rng.chance(0.7), work: [rng.pick(exits)] }),
    );
    let d = 0;
    while (clock(ctx, d, 9) < ballot.cal.opensAt) d++;
    let share = 0.8;
    for (; d < ballot.cal.dayCount; d++, share *= 0.62) {
      const src = ledger.source({ name: `staff-day${d}`, kind: 'legit', candidateId: c.id, group: 'staff' });
      const at0 = clock(ctx, d, d === 0 ? 9.25 : 8.5);
      for (const p of staff) {
        if (!rng.chance(share)) continue;
        const at = at0 + rng.gamma(1.2, 28 * MINUTE);
        if (rng.chance(0.8)) people.vote(rng, p, at, c.id, src, { ip: rng.pick(p.work ?? exits), net: 'WIFI' });
        else people.vote(rng, p, at, c.id, src);
      }
    }
  },
};
