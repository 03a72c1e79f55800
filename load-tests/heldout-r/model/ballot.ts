import { ballotCalendar, HOUR, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/** Henan's 18 prefecture-level cities; `out` marks the places migrant natives work in, outside Henan. */
export const CITIES = ['郑州', '洛阳', '开封', '南阳', '信阳', '周口', '驻马店', '商丘', '平顶山', '新乡', '安阳', '焦作', '濮阳', '许昌', '漯河', '三门峡', '鹤壁', '济源'] as const;
export type City = (typeof CITIES)[number];

/** Rural counties that send teachers to the ballot, with their city and terrain (mountain counties are poorer and older). */
const COUNTIES: ReadonlyArray<[string, City, 'mountain' | 'plain']> = [
  ['卢氏县', '三门峡', 'mountain'], ['渑池县', '三门峡', 'mountain'], ['栾川县', '洛阳', 'mountain'], ['嵩县', '洛阳', 'mountain'],
  ['汝阳县', '洛阳', 'mountain'], ['宜阳县', '洛阳', 'plain'], ['西峡县', '南阳', 'mountain'], ['内乡县', '南阳', 'mountain'],
  ['淅川县', '南阳', 'mountain'], ['桐柏县', '南阳', 'mountain'], ['方城县', '南阳', 'plain'], ['固始县', '信阳', 'plain'],
  ['商城县', '信阳', 'mountain'], ['新县', '信阳', 'mountain'], ['光山县', '信阳', 'plain'], ['淮滨县', '信阳', 'plain'],
  ['罗山县', '信阳', 'plain'], ['确山县', '驻马店', 'mountain'], ['泌阳县', '驻马店', 'mountain'], ['平舆县', '驻马店', 'plain'],
  ['新蔡县', '驻马店', 'plain'], ['沈丘县', '周口', 'plain'], ['郸城县', '周口', 'plain'], ['太康县', '周口', 'plain'],
  ['鹿邑县', '周口', 'plain'], ['虞城县', '商丘', 'plain'], ['宁陵县', '商丘', 'plain'], ['柘城县', '商丘', 'plain'],
  ['民权县', '商丘', 'plain'], ['兰考县', '开封', 'plain'], ['通许县', '开封', 'plain'], ['杞县', '开封', 'plain'],
  ['鲁山县', '平顶山', 'mountain'], ['郏县', '平顶山', 'plain'], ['叶县', '平顶山', 'plain'], ['封丘县', '新乡', 'plain'],
  ['滑县', '安阳', 'plain'], ['林州市', '安阳', 'mountain'], ['台前县', '濮阳', 'plain'], ['范县', '濮阳', 'plain'],
  ['修武县', '焦作', 'mountain'], ['襄城县', '许昌', 'plain'], ['舞阳县', '漯河', 'plain'], ['淇县', '鹤壁', 'mountain'],
];

const SURNAMES = '王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎';
const GIVEN = ['秀兰', '春梅', '建国', '海燕', '志强', '玉霞', '红伟', '丽娟', '国庆', '晓东', '桂芳', '卫东', '雪琴', '振华', '俊杰', '淑珍', '保国', '亚楠', '文静', '新民', '彩云', '永刚', '小燕', '长青'];
const VILLAGES = ['石门', '柳树湾', '黄土岭', '河口', '杨庄', '王营', '后寨', '南沟', '白果树', '马庄', '龙潭', '高庙', '草店', '三里岗', '青山'];
const SCHOOLS = ['村小学', '教学点', '中心小学', '初级中学', '完全小学'];

export interface RCandidate extends Candidate {
  city: City;
  county: string;
  terrain: 'mountain' | 'plain';
  /** Relative draw of the candidate on the organic crowd. */
  pull: number;
}

/** What a family may ask of its ballot. */
export interface BallotShape {
  maxChoices?: number;
  minCandidates?: number;
}

export interface Ballot {
  title: string;
  cal: BallotCalendar;
  candidates: RCandidate[];
  seats: number;
  maxChoices: number;
  /** Candidates from the strongest pull to the weakest. */
  byPull: RCandidate[];
}

/** The province's "most beautiful rural teacher" vote: 22–34 nominees, opening on a weekday morning in 2026. */
export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const count = Math.max(shape.minCandidates ?? 0, rng.int(22, 34));
  const counties = rng.shuffle([...COUNTIES]).slice(0, Math.min(count, COUNTIES.length));
  const usedNames = new Set<string>();
  const candidates: RCandidate[] = counties.map(([county, city, terrain]) => {
    let person = '';
    do person = rng.pick([...SURNAMES]) + rng.pick(GIVEN);
    while (usedNames.has(person));
    usedNames.add(person);
    const school = `${county}${rng.pick(VILLAGES)}${rng.pick(SCHOOLS)}`;
    return { id: rng.uuid(), name: `${person}（${school}）`, city, county, terrain, pull: rng.logNormal(1, 0.8) };
  });
  const seats = Math.min(10, Math.floor(candidates.length / 2));
  const maxChoices = shape.maxChoices ?? (rng.chance(0.6) ? 1 : rng.int(2, 3));
  // A weekday between March and November 2026, opening when the account pushes its article.
  let opens: Date;
  do opens = new Date(Date.UTC(2026, rng.int(2, 10), rng.int(1, 28)));
  while (opens.getUTCDay() === 0 || opens.getUTCDay() === 6);
  const pushHour = rng.pick([9, 10, 10, 12, 18]);
  const opensAt = opens.getTime() + (pushHour - 8) * HOUR;
  const byPull = [...candidates].sort((a, b) => b.pull - a.pull);
  return { title: '2026年河南省“最美乡村教师”网络投票', cal: ballotCalendar(opensAt), candidates, seats, maxChoices, byPull };
}

/**
 * A voter's selection: the candidate they came for, and on a multi-choice ballot sometimes one or
 * two others, drawn by pull (people who pick several pick the well-known ones).
 */
export function selection(rng: Rng, ballot: Ballot, main: RCandidate, weights: readonly number[]): string[] {
  if (ballot.maxChoices === 1 || rng.chance(0.55)) return [main.id];
  const n = rng.int(2, ballot.maxChoices);
  const ids = [main.id];
  for (let tries = 0; ids.length < n && tries < 10; tries++) {
    const other = ballot.candidates[rng.weightedIndex(weights)].id;
    if (!ids.includes(other)) ids.push(other);
  }
  return ids;
}

/** A candidate of middling pull, for a family to back or attack (ranks `from`..`to`, 0 strongest). */
export function midTable(rng: Rng, ballot: Ballot, from = 3, to = 12): RCandidate {
  const hi = Math.min(to, ballot.byPull.length - 1);
  return ballot.byPull[rng.int(Math.min(from, hi), hi)];
}
