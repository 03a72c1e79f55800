import type { Family } from '../catalogue-types';
import { candidateInBand } from '../ballot';
import { iosDevice, marketDevice } from '../devices';
import { castBy, makePerson } from '../people';
import { HOUR, at } from '../time';
import { perDay } from './kit';

/**
 * A college in the county's city: after evening self-study the student union pushes the vote in
 * dorm and class groups, and students vote 21:30–00:30 on the campus network's few egress
 * addresses (or their own 5G). iPhone-heavy, young, and the same students night after night.
 */
export const F16: Family = {
  id: 'F16',
  kind: 'legit',
  description: 'college students vote late evenings on the campus NAT, night after night',
  seeds: [1, 2],
  organicVotes: (rng) => rng.int(22_000, 32_000),
  build(rng, b) {
    const target = candidateInBand(rng, b, 0.3, 0.85);
    const city = b.cityOf[target];
    const source = perDay(b, 'campus-nights', 'legit', target);
    const campus = b.nets.nat(rng, 4);
    const students = Array.from({ length: rng.int(900, 1800) }, () =>
      makePerson(rng, b, { favourite: target, city, owner: 'young', home: null, office: null, device: rng.chance(0.4) ? iosDevice(rng, 'young') : marketDevice(rng, 'young'), habitHour: rng.uniform(21.6, 24.3) }),
    );
    const first = rng.int(0, 2);
    for (let d = first; d < Math.min(b.cal.dayCount - 1, first + 5); d++) {
      const turnout = d === first ? 0.7 : rng.uniform(0.35, 0.55);
      for (const s of students) {
        if (!rng.chance(turnout)) continue;
        // Before midnight it counts for day d; after midnight it is the next day's vote.
        const t = at(b.cal, d, s.habitHour + rng.normal(0, 0.4));
        if (t < b.cal.opensAt || t >= at(b.cal, d, 24) + 0.5 * HOUR) continue;
        const onCampus = rng.chance(0.7);
        castBy(rng, b, s, t, source(d), onCampus ? b.nets.natAddr(rng, campus) : b.nets.mobile(rng, city, s.carrier));
      }
    }
  },
};
