import { ballotCalendar, DAY, HOUR, MINUTE, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/** Guangxi's fourteen prefecture-level cities, as the crowd and network models key them. */
export type City = 'nanning' | 'liuzhou' | 'guilin' | 'wuzhou' | 'beihai' | 'fangchenggang' | 'qinzhou' | 'guigang' | 'yulin' | 'baise' | 'hezhou' | 'hechi' | 'laibin' | 'chongzuo';

export const CITY_NAMES: Record<City, string> = {
  nanning: '南宁市',
  liuzhou: '柳州市',
  guilin: '桂林市',
  wuzhou: '梧州市',
  beihai: '北海市',
  fangchenggang: '防城港市',
  qinzhou: '钦州市',
  guigang: '贵港市',
  yulin: '玉林市',
  baise: '百色市',
  hezhou: '贺州市',
  hechi: '河池市',
  laibin: '来宾市',
  chongzuo: '崇左市',
};

/**
 * How a place's people live, which drives where its natives work and when they vote: the capital,
 * an industrial city, a tourist county, the south-east that sends its young to Guangdong's
 * factories, the western hills (Zhuang and Yao counties, few young people left), the coast.
 */
export type Region = 'capital' | 'industrial' | 'tourist' | 'southeast' | 'hills' | 'coast';

const CITY_REGION: Record<City, Region> = {
  nanning: 'capital',
  liuzhou: 'industrial',
  guilin: 'tourist',
  wuzhou: 'southeast',
  beihai: 'coast',
  fangchenggang: 'coast',
  qinzhou: 'coast',
  guigang: 'southeast',
  yulin: 'southeast',
  baise: 'hills',
  hezhou: 'southeast',
  hechi: 'hills',
  laibin: 'hills',
  chongzuo: 'hills',
};

/** County-level places (name, prefecture). */
const COUNTIES: ReadonlyArray<readonly [string, City]> = [
  ['武鸣区', 'nanning'], ['横州市', 'nanning'], ['宾阳县', 'nanning'], ['上林县', 'nanning'], ['马山县', 'nanning'], ['隆安县', 'nanning'],
  ['柳江区', 'liuzhou'], ['柳城县', 'liuzhou'], ['鹿寨县', 'liuzhou'], ['融安县', 'liuzhou'], ['融水苗族自治县', 'liuzhou'], ['三江侗族自治县', 'liuzhou'],
  ['阳朔县', 'guilin'], ['临桂区', 'guilin'], ['灵川县', 'guilin'], ['全州县', 'guilin'], ['兴安县', 'guilin'], ['龙胜各族自治县', 'guilin'], ['荔浦市', 'guilin'], ['恭城瑶族自治县', 'guilin'],
  ['岑溪市', 'wuzhou'], ['藤县', 'wuzhou'], ['蒙山县', 'wuzhou'],
  ['合浦县', 'beihai'], ['东兴市', 'fangchenggang'], ['上思县', 'fangchenggang'], ['灵山县', 'qinzhou'], ['浦北县', 'qinzhou'],
  ['桂平市', 'guigang'], ['平南县', 'guigang'],
  ['北流市', 'yulin'], ['容县', 'yulin'], ['陆川县', 'yulin'], ['博白县', 'yulin'], ['兴业县', 'yulin'],
  ['田东县', 'baise'], ['平果市', 'baise'], ['靖西市', 'baise'], ['德保县', 'baise'], ['凌云县', 'baise'],
  ['昭平县', 'hezhou'], ['钟山县', 'hezhou'], ['富川瑶族自治县', 'hezhou'],
  ['宜州区', 'hechi'], ['巴马瑶族自治县', 'hechi'], ['东兰县', 'hechi'], ['都安瑶族自治县', 'hechi'], ['环江毛南族自治县', 'hechi'], ['南丹县', 'hechi'],
  ['象州县', 'laibin'], ['武宣县', 'laibin'], ['金秀瑶族自治县', 'laibin'],
  ['凭祥市', 'chongzuo'], ['宁明县', 'chongzuo'], ['龙州县', 'chongzuo'], ['大新县', 'chongzuo'], ['扶绥县', 'chongzuo'],
];

/** Townships, towns and sub-districts (name with its county, prefecture). */
const TOWNS: ReadonlyArray<readonly [string, City]> = [
  ['横州市校椅镇', 'nanning'], ['宾阳县黎塘镇', 'nanning'], ['武鸣区双桥镇', 'nanning'], ['上林县大丰镇', 'nanning'], ['青秀区南阳镇', 'nanning'], ['隆安县那桐镇', 'nanning'],
  ['柳江区拉堡镇', 'liuzhou'], ['鹿寨县中渡镇', 'liuzhou'], ['融水县香粉乡', 'liuzhou'], ['三江县林溪镇', 'liuzhou'], ['柳城县凤山镇', 'liuzhou'],
  ['阳朔县兴坪镇', 'guilin'], ['灵川县大圩镇', 'guilin'], ['龙胜县龙脊镇', 'guilin'], ['恭城县莲花镇', 'guilin'], ['兴安县界首镇', 'guilin'], ['全州县才湾镇', 'guilin'], ['荔浦市马岭镇', 'guilin'],
  ['藤县太平镇', 'wuzhou'], ['岑溪市南渡镇', 'wuzhou'], ['苍梧县石桥镇', 'wuzhou'],
  ['合浦县山口镇', 'beihai'], ['银海区侨港镇', 'beihai'], ['东兴市江平镇', 'fangchenggang'], ['港口区企沙镇', 'fangchenggang'],
  ['灵山县陆屋镇', 'qinzhou'], ['浦北县张黄镇', 'qinzhou'], ['钦南区犀牛脚镇', 'qinzhou'],
  ['桂平市木乐镇', 'guigang'], ['平南县大安镇', 'guigang'], ['港北区庆丰镇', 'guigang'],
  ['北流市民安镇', 'yulin'], ['容县自良镇', 'yulin'], ['陆川县乌石镇', 'yulin'], ['博白县东平镇', 'yulin'], ['兴业县石南镇', 'yulin'],
  ['田东县祥周镇', 'baise'], ['靖西市湖润镇', 'baise'], ['平果市新安镇', 'baise'], ['乐业县同乐镇', 'baise'],
  ['昭平县黄姚镇', 'hezhou'], ['富川县朝东镇', 'hezhou'], ['钟山县公安镇', 'hezhou'],
  ['巴马县甲篆镇', 'hechi'], ['宜州区刘三姐镇', 'hechi'], ['南丹县芒场镇', 'hechi'], ['环江县洛阳镇', 'hechi'],
  ['金秀县长垌乡', 'laibin'], ['象州县石龙镇', 'laibin'], ['武宣县二塘镇', 'laibin'],
  ['凭祥市友谊镇', 'chongzuo'], ['龙州县水口镇', 'chongzuo'], ['大新县硕龙镇', 'chongzuo'], ['扶绥县东门镇', 'chongzuo'],
];

/** One candidate with what the crowd model needs of it. */
export interface Place extends Candidate {
  cityKey: City;
  region: Region;
  /** Relative pull: how many supporters the place musters (log-normal across candidates). */
  pull: number;
}

export interface Ballot {
  category: 'county' | 'township';
  seats: number;
  maxChoices: number;
  cal: BallotCalendar;
  candidates: Place[];
}

/** What a family may ask of its ballot. */
export interface BallotShape {
  category?: 'county' | 'township';
  maxChoices?: number;
  /** Place names that must stand (the family's story happens there). */
  include?: readonly string[];
  /** A place the family needs in the upper table: its pull is set to about half the strongest one's. */
  strong?: string;
}

/** Opening days: weekdays in spring (around 三月三) or autumn 2025. */
const OPENINGS = ['2025-04-07', '2025-04-21', '2025-05-12', '2025-09-15', '2025-10-13', '2025-10-27', '2025-11-10', '2025-11-24', '2025-12-08'];
/** The account pushes its article at one of these Asia/Shanghai times. */
const PUSH_MINUTES = [8 * 60 + 30, 10 * 60, 11 * 60 + 30, 18 * 60, 20 * 60 + 30];

export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const category = shape.category ?? (rng.chance(0.45) ? 'county' : 'township');
  const pool = category === 'county' ? COUNTIES : TOWNS;
  const count = category === 'county' ? rng.int(16, 24) : rng.int(28, 42);
  const wanted = new Set(shape.include ?? []);
  const chosen = pool.filter(([name]) => wanted.has(name));
  for (const entry of rng.shuffle([...pool.filter(([name]) => !wanted.has(name))])) {
    if (chosen.length >= count) break;
    chosen.push(entry);
  }
  const seats = category === 'county' ? rng.int(4, 8) : rng.int(10, 16);
  const maxChoices = shape.maxChoices ?? (rng.chance(0.55) ? 1 : rng.int(2, Math.min(5, seats)));
  const candidates: Place[] = chosen.map(([name, cityKey], i) => ({
    id: `c${String(i + 1).padStart(2, '0')}`,
    name,
    city: CITY_NAMES[cityKey],
    cityKey,
    region: CITY_REGION[cityKey],
    pull: rng.logNormal(1, 0.8),
  }));
  if (shape.strong) {
    const top = Math.max(...candidates.map((c) => c.pull));
    const strong = candidates.find((c) => c.name === shape.strong);
    if (strong) strong.pull = top * rng.uniform(0.4, 0.6);
  }
  const day = Date.parse(`${rng.pick(OPENINGS)}T00:00:00+08:00`) + rng.int(0, 3) * DAY;
  const opensAt = day + rng.pick(PUSH_MINUTES) * MINUTE;
  return { category, seats, maxChoices, cal: ballotCalendar(opensAt, 7), candidates };
}

/** Candidates sorted by pull, strongest first. */
export function byPull(ballot: Ballot): Place[] {
  return [...ballot.candidates].sort((a, b) => b.pull - a.pull);
}

/** A candidate from the middle of the table (ranks lo..hi of pull, 0-based, clamped). */
export function midTable(rng: Rng, ballot: Ballot, lo = 3, hi = 10): Place {
  const sorted = byPull(ballot);
  return sorted[Math.min(sorted.length - 1, rng.int(lo, hi))];
}

/** The candidate named `name` (the family asked for it in its ballot shape). */
export function placeNamed(ballot: Ballot, name: string): Place {
  const p = ballot.candidates.find((c) => c.name === name);
  if (!p) throw new Error(`no candidate ${name}`);
  return p;
}

export { HOUR };
