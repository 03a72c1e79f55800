import { MINUTE } from '../../heldout/calendar';
import { midTable } from '../model/ballot';
import type { Person } from '../model/crowd';
import { organicSize, scaled, type Family } from './family';

/**
 * A county government's notice (通知) on the morning after opening: every civil servant, teacher
 * and hospital worker is asked to vote and to keep voting. They vote from their desks, so most
 * votes leave through seven exits (three e-government, two education network, two hospitals);
 * each morning's reminder at about 08:30 draws fewer of them.
 */
export const natMobilization: Family = {
  id: 'N10',
  kind: 'legit',
  description: 'county staff mobilized by notice, votes behind 7 government NAT exits',
  seeds: [1, 2],
  ballot: { category: 'county' },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, ledger, scale } = ctx;
    const target = midTable(rng, ballot, 2, 9);
    const exits = [net.nat(rng, 'telecom', target.cityKey, 3), net.nat(rng, 'telecom', target.cityKey, 2), net.nat(rng, 'unicom', target.cityKey, 1), net.nat(rng, 'mobile', target.cityKey, 1)];
    const staff: Person[] = [];
    for (let i = 0, n = scaled(scale, rng.int(3000, 5500), 50); i < n; i++) {
      const office = exits[rng.weightedIndex([5, 3, 1, 1])];
      staff.push(people.make(rng, { area: target.cityKey, profile: 'town', segment: rng.chance(0.4) ? 'city' : 'town', office }));
    }
    const first = rng.int(1, 2);
    const turnout = [0.8, 0.5, 0.35, 0.25, 0.18];
    for (let k = 0; k < turnout.length && first + k < rhythm.days - 1; k++) {
      const d = first + k;
      const source = ledger.source({ name: `N10 notice day ${d}`, kind: 'legit', candidateId: target.id, group: 'county notice' });
      const notice = rhythm.clock(d, 8, k === 0 ? rng.int(30, 55) : rng.int(20, 40));
      for (const p of staff) {
        if (!rng.chance(turnout[k])) continue;
        const at = rng.chance(0.75) ? notice + rng.gamma(1.3, 30 * MINUTE) : rhythm.at(rng, 'town', d);
        people.vote(rng, p, at, people.picks(rng, target), source);
      }
    }
  },
};
