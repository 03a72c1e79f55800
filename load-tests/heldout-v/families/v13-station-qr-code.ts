import { HOUR } from '../../heldout/calendar';
import type { Place } from '../model/places';
import type { Person } from '../model/people';
import { daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V13, parcel stations' QR code (honest). The courier's route ends at 3-6 pickup stations
 * (驿站) in residential compounds; their owners tape his vote's QR code to the counter and ask
 * everyone who picks up a parcel to scan it. Every day, all day, a steady stream of residents -
 * many never seen before, some regulars - votes from each station's free Wi-Fi (one address per
 * station), peaking at lunch and from 17:30 to 20:00 when people come home.
 */
export const stationQrCode: Family = {
  id: 'V13',
  kind: 'legit',
  description: 'pickup stations QR code: steady daily stream of residents on each station Wi-Fi',
  seeds: [1, 2],
  ballot: { needs: [{ route: 'residential', rank: [8, 22] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, crowd, scale } = ctx;
    const client = ballot.cast[0];
    const city: Place = { kind: 'zhejiang', city: client.cityId };
    //                      0  1  2  3  4  5  6    7    8    9    10   11   12   13   14   15   16   17   18   19   20   21   22   23
    const pickup = [0, 0, 0, 0, 0, 0, 0, 0.3, 0.6, 0.6, 0.7, 1.1, 1.3, 0.9, 0.6, 0.6, 0.8, 1.6, 2.2, 2.2, 1.8, 0.9, 0.3, 0];
    const stations = Array.from({ length: rng.int(3, 6) }, () => ({
      ip: net.fixedLine(rng, city, rng.chance(0.7) ? 'telecom' : 'mobile')[0],
      perDay: scaled(scale, rng.int(55, 140), 2),
      regulars: [] as Person[],
    }));
    const src = daySources(ctx, 'v13-stations', 'legit', client);
    for (let d = 0; d < rhythm.days; d++) {
      for (const st of stations) {
        const n = rng.poisson(st.perDay * (rng.chance(0.3) ? 1.3 : 1));
        for (let i = 0; i < n; i++) {
          const t = rhythm.midnight(d) + rng.weightedIndex(pickup) * HOUR + rng.next() * HOUR;
          if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt) continue;
          let p: Person;
          if (st.regulars.length > 10 && rng.chance(0.25)) p = rng.pick(st.regulars);
          else {
            p = people.create(rng, { segment: rng.chance(0.2) ? 'elder' : 'urban', place: city, home: rng.chance(0.7) });
            st.regulars.push(p);
          }
          people.vote(rng, src(d), p, t, crowd.selection(rng, client), rng.chance(0.72) ? { ip: st.ip } : 'mobile');
        }
      }
    }
  },
};
