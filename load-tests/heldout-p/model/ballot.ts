import { ballotCalendar, DAY, HOUR, MINUTE, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/**
 * Set P's ballots: Sichuan's "天府旅游名县 / 名镇" (Tianfu tourism counties and towns) vote on the
 * provincial culture-and-tourism account. Places are real; which of them run, their pull and the
 * opening hour are drawn per run.
 */

/** Where a place's people live and work; it decides their day, their phones and their networks. */
export type Region = 'chengdu' | 'basin' | 'south' | 'mountain';

export interface Place {
  name: string;
  city: string;
  region: Region;
}

const COUNTIES: readonly Place[] = [
  { name: '都江堰市', city: '成都', region: 'chengdu' },
  { name: '邛崃市', city: '成都', region: 'chengdu' },
  { name: '崇州市', city: '成都', region: 'chengdu' },
  { name: '大邑县', city: '成都', region: 'chengdu' },
  { name: '蒲江县', city: '成都', region: 'chengdu' },
  { name: '峨眉山市', city: '乐山', region: 'basin' },
  { name: '沐川县', city: '乐山', region: 'basin' },
  { name: '阆中市', city: '南充', region: 'basin' },
  { name: '剑阁县', city: '广元', region: 'mountain' },
  { name: '青川县', city: '广元', region: 'mountain' },
  { name: '北川羌族自治县', city: '绵阳', region: 'mountain' },
  { name: '平武县', city: '绵阳', region: 'mountain' },
  { name: '九寨沟县', city: '阿坝', region: 'mountain' },
  { name: '汶川县', city: '阿坝', region: 'mountain' },
  { name: '康定市', city: '甘孜', region: 'mountain' },
  { name: '稻城县', city: '甘孜', region: 'mountain' },
  { name: '泸定县', city: '甘孜', region: 'mountain' },
  { name: '西昌市', city: '凉山', region: 'south' },
  { name: '会理市', city: '凉山', region: 'south' },
  { name: '米易县', city: '攀枝花', region: 'south' },
  { name: '宜宾市翠屏区', city: '宜宾', region: 'south' },
  { name: '长宁县', city: '宜宾', region: 'south' },
  { name: '古蔺县', city: '泸州', region: 'south' },
  { name: '自贡市自流井区', city: '自贡', region: 'south' },
  { name: '雅安市雨城区', city: '雅安', region: 'basin' },
  { name: '宝兴县', city: '雅安', region: 'mountain' },
  { name: '巴中市恩阳区', city: '巴中', region: 'basin' },
  { name: '南江县', city: '巴中', region: 'mountain' },
  { name: '宣汉县', city: '达州', region: 'basin' },
  { name: '华蓥市', city: '广安', region: 'basin' },
  { name: '安岳县', city: '资阳', region: 'basin' },
  { name: '眉山市东坡区', city: '眉山', region: 'basin' },
];

const TOWNS: readonly Place[] = [
  { name: '黄龙溪镇', city: '成都', region: 'chengdu' },
  { name: '街子镇', city: '成都', region: 'chengdu' },
  { name: '平乐镇', city: '成都', region: 'chengdu' },
  { name: '洛带镇', city: '成都', region: 'chengdu' },
  { name: '安仁镇', city: '成都', region: 'chengdu' },
  { name: '元通镇', city: '成都', region: 'chengdu' },
  { name: '罗城镇', city: '乐山', region: 'basin' },
  { name: '黄湾镇', city: '乐山', region: 'basin' },
  { name: '李庄镇', city: '宜宾', region: 'south' },
  { name: '蜀南竹海镇', city: '宜宾', region: 'south' },
  { name: '尧坝镇', city: '泸州', region: 'south' },
  { name: '太平镇', city: '泸州', region: 'south' },
  { name: '仙市镇', city: '自贡', region: 'south' },
  { name: '上里镇', city: '雅安', region: 'basin' },
  { name: '望鱼镇', city: '雅安', region: 'basin' },
  { name: '昭化镇', city: '广元', region: 'mountain' },
  { name: '白鹿镇', city: '成都', region: 'chengdu' },
  { name: '恩阳镇', city: '巴中', region: 'basin' },
  { name: '老君镇', city: '阿坝', region: 'mountain' },
  { name: '水磨镇', city: '阿坝', region: 'mountain' },
  { name: '磨西镇', city: '甘孜', region: 'mountain' },
  { name: '新都桥镇', city: '甘孜', region: 'mountain' },
  { name: '香格里拉镇', city: '甘孜', region: 'mountain' },
  { name: '柳江镇', city: '眉山', region: 'basin' },
  { name: '汉源湖镇', city: '雅安', region: 'mountain' },
  { name: '螺髻山镇', city: '凉山', region: 'south' },
  { name: '泸沽湖镇', city: '凉山', region: 'south' },
  { name: '平地镇', city: '攀枝花', region: 'south' },
  { name: '肖溪镇', city: '广安', region: 'basin' },
  { name: '龙潭镇', city: '达州', region: 'basin' },
  { name: '桃坪镇', city: '阿坝', region: 'mountain' },
  { name: '清溪镇', city: '南充', region: 'basin' },
  { name: '老鹰镇', city: '内江', region: 'basin' },
  { name: '福宝镇', city: '泸州', region: 'south' },
  { name: '西来镇', city: '成都', region: 'chengdu' },
  { name: '天台山镇', city: '成都', region: 'chengdu' },
  { name: '雅女湖镇', city: '雅安', region: 'mountain' },
  { name: '青莲镇', city: '绵阳', region: 'basin' },
  { name: '白马镇', city: '绵阳', region: 'mountain' },
  { name: '周子古镇', city: '遂宁', region: 'basin' },
];

export interface BallotShape {
  category?: 'county' | 'township';
  /** 1 for a single-choice ballot; otherwise a voter may pick up to this many. */
  maxChoices?: number;
  /** Candidates at least (the family needs room for its targets). */
  minCandidates?: number;
}

export interface Ballot {
  category: 'county' | 'township';
  seats: number;
  maxChoices: number;
  cal: BallotCalendar;
  candidates: Candidate[];
  /** Parallel to `candidates`. */
  places: Place[];
  /** Relative pull of each candidate, parallel to `candidates` (log-normal: a few draw most votes). */
  pull: number[];
  /** Hour (Shanghai) the account pushed the article at opening. */
  pushHour: number;
}

/** Opening weekdays between 8 September and 28 November 2025 (Shanghai). */
const FIRST_OPEN = Date.UTC(2025, 8, 8) - 8 * HOUR;

export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const category = shape.category ?? (rng.chance(0.45) ? 'county' : 'township');
  const pool = category === 'county' ? COUNTIES : TOWNS;
  const lo = Math.max(shape.minCandidates ?? 0, category === 'county' ? 14 : 24);
  const count = Math.min(pool.length, rng.int(lo, category === 'county' ? 22 : 34));
  const places = rng.shuffle([...pool]).slice(0, count);
  const seats = category === 'county' ? rng.int(6, 10) : rng.int(12, 20);
  const maxChoices = shape.maxChoices ?? (rng.chance(0.55) ? 1 : rng.int(2, Math.min(5, seats)));
  let day = rng.int(0, 80);
  while ([0, 6].includes(new Date(FIRST_OPEN + 8 * HOUR + day * DAY).getUTCDay())) day++;
  const pushHour = rng.pick([9, 10, 10, 12, 17.5, 20]);
  const opensAt = FIRST_OPEN + day * DAY + pushHour * HOUR + rng.int(0, 4) * MINUTE;
  const candidates = places.map((p, i) => ({ id: `c${String(i + 1).padStart(2, '0')}`, name: p.name, city: p.city }));
  const pull = places.map(() => rng.logNormal(1, 0.8));
  return { category, seats, maxChoices, cal: ballotCalendar(opensAt), candidates, places, pull, pushHour };
}

/** Candidate indices from the strongest pull to the weakest. */
export function byPull(ballot: Ballot): number[] {
  return ballot.pull.map((_, i) => i).sort((a, b) => ballot.pull[b] - ballot.pull[a]);
}
