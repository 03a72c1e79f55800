import { opensMessage } from '../model/arrivals';
import { clockTime, MINUTE } from '../model/clock';
import { candidateRanked, choosePicks } from '../model/contest';
import { everydayPhone, type NetType } from '../model/handsets';
import type { Person } from '../model/people';
import { cast } from '../model/scene';
import type { Family } from './family';
import { restDays, surgeSource } from './kit';

const ABROAD = ['MY', 'SG', 'US', 'TW'] as const;

/**
 * A lineage association (宗亲会) backs a nominee from its home township. On a Sunday the elders
 * gather in the ancestral hall and, after the speeches, everyone present votes on the hall's one
 * Wi-Fi line. The association's WeChat groups carry the call to members across China and abroad
 * (Malaysia, Singapore, America, Taiwan), who vote over the next two days from wherever they are.
 */
export const D17: Family = {
  id: 'D17',
  kind: 'legit',
  title: 'clan association: ancestral-hall gathering on one Wi-Fi + groups incl. abroad',
  description:
    'A lineage association: 150-300 members vote within about 40 minutes of the speeches in the ancestral hall on one Wi-Fi address on a weekend morning; then 1200-2200 members in its groups, in Jiangxi, elsewhere in China and ~12% abroad (own addresses, zh_TW/en), vote over two days after the group admins post.',
  seeds: [1, 2],
  ballot: { category: 'county', maxChoices: [1, 3] },
  organic: [28_000, 38_000],
  build(scene, rng) {
    const { contest, cal, plan, people } = scene;
    const target = candidateRanked(rng, contest, 3, 12);
    const region = plan.region(contest.candidates[target].city);
    const weekend = restDays(scene, 1, 5);
    const day = weekend.length > 0 ? rng.pick(weekend) : 2;

    const hall = surgeSource(scene, 'ancestral hall', target, 'D17 clan association');
    const hallLine = people.homeLine(region, 'telecom');
    const speeches = clockTime(cal, day, rng.uniform(10, 11));
    for (let n = rng.int(150, 300); n > 0; n--) {
      const member = people.person({ region, cohort: rng.chance(0.5) ? 'elderly' : 'adult', home: hallLine, work: null, homeWifi: 0.8 });
      // Those whose phones joined the hall's Wi-Fi use it; the rest stay on 4G.
      const t = speeches + rng.logNormal(12, 0.7) * MINUTE;
      cast(scene, hall, { ...member, homeWifi: 1 }, t, choosePicks(rng, contest, target), rng);
    }

    const groups = Array.from({ length: rng.int(5, 8) }, () => clockTime(cal, day, rng.uniform(12, 22)));
    const members: Person[] = [];
    for (let n = rng.int(1200, 2200); n > 0; n--) {
      const r = rng.next();
      if (r < 0.12) {
        const country = rng.pick(ABROAD);
        const lang = country === 'US' ? (rng.chance(0.5) ? 'en' : 'zh_CN') : country === 'TW' ? 'zh_TW' : rng.chance(0.5) ? 'zh_CN' : 'zh_TW';
        const net: NetType = rng.chance(0.7) ? 'WIFI' : '4G';
        const member = people.person({ region, device: everydayPhone(rng, 'adult', lang), home: null, work: null });
        members.push({ ...member, fixedAddress: { ip: plan.abroad(rng, country), net } });
      } else members.push(people.person({ region: r < 0.5 ? region : plan.nationwide(rng) }));
    }
    [day, day + 1].forEach((d, k) => {
      const source = surgeSource(scene, `clan groups, day ${d}`, target, 'D17 clan association');
      for (const m of members) {
        if (rng.chance(k === 0 ? 0.25 : 0.55)) continue;
        const post = k === 0 ? rng.pick(groups) : clockTime(cal, d, rng.uniform(8, 21));
        const t = opensMessage(rng, post, 40, 1.1);
        cast(scene, source, m, t, choosePicks(rng, contest, target), rng);
      }
    });
  },
};
