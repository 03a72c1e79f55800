import { MINUTE } from '../../heldout/calendar';
import { candidateNamed, selection } from '../model/ballot';
import { makePhone } from '../model/devices';
import type { Person } from '../model/people';
import { organicSize, scaled, type Family } from './family';

/**
 * A Tangxia shoe factory backs its town: HR posts the link in the plant's WeChat groups, and at
 * each shift change (07:45 and 19:45) thousands of workers vote while queuing at the gate or
 * walking to the dormitory, on the dormitory Wi-Fi (four exits) or mobile data. Budget phones,
 * many bought from the same shop outside the gate, so a few models dominate. Three days.
 */
export const shiftChange: Family = {
  id: 'I18',
  kind: 'legit',
  description: 'factory shift change: thousands vote at 07:45/19:45 on dorm Wi-Fi and 4G, 3 days',
  seeds: [1, 2],
  ballot: { category: 'township', include: ['塘厦镇'] },
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, people, net, rhythm, scale }) {
    const target = candidateNamed(ballot, '塘厦镇');
    const dorm = net.nat(rng, 4, 'cm');
    const shop = ['2409BRN2CC', 'V2318A', 'PKA110', 'CMA-AN00'];
    const workers: { p: Person; shift: number }[] = Array.from({ length: scaled(scale, rng.int(4000, 6500), 10) }, () => ({
      p: people.make(rng, { city: '东莞市', profile: 'factory', dorm, phone: rng.chance(0.45) ? makePhone(rng, 'budget', { model: rng.pick(shop) }) : undefined }),
      shift: rng.chance(0.6) ? 19.75 : 7.75,
    }));
    const first = rng.int(1, 3);
    for (let d = first; d < Math.min(rhythm.days, first + 3); d++) {
      const src = ledger.source({ name: `shift change day ${d}`, kind: 'legit', candidateId: target, group: 'factory shift change' });
      for (const w of workers) {
        if (!rng.chance(d === first ? 0.7 : 0.5)) continue;
        const at = rhythm.at(d, w.shift) + rng.gamma(1.4, 9 * MINUTE) - 5 * MINUTE;
        people.vote(rng, w.p, at, selection(rng, ballot, target), src, rng.chance(0.55) ? { ip: dorm.next(rng), net: 'WIFI' } : undefined);
      }
    }
  },
};
