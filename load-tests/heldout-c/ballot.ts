import type { Candidate } from '../heldout/ledger';
import type { Rng } from '../heldout/prng';
import { DAY, shAt } from './time';

/**
 * One ballot: Jiangxi's candidates with a skewed popularity, how many a vote may pick, and the
 * week it runs (some weeks hold a public holiday, which behaves like a long weekend).
 */

const CITIES: Record<string, string[]> = {
  南昌: ['南昌县', '进贤县', '安义县'],
  九江: ['武宁县', '修水县', '永修县', '德安县', '都昌县', '湖口县', '彭泽县'],
  景德镇: ['浮梁县', '乐平市'],
  萍乡: ['莲花县', '上栗县', '芦溪县'],
  新余: ['分宜县'],
  鹰潭: ['余江区', '贵溪市'],
  赣州: ['信丰县', '大余县', '上犹县', '崇义县', '安远县', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '瑞金市'],
  吉安: ['吉安县', '吉水县', '峡江县', '新干县', '永丰县', '泰和县', '遂川县', '万安县', '安福县', '永新县', '井冈山市'],
  宜春: ['奉新县', '万载县', '上高县', '宜丰县', '靖安县', '铜鼓县', '丰城市', '樟树市', '高安市'],
  抚州: ['南城县', '黎川县', '南丰县', '崇仁县', '乐安县', '宜黄县', '金溪县', '资溪县', '广昌县'],
  上饶: ['玉山县', '铅山县', '横峰县', '弋阳县', '余干县', '鄱阳县', '万年县', '婺源县', '德兴市'],
  赣江新区: ['儒乐湖', '经开组团'],
};
const TOWNS = ['石口', '梅林', '黄坑', '塘头', '洪门', '长林', '桥头', '古城', '新田', '龙岗', '白沙', '沙溪', '港口', '大桥', '清江', '杨桥', '坪田', '罗坊', '高桥', '湖田', '枫树', '官庄', '水南', '竹山', '马田', '小港', '东岭', '溪口', '上坊', '横塘'];

/** Real weeks: (start date, a holiday inside it, if any). */
const WEEKS: Array<{ open: string; holiday?: string[] }> = [
  { open: '2024-06-06', holiday: ['2024-06-10'] },
  { open: '2024-07-15' },
  { open: '2024-09-12', holiday: ['2024-09-15', '2024-09-16', '2024-09-17'] },
  { open: '2024-10-22' },
  { open: '2024-11-18' },
  { open: '2025-03-24' },
  { open: '2025-04-01', holiday: ['2025-04-04', '2025-04-05', '2025-04-06'] },
];

export interface BallotSpec {
  category: 'county' | 'township';
  candidates: Candidate[];
  /** Organic popularity weight per candidate (log-normal: a few strong, a long tail). */
  weight: number[];
  maxChoices: number;
  opensAt: number;
  closesAt: number;
  /** Holiday dates (YYYY-MM-DD) inside the week. */
  holidays: string[];
}

export interface BallotOptions {
  category?: 'county' | 'township';
  maxChoices?: number;
}

export function makeBallot(rng: Rng, opts: BallotOptions = {}): BallotSpec {
  const category = opts.category ?? (rng.chance(0.45) ? 'county' : 'township');
  const n = category === 'county' ? rng.int(15, 22) : rng.int(30, 60);
  const names = new Set<string>();
  const candidates: Candidate[] = [];
  const cities = Object.keys(CITIES);
  while (candidates.length < n) {
    const city = rng.pick(cities);
    const county = rng.pick(CITIES[city]);
    const name = category === 'county' ? county : `${county}${rng.pick(TOWNS)}${rng.chance(0.8) ? '镇' : '乡'}`;
    if (names.has(name)) continue;
    names.add(name);
    candidates.push({ id: rng.uuid(), name, city });
  }
  const weight = candidates.map(() => rng.logNormal(1, 0.8));
  const maxChoices = opts.maxChoices ?? rng.pick(category === 'county' ? [1, 1, 3, 5] : [1, 3, 5, 10]);
  const week = rng.pick(WEEKS);
  const opensAt = shAt(week.open, rng.pick([9, 10, 10, 12, 18]));
  return { category, candidates, weight, maxChoices, opensAt, closesAt: opensAt + 7 * DAY, holidays: week.holiday ?? [] };
}
