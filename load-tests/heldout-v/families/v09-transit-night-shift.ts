import { HOUR, MINUTE } from '../../heldout/calendar';
import type { Place } from '../model/places';
import type { Person } from '../model/people';
import { daySources } from './kit';
import { organicSize, scaled, type Family } from './family';

/**
 * V9, a transit hub's night shift (honest). The courier used to sort parcels at ZTO's Yiwu transit
 * centre, whose night shift (21:00-06:00) backs him. Each night a few hundred of its 900-1,500
 * workers vote on their own budget phones over China Mobile/Telecom/Unicom 4G (a sixth on the two
 * dormitory Wi-Fi lines), as independent Poisson arrivals: a third in the 00:00 meal break, a fifth
 * in the 03:30 rest, the rest over the shift. New workers hear of it every night. His night share
 * is several times his daytime share.
 */
export const transitNightShift: Family = {
  id: 'V9',
  kind: 'legit',
  description: 'night shift of a Yiwu transit hub: several x daytime share at night, Poisson',
  seeds: [1, 2],
  ballot: { needs: [{ city: 'jinhua', district: '义乌市', company: 'zto', rank: [10, 22] }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const client = ballot.cast[0];
    const jinhua: Place = { kind: 'zhejiang', city: 'jinhua' };
    const dorms = [net.fixedLine(rng, jinhua, 'telecom')[0], net.fixedLine(rng, jinhua, 'mobile')[0]];
    const size = scaled(scale, rng.int(900, 1500), 20);
    const nights = rhythm.days - 1;
    // Workers hear of the vote on some night, more of them early.
    const workers: { p: Person; from: number; keen: number }[] = Array.from({ length: size }, () => ({
      p: people.create(rng, { segment: 'worker', place: jinhua }),
      from: rng.weightedIndex(Array.from({ length: nights }, (_, n) => 1 / (n + 1.5))),
      keen: rng.uniform(0.35, 0.85),
    }));
    const src = daySources(ctx, 'v9-night', 'legit', client);
    for (let n = 0; n < nights; n++) {
      const shiftStart = rhythm.at(n, 21, 0);
      for (const w of workers) {
        if (w.from > n || !rng.chance(w.keen)) continue;
        const r = rng.next();
        let t: number;
        if (r < 0.33) t = rhythm.at(n + 1, 0, 0) + rng.exponential(14) * MINUTE;
        else if (r < 0.53) t = rhythm.at(n + 1, 3, 30) + rng.uniform(0, 45) * MINUTE;
        else t = shiftStart + rng.uniform(0.4, 9) * HOUR;
        if (t < ballot.cal.opensAt || t >= ballot.cal.closesAt) continue;
        people.vote(rng, src(n), w.p, t, [client.id], rng.chance(0.16) ? { ip: rng.pick(dorms) } : 'mobile');
      }
    }
  },
};
