import { MINUTE } from '../../heldout/calendar';
import { candidateNamed, selection } from '../model/ballot';
import { makePhone } from '../model/devices';
import type { Person } from '../model/people';
import { organicSize, scaled, type Family } from './family';

/**
 * The Sihui power-supply bureau issued every employee the same Huawei work phone, with WeChat
 * pinned by the company's device management to one build. After the 08:30 morning meeting the
 * section chief says "vote for our Sihui", and a few hundred staff do, in the same quarter hour,
 * on the office Wi-Fi's two exits, on five working days. The UA strings differ only in the
 * per-install id.
 */
export const issuedPhones: Family = {
  id: 'I11',
  kind: 'legit',
  description: 'staff with identical issued phones vote after the morning meeting on office Wi-Fi',
  seeds: [1, 2],
  ballot: { category: 'county', include: ['四会市'] },
  organicVotes: (rng) => organicSize(rng, 45_000),
  build({ rng, ballot, ledger, people, net, rhythm, scale }) {
    const target = candidateNamed(ballot, '四会市');
    const office = net.nat(rng, 2, 'ct');
    const minor = rng.pick([58, 59, 60]);
    const batch = rng.hex(8);
    const staff: Person[] = Array.from({ length: scaled(scale, rng.int(220, 380), 5) }, () =>
      people.make(rng, { city: '肇庆市', profile: 'town', work: office, phone: makePhone(rng, 'metro', { model: 'FOA-AL00', wechatMinor: minor, batch }) }),
    );
    let workdays = 0;
    for (let d = 0; d < rhythm.days && workdays < 5; d++) {
      const wd = new Date(rhythm.at(d, 12) + 8 * 3_600_000).getUTCDay();
      if (wd === 0 || wd === 6) continue;
      const meeting = rhythm.at(d, rng.uniform(8.9, 9.3));
      if (meeting < ballot.cal.opensAt) continue;
      workdays++;
      const src = ledger.source({ name: `bureau day ${d}`, kind: 'legit', candidateId: target, group: 'bureau staff' });
      for (const p of staff) {
        if (!rng.chance(workdays === 1 ? 0.9 : 0.75)) continue;
        const at = meeting + rng.gamma(1.5, 4 * MINUTE);
        people.vote(rng, p, at, selection(rng, ballot, target), src, rng.chance(0.9) ? { ip: office.next(rng), net: 'WIFI' } : undefined);
      }
    }
  },
};
