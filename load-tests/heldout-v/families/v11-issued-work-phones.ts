import { MINUTE } from '../../heldout/calendar';
import { deviceOf, model, currentMinor } from '../model/devices';
import type { Place } from '../model/places';
import { daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V11, staff on identical issued phones (honest). YTO's Taizhou franchise gave every courier the
 * same Huawei Enjoy 70 as a work phone, with a managed WeChat build. 220-380 of them vote for their
 * colleague in the station during the 07:30 morning meeting (within minutes of each other, on the
 * station's Wi-Fi), a third at the 12:30 lunch stop instead (on 4G), on most days of the week.
 * Only the install id differs between their UAs.
 */
export const issuedWorkPhones: Family = {
  id: 'V11',
  kind: 'legit',
  description: 'YTO couriers on one issued Huawei model and build, morning meeting on station Wi-Fi',
  seeds: [1, 2],
  ballot: { needs: [{ city: 'taizhou', company: 'yto', rank: [10, 24] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, crowd, scale } = ctx;
    const client = ballot.cast[0];
    const taizhou: Place = { kind: 'zhejiang', city: 'taizhou' };
    const minor = currentMinor(ballot.month) - 2;
    const stations = rng.int(7, 10);
    const staff = Array.from({ length: scaled(scale, rng.int(220, 380), 12) }, (_, i) => ({
      p: people.create(rng, {
        segment: 'courier',
        place: taizhou,
        device: deviceOf(rng, model('enjoy70'), { month: ballot.month, minor, newestOs: true }),
        work: crowd.depot('yto', 'taizhou', i % stations),
        carrier: 'mobile',
      }),
      keen: rng.uniform(0.55, 0.95),
      lunch: rng.chance(0.33),
    }));
    const src = daySources(ctx, 'v11-issued', 'legit', client);
    for (let d = 0; d < rhythm.days; d++) {
      const meeting = rhythm.at(d, 7, 28 + rng.int(0, 6));
      for (const s of staff) {
        if (!rng.chance(s.keen)) continue;
        const t = s.lunch ? rhythm.at(d, 12, 10) + rng.logNormal(18, 0.5) * MINUTE : meeting + rng.logNormal(4, 0.6) * MINUTE;
        if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt) continue;
        people.vote(rng, src(d), s.p, t, [client.id], s.lunch ? 'mobile' : 'work');
      }
    }
  },
};
