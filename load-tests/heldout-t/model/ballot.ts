import { ballotCalendar, DAY, HOUR, MINUTE, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/** A nominated sanitation worker: the district or county that put them forward, and how many people back them. */
export interface Nominee extends Candidate {
  district: string;
  /** Rural counties vote on village rhythms; city districts on office ones. */
  rural: boolean;
  /** Relative share of the organic crowd (log-normal). */
  pull: number;
}

export interface Ballot {
  title: string;
  candidates: Nominee[];
  seats: number;
  maxChoices: number;
  cal: BallotCalendar;
}

/** What a family may ask of its ballot. */
export interface BallotShape {
  maxChoices?: 1 | 3;
  /** Districts that must be on the ballot (a family's own candidate). */
  include?: readonly string[];
}

/** [city, district, rural] — real county-level places of Shandong. */
export const PLACES: ReadonlyArray<readonly [string, string, boolean]> = [
  ['济南', '历下区', false], ['济南', '槐荫区', false], ['济南', '天桥区', false], ['济南', '历城区', false],
  ['济南', '章丘区', true], ['济南', '莱芜区', true], ['济南', '商河县', true], ['济南', '平阴县', true],
  ['青岛', '市南区', false], ['青岛', '市北区', false], ['青岛', '黄岛区', false], ['青岛', '崂山区', false],
  ['青岛', '即墨区', true], ['青岛', '胶州市', true], ['青岛', '平度市', true], ['青岛', '莱西市', true],
  ['烟台', '芝罘区', false], ['烟台', '莱山区', false], ['烟台', '蓬莱区', true], ['烟台', '龙口市', true],
  ['烟台', '招远市', true], ['烟台', '栖霞市', true], ['潍坊', '奎文区', false], ['潍坊', '潍城区', false],
  ['潍坊', '寿光市', true], ['潍坊', '青州市', true], ['潍坊', '诸城市', true], ['潍坊', '临朐县', true],
  ['临沂', '兰山区', false], ['临沂', '河东区', false], ['临沂', '沂南县', true], ['临沂', '沂水县', true],
  ['临沂', '郯城县', true], ['临沂', '兰陵县', true], ['临沂', '费县', true], ['菏泽', '牡丹区', false],
  ['菏泽', '曹县', true], ['菏泽', '单县', true], ['菏泽', '郓城县', true], ['菏泽', '巨野县', true],
  ['菏泽', '鄄城县', true], ['济宁', '任城区', false], ['济宁', '曲阜市', true], ['济宁', '邹城市', true],
  ['济宁', '微山县', true], ['济宁', '嘉祥县', true], ['济宁', '梁山县', true], ['淄博', '张店区', false],
  ['淄博', '博山区', true], ['泰安', '泰山区', false], ['泰安', '肥城市', true], ['威海', '环翠区', false],
  ['威海', '荣成市', true], ['日照', '东港区', false], ['日照', '莒县', true], ['德州', '齐河县', true],
  ['聊城', '东昌府区', false], ['聊城', '临清市', true], ['滨州', '邹平市', true], ['枣庄', '滕州市', true],
  ['东营', '广饶县', true],
];

const SURNAMES = '王李张刘陈杨赵孙周吴徐朱马胡郭林何高梁郑罗宋谢唐韩曹许邓冯于董程袁田任姜崔'.split('');
const MEN = ['建国', '志刚', '德胜', '玉林', '长春', '洪军', '庆福', '宝山', '传友', '兆军', '修平', '立新', '继成', '守田', '广才'];
const WOMEN = ['秀英', '桂兰', '玉珍', '凤芝', '淑华', '春梅', '翠英', '美荣', '丽娟', '金花', '秀云', '玉霞', '爱琴', '海燕', '红霞'];

/** Push times of the provincial 城管 official account: morning, lunch, evening. */
const PUSH_MINUTES = [8 * 60 + 30, 10 * 60, 12 * 60, 18 * 60 + 30, 20 * 60];

/** Draws a ballot: 24–40 nominees of distinct places, 7 days from a push in autumn 2025 (环卫工人节 is 26 October). */
export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const count = rng.int(24, 40);
  const chosen = new Set<number>();
  for (const d of shape.include ?? []) chosen.add(PLACES.findIndex((p) => p[1] === d));
  while (chosen.size < count) chosen.add(rng.int(0, PLACES.length - 1));
  const names = new Set<string>();
  const candidates: Nominee[] = [...chosen].sort((a, b) => a - b).map((i, n) => {
    const [city, district, rural] = PLACES[i];
    let name = '';
    while (name === '' || names.has(name)) name = rng.pick(SURNAMES) + rng.pick(rng.chance(0.55) ? WOMEN : MEN);
    names.add(name);
    return { id: `hw${String(n + 1).padStart(2, '0')}`, name: `${name}（${city}${district}）`, city, district, rural, pull: rng.logNormal(1, 0.8) };
  });
  const maxChoices = shape.maxChoices ?? (rng.chance(0.6) ? 1 : 3);
  // Shanghai midnight of a day between 2025-10-13 and 2025-11-24, then the push minute.
  const day = Date.UTC(2025, 9, 13) - 8 * HOUR + rng.int(0, 42) * DAY;
  const opensAt = day + rng.pick(PUSH_MINUTES) * MINUTE;
  return { title: '山东省“最美环卫工人”网络投票', candidates, seats: 10, maxChoices, cal: ballotCalendar(opensAt) };
}

export function nominee(ballot: Ballot, district: string): Nominee {
  const c = ballot.candidates.find((n) => n.district === district);
  if (!c) throw new Error(`no nominee from ${district}`);
  return c;
}
