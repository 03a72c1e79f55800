import { MINUTE } from '../../heldout/calendar';
import { candidateNamed, selection } from '../model/ballot';
import { organicSize, scaled, type Family } from './family';

/**
 * Zhanjiang TV's evening news runs a segment on Leizhou with the vote QR code on screen, and the
 * county's own livestream repeats it half an hour later: within a quarter hour thousands of
 * viewers across the city scan and vote, from sofas (home broadband) and from dinner tables
 * (mobile data). It happens on two evenings; some viewers vote again the second time.
 */
export const tvCall: Family = {
  id: 'I15',
  kind: 'legit',
  description: 'TV news + livestream QR call: thousands in 15 minutes across one city, two evenings',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['雷州市'] },
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, people, rhythm, scale }) {
    const target = candidateNamed(ballot, '雷州市');
    const first = rng.int(1, 3);
    const days = [first, first + rng.int(2, 3)].filter((d) => d < rhythm.days);
    const viewers = Array.from({ length: scaled(scale, rng.int(5000, 8000), 10) }, () => people.make(rng, { city: '湛江市', profile: 'town', segment: rng.chance(0.6) ? 'town' : 'metro' }));
    days.forEach((d, i) => {
      for (const [hour, share] of [[19.55, 0.7], [20.5, 0.3]] as const) {
        const src = ledger.source({ name: `broadcast day ${d} ${hour}`, kind: 'legit', candidateId: target, group: 'TV and livestream' });
        const onAir = rhythm.at(d, hour + rng.uniform(-0.02, 0.05));
        for (const p of viewers) {
          if (!rng.chance(share * (i === 0 ? 0.8 : 0.45))) continue;
          const at = onAir + 20_000 + rng.gamma(1.1, 3.5 * MINUTE);
          people.vote(rng, p, at, selection(rng, ballot, target), src);
        }
      }
    });
  },
};
