import type { BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import { DAY, HOUR, makeCalendar } from './clock';

/**
 * The ballot: Jiangxi's county or township nominees, how many each vote may pick, and how strongly
 * each candidate pulls the organic crowd. Nominee names are demo data in the spirit of the seed
 * document's quota table, not real results.
 */

export type Category = 'county' | 'township';

export interface BallotShape {
  category: Category;
  /** maxChoices values one of which the ballot uses (drawn per seed). */
  maxChoices: readonly number[];
}

export interface Contest {
  category: Category;
  seats: number;
  maxChoices: number;
  candidates: Candidate[];
  /** Relative pull of each candidate on the organic crowd (its home following, its page's appeal). */
  appeal: number[];
  cal: BallotCalendar;
}

const COUNTIES: readonly (readonly [string, string])[] = [
  ['南昌县', '南昌市'], ['进贤县', '南昌市'], ['武宁县', '九江市'], ['庐山市', '九江市'], ['瑞金市', '赣州市'], ['信丰县', '赣州市'], ['南康区', '赣州市'],
  ['婺源县', '上饶市'], ['德兴市', '上饶市'], ['樟树市', '宜春市'], ['靖安县', '宜春市'], ['井冈山市', '吉安市'], ['永丰县', '吉安市'], ['南丰县', '抚州市'],
  ['浮梁县', '景德镇市'], ['乐平市', '景德镇市'], ['芦溪县', '萍乡市'], ['分宜县', '新余市'], ['贵溪市', '鹰潭市'], ['赣江新区直管区', '赣江新区'],
];

const TOWNSHIPS: Record<string, readonly string[]> = {
  南昌市: ['南昌县向塘镇', '南昌县三江镇', '进贤县李渡镇', '进贤县文港镇', '安义县石鼻镇', '新建区厚田乡'],
  九江市: ['修水县渣津镇', '都昌县大沙镇', '湖口县均桥镇', '永修县吴城镇', '庐山市海会镇', '武宁县鲁溪镇'],
  赣州市: ['瑞金市叶坪乡', '瑞金市沙洲坝镇', '于都县梓山镇', '兴国县长冈乡', '宁都县小布镇', '信丰县大塘埠镇', '会昌县筠门岭镇', '寻乌县澄江镇', '安远县三百山镇', '南康区唐江镇'],
  上饶市: ['婺源县江湾镇', '婺源县思口镇', '铅山县河口镇', '弋阳县圭峰镇', '广丰区洋口镇', '鄱阳县莲花山乡'],
  宜春市: ['靖安县中源乡', '高安市八景镇', '万载县株潭镇', '宜丰县潭山镇', '铜鼓县大塅镇', '奉新县宋埠镇'],
  吉安市: ['井冈山市茅坪乡', '吉安县永和镇', '泰和县马市镇', '永新县三湾乡', '遂川县草林镇', '吉水县八都镇', '新干县三湖镇'],
  抚州市: ['南丰县琴城镇', '资溪县乌石镇', '金溪县浒湾镇', '黎川县日峰镇', '宜黄县棠阴镇'],
  景德镇市: ['浮梁县瑶里镇', '乐平市众埠镇', '昌江区丽阳镇', '浮梁县鹅湖镇'],
  萍乡市: ['芦溪县宣风镇', '上栗县金山镇', '莲花县坊楼镇', '湘东区腊市镇'],
  新余市: ['分宜县双林镇', '渝水区罗坊镇', '分宜县洞村乡'],
  鹰潭市: ['贵溪市塘湾镇', '余江区锦江镇', '月湖区童家镇'],
  赣江新区: ['樵舍镇', '乐化镇', '溪霞镇'],
};

/** Opening instants: the office publishes in the morning, at noon, or at midnight so day one is whole. */
const OPENING_HOURS = [0, 8, 9, 10, 12];
const OPENING_WEIGHTS = [0.2, 0.15, 0.3, 0.25, 0.1];

export function makeContest(rng: Rng, shape: BallotShape): Contest {
  const names: [string, string][] =
    shape.category === 'county' ? COUNTIES.map(([n, c]) => [n, c]) : Object.entries(TOWNSHIPS).flatMap(([city, towns]) => towns.map((t): [string, string] => [t, city]));
  const candidates = names.map(([name, city]) => ({ id: rng.uuid(), name, city }));
  rng.shuffle(candidates);
  // Some nominees have a big, organised home following; most have a modest one.
  const appeal = candidates.map(() => rng.logNormal(1, 0.6));
  // May to mid-July 2024, any weekday.
  const day = rng.int(0, 60);
  const opensAt = Date.UTC(2024, 4, 13) - 8 * HOUR + day * DAY + OPENING_HOURS[rng.weightedIndex(OPENING_WEIGHTS)] * HOUR;
  const seats = shape.category === 'county' ? 15 : 50;
  return { category: shape.category, seats, maxChoices: rng.pick(shape.maxChoices), candidates, appeal, cal: makeCalendar(opensAt, 7) };
}

/** Candidate indices from most to least appealing. */
export function byAppeal(contest: Contest): number[] {
  return contest.appeal.map((_, i) => i).sort((a, b) => contest.appeal[b] - contest.appeal[a]);
}

/** A candidate from a rank band of appeal (0 = the favourite): where an attack or a surge can matter. */
export function candidateRanked(rng: Rng, contest: Contest, from: number, to: number): number {
  const order = byAppeal(contest);
  return order[rng.int(Math.min(from, order.length - 1), Math.min(to, order.length - 1))];
}

/** An organic favourite: drawn by appeal. */
export function favourite(rng: Rng, contest: Contest): number {
  return rng.weightedIndex(contest.appeal);
}

/**
 * What one voter ticks: the candidate they came for and, on a multi-choice ballot, maybe others.
 * Many stop at one; some fill every slot, leaning to the leaders on the live count and their own city.
 */
export function choosePicks(rng: Rng, contest: Contest, first: number): string[] {
  const max = contest.maxChoices;
  const ids = [contest.candidates[first].id];
  if (max === 1) return ids;
  const r = rng.next();
  const count = r < 0.42 ? 1 : r < 0.68 ? max : rng.int(2, max);
  if (count === 1) return ids;
  const city = contest.candidates[first].city;
  const weights = contest.candidates.map((c, i) => (i === first ? 0 : contest.appeal[i] ** 1.3 * (c.city === city ? 3 : 1)));
  while (ids.length < count) {
    const i = rng.weightedIndex(weights);
    weights[i] = 0;
    ids.push(contest.candidates[i].id);
  }
  return ids;
}
