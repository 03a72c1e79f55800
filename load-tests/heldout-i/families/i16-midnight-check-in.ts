import { candidateNamed, selection } from '../model/ballot';
import type { Person } from '../model/people';
import { organicSize, scaled, type Family } from './family';

/**
 * Songkou's "零点打卡" group: Hakka hometown associations in Meizhou, Guangzhou and Shenzhen keep
 * a daily streak, and the group leader posts "打卡" at midnight. Hundreds vote in the first minutes
 * of every new day (set alarms, most within a minute or two); stragglers follow before bed.
 */
export const midnightCheckIn: Family = {
  id: 'I16',
  kind: 'legit',
  description: 'hometown group "midnight check-in": hundreds vote in the first minutes of each day',
  seeds: [1, 2],
  ballot: { category: 'township', include: ['松口镇'] },
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, people, rhythm, scale }) {
    const target = candidateNamed(ballot, '松口镇');
    const members: { p: Person; keen: number }[] = Array.from({ length: scaled(scale, rng.int(450, 900), 5) }, () => {
      const city = rng.pick(['梅州市', '梅州市', '广州市', '深圳市']);
      return { p: people.make(rng, { city, profile: city === '梅州市' ? 'town' : 'metro' }), keen: rng.uniform(0.6, 0.97) };
    });
    for (let d = 1; d < rhythm.days; d++) {
      const src = ledger.source({ name: `check-in day ${d}`, kind: 'legit', candidateId: target, group: 'midnight check-in' });
      const midnight = rhythm.at(d, 0);
      for (const m of members) {
        if (!rng.chance(m.keen)) continue;
        const late = rng.chance(0.12);
        const at = midnight + (late ? rng.uniform(5, 70) * 60_000 : 1_500 + rng.gamma(1.2, 45_000));
        people.vote(rng, m.p, at, selection(rng, ballot, target), src);
      }
    }
  },
};
