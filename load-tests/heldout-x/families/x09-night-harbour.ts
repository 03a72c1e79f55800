import { HOUR, MINUTE, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import { candidateByProfile } from '../model/ballot';
import type { Home, Person } from '../model/people';
import { labelled, organicSize, type Family } from './family';

/** Night intensity from 22:00 (hours after 22:00, weight): the 00:00 meal, the 03:00 landings and auction. */
const NIGHT: readonly [number, number, number][] = [
  [0, 2, 0.7],
  [2, 3, 1.8],
  [3, 5, 1.0],
  [5, 6.5, 1.6],
  [6.5, 7.5, 0.6],
];

/**
 * X9, honest: Xiapu's night harbour. Laver and kelp processing plants, the landing crews and the
 * fish auction at the port work through the night, and the sea-rescue team's volunteer is one of
 * them. Every night from 22:00 to 05:30 they vote for him during the 00:00 meal break and between
 * landings: a Poisson stream that lifts his share of the night's votes to four to eight times his
 * share of the day's, more than half from workers joining that night, the rest from earlier
 * nights. Budget phones of every brand, Ningde mobile CGNAT, a plant dormitory's Wi-Fi.
 */
export const nightHarbour: Family = {
  id: 'X9',
  kind: 'legit',
  description: 'Xiapu night harbour: plant and auction workers give him 4-8x his day share at night',
  seeds: [1, 2],
  ballot: { need: ['xiapu-sea'], minPull: { 'xiapu-sea': 1.6 } },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, people, ballot, crowd, rhythm, net } = ctx;
    const cand = candidateByProfile(ballot, 'xiapu-sea');
    // The candidate's share of the organic crowd, and how many organic votes a night holds.
    let all = 0;
    let nightVotes = 0;
    for (const v of ctx.ledger.added()) {
      if (v.source !== crowd.source) continue;
      all++;
      const m = shanghaiMinuteOfDay(v.at);
      if (m >= 22 * 60 || m < 5 * 60 + 30) nightVotes++;
    }
    const share = (crowd.attempts.get(cand.id) ?? 0) / Math.max(1, all);
    const perNight = nightVotes / Math.max(1, rhythm.days - 1);
    // Night workers lift his night share to 4-8 times his day share: x = m·s·N / (1 - m·s).
    const mult = rng.uniform(4, 8);
    const ms = Math.min(0.6, mult * share);
    const target = Math.min(700 * ctx.scale, Math.max(90 * ctx.scale, (ms * perNight) / (1 - ms)));
    const dormNat = net.nat(rng, 'ningde', 1, 'laver-plant-dorm');
    const dorm: Home = { addressOn: () => dormNat.addresses[0] };
    const workers: Person[] = [];
    const span = NIGHT.reduce((s, [a, b, w]) => s + (b - a) * w, 0);
    const pickTime = (r: Rng, night: number): number => {
      let u = r.next() * span;
      for (const [a, b, w] of NIGHT) {
        if (u < (b - a) * w) return rhythm.dayStart(night) + (22 + a + u / w) * HOUR;
        u -= (b - a) * w;
      }
      return rhythm.dayStart(night) + 22 * HOUR + r.next() * 7.5 * HOUR;
    };
    for (let night = 0; night < rhythm.days - 1; night++) {
      const source = labelled(ctx, `x9-night-${night}`, 'legit', cand, 'x9-night');
      const n = rng.poisson(target * rng.uniform(0.8, 1.2));
      for (let i = 0; i < n; i++) {
        let w: Person;
        if (workers.length > 0 && rng.chance(0.42)) w = rng.pick(workers);
        else {
          w = people.make(rng, { city: 'ningde', segment: 'night', market: 'fisher', home: rng.chance(0.3) ? dorm : 'none', wifi: 0.9, carrier: rng.chance(0.7) ? 'mobile' : 'telecom' });
          workers.push(w);
        }
        const t = pickTime(rng, night);
        // At work they are on mobile data; off shift in the dormitory, on its Wi-Fi.
        const conn = w.home && rng.chance(0.35) ? { ip: w.home.addressOn(0), net: 'WIFI' as const } : { ip: net.mobileIp(rng, 'ningde', w.carrier), net: rng.chance(0.4) && w.device.model.has5g ? ('5G' as const) : ('4G' as const) };
        people.vote(rng, w, t + rng.uniform(0, 1) * MINUTE, crowd.selection(rng, cand), source, conn);
      }
    }
  },
};
