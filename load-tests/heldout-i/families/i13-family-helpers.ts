import { MINUTE } from '../../heldout/calendar';
import { candidateNamed, selection } from '../model/ballot';
import { makePhone } from '../model/devices';
import { organicSize, scaled, type Family } from './family';

/**
 * Puning's clans vote: in a few hundred households a son or granddaughter takes the elders'
 * accounts (grandparents, aunts, an uncle working in Shenzhen who handed over his login) and votes
 * each of them on their own phone, one after another, a minute or two apart, on the home Wi-Fi,
 * after dinner. Three to nine accounts a sitting; most households do it most days.
 */
export const familyHelpers: Family = {
  id: 'I13',
  kind: 'legit',
  description: "Chaoshan households: one relative votes 3-9 elders' accounts on one phone, evenings",
  seeds: [1, 2],
  ballot: { category: 'county', include: ['普宁市'] },
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, net, rhythm, scale }) {
    const target = candidateNamed(ballot, '普宁市');
    const households = Array.from({ length: scaled(scale, rng.int(250, 420), 3) }, () => {
      const carrier = net.carrier(rng);
      const elders = Array.from({ length: rng.int(3, 9) }, () => ledger.newAccount());
      return { phone: makePhone(rng, 'town'), ip: net.broadband(rng, carrier), elders, keen: rng.uniform(0.5, 0.95), hour: rng.uniform(19.3, 21.8) };
    });
    for (let d = 0; d < rhythm.days; d++) {
      const src = ledger.source({ name: `sittings day ${d}`, kind: 'legit', candidateId: target, group: 'family helpers' });
      for (const h of households) {
        if (!rng.chance(h.keen)) continue;
        let at = rhythm.at(d, h.hour + rng.normal(0, 0.4));
        for (const account of h.elders) {
          if (rng.chance(0.1)) continue;
          at += rng.uniform(40, 150) * 1000 + (rng.chance(0.1) ? rng.uniform(3, 10) * MINUTE : 0);
          ledger.add({ at: Math.floor(at), accountId: account, candidateIds: selection(rng, ballot, target, 0.2), ip: h.ip, userAgent: h.phone.ua('WIFI'), source: src });
        }
      }
    }
  },
};
