import { MINUTE } from '../../heldout/calendar';
import { candidateNamed, selection } from '../model/ballot';
import type { FixedNat } from '../model/networks';
import type { Person } from '../model/people';
import { organicSize, scaled, type Family } from './family';

/**
 * Xuwen county's government tells every unit to vote: the notice goes out on the morning of the
 * second day, and civil servants, teachers and hospital staff vote at their desks, behind the
 * county e-government network's three exits, the education network's two and the hospitals' own.
 * Department heads re-post the reminder every morning; fewer answer each day.
 */
export const natMobilization: Family = {
  id: 'I10',
  kind: 'legit',
  description: 'county government/school/hospital staff vote at work behind ~7 NAT exits, daily',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['徐闻县'] },
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, people, net, rhythm, scale }) {
    const target = candidateNamed(ballot, '徐闻县');
    const exits: FixedNat[] = [net.nat(rng, 3, 'ct'), net.nat(rng, 2, 'ct'), net.nat(rng, 1, 'cm'), net.nat(rng, 1, 'cu')];
    const staff: { p: Person; exit: FixedNat; p2: number }[] = [];
    const n = scaled(scale, rng.int(3500, 6000), 10);
    for (let i = 0; i < n; i++) {
      const exit = exits[rng.weightedIndex([5, 3, 1.5, 1])];
      staff.push({ p: people.make(rng, { city: '湛江市', profile: 'town', segment: 'town', work: exit }), exit, p2: rng.uniform(0.3, 0.8) });
    }
    const notice = 1;
    for (let d = notice; d < rhythm.days; d++) {
      const src = ledger.source({ name: `units day ${d}`, kind: 'legit', candidateId: target, group: 'county units' });
      const post = rhythm.at(d, d === notice ? rng.uniform(9, 9.6) : rng.uniform(8.3, 8.9));
      for (const s of staff) {
        const chance = d === notice ? 0.8 : s.p2 * Math.pow(0.85, d - notice);
        if (!rng.chance(chance)) continue;
        const at = post + rng.gamma(1.2, (d === notice ? 35 : 25) * MINUTE);
        const atDesk = rng.chance(0.8);
        people.vote(rng, s.p, at, selection(rng, ballot, target), src, atDesk ? { ip: s.exit.next(rng), net: 'WIFI' } : undefined);
      }
    }
  },
};
