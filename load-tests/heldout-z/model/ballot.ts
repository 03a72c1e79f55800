import { ballotCalendar, DAY, HOUR, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/** Inner Mongolia's twelve leagues and prefecture-level cities. */
export type League =
  | 'hohhot' | 'baotou' | 'ordos' | 'chifeng' | 'tongliao' | 'hulunbuir'
  | 'xilingol' | 'ulanqab' | 'bayannur' | 'alxa' | 'hinggan' | 'wuhai';

export const LEAGUES: Record<League, { name: string; places: readonly string[]; weight: number }> = {
  hohhot: { name: '呼和浩特市', places: ['武川县', '和林格尔县', '清水河县', '土默特左旗', '托克托县'], weight: 1 },
  baotou: { name: '包头市', places: ['达尔罕茂明安联合旗', '固阳县', '土默特右旗'], weight: 0.8 },
  ordos: { name: '鄂尔多斯市', places: ['杭锦旗', '鄂托克旗', '鄂托克前旗', '乌审旗', '伊金霍洛旗', '准格尔旗', '达拉特旗'], weight: 1.4 },
  chifeng: { name: '赤峰市', places: ['克什克腾旗', '巴林右旗', '巴林左旗', '阿鲁科尔沁旗', '翁牛特旗'], weight: 1.3 },
  tongliao: { name: '通辽市', places: ['科尔沁左翼中旗', '扎鲁特旗', '奈曼旗', '库伦旗'], weight: 1.1 },
  hulunbuir: { name: '呼伦贝尔市', places: ['陈巴尔虎旗', '新巴尔虎左旗', '新巴尔虎右旗', '鄂温克族自治旗', '满洲里市', '额尔古纳市'], weight: 1.4 },
  xilingol: { name: '锡林郭勒盟', places: ['东乌珠穆沁旗', '西乌珠穆沁旗', '阿巴嘎旗', '苏尼特左旗', '正蓝旗', '二连浩特市', '锡林浩特市'], weight: 1.5 },
  ulanqab: { name: '乌兰察布市', places: ['四子王旗', '察哈尔右翼后旗', '化德县'], weight: 0.8 },
  bayannur: { name: '巴彦淖尔市', places: ['乌拉特中旗', '乌拉特后旗', '磴口县'], weight: 0.8 },
  alxa: { name: '阿拉善盟', places: ['阿拉善左旗', '阿拉善右旗', '额济纳旗'], weight: 1 },
  hinggan: { name: '兴安盟', places: ['科尔沁右翼前旗', '科尔沁右翼中旗', '阿尔山市'], weight: 0.8 },
  wuhai: { name: '乌海市', places: ['海勃湾区', '乌达区', '海南区'], weight: 0.5 },
};
export const LEAGUE_IDS = Object.keys(LEAGUES) as League[];

const ROLES = ['牧民', '草原管护员', '生态护林员', '兽医', '治沙工', '嘎查党支部书记', '苏木草原站站长', '防火队员'] as const;
const MONGOL_NAMES = ['巴特尔', '其其格', '乌日娜', '额尔敦', '苏和', '那仁', '孟和', '阿拉坦仓', '图雅', '萨仁高娃', '敖特根', '宝音', '朝鲁', '哈斯', '格日勒', '乌兰', '斯琴', '布和', '白音', '达来', '吉日木图', '娜仁花', '巴雅尔', '满都拉', '特木尔', '乌力吉', '陶格斯', '额尔德木图', '阿古拉', '查干'];
const HAN_NAMES = ['王建军', '李秀英', '张玉梅', '刘志强', '赵春雷', '孙桂兰', '高文斌', '马福山', '郭淑珍', '韩永胜', '杨海峰', '吕翠花'];

export interface ZCandidate extends Candidate {
  league: League;
  place: string;
  role: string;
  /** Relative pull: the share of the organic crowd the candidate draws. */
  pull: number;
}

export interface Ballot {
  cal: BallotCalendar;
  candidates: ZCandidate[];
  maxChoices: number;
}

/** What a family may ask of its ballot. */
export interface BallotShape {
  maxChoices?: number;
}

/** Opening: a weekday between 2025-06-16 and 2025-09-12 (the grassland season), at 10:00 or 20:00 Beijing time. */
function openingInstant(rng: Rng): number {
  const base = Date.UTC(2025, 5, 16) - 8 * HOUR; // Shanghai midnight of 2025-06-16
  for (;;) {
    const day = base + rng.int(0, 88) * DAY;
    const wd = new Date(day + 8 * HOUR).getUTCDay();
    if (wd === 0 || wd === 6) continue;
    return day + (rng.chance(0.6) ? 10 : 20) * HOUR;
  }
}

export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const cal = ballotCalendar(openingInstant(rng));
  const count = rng.int(30, 40);
  const leagues: League[] = [...LEAGUE_IDS, ...LEAGUE_IDS]; // two per league at least (24)
  const weights = LEAGUE_IDS.map((l) => LEAGUES[l].weight);
  while (leagues.length < count) leagues.push(LEAGUE_IDS[rng.weightedIndex(weights)]);
  const names = rng.shuffle([...MONGOL_NAMES, ...HAN_NAMES]);
  const used = new Set<string>();
  const candidates = leagues.map((league, i): ZCandidate => {
    const info = LEAGUES[league];
    let place = rng.pick(info.places);
    if (used.has(place)) place = rng.pick(info.places);
    used.add(place);
    const han = names[i % names.length];
    const role = ROLES[rng.weightedIndex([5, 3, 3, 2, 2, 1, 1, 1])];
    const name = i < names.length ? han : `${han}${i}`;
    return { id: `c${String(i + 1).padStart(2, '0')}`, name: `${name}（${place}${role}）`, city: info.name, league, place, role, pull: rng.logNormal(1, 0.8) };
  });
  const maxChoices = shape.maxChoices ?? (rng.chance(0.6) ? 1 : rng.int(2, 5));
  return { cal, candidates, maxChoices };
}

/** Start of ballot day d (Asia/Shanghai midnight), and an instant at a local hour of it. */
export function dayStart(cal: BallotCalendar, d: number): number {
  return cal.firstMidnight + d * DAY;
}
export function at(cal: BallotCalendar, d: number, hour: number): number {
  return cal.firstMidnight + d * DAY + hour * HOUR;
}
/** The first full day (day 1 if the ballot opens at 20:00, which leaves little of day 0). */
export function lastDay(cal: BallotCalendar): number {
  return cal.dayCount - 1;
}
