/**
 * The ballot under each scenario: a county or township ballot of Jiangxi's demonstration
 * selection, opened by the provincial office in office hours on a weekday, 7 days long, with the
 * official account's article pushes (the opening one and one or two reminders).
 */
import type { Candidate } from '../heldout/ledger';
import type { Rng } from '../heldout/prng';
import { DAY, at, dayNumber, weekday } from './clock';
import { JIANGXI, region, type Region } from './regions';

export interface Contender extends Candidate {
  /** Where the candidate is, so where its local supporters live. */
  home: Region;
  /** Relative organic support. */
  pull: number;
}

export interface Push {
  at: number;
  /** Relative reach: the opening push is 1. */
  reach: number;
}

export interface BallotSetup {
  category: 'county' | 'township';
  seats: number;
  maxChoices: number;
  opensAt: number;
  closesAt: number;
  firstDay: number;
  lastDay: number;
  candidates: Contender[];
  pushes: Push[];
}

const COUNTIES: Record<string, string[]> = {
  nanchang: ['南昌县', '进贤县', '安义县', '新建区', '红谷滩区'],
  ganzhou: ['瑞金市', '于都县', '兴国县', '宁都县', '信丰县', '会昌县', '赣县区', '南康区', '龙南市', '寻乌县', '石城县', '上犹县', '崇义县', '安远县'],
  shangrao: ['婺源县', '鄱阳县', '余干县', '玉山县', '德兴市', '弋阳县', '万年县', '铅山县', '横峰县', '广丰区'],
  jiujiang: ['庐山市', '都昌县', '修水县', '武宁县', '永修县', '瑞昌市', '湖口县', '彭泽县', '德安县', '共青城市'],
  jian: ['井冈山市', '吉安县', '永丰县', '泰和县', '遂川县', '万安县', '安福县', '永新县', '峡江县', '新干县', '吉水县'],
  yichun: ['樟树市', '丰城市', '高安市', '靖安县', '奉新县', '宜丰县', '铜鼓县', '上高县', '万载县'],
  fuzhou: ['南城县', '崇仁县', '黎川县', '南丰县', '乐安县', '宜黄县', '金溪县', '资溪县', '广昌县'],
  pingxiang: ['芦溪县', '莲花县', '上栗县', '湘东区'],
  xinyu: ['分宜县', '渝水区'],
  jingdezhen: ['浮梁县', '乐平市', '昌江区'],
  yingtan: ['贵溪市', '余江区', '月湖区'],
};
const TOWN_HEAD = '黄李新大东西南北上下高长白龙凤梅桃竹松青安永太和平兴丰富宁石枫杨';
const TOWN_TAIL = ['塘', '桥', '岭', '坑', '口', '田', '坪', '山', '江', '溪', '源', '湖', '洲', '港', '埠', '圩', '岗', '陂', '坊', '村'];

function town(rng: Rng): string {
  const kind = rng.chance(0.7) ? '镇' : rng.chance(0.6) ? '乡' : '街道';
  return `${TOWN_HEAD[rng.int(0, TOWN_HEAD.length - 1)]}${rng.pick(TOWN_TAIL)}${kind}`;
}

/** Places per city, in proportion to population with at least one each. */
function allocate(rng: Rng, total: number): Region[] {
  const out: Region[] = [...JIANGXI];
  const weights = JIANGXI.map((r) => r.population);
  while (out.length < total) out.push(JIANGXI[rng.weightedIndex(weights)]);
  return out;
}

export function makeBallot(rng: Rng): BallotSetup {
  const category = rng.chance(0.5) ? 'county' : 'township';
  const count = category === 'county' ? 20 : 63;
  const seats = category === 'county' ? 15 : 50;
  const maxChoices = rng.pick(category === 'county' ? [1, 1, 3, 5] : [1, 1, 5, 10]);
  const used = new Set<string>();
  const candidates: Contender[] = allocate(rng, count).map((home) => {
    let name = '';
    do {
      const county = rng.pick(COUNTIES[home.id]);
      name = category === 'county' ? county : `${county}${town(rng)}`;
    } while (used.has(name) && used.size < 500);
    used.add(name);
    // A few township candidates come from the Ganjiang New Area, which sits in Nanchang's networks.
    const city = category === 'township' && home.id === 'nanchang' && rng.chance(0.25) ? '赣江新区' : home.name;
    return { id: rng.uuid(), name, city, home: region(home.id), pull: rng.logNormal(1, 0.85) };
  });
  rng.shuffle(candidates);

  // An autumn weekday in 2024, Monday to Thursday, published at an office hour.
  let day = dayNumber(Date.UTC(2024, 8, 2)) + rng.int(0, 70);
  while (weekday(day) > 4) day++;
  const opensAt = at(day, rng.pick([9 * 60, 9 * 60 + 30, 10 * 60, 15 * 60]));
  const closesAt = opensAt + 7 * DAY;
  const pushes: Push[] = [{ at: opensAt, reach: 1 }];
  for (const d of rng.shuffle([2, 3, 4, 5]).slice(0, rng.int(1, 2))) pushes.push({ at: at(day + d, rng.pick([12 * 60, 18 * 60, 20 * 60 + 30])), reach: rng.uniform(0.3, 0.6) });
  if (rng.chance(0.6)) pushes.push({ at: at(day + 6, 19 * 60 + rng.int(0, 90)), reach: rng.uniform(0.25, 0.45) });
  pushes.sort((a, b) => a.at - b.at);
  return { category, seats, maxChoices, opensAt, closesAt, firstDay: day, lastDay: dayNumber(closesAt - 1), candidates, pushes };
}

/** Candidates sorted by organic pull, strongest first. */
export function byPull(ballot: BallotSetup): Contender[] {
  return [...ballot.candidates].sort((a, b) => b.pull - a.pull);
}
