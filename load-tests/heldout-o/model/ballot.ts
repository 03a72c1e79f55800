import { ballotCalendar, HOUR, DAY, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/** Jiangxi's prefecture-level cities and some of their counties (the seed's nomination pool). */
export const CITIES: Record<string, readonly string[]> = {
  Nanchang: ['Jinxian', 'Anyi', 'Nanchang County', 'Xinjian'],
  Jiujiang: ['Duchang', 'Xiushui', 'Ruichang', 'Gongqingcheng', 'Pengze', 'Wuning'],
  Jingdezhen: ['Fuliang', 'Leping'],
  Pingxiang: ['Luxi', 'Lianhua', 'Shangli'],
  Xinyu: ['Fenyi', 'Yushui'],
  Yingtan: ['Guixi', 'Yujiang'],
  Ganzhou: ['Ruijin', 'Xingguo', 'Yudu', 'Nankang', 'Xinfeng', 'Longnan', 'Anyuan', 'Shicheng', 'Dayu'],
  "Ji'an": ['Jinggangshan', 'Taihe', "Wan'an", 'Yongfeng', 'Jishui', 'Suichuan'],
  Yichun: ['Zhangshu', 'Fengcheng', "Jing'an", 'Tonggu', "Gao'an", 'Wanzai'],
  Fuzhou: ['Nancheng', 'Lichuan', 'Guangchang', 'Zixi', 'Nanfeng'],
  Shangrao: ['Wuyuan', 'Poyang', 'Yushan', 'Dexing', 'Wannian', 'Yiyang', 'Yanshan'],
  'Ganjiang New Area': ['Yongxiu', 'Ruxi'],
};
const TOWNS = ['Huangzhou', 'Taoyuan', 'Longgang', 'Shixi', 'Meilin', 'Xikou', 'Hongmen', 'Baitang', 'Changping', 'Huangsha', 'Fengxi', 'Shangzhuang', 'Jiangwan', 'Yeping', 'Ciping', 'Shatian'];

export interface OCandidate extends Candidate {
  county: string;
  /** Relative pull on the crowd: log-normal, a few candidates draw most votes. */
  pull: number;
}

export interface Ballot {
  category: 'county' | 'township';
  candidates: OCandidate[];
  seats: number;
  maxChoices: number;
  cal: BallotCalendar;
}

/** What a family may ask: a category, a fixed maxChoices, at least n candidates. */
export interface BallotShape {
  category?: 'county' | 'township';
  maxChoices?: number;
}

export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const category = shape.category ?? (rng.chance(0.5) ? 'county' : 'township');
  const places: Array<{ city: string; county: string; name: string }> = [];
  for (const [city, counties] of Object.entries(CITIES))
    for (const county of counties) {
      if (category === 'county') places.push({ city, county, name: county });
      else for (const t of rng.shuffle([...TOWNS]).slice(0, 2)) places.push({ city, county, name: `${t}, ${county}` });
    }
  const n = category === 'county' ? rng.int(16, 22) : rng.int(30, 44);
  const chosen = rng.shuffle(places).slice(0, n);
  const candidates = chosen.map((p, i) => ({ id: `c${String(i + 1).padStart(2, '0')}`, name: p.name, city: p.city, county: p.county, pull: rng.logNormal(1, 0.8) }));
  const seats = category === 'county' ? rng.int(8, 12) : rng.int(18, 26);
  const maxChoices = shape.maxChoices ?? (rng.chance(0.55) ? 1 : rng.int(2, 5));
  // Opens on a weekday between 8 September and 1 December 2025 at the push hour (Shanghai time).
  let day = Date.UTC(2025, 8, 8) + rng.int(0, 84) * DAY;
  while ([0, 6].includes(new Date(day).getUTCDay())) day += DAY;
  const pushHour = rng.pick([9, 10, 15, 18, 20]);
  const opensAt = day - 8 * HOUR + pushHour * HOUR;
  return { category, candidates, seats, maxChoices, cal: ballotCalendar(opensAt) };
}
