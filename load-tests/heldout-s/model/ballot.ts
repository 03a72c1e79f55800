import { ballotCalendar, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/** A Guangxi prefecture-level city: where its people's phones and broadband come from. */
export type Prefecture = 'Nanning' | 'Liuzhou' | 'Guilin' | 'Wuzhou' | 'Beihai' | 'Fangchenggang' | 'Qinzhou' | 'Guigang' | 'Yulin' | 'Baise' | 'Hezhou' | 'Hechi' | 'Laibin' | 'Chongzuo';

export interface County {
  prefecture: Prefecture;
  /** As the nomination list writes it: city, then county. */
  name: string;
  /** Mountain counties send many of their young to Guangdong; the share of a doctor's supporters working there. */
  migrantShare: number;
}

const C = (prefecture: Prefecture, name: string, migrantShare: number): County => ({ prefecture, name, migrantShare });

/** Real county-level places of Guangxi that nominate village doctors. */
export const COUNTIES: readonly County[] = [
  C('Nanning', '南宁市武鸣区', 0.15), C('Nanning', '南宁市横州市', 0.25), C('Nanning', '南宁市宾阳县', 0.3), C('Nanning', '南宁市上林县', 0.3),
  C('Nanning', '南宁市马山县', 0.35), C('Nanning', '南宁市隆安县', 0.3),
  C('Liuzhou', '柳州市融水苗族自治县', 0.3), C('Liuzhou', '柳州市三江侗族自治县', 0.3), C('Liuzhou', '柳州市柳城县', 0.2), C('Liuzhou', '柳州市鹿寨县', 0.2),
  C('Guilin', '桂林市龙胜各族自治县', 0.25), C('Guilin', '桂林市阳朔县', 0.15), C('Guilin', '桂林市全州县', 0.35), C('Guilin', '桂林市兴安县', 0.25),
  C('Guilin', '桂林市恭城瑶族自治县', 0.25), C('Guilin', '桂林市荔浦市', 0.2), C('Guilin', '桂林市灌阳县', 0.35),
  C('Baise', '百色市田阳区', 0.2), C('Baise', '百色市田东县', 0.25), C('Baise', '百色市靖西市', 0.3), C('Baise', '百色市那坡县', 0.3),
  C('Baise', '百色市凌云县', 0.35), C('Baise', '百色市乐业县', 0.35), C('Baise', '百色市隆林各族自治县', 0.35), C('Baise', '百色市德保县', 0.3), C('Baise', '百色市平果市', 0.2),
  C('Hechi', '河池市都安瑶族自治县', 0.45), C('Hechi', '河池市大化瑶族自治县', 0.45), C('Hechi', '河池市巴马瑶族自治县', 0.35), C('Hechi', '河池市东兰县', 0.4),
  C('Hechi', '河池市凤山县', 0.4), C('Hechi', '河池市环江毛南族自治县', 0.35), C('Hechi', '河池市罗城仫佬族自治县', 0.35), C('Hechi', '河池市南丹县', 0.25),
  C('Yulin', '玉林市北流市', 0.35), C('Yulin', '玉林市容县', 0.35), C('Yulin', '玉林市陆川县', 0.4), C('Yulin', '玉林市博白县', 0.45), C('Yulin', '玉林市兴业县', 0.35),
  C('Qinzhou', '钦州市浦北县', 0.35), C('Qinzhou', '钦州市灵山县', 0.4), C('Qinzhou', '钦州市钦南区', 0.15),
  C('Wuzhou', '梧州市藤县', 0.4), C('Wuzhou', '梧州市岑溪市', 0.35), C('Guigang', '贵港市平南县', 0.4), C('Guigang', '贵港市桂平市', 0.4),
  C('Chongzuo', '崇左市龙州县', 0.2), C('Chongzuo', '崇左市大新县', 0.25), C('Chongzuo', '崇左市天等县', 0.35),
  C('Hezhou', '贺州市昭平县', 0.35), C('Hezhou', '贺州市富川瑶族自治县', 0.3), C('Laibin', '来宾市金秀瑶族自治县', 0.25), C('Laibin', '来宾市忻城县', 0.35),
  C('Fangchenggang', '防城港市上思县', 0.2), C('Beihai', '北海市合浦县', 0.3),
];

const SURNAMES = ['韦', '覃', '黄', '蓝', '莫', '陆', '农', '梁', '潘', '罗', '蒙', '班', '卢', '李', '陈', '廖', '谭', '何', '杨', '周', '邓', '吴'];
const GIVEN = ['秀兰', '美玲', '春梅', '海燕', '桂英', '丽萍', '建华', '志强', '永福', '德明', '国庆', '文军', '少华', '日新', '金凤', '玉娟', '光荣', '春生', '明辉', '绍坤', '朝阳', '家宝', '世平', '雪梅', '桂芳', '振东'];
const VILLAGE_TAIL = ['村卫生室', '屯卫生室', '社区卫生服务站'];
const VILLAGES = ['弄', '那', '板', '百', '六', '平', '古', '龙', '坡', '陇', '拉', '达'];
const VILLAGE_END = ['江', '坡', '伦', '果', '合', '洞', '塘', '岭', '布', '利', '新', '兰'];

/** A nominated village doctor: a candidate with a county, a village clinic and a pull on the crowd. */
export interface Doctor extends Candidate {
  county: County;
  clinic: string;
  /** Relative share of the organic crowd (log-normal: a few doctors draw most votes). */
  pull: number;
}

export interface Ballot {
  cal: BallotCalendar;
  candidates: Doctor[];
  seats: number;
  maxChoices: number;
}

/** What a family may ask of the ballot. */
export interface BallotShape {
  maxChoices?: number;
  /** At least this many doctors. */
  minCandidates?: number;
}

/** Push hours of the regional health commission's official account (Asia/Shanghai). */
const PUSH_HOURS = [9, 10, 12, 18, 20];

/** A 7-day ballot of 20–32 doctors, opening between May and November 2025 (Doctors' Day is 19 August). */
export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const n = Math.max(shape.minCandidates ?? 20, rng.int(20, 32));
  const counties = rng.shuffle([...COUNTIES]).slice(0, n);
  const names = new Set<string>();
  const candidates = counties.map((county): Doctor => {
    let name = '';
    do name = rng.pick(SURNAMES) + rng.pick(GIVEN);
    while (names.has(name));
    names.add(name);
    const clinic = `${rng.pick(VILLAGES)}${rng.pick(VILLAGE_END)}${rng.pick(VILLAGE_TAIL)}`;
    return { id: rng.uuid(), name, city: county.name, county, clinic, pull: rng.logNormal(1, 0.8) };
  });
  const month = rng.int(4, 10);
  const day = rng.int(1, 24);
  const opensAt = Date.UTC(2025, month, day, rng.pick(PUSH_HOURS) - 8, 0, 0);
  const maxChoices = shape.maxChoices ?? (rng.chance(0.55) ? 1 : rng.pick([3, 3, 5, 10]));
  return { cal: ballotCalendar(opensAt), candidates, seats: 10, maxChoices: Math.min(maxChoices, 10) };
}

/** Doctors from the most to the least pulling. */
export function byPull(ballot: Ballot): Doctor[] {
  return [...ballot.candidates].sort((a, b) => b.pull - a.pull);
}

/** A doctor ranked between `lo` and `hi` (0 = most pulling): who buys votes, or whom a surge favours. */
export function pickRanked(rng: Rng, ballot: Ballot, lo: number, hi: number): Doctor {
  const ranked = byPull(ballot);
  return ranked[Math.min(ranked.length - 1, rng.int(lo, hi))];
}
