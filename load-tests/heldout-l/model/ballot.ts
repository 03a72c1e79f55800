import { ballotCalendar, DAY, HOUR, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/** Where a Hunan place sits in its people's lives: it decides their rhythm, phones and networks. */
export type Region = 'metro' | 'xiangxi' | 'lake' | 'south';

export interface Place {
  name: string;
  city: string;
  region: Region;
}

const P = (region: Region, city: string, names: string): Place[] => names.split(' ').map((name) => ({ name, city, region }));

/** County-level places (real names), by region. */
export const COUNTIES: readonly Place[] = [
  ...P('metro', '长沙', '芙蓉区 天心区 岳麓区 开福区 雨花区 望城区 长沙县 浏阳市 宁乡市'),
  ...P('metro', '株洲', '天元区 醴陵市 攸县'),
  ...P('metro', '湘潭', '湘潭县 韶山市 湘乡市'),
  ...P('xiangxi', '湘西', '吉首市 凤凰县 花垣县 保靖县 永顺县 龙山县 泸溪县 古丈县'),
  ...P('xiangxi', '张家界', '桑植县 慈利县 永定区'),
  ...P('xiangxi', '怀化', '沅陵县 通道县 芷江县'),
  ...P('lake', '岳阳', '华容县 湘阴县 汨罗市 君山区'),
  ...P('lake', '常德', '安乡县 汉寿县 澧县'),
  ...P('lake', '益阳', '沅江市 南县 大通湖区'),
  ...P('south', '邵阳', '邵东市 隆回县 新邵县'),
  ...P('south', '娄底', '新化县 冷水江市 涟源市'),
  ...P('south', '衡阳', '耒阳市 常宁市 衡东县'),
  ...P('south', '郴州', '桂阳县 宜章县 资兴市'),
  ...P('south', '永州', '祁阳市 道县 江华县'),
];

/** Townships and sub-districts (real names), by region. */
export const TOWNS: readonly Place[] = [
  ...P('metro', '长沙', '黄花镇 星沙街道 大瑶镇 官渡镇 花明楼镇 灰汤镇 乔口镇 靖港镇 坪塘街道 洞井街道'),
  ...P('metro', '株洲', '渌口镇 皇图岭镇 浦口镇'),
  ...P('xiangxi', '湘西', '矮寨镇 吉卫镇 边城镇 芙蓉镇 里耶镇 山江镇 麻阳街道 默戎镇'),
  ...P('xiangxi', '张家界', '天子山街道 瑞塔铺镇 零阳街道'),
  ...P('xiangxi', '怀化', '黄溪口镇 皇都侗寨 托口镇'),
  ...P('lake', '岳阳', '钱粮湖镇 鹿角镇 东山镇 营田镇 许市镇 注滋口镇'),
  ...P('lake', '常德', '安丰乡 坡头镇 西湖管理区 蒿子港镇'),
  ...P('lake', '益阳', '草尾镇 茶盘洲镇 北大镇 三仙湖镇'),
  ...P('south', '邵阳', '廉桥镇 佘田桥镇 六都寨镇'),
  ...P('south', '娄底', '洋溪镇 锡矿山街道 桥头河镇'),
  ...P('south', '衡阳', '南岳镇 杨林镇 泉溪镇'),
  ...P('south', '郴州', '塘村镇 莽山瑶族乡 东江街道'),
  ...P('south', '永州', '浯溪街道 潇贺镇 寿雁镇'),
];

export interface BallotShape {
  category?: 'county' | 'township';
  maxChoices?: number;
  /** Places that must be on the ballot (by name). */
  include?: readonly string[];
}

export interface LCandidate extends Candidate {
  place: Place;
  /** Relative draw of the crowd. */
  pull: number;
}

export interface Ballot {
  cal: BallotCalendar;
  category: 'county' | 'township';
  seats: number;
  maxChoices: number;
  candidates: LCandidate[];
}

const PUSH_HOURS = [9, 9.5, 10, 15, 20];

/** A 7-day ballot opening on a weekday between September and December 2025 at the account's push hour. */
export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const category = shape.category ?? (rng.chance(0.4) ? 'county' : 'township');
  const pool = category === 'county' ? COUNTIES : TOWNS;
  const n = category === 'county' ? rng.int(16, 24) : rng.int(28, 42);
  const must = pool.filter((p) => shape.include?.includes(p.name));
  const rest = rng.shuffle(pool.filter((p) => !must.includes(p))).slice(0, n - must.length);
  const places = rng.shuffle([...must, ...rest]);
  const seats = category === 'county' ? rng.int(3, 5) : rng.int(8, 12);
  const maxChoices = shape.maxChoices ?? (rng.chance(0.55) ? 1 : rng.int(2, Math.min(5, seats)));
  // 2025-09-01 00:00 Asia/Shanghai, then a weekday within ~15 weeks.
  const base = Date.UTC(2025, 7, 31, 16);
  let day = rng.int(0, 105);
  while ([5, 6].includes((day + 0) % 7)) day++; // 2025-09-01 is a Monday: offsets 5, 6 are the weekend
  const opensAt = base + day * DAY + rng.pick(PUSH_HOURS) * HOUR;
  const candidates = places.map((place, i) => ({
    id: `l${String(i + 1).padStart(2, '0')}-${rng.hex(8)}`,
    name: `${place.city}${place.name}`,
    city: place.city,
    place,
    pull: rng.logNormal(1, 0.8),
  }));
  return { cal: ballotCalendar(opensAt), category, seats, maxChoices, candidates };
}
