import { MINUTE } from '../../heldout/calendar';
import { candidateNamed, selection } from '../model/ballot';
import { FixedNat } from '../model/networks';
import type { Person } from '../model/people';
import { organicSize, scaled, type Family } from './family';

/**
 * Guangdong Ocean University's students back the island next to campus: counsellors post the
 * link in each class group; classes vote together in the minute after a lesson ends (10:00, 11:50,
 * 15:40, 17:20) or in the dorm after 21:30, almost all behind the campus network's three CERNET
 * exits. Students' phones are mid-range Android and iPhones, all on recent WeChat.
 */
export const campusNat: Family = {
  id: 'I17',
  kind: 'legit',
  description: 'university classes vote in the minute after a lesson, or in dorms, behind 3 exits',
  seeds: [1, 2],
  ballot: { category: 'township', include: ['东简街道'] },
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, people, rhythm, scale }) {
    const target = candidateNamed(ballot, '东简街道');
    const exits = new FixedNat([`210.38.${rng.int(100, 200)}.${rng.int(2, 200)}`, `210.38.${rng.int(100, 200)}.${rng.int(2, 200)}`, `202.192.${rng.int(1, 250)}.${rng.int(2, 200)}`]);
    const classes: Person[][] = Array.from({ length: scaled(scale, rng.int(45, 70), 2) }, () =>
      Array.from({ length: rng.int(30, 55) }, () => people.make(rng, { city: '湛江市', profile: 'metro', segment: 'metro', dorm: exits, work: exits })),
    );
    const first = rng.int(1, 2);
    for (let d = first; d < rhythm.days; d++) {
      const src = ledger.source({ name: `campus day ${d}`, kind: 'legit', candidateId: target, group: 'campus' });
      for (const cls of classes) {
        if (!rng.chance(d === first ? 0.9 : 0.55)) continue;
        const inClass = rng.chance(0.5);
        const at0 = inClass ? rhythm.at(d, rng.pick([10, 11.83, 15.67, 17.33])) : rhythm.at(d, rng.uniform(21.5, 23.2));
        for (const s of cls) {
          if (!rng.chance(0.75)) continue;
          const at = at0 + (inClass ? rng.gamma(1.5, 0.6 * MINUTE) : rng.gamma(1, 12 * MINUTE));
          people.vote(rng, s, at, selection(rng, ballot, target), src, rng.chance(0.85) ? { ip: exits.next(rng), net: 'WIFI' } : undefined);
        }
      }
    }
  },
};
