import { makeDevice, type Device, type NetType } from '../model/devices';
import { nomineeAt } from '../model/ballot';
import { selection, type Person } from '../model/people';
import { CURVES } from '../model/rhythm';
import { organicSize, scaled, sourcesBy, type Family } from './family';

const KR_HOME = ['121.134', '211.36', '220.72', '175.113', '1.224', '125.128', '112.214', '118.45'];

/**
 * W6. A vendor who knows that a Yanbian nurse's real support includes relatives working in South
 * Korea dresses the stuffing up as them: Korean residential proxies and two Seoul cloud /24s,
 * Korean-market phones, Language/ko on half the accounts, votes through the Korean evening
 * (19:00-24:00 Beijing time) on five nights. A quarter of the phone profiles are reused across
 * many accounts; 40% of each night's accounts come back from earlier nights, like loyal relatives.
 */
export const fakeDiaspora: Family = {
  id: 'W6',
  kind: 'attack',
  description: 'fake relatives in Korea for a Yanbian nurse: KR proxies+cloud, ko UAs, 5 nights',
  seeds: [1, 2],
  ballot: { require: [{ hospital: 'yanji', korean: true }] },
  organicVotes: (rng) => organicSize(rng),
  build(ctx) {
    const { rng, ballot, rhythm, people, net, scale } = ctx;
    const target = nomineeAt(ballot, 'yanji');
    const profiles: Device[] = Array.from({ length: 25 }, () => makeDevice(rng, 'korea'));
    const clouds = [net.cloud24('aws-seoul'), net.cloud24('vultr-seoul')];
    const sourceFor = sourcesBy(ctx, 'w6-korea', 'attack', target);
    const pool: Person[] = [];
    const evening = CURVES.korea.map((w, h) => (h >= 19 ? w : 0));
    const first = rng.int(1, 2);
    for (let d = first; d < first + 5; d++) {
      const tonight = scaled(scale, rng.int(150, 320), 2);
      const used = new Set<string>();
      for (let i = 0; i < tonight; i++) {
        let p: Person | undefined;
        if (pool.length > 0 && rng.chance(0.4)) {
          const q = rng.pick(pool);
          if (!used.has(q.account)) p = q;
        }
        if (!p) {
          p = people.make(rng, { region: 'KR', profile: 'korea', lang: rng.chance(0.5) ? 'ko' : 'zh_CN', line: false, device: rng.chance(0.25) ? rng.pick(profiles) : makeDevice(rng, 'korea') });
          pool.push(p);
        }
        used.add(p.account);
        const at = rhythm.sample(rng, d, evening);
        const net3: NetType = rng.pick(['WIFI', 'WIFI', 'WIFI', '4G', '5G']);
        const ip = rng.chance(0.7) ? `${rng.pick(KR_HOME)}.${rng.int(0, 255)}.${rng.int(2, 254)}` : `${rng.pick(clouds)}.${rng.int(2, 253)}`;
        people.vote(rng, p, at, selection(ballot, target), sourceFor(`night${d}`), { ip, net: net3 });
      }
    }
  },
};
