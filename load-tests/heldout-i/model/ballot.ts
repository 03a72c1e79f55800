import { ballotCalendar, DAY, HOUR, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/**
 * Guangdong's demonstration ballots (a county-level and a township-level one), run on the
 * provincial government's official account. Each candidate sits in a kind of place whose people
 * vote differently: Pearl River metros, factory towns, Chaoshan clan towns, the west coast, the
 * mountainous north.
 */
export type Region = 'metro' | 'factory' | 'chaoshan' | 'west' | 'north' | 'pearl';

export interface Place {
  name: string;
  city: string;
  region: Region;
}

const COUNTIES: Place[] = [
  { name: '从化区', city: '广州市', region: 'metro' },
  { name: '增城区', city: '广州市', region: 'metro' },
  { name: '南沙区', city: '广州市', region: 'metro' },
  { name: '龙岗区', city: '深圳市', region: 'metro' },
  { name: '宝安区', city: '深圳市', region: 'factory' },
  { name: '顺德区', city: '佛山市', region: 'factory' },
  { name: '南海区', city: '佛山市', region: 'metro' },
  { name: '台山市', city: '江门市', region: 'pearl' },
  { name: '开平市', city: '江门市', region: 'pearl' },
  { name: '斗门区', city: '珠海市', region: 'pearl' },
  { name: '博罗县', city: '惠州市', region: 'factory' },
  { name: '惠东县', city: '惠州市', region: 'factory' },
  { name: '潮安区', city: '潮州市', region: 'chaoshan' },
  { name: '饶平县', city: '潮州市', region: 'chaoshan' },
  { name: '澄海区', city: '汕头市', region: 'chaoshan' },
  { name: '普宁市', city: '揭阳市', region: 'chaoshan' },
  { name: '陆丰市', city: '汕尾市', region: 'chaoshan' },
  { name: '雷州市', city: '湛江市', region: 'west' },
  { name: '廉江市', city: '湛江市', region: 'west' },
  { name: '徐闻县', city: '湛江市', region: 'west' },
  { name: '化州市', city: '茂名市', region: 'west' },
  { name: '信宜市', city: '茂名市', region: 'west' },
  { name: '阳春市', city: '阳江市', region: 'west' },
  { name: '英德市', city: '清远市', region: 'north' },
  { name: '连州市', city: '清远市', region: 'north' },
  { name: '南雄市', city: '韶关市', region: 'north' },
  { name: '兴宁市', city: '梅州市', region: 'north' },
  { name: '大埔县', city: '梅州市', region: 'north' },
  { name: '紫金县', city: '河源市', region: 'north' },
  { name: '罗定市', city: '云浮市', region: 'north' },
  { name: '四会市', city: '肇庆市', region: 'north' },
  { name: '怀集县', city: '肇庆市', region: 'north' },
];

const TOWNS: Place[] = [
  { name: '长安镇', city: '东莞市', region: 'factory' },
  { name: '虎门镇', city: '东莞市', region: 'factory' },
  { name: '塘厦镇', city: '东莞市', region: 'factory' },
  { name: '常平镇', city: '东莞市', region: 'factory' },
  { name: '厚街镇', city: '东莞市', region: 'factory' },
  { name: '凤岗镇', city: '东莞市', region: 'factory' },
  { name: '大朗镇', city: '东莞市', region: 'factory' },
  { name: '小榄镇', city: '中山市', region: 'factory' },
  { name: '古镇镇', city: '中山市', region: 'factory' },
  { name: '坦洲镇', city: '中山市', region: 'pearl' },
  { name: '北滘镇', city: '佛山市', region: 'factory' },
  { name: '乐从镇', city: '佛山市', region: 'factory' },
  { name: '西樵镇', city: '佛山市', region: 'metro' },
  { name: '派潭镇', city: '广州市', region: 'metro' },
  { name: '新塘镇', city: '广州市', region: 'factory' },
  { name: '石楼镇', city: '广州市', region: 'metro' },
  { name: '大鹏街道', city: '深圳市', region: 'metro' },
  { name: '观澜街道', city: '深圳市', region: 'factory' },
  { name: '沙头角街道', city: '深圳市', region: 'metro' },
  { name: '彩塘镇', city: '潮州市', region: 'chaoshan' },
  { name: '庵埠镇', city: '潮州市', region: 'chaoshan' },
  { name: '外砂街道', city: '汕头市', region: 'chaoshan' },
  { name: '锡场镇', city: '揭阳市', region: 'chaoshan' },
  { name: '棉湖镇', city: '揭阳市', region: 'chaoshan' },
  { name: '碣石镇', city: '汕尾市', region: 'chaoshan' },
  { name: '东简街道', city: '湛江市', region: 'west' },
  { name: '乌石镇', city: '湛江市', region: 'west' },
  { name: '硇洲镇', city: '湛江市', region: 'west' },
  { name: '根子镇', city: '茂名市', region: 'west' },
  { name: '水东街道', city: '茂名市', region: 'west' },
  { name: '海陵镇', city: '阳江市', region: 'west' },
  { name: '雁洋镇', city: '梅州市', region: 'north' },
  { name: '松口镇', city: '梅州市', region: 'north' },
  { name: '连江口镇', city: '清远市', region: 'north' },
  { name: '九龙镇', city: '清远市', region: 'north' },
  { name: '丹霞街道', city: '韶关市', region: 'north' },
  { name: '赤坎镇', city: '江门市', region: 'pearl' },
  { name: '汶村镇', city: '江门市', region: 'pearl' },
  { name: '平海镇', city: '惠州市', region: 'factory' },
  { name: '上莞镇', city: '河源市', region: 'north' },
  { name: '六都镇', city: '云浮市', region: 'north' },
  { name: '坑口街道', city: '肇庆市', region: 'north' },
  { name: '斗山镇', city: '江门市', region: 'pearl' },
  { name: '唐家湾镇', city: '珠海市', region: 'pearl' },
  { name: '杨村镇', city: '惠州市', region: 'factory' },
  { name: '水口镇', city: '江门市', region: 'pearl' },
];

export interface BallotShape {
  category?: 'county' | 'township';
  /** A place (by name) that must be on the ballot: the family's protagonist. */
  include?: readonly string[];
  maxChoices?: number;
}

export interface Ballot {
  cal: BallotCalendar;
  category: 'county' | 'township';
  seats: number;
  maxChoices: number;
  candidates: Candidate[];
  /** Place of each candidate, by candidate id. */
  place: Map<string, Place>;
  /** Relative pull of each candidate on the organic crowd, by candidate id. */
  pull: Map<string, number>;
}

export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const category = shape.category ?? (rng.chance(0.55) ? 'county' : 'township');
  const pool = category === 'county' ? COUNTIES : TOWNS;
  const count = category === 'county' ? rng.int(15, 22) : rng.int(30, 44);
  const seats = category === 'county' ? rng.int(8, Math.min(15, count - 3)) : rng.int(Math.round(count * 0.55), Math.round(count * 0.8));
  const maxChoices = shape.maxChoices ?? (rng.chance(0.6) ? 1 : rng.int(2, Math.min(5, seats)));
  const chosen = new Set<Place>();
  for (const name of shape.include ?? []) {
    const p = pool.find((x) => x.name === name);
    if (!p) throw new Error(`no place ${name} in the ${category} pool`);
    chosen.add(p);
  }
  const rest = rng.shuffle(pool.filter((p) => !chosen.has(p)));
  for (const p of rest) {
    if (chosen.size >= count) break;
    chosen.add(p);
  }
  // The ballot opens on a weekday between September and December 2025, when the article is pushed.
  const day0 = Date.UTC(2025, 8, 1) - 8 * HOUR + rng.int(0, 100) * DAY;
  const weekday = new Date(day0 + 8 * HOUR).getUTCDay();
  const shift = weekday === 0 ? 1 : weekday === 6 ? 2 : 0;
  const openHour = rng.pick([9, 10, 10, 12, 17.5, 20]);
  const cal = ballotCalendar(day0 + shift * DAY + openHour * HOUR);
  const candidates: Candidate[] = [];
  const place = new Map<string, Place>();
  const pull = new Map<string, number>();
  for (const p of rng.shuffle([...chosen])) {
    const id = rng.uuid();
    candidates.push({ id, name: p.name, city: p.city });
    place.set(id, p);
    pull.set(id, rng.logNormal(1, 0.85));
  }
  return { cal, category, seats, maxChoices, candidates, place, pull };
}

export function candidateNamed(ballot: Ballot, name: string): string {
  const c = ballot.candidates.find((x) => x.name === name);
  if (!c) throw new Error(`candidate ${name} is not on the ballot`);
  return c.id;
}

/** A mid-table candidate (between the 30th and 70th percentile of pull), other than `not`. */
export function midCandidate(rng: Rng, ballot: Ballot, not: readonly string[] = []): string {
  const sorted = [...ballot.candidates].filter((c) => !not.includes(c.id)).sort((a, b) => (ballot.pull.get(a.id) ?? 0) - (ballot.pull.get(b.id) ?? 0));
  const lo = Math.floor(sorted.length * 0.3);
  const hi = Math.max(lo, Math.floor(sorted.length * 0.7) - 1);
  return sorted[rng.int(lo, hi)].id;
}

/**
 * What a voter for `candidateId` ticks: that candidate, and on a multi-choice ballot sometimes a
 * few others (neighbours from the same city first, then the well-known ones).
 */
export function selection(rng: Rng, ballot: Ballot, candidateId: string, extraChance = 0.45): string[] {
  const out = [candidateId];
  if (ballot.maxChoices === 1 || !rng.chance(extraChance)) return out;
  const extra = rng.int(1, ballot.maxChoices - 1);
  const city = ballot.place.get(candidateId)?.city;
  const weights = ballot.candidates.map((c) => (out.includes(c.id) ? 0 : (ballot.pull.get(c.id) ?? 1) * (c.city === city ? 4 : 1)));
  for (let i = 0; i < extra; i++) {
    const k = rng.weightedIndex(weights);
    if (weights[k] === 0) break;
    out.push(ballot.candidates[k].id);
    weights[k] = 0;
  }
  return rng.shuffle(out);
}
