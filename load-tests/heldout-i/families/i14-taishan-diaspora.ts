import { MINUTE } from '../../heldout/calendar';
import { candidateNamed, selection } from '../model/ballot';
import type { Person } from '../model/people';
import { organicSize, scaled, type Family } from './family';

/**
 * Taishan, "the first home of overseas Chinese": the county's overseas associations in San
 * Francisco, New York, Vancouver and Kuala Lumpur forward the ballot, and Taishanese abroad vote
 * from home in their own evening, which is Guangdong's small hours; Hong Kong relatives vote on
 * their commute. Foreign and Hong Kong addresses, zh_HK/zh_TW/en WeChat, every day.
 */
export const taishanDiaspora: Family = {
  id: 'I14',
  kind: 'legit',
  description: 'Taishan diaspora votes in Guangdong small hours from abroad, plus HK relatives',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['台山市'] },
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, people, rhythm, scale }) {
    const target = candidateNamed(ballot, '台山市');
    const abroad: Person[] = [];
    const hk: Person[] = [];
    const n = scaled(scale, rng.int(1800, 3200), 10);
    for (let i = 0; i < n; i++) {
      if (rng.chance(0.7)) abroad.push(people.make(rng, { where: 'abroad', city: '江门市', segment: rng.chance(0.5) ? 'hk' : 'metro' }));
      else hk.push(people.make(rng, { where: 'hk', city: '江门市' }));
    }
    const joined = new Map<Person, number>();
    for (const p of [...abroad, ...hk]) joined.set(p, rng.weightedIndex([3, 2, 1.5, 1, 0.7, 0.5, 0.3]));
    for (let d = 0; d < rhythm.days; d++) {
      const src = ledger.source({ name: `overseas day ${d}`, kind: 'legit', candidateId: target, group: 'overseas Taishanese' });
      const association = rhythm.at(d, rng.uniform(1.5, 3.5));
      for (const p of [...abroad, ...hk]) {
        const from = joined.get(p) ?? 0;
        if (d < from || !rng.chance(d === from ? 1 : 0.6)) continue;
        const at = p.where === 'abroad' && rng.chance(0.4) ? association + rng.gamma(1, 25 * MINUTE) : rhythm.inDay(rng, d, p.profile);
        people.vote(rng, p, at, selection(rng, ballot, target), src);
      }
    }
  },
};
