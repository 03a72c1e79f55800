import { DAY, MINUTE } from '../../heldout/calendar';
import { midCandidate, organicSize, scaled, type Family } from './family';

/** A county's notice to its civil servants, teachers and hospital staff: desks behind a few NATs, reminded each morning. */
export const natMobilization: Family = {
  id: 'O10',
  kind: 'legit',
  description: 'county staff mobilization: 3-5.5k staff, 80% behind 6 office NATs, re-reminded each morning',
  seeds: [1, 2],
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, net, ledger, rhythm } = ctx;
    const c = midCandidate(ctx);
    const nats = [net.nat(3), net.nat(2), net.nat(1), net.nat(1), net.nat(2, 'jiangxi', 'mobile'), net.nat(1, 'jiangxi', 'unicom')];
    const staff = Array.from({ length: scaled(ctx.scale, rng.int(3000, 5500), 20) }, () => ({ p: people.person(rng, { place: c.county, segment: rng.pick(['town', 'city'] as const), profile: 'office' }), nat: rng.pick(nats) }));
    let answer = 0.8;
    for (let d = 1; d < 7; d++) {
      const src = ledger.source({ name: `staff-day${d}`, kind: 'legit', candidateId: c.id, group: 'staff' });
      const notice = rhythm.at(d, d === 1 ? 9 * 60 + 10 : 8 * 60 + 30);
      if (new Date(notice + 8 * 3600_000).getUTCDay() % 6 === 0) continue;
      for (const s of staff) {
        if (!rng.chance(answer)) continue;
        const at = notice + rng.gamma(1.2, 40 * MINUTE);
        people.vote(rng, s.p, at, people.selection(rng, c.id), src, rng.chance(0.8) && at < notice + DAY / 3 ? rng.pick(s.nat) : undefined);
      }
      answer *= 0.8;
    }
  },
};
