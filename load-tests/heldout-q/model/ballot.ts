import { ballotCalendar, HOUR, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate as LedgerCandidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/**
 * Set Q's ballot: Yunnan's rural-revitalization demonstration townships (乡村振兴示范乡镇), a
 * township ballot on the provincial government's official account. Each candidate is a real
 * township with its prefecture, so the crowd knows where its supporters live.
 */

/** Where a place's people live and work: the crowd model draws rhythm, phones and networks from it. */
export type Region = 'kunming' | 'central' | 'border' | 'northeast' | 'northwest';

export interface Candidate extends LedgerCandidate {
  region: Region;
}

export interface Ballot {
  title: string;
  category: 'township';
  year: number;
  seats: number;
  maxChoices: number;
  cal: BallotCalendar;
  candidates: Candidate[];
  /** Relative pull of each candidate (same order): log-normal, a few draw most votes. */
  pull: number[];
}

/** What a family may ask of the ballot. */
export interface BallotShape {
  /** `single`: one choice per vote; `multi`: 3-5 choices; default drawn (60% single). */
  choices?: 'single' | 'multi';
  /** Fewest candidates the family needs (it picks several). */
  minCandidates?: number;
}

const PLACES: ReadonlyArray<readonly [string, string, Region]> = [
  ['晋宁区夕阳彝族乡', '昆明市', 'kunming'],
  ['西山区团结街道', '昆明市', 'kunming'],
  ['宜良县九乡彝族回族乡', '昆明市', 'kunming'],
  ['石林县圭山镇', '昆明市', 'kunming'],
  ['嵩明县小街镇', '昆明市', 'kunming'],
  ['陆良县三岔河镇', '曲靖市', 'central'],
  ['罗平县板桥镇', '曲靖市', 'central'],
  ['会泽县娜姑镇', '曲靖市', 'northeast'],
  ['江川区前卫镇', '玉溪市', 'central'],
  ['澄江市右所镇', '玉溪市', 'central'],
  ['新平县戛洒镇', '玉溪市', 'central'],
  ['腾冲市和顺镇', '保山市', 'border'],
  ['隆阳区潞江镇', '保山市', 'border'],
  ['大关县翠华镇', '昭通市', 'northeast'],
  ['彝良县小草坝镇', '昭通市', 'northeast'],
  ['鲁甸县龙头山镇', '昭通市', 'northeast'],
  ['古城区束河街道', '丽江市', 'northwest'],
  ['玉龙县白沙镇', '丽江市', 'northwest'],
  ['澜沧县惠民镇', '普洱市', 'border'],
  ['墨江县联珠镇', '普洱市', 'border'],
  ['双江县勐库镇', '临沧市', 'border'],
  ['临翔区博尚镇', '临沧市', 'border'],
  ['禄丰市黑井镇', '楚雄州', 'central'],
  ['姚安县光禄镇', '楚雄州', 'central'],
  ['建水县西庄镇', '红河州', 'central'],
  ['元阳县新街镇', '红河州', 'border'],
  ['弥勒市西三镇', '红河州', 'central'],
  ['个旧市卡房镇', '红河州', 'central'],
  ['丘北县双龙营镇', '文山州', 'border'],
  ['麻栗坡县天保镇', '文山州', 'border'],
  ['勐海县勐遮镇', '西双版纳州', 'border'],
  ['景洪市嘎洒镇', '西双版纳州', 'border'],
  ['大理市喜洲镇', '大理州', 'northwest'],
  ['大理市双廊镇', '大理州', 'northwest'],
  ['剑川县沙溪镇', '大理州', 'northwest'],
  ['巍山县大仓镇', '大理州', 'northwest'],
  ['芒市勐戛镇', '德宏州', 'border'],
  ['瑞丽市弄岛镇', '德宏州', 'border'],
  ['贡山县丙中洛镇', '怒江州', 'northwest'],
  ['香格里拉市建塘镇', '迪庆州', 'northwest'],
  ['德钦县奔子栏镇', '迪庆州', 'northwest'],
  ['富民县款庄镇', '昆明市', 'kunming'],
];

/** A weekday between October and mid-December 2025, opening at the hour the account pushes. */
function openingInstant(rng: Rng): number {
  for (;;) {
    const dayOffset = rng.int(0, 72);
    const midnightShanghai = Date.UTC(2025, 9, 1) - 8 * HOUR + dayOffset * 24 * HOUR;
    const weekday = new Date(midnightShanghai + 8 * HOUR).getUTCDay();
    if (weekday === 0 || weekday === 6) continue;
    const pushHour = rng.pick([9, 10, 10, 11.5, 15, 18]);
    return midnightShanghai + pushHour * HOUR;
  }
}

export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const count = Math.max(shape.minCandidates ?? 0, rng.int(18, 32));
  const places = rng.shuffle([...PLACES]).slice(0, Math.min(count, PLACES.length));
  const candidates: Candidate[] = places.map(([name, city, region], i) => ({
    id: `q-${String(i + 1).padStart(2, '0')}-${rng.hex(6)}`,
    name,
    city,
    region,
  }));
  const pull = candidates.map(() => rng.logNormal(1, 0.8));
  const choices = shape.choices ?? (rng.chance(0.6) ? 'single' : 'multi');
  const seats = Math.max(5, Math.round(candidates.length * rng.uniform(0.3, 0.45)));
  return {
    title: `2025年云南省乡村振兴示范乡镇网络投票`,
    category: 'township',
    year: 2025,
    seats,
    maxChoices: choices === 'single' ? 1 : rng.int(3, 5),
    cal: ballotCalendar(openingInstant(rng)),
    candidates,
    pull,
  };
}

/** Candidate indexes sorted by pull, strongest first. */
export function byPull(ballot: Ballot): number[] {
  return ballot.candidates.map((_, i) => i).sort((a, b) => ballot.pull[b] - ballot.pull[a]);
}
