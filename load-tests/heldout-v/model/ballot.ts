/**
 * The ballot: Zhejiang's postal administration asks the public to pick its "最美快递小哥" on its
 * WeChat account. 28-40 couriers, nominated by the express companies, each from a real city and
 * district of the province, with a route (whose customers are whom), a hometown (most couriers are
 * migrants from Anhui, Henan, Jiangxi, Sichuan, Guizhou...) and a pull (log-normal: a few draw most
 * of the votes). Ten places; single choice on most ballots, three or five on some.
 */
import { ballotCalendar, type BallotCalendar, DAY, HOUR, MINUTE } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import { CITIES, PROVINCES, cityById, type CityId, type Place, type ProvinceId } from './places';

export type CompanyId = 'sf' | 'jd' | 'zto' | 'yto' | 'sto' | 'yunda' | 'ems';

export const COMPANIES: readonly { id: CompanyId; name: string; weight: number }[] = [
  { id: 'sf', name: '顺丰速运', weight: 1.2 },
  { id: 'jd', name: '京东物流', weight: 1.0 },
  { id: 'zto', name: '中通快递', weight: 1.3 },
  { id: 'yto', name: '圆通速递', weight: 1.1 },
  { id: 'sto', name: '申通快递', weight: 0.9 },
  { id: 'yunda', name: '韵达速递', weight: 1.0 },
  { id: 'ems', name: '中国邮政EMS', weight: 1.2 },
];

/** Who the courier's route serves: decides who his supporters are and when they vote. */
export type Route = 'residential' | 'office' | 'market' | 'industrial' | 'rural' | 'campus';

export interface Courier extends Candidate {
  cityId: CityId;
  district: string;
  company: CompanyId;
  route: Route;
  hometown: Place;
  /** Relative popularity; candidates are ranked by it (1 = most popular). */
  pull: number;
  rank: number;
}

/** A candidate a family needs on its ballot, placed before the others are drawn. */
export interface Need {
  city?: CityId;
  district?: string;
  company?: CompanyId;
  route?: Route;
  hometown?: ProvinceId;
  /** Pull rank range, 1 = most popular. */
  rank?: readonly [number, number];
}

export interface BallotShape {
  maxChoices?: number;
  needs?: readonly Need[];
}

export interface Ballot {
  title: string;
  seats: number;
  maxChoices: number;
  cal: BallotCalendar;
  /** Month of 2025 the ballot opens in (0 = January), for phones' WeChat builds. */
  month: number;
  candidates: Courier[];
  /** The candidates the family asked for, in the order of its needs. */
  cast: Courier[];
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗高郑梁谢宋唐许韩冯邓曹彭曾肖田董潘袁蔡蒋余叶程汪方金应楼俞邵钱施严毛'.split('');
const MALE = ['建军', '志强', '海涛', '伟', '俊杰', '晓东', '国庆', '红兵', '家豪', '浩', '鹏飞', '文斌', '永康', '小龙', '春生', '明亮', '德华', '勇', '磊', '刚', '涛', '军', '超', '斌', '亮', '鑫', '强', '杰', '浩然', '子豪', '振华', '立新', '卫东', '金水', '富贵', '宏伟', '文杰', '新民', '成龙', '少波'];
const FEMALE = ['丽娟', '小燕', '秀英', '婷婷', '静', '梅', '晓丽', '春燕', '海燕', '玲'];

const OPEN_HOURS: readonly [number, number][] = [
  [10, 0],
  [12, 0],
  [17, 30],
  [20, 0],
];

function routeFor(rng: Rng, city: CityId, district: string, company: CompanyId): Route {
  if (district === '义乌市' && rng.chance(0.6)) return 'market';
  if (company === 'ems' && rng.chance(0.45)) return 'rural';
  const w = { residential: 45, office: 16, market: 6, industrial: 14, rural: 12, campus: 5 };
  if (city === 'hangzhou' || city === 'ningbo') w.office += 10;
  if (city === 'lishui' || city === 'quzhou' || city === 'zhoushan') w.rural += 12;
  const routes = Object.keys(w) as Route[];
  return routes[rng.weightedIndex(routes.map((r) => w[r]))];
}

function hometownFor(rng: Rng, city: CityId, company: CompanyId, want?: ProvinceId): Place {
  if (want) return { kind: 'province', province: want };
  const local = company === 'ems' ? 0.7 : 0.3;
  if (rng.chance(local)) return { kind: 'zhejiang', city };
  return { kind: 'province', province: PROVINCES[rng.weightedIndex(PROVINCES.map((p) => p.migrants))].id };
}

/** Draws a ballot; `shape` lets a family ask for the couriers it needs. */
export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const n = rng.int(28, 40);
  // A weekday between May and mid-December 2025, at the hour the account pushes.
  const first = Date.UTC(2025, 4, 5);
  let day = first + rng.int(0, 220) * DAY;
  // Not over the National Day holiday (1-8 October in 2025): the account would not run it then.
  if (day > Date.UTC(2025, 8, 23) && day < Date.UTC(2025, 9, 9)) day += 16 * DAY;
  while ([0, 6].includes(new Date(day).getUTCDay())) day += DAY;
  const [h, m] = rng.pick(OPEN_HOURS);
  const opensAt = day + (h - 8) * HOUR + m * MINUTE;
  const cal = ballotCalendar(opensAt);
  const month = new Date(opensAt).getUTCMonth();
  const maxChoices = shape.maxChoices ?? (rng.chance(0.62) ? 1 : rng.chance(0.65) ? 3 : 5);

  // Cities: every city at least one courier, the rest by weight. Companies: each at least two.
  const cities: CityId[] = CITIES.map((c) => c.id);
  while (cities.length < n) cities.push(CITIES[rng.weightedIndex(CITIES.map((c) => c.weight))].id);
  const companies: CompanyId[] = COMPANIES.flatMap((c) => [c.id, c.id]);
  while (companies.length < n) companies.push(COMPANIES[rng.weightedIndex(COMPANIES.map((c) => c.weight))].id);
  rng.shuffle(cities);
  rng.shuffle(companies);

  const pulls = Array.from({ length: n }, () => rng.logNormal(1, 0.8)).sort((a, b) => b - a);
  const freeRanks = new Set(pulls.map((_, i) => i + 1));
  const needs = shape.needs ?? [];
  const needRanks = needs.map((need) => {
    const [lo, hi] = need.rank ?? [1, n];
    const options = [...freeRanks].filter((r) => r >= lo && r <= Math.min(hi, n));
    const r = options.length > 0 ? rng.pick(options) : rng.pick([...freeRanks]);
    freeRanks.delete(r);
    return r;
  });
  const otherRanks = rng.shuffle([...freeRanks]);

  const usedNames = new Set<string>();
  const name = (): string => {
    for (;;) {
      const female = rng.chance(0.08);
      const nm = rng.pick(SURNAMES) + (female ? rng.pick(FEMALE) : rng.pick(MALE));
      if (!usedNames.has(nm)) {
        usedNames.add(nm);
        return nm;
      }
    }
  };

  const candidates: Courier[] = [];
  const cast: Courier[] = [];
  for (let i = 0; i < n; i++) {
    const need = i < needs.length ? needs[i] : undefined;
    const cityId = need?.city ?? cities[i];
    const c = cityById(cityId);
    const district = need?.district ?? rng.pick(c.districts);
    const company = need?.company ?? companies[i];
    const rank = need ? needRanks[i] : otherRanks[i - needs.length];
    const courier: Courier = {
      id: rng.uuid(),
      name: name(),
      city: `${c.name}市${district}`,
      cityId,
      district,
      company,
      route: need?.route ?? routeFor(rng, cityId, district, company),
      hometown: hometownFor(rng, cityId, company, need?.hometown),
      pull: pulls[rank - 1],
      rank,
    };
    candidates.push(courier);
    if (need) cast.push(courier);
  }
  // The page lists couriers city by city, in the province's usual order of cities.
  const order = new Map(CITIES.map((c, i) => [c.id, i]));
  const listed = rng.shuffle([...candidates]).sort((a, b) => (order.get(a.cityId) ?? 0) - (order.get(b.cityId) ?? 0));
  return {
    title: '2025年浙江省"最美快递小哥"网络投票',
    seats: 10,
    maxChoices,
    cal,
    month,
    candidates: listed,
    cast,
  };
}

export const companyName = (id: CompanyId): string => COMPANIES.find((c) => c.id === id)?.name ?? id;
