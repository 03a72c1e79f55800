import { ballotCalendar, DAY, HOUR, MINUTE, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/** Where a place is, which sets who lives there, how they live and which networks they use. */
export type Region = 'chengdu' | 'basin' | 'hills' | 'tibetan' | 'yi' | 'panxi';

export interface Place {
  name: string;
  /** Prefecture-level city or autonomous prefecture. */
  city: string;
  region: Region;
}

export interface BallotShape {
  category?: 'county' | 'township';
  maxChoices?: number;
  /** Names of places that must be on the ballot (a family's protagonists). */
  include?: readonly string[];
}

export interface Ballot {
  category: 'county' | 'township';
  cal: BallotCalendar;
  seats: number;
  maxChoices: number;
  candidates: Candidate[];
  places: Place[];
  /** Relative pull of each candidate on the organic crowd (log-normal). */
  pull: number[];
}

const p = (city: string, region: Region, names: string): Place[] => names.split(' ').map((name) => ({ name, city, region }));

/** Real Sichuan county-level places, by prefecture. */
export const COUNTIES: readonly Place[] = [
  ...p('成都市', 'chengdu', '郫都区 双流区 温江区 新津区 都江堰市 彭州市 崇州市 邛崃市 大邑县 蒲江县 金堂县 简阳市'),
  ...p('绵阳市', 'basin', '三台县 江油市 安州区'),
  ...p('德阳市', 'basin', '广汉市 什邡市 绵竹市 中江县'),
  ...p('南充市', 'basin', '阆中市 西充县 营山县'),
  ...p('宜宾市', 'basin', '长宁县 江安县'),
  ...p('泸州市', 'hills', '合江县 叙永县 古蔺县'),
  ...p('达州市', 'hills', '宣汉县 大竹县 渠县'),
  ...p('遂宁市', 'basin', '射洪市 蓬溪县'),
  ...p('内江市', 'basin', '隆昌市 资中县'),
  ...p('眉山市', 'basin', '洪雅县 丹棱县 青神县'),
  ...p('乐山市', 'basin', '峨眉山市 夹江县 沐川县'),
  ...p('雅安市', 'hills', '荥经县 天全县 宝兴县'),
  ...p('广元市', 'hills', '苍溪县 剑阁县 青川县'),
  ...p('巴中市', 'hills', '通江县 南江县 平昌县'),
  ...p('广安市', 'basin', '武胜县 邻水县 岳池县'),
  ...p('资阳市', 'basin', '安岳县 乐至县'),
  ...p('甘孜州', 'tibetan', '康定市 泸定县 稻城县 理塘县 色达县 德格县'),
  ...p('阿坝州', 'tibetan', '汶川县 茂县 九寨沟县 松潘县 若尔盖县 马尔康市'),
  ...p('凉山州', 'yi', '西昌市 昭觉县 布拖县 美姑县 越西县 喜德县 冕宁县 盐源县'),
  ...p('乐山市', 'yi', '峨边彝族自治县 马边彝族自治县'),
  ...p('攀枝花市', 'panxi', '米易县 盐边县 仁和区'),
];

/** Real Sichuan towns and sub-districts (county in front, as the ballot lists them). */
export const TOWNS: readonly Place[] = [
  ...p('成都市', 'chengdu', '郫都区唐昌镇 大邑县安仁镇 崇州市街子镇 邛崃市平乐镇 双流区黄龙溪镇 龙泉驿区洛带镇 金堂县五凤镇 郫都区三道堰镇 蒲江县甘溪镇 都江堰市青城山镇 彭州市白鹿镇 彭州市龙门山镇'),
  ...p('内江市', 'basin', '资中县罗泉镇'),
  ...p('自贡市', 'basin', '沿滩区仙市镇 富顺县赵化镇'),
  ...p('泸州市', 'hills', '合江县尧坝镇 合江县福宝镇 古蔺县太平镇'),
  ...p('宜宾市', 'basin', '翠屏区李庄镇'),
  ...p('广元市', 'hills', '昭化区昭化镇 青川县青溪镇'),
  ...p('眉山市', 'basin', '洪雅县柳江镇'),
  ...p('乐山市', 'basin', '犍为县罗城镇 犍为县清溪镇'),
  ...p('德阳市', 'basin', '绵竹市汉旺镇 绵竹市遵道镇 罗江区白马关镇'),
  ...p('绵阳市', 'basin', '江油市青莲镇'),
  ...p('遂宁市', 'basin', '射洪市沱牌镇'),
  ...p('广安市', 'basin', '邻水县丰禾镇'),
  ...p('达州市', 'hills', '宣汉县南坝镇'),
  ...p('资阳市', 'basin', '安岳县石羊镇'),
  ...p('南充市', 'basin', '西充县多扶镇'),
  ...p('甘孜州', 'tibetan', '康定市新都桥镇 泸定县磨西镇 稻城县香格里拉镇 理塘县高城镇 色达县色柯镇'),
  ...p('阿坝州', 'tibetan', '九寨沟县漳扎镇 松潘县川主寺镇 若尔盖县唐克镇 理县桃坪镇 汶川县水磨镇 汶川县映秀镇'),
  ...p('凉山州', 'yi', '西昌市礼州镇 喜德县光明镇 冕宁县泸沽镇 会理市鹿厂镇 越西县中所镇 雷波县锦城镇 美姑县巴普镇 布拖县特木里镇 盐源县泸沽湖镇'),
  ...p('攀枝花市', 'panxi', '盐边县红格镇 米易县攀莲镇'),
];

const PUSH_MINUTES = [9 * 60, 9 * 60 + 30, 10 * 60, 12 * 60, 17 * 60 + 30, 20 * 60];

/**
 * A Sichuan demonstration ballot: 14–20 county-level places or 28–40 towns, opening on a weekday
 * between September and mid-December 2025 at the hour the provincial account pushes.
 */
export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const category = shape.category ?? (rng.chance(0.45) ? 'county' : 'township');
  const pool = category === 'county' ? COUNTIES : TOWNS;
  const count = category === 'county' ? rng.int(14, 20) : rng.int(28, 40);
  const forced = pool.filter((pl) => shape.include?.includes(pl.name));
  const rest = rng.shuffle(pool.filter((pl) => !forced.includes(pl)));
  const places = rng.shuffle([...forced, ...rest.slice(0, count - forced.length)]);
  const seats = category === 'county' ? rng.int(4, 7) : rng.int(10, 16);
  const maxChoices = shape.maxChoices ?? (rng.chance(0.55) ? 1 : rng.int(2, Math.min(5, seats)));
  // Weekdays from 2025-09-01 (a Monday), skipping the National Day week.
  let opens: number;
  for (;;) {
    const dayOffset = rng.int(0, 100);
    const date = Date.UTC(2025, 8, 1) + dayOffset * DAY;
    const wd = new Date(date).getUTCDay();
    const md = new Date(date).toISOString().slice(5, 10);
    if (wd === 0 || wd === 6 || (md >= '09-29' && md <= '10-08')) continue;
    opens = date - 8 * HOUR + rng.pick(PUSH_MINUTES) * MINUTE;
    break;
  }
  const candidates: Candidate[] = places.map((pl) => ({ id: rng.uuid(), name: pl.name, city: pl.city }));
  const pull = places.map(() => rng.logNormal(1, 0.8));
  return { category, cal: ballotCalendar(opens), seats, maxChoices, candidates, places, pull };
}

/** Index of a named place on the ballot, or of a random one of the given regions. */
export function placeIndex(ballot: Ballot, rng: Rng, name?: string, regions?: readonly Region[]): number {
  if (name !== undefined) {
    const i = ballot.places.findIndex((pl) => pl.name === name);
    if (i >= 0) return i;
  }
  const ok = ballot.places.map((pl, i) => ({ pl, i })).filter(({ pl }) => !regions || regions.includes(pl.region));
  return (ok.length > 0 ? rng.pick(ok) : rng.pick(ballot.places.map((pl, i) => ({ pl, i })))).i;
}
