import { midCandidate } from '../model/ballot';
import { makePhone, type Phone } from '../model/devices';
import { organicSize, scaled, type Family } from './family';

/**
 * An aged-account pool that knows detectors look for one-candidate accounts: about a third of its
 * votes go to three or four decoy candidates (other towns), the rest to the client. Each account
 * keeps one phone identity; the exits are Guangdong mobile CGNAT and home broadband bought by the
 * hour. Evenings only, three or four days. The decoys were stuffed too, and are labelled attacked.
 */
export const decoyPool: Family = {
  id: 'I6',
  kind: 'attack',
  description: 'aged-account pool: 65% for the client, 35% spread on 3-4 decoys, evenings, 3-4 days',
  seeds: [1, 2],
  ballot: { category: 'township', maxChoices: 1 },
  organicVotes: (rng) => organicSize(rng),
  build({ rng, ballot, ledger, net, rhythm, scale }) {
    const target = midCandidate(rng, ballot);
    const decoys: string[] = [];
    while (decoys.length < rng.int(3, 4)) decoys.push(midCandidate(rng, ballot, [target, ...decoys]));
    const pool: { account: string; phone: Phone }[] = Array.from({ length: scaled(scale, rng.int(900, 1500), 20) }, () => ({
      account: ledger.newAccount(),
      phone: makePhone(rng, rng.chance(0.4) ? 'metro' : 'town'),
    }));
    const sources = new Map<string, number>();
    const first = rng.int(1, 3);
    for (let d = first; d < Math.min(rhythm.days, first + rng.int(3, 4)); d++) {
      for (const { account, phone } of pool) {
        if (!rng.chance(0.85)) continue;
        const pick = rng.chance(0.65) ? target : rng.pick(decoys);
        const key = `${pick}:${d}`;
        let src = sources.get(key);
        if (src === undefined) {
          const name = ballot.candidates.find((c) => c.id === pick)?.name ?? '';
          src = ledger.source({ name: `pool ${name} day ${d}`, kind: 'attack', candidateId: pick, group: pick === target ? 'pool client' : `pool decoy ${name}` });
          sources.set(key, src);
        }
        const at = rhythm.inDay(rng, d, 'metro', 19, 24);
        const mobile = rng.chance(0.6);
        const ip = mobile ? net.mobile(rng, net.carrier(rng), rng.pick(['广州市', '深圳市', '东莞市', '佛山市'])) : net.broadband(rng, net.carrier(rng));
        ledger.add({ at, accountId: account, candidateIds: [pick], ip, userAgent: phone.ua(mobile ? '4G' : 'WIFI'), source: src });
      }
    }
  },
};
