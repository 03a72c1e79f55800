import type { BallotCalendar } from '../heldout/calendar';
import { LedgerBuilder, type Candidate } from '../heldout/ledger';
import type { Rng } from '../heldout/prng';
import { Networks } from './networks';
import { ballotWindow } from './time';

/**
 * The ballot a run is about: Jiangxi counties (or townships) as candidates, each with a home city
 * and an organic popularity, a 7-day window opening on an autumn 2024 morning, and `maxChoices`.
 */

const CITIES: ReadonlyArray<readonly [string, string[]]> = [
  ['南昌市', ['南昌县', '进贤县', '安义县']],
  ['景德镇市', ['浮梁县', '乐平市']],
  ['萍乡市', ['莲花县', '上栗县', '芦溪县']],
  ['九江市', ['修水县', '武宁县', '都昌县', '湖口县', '彭泽县', '瑞昌市', '永修县']],
  ['新余市', ['分宜县']],
  ['鹰潭市', ['贵溪市', '余江区']],
  ['赣州市', ['瑞金市', '于都县', '兴国县', '宁都县', '会昌县', '寻乌县', '石城县', '信丰县', '大余县', '崇义县']],
  ['吉安市', ['井冈山市', '吉水县', '峡江县', '永丰县', '泰和县', '遂川县', '万安县', '安福县', '永新县']],
  ['宜春市', ['丰城市', '樟树市', '高安市', '奉新县', '万载县', '上高县', '宜丰县', '靖安县', '铜鼓县']],
  ['抚州市', ['南城县', '黎川县', '南丰县', '崇仁县', '乐安县', '宜黄县', '金溪县', '资溪县', '广昌县']],
  ['上饶市', ['玉山县', '铅山县', '横峰县', '弋阳县', '余干县', '鄱阳县', '万年县', '婺源县', '德兴市']],
  ['赣江新区', ['直管区']],
];
const TOWNS = ['梅林镇', '长冈乡', '黄坳镇', '石门镇', '洪门镇', '龙潭镇', '新塘乡', '桥头镇', '湖坪乡', '大塘镇', '白沙镇', '金竹乡'];

export interface Ballot {
  ledger: LedgerBuilder;
  cal: BallotCalendar;
  candidates: Candidate[];
  /** Index into CITIES of each candidate's home city. */
  cityOf: number[];
  /** Organic popularity weight per candidate. */
  popularity: number[];
  maxChoices: number;
  nets: Networks;
}

export function makeBallot(rng: Rng): Ballot {
  const township = rng.chance(0.35);
  const count = township ? rng.int(36, 63) : 20;
  const maxChoices = rng.pick(township ? [1, 5, 10] : [1, 1, 3, 5]);
  const candidates: Candidate[] = [];
  const cityOf: number[] = [];
  const used = new Set<string>();
  while (candidates.length < count) {
    const city = rng.int(0, CITIES.length - 1);
    const county = rng.pick(CITIES[city][1]);
    const name = township ? `${county}${rng.pick(TOWNS)}` : county;
    if (used.has(name)) continue;
    used.add(name);
    candidates.push({ id: rng.uuid(), name, city: CITIES[city][0] });
    cityOf.push(city);
  }
  // Heavy-tailed appeal: a few counties with strong networks, a long tail of quiet ones.
  const popularity = candidates.map(() => rng.logNormal(1, 0.75));
  // A weekday start in autumn 2024 whose seven days miss the Mid-Autumn (Sep 15-17) and National
  // Day (Oct 1-7) holidays, opening between 08:00 and 12:00.
  const starts: number[] = [];
  for (let day = 2; day <= 86; day++) {
    const ms = Date.UTC(2024, 8, day, 4);
    const wd = new Date(ms).getUTCDay();
    const ok = day <= 8 || (day >= 18 && day <= 23) || day >= 38;
    if (ok && wd !== 0 && wd !== 6) starts.push(day);
  }
  const opensAt = Date.UTC(2024, 8, rng.pick(starts), rng.pick([8, 9, 10, 12]) - 8);
  const cal = ballotWindow(opensAt, 7);
  return { ledger: new LedgerBuilder(rng.fork('accounts'), cal, candidates), cal, candidates, cityOf, popularity, maxChoices, nets: new Networks(rng.fork('networks'), CITIES.length) };
}

/** Candidate indices ranked by organic popularity, most popular first. */
export function byPopularity(b: Ballot): number[] {
  return b.popularity.map((_, i) => i).sort((x, y) => b.popularity[y] - b.popularity[x]);
}

/**
 * A candidate from a popularity band (0 = top, 1 = bottom): attacks and surges usually lift a
 * mid-table county, which is where a few thousand votes change the ranking.
 */
export function candidateInBand(rng: Rng, b: Ballot, lo: number, hi: number, avoid: readonly number[] = []): number {
  const ranked = byPopularity(b).filter((i) => !avoid.includes(i));
  const from = Math.floor(lo * (ranked.length - 1));
  const to = Math.max(from, Math.floor(hi * (ranked.length - 1)));
  return ranked[rng.int(from, to)];
}
