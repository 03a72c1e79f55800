import { opensMessage } from '../model/arrivals';
import { v6Text } from '../model/address-plan';
import { clockTime } from '../model/clock';
import { candidateRanked, choosePicks } from '../model/contest';
import type { NetType } from '../model/handsets';
import { reach, type Person } from '../model/people';
import { castRaw } from '../model/scene';
import type { Family } from './family';
import { surgeSource } from './kit';

/**
 * A university backs the nominee from its own county: the student union posts in every class
 * group at night, when students are back in the dormitories on the campus network. IPv4 leaves
 * through two or three campus NAT addresses; the campus also runs IPv6 (CERNET2), where each phone
 * has its own address. The union asks for a vote every night; a share keep at it.
 */
export const D19: Family = {
  id: 'D19',
  kind: 'legit',
  title: 'campus: 2.5-4.5k students on dorm Wi-Fi (2-3 NAT IPs + CERNET2 v6), nightly',
  description:
    'A student union posts at 21:00-22:00; 2500-4500 students vote within the hour, about 85% on campus Wi-Fi (2-3 IPv4 NAT addresses, or their own CERNET2 IPv6 address), the rest on 4G/5G; about 40% come back each following night, fading.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 3, 5] },
  organic: [26_000, 36_000],
  build(scene, rng) {
    const { contest, cal, plan, people } = scene;
    const target = candidateRanked(rng, contest, 3, 12);
    const region = plan.region(contest.candidates[target].city);
    const nat = plan.staticBlock(rng, region, rng.int(2, 3), 'telecom');
    const v6Site = rng.int(0x100, 0xfff);
    const students: Person[] = [];
    for (let n = rng.int(2500, 4500); n > 0; n--) students.push(people.person({ region, cohort: 'youth', home: null, work: null }));
    const first = rng.int(0, 3);
    for (let day = first; day < cal.dayCount; day++) {
      const post = clockTime(cal, day, rng.uniform(21, 22));
      if (post < cal.opensAt || post > cal.closesAt) continue;
      const source = surgeSource(scene, `campus, night of day ${day}`, target, 'D19 campus');
      const share = day === first ? 0.95 : 0.4 * 0.88 ** (day - first - 1);
      for (const s of students) {
        if (!rng.chance(share)) continue;
        const t = opensMessage(rng, post, day === first ? 14 : 30, 1.0);
        let ip: string;
        let net: NetType;
        if (rng.chance(0.85)) {
          net = 'WIFI';
          const dev = s.device.seed;
          ip = rng.chance(0.5) ? v6Text('2001:da8', [v6Site, (dev >>> 20) & 0xfff, dev >>> 16, dev & 0xffff, (dev * 7) >>> 16, (day * 31 + dev) & 0xffff]) : rng.pick(nat);
        } else ({ ip, net } = reach(plan, s, t, rng));
        castRaw(scene, source, s.account, t, choosePicks(rng, contest, target), ip, s.device.ua(net));
      }
    }
  },
};
