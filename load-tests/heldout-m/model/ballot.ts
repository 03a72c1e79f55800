import { ballotCalendar, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/**
 * Anhui's regions, which decide how far a place's people have scattered: the northern plain
 * (Fuyang, Bozhou, Suzhou, Huaibei, Bengbu, Huainan) sends a third of its working age to the
 * Yangtze delta, the south (Huangshan, Xuancheng) far fewer, Hefei almost none.
 */
export type Region = 'hefei' | 'north' | 'central' | 'river' | 'south';

export interface Place {
  name: string;
  city: string;
  region: Region;
}

const REGION_OF_CITY: Record<string, Region> = {
  合肥市: 'hefei',
  阜阳市: 'north',
  亳州市: 'north',
  宿州市: 'north',
  淮北市: 'north',
  蚌埠市: 'north',
  淮南市: 'north',
  六安市: 'central',
  滁州市: 'central',
  芜湖市: 'river',
  马鞍山市: 'river',
  铜陵市: 'river',
  池州市: 'river',
  安庆市: 'river',
  黄山市: 'south',
  宣城市: 'south',
};

/** County-level places: [name, city]. */
const COUNTIES: ReadonlyArray<readonly [string, string]> = [
  ['肥西县', '合肥市'], ['肥东县', '合肥市'], ['长丰县', '合肥市'], ['庐江县', '合肥市'], ['巢湖市', '合肥市'],
  ['濉溪县', '淮北市'], ['涡阳县', '亳州市'], ['蒙城县', '亳州市'], ['利辛县', '亳州市'], ['砀山县', '宿州市'],
  ['萧县', '宿州市'], ['灵璧县', '宿州市'], ['泗县', '宿州市'], ['怀远县', '蚌埠市'], ['五河县', '蚌埠市'],
  ['固镇县', '蚌埠市'], ['临泉县', '阜阳市'], ['太和县', '阜阳市'], ['阜南县', '阜阳市'], ['颍上县', '阜阳市'],
  ['界首市', '阜阳市'], ['凤台县', '淮南市'], ['寿县', '淮南市'], ['天长市', '滁州市'], ['明光市', '滁州市'],
  ['来安县', '滁州市'], ['全椒县', '滁州市'], ['定远县', '滁州市'], ['凤阳县', '滁州市'], ['霍邱县', '六安市'],
  ['舒城县', '六安市'], ['金寨县', '六安市'], ['霍山县', '六安市'], ['当涂县', '马鞍山市'], ['含山县', '马鞍山市'],
  ['和县', '马鞍山市'], ['无为市', '芜湖市'], ['南陵县', '芜湖市'], ['广德市', '宣城市'], ['宁国市', '宣城市'],
  ['郎溪县', '宣城市'], ['泾县', '宣城市'], ['绩溪县', '宣城市'], ['枞阳县', '铜陵市'], ['东至县', '池州市'],
  ['青阳县', '池州市'], ['桐城市', '安庆市'], ['怀宁县', '安庆市'], ['潜山市', '安庆市'], ['宿松县', '安庆市'],
  ['岳西县', '安庆市'], ['歙县', '黄山市'], ['休宁县', '黄山市'], ['黟县', '黄山市'], ['祁门县', '黄山市'],
];

/** Township-level places: [town, county, city]. */
const TOWNS: ReadonlyArray<readonly [string, string, string]> = [
  ['三河镇', '肥西县', '合肥市'], ['长临河镇', '肥东县', '合肥市'], ['柘皋镇', '巢湖市', '合肥市'], ['烔炀镇', '巢湖市', '合肥市'],
  ['吴山镇', '长丰县', '合肥市'], ['汤池镇', '庐江县', '合肥市'], ['临涣镇', '濉溪县', '淮北市'], ['百善镇', '濉溪县', '淮北市'],
  ['义门镇', '涡阳县', '亳州市'], ['立仓镇', '蒙城县', '亳州市'], ['古城镇', '谯城区', '亳州市'], ['砀城镇', '砀山县', '宿州市'],
  ['黄口镇', '萧县', '宿州市'], ['埇桥区符离镇', '埇桥区', '宿州市'], ['荆山镇', '怀远县', '蚌埠市'], ['新马桥镇', '固镇县', '蚌埠市'],
  ['杨桥镇', '临泉县', '阜阳市'], ['旧县镇', '太和县', '阜阳市'], ['光武镇', '界首市', '阜阳市'], ['王家坝镇', '阜南县', '阜阳市'],
  ['八里河镇', '颍上县', '阜阳市'], ['正阳关镇', '寿县', '淮南市'], ['毛集实验区毛集镇', '凤台县', '淮南市'], ['小溪河镇', '凤阳县', '滁州市'],
  ['大英镇', '定远县', '滁州市'], ['秦栏镇', '天长市', '滁州市'], ['毛坦厂镇', '金安区', '六安市'], ['梅山镇', '金寨县', '六安市'],
  ['桃溪镇', '舒城县', '六安市'], ['诸佛庵镇', '霍山县', '六安市'], ['姑孰镇', '当涂县', '马鞍山市'], ['运漕镇', '含山县', '马鞍山市'],
  ['湾沚镇', '湾沚区', '芜湖市'], ['弋江镇', '南陵县', '芜湖市'], ['大通镇', '郊区', '铜陵市'], ['九华镇', '青阳县', '池州市'],
  ['尧渡镇', '东至县', '池州市'], ['孔城镇', '桐城市', '安庆市'], ['石牌镇', '怀宁县', '安庆市'], ['天堂镇', '岳西县', '安庆市'],
  ['宏村镇', '黟县', '黄山市'], ['西递镇', '黟县', '黄山市'], ['汤口镇', '黄山区', '黄山市'], ['齐云山镇', '休宁县', '黄山市'],
  ['桃花潭镇', '泾县', '宣城市'], ['上庄镇', '绩溪县', '宣城市'], ['港口镇', '宁国市', '宣城市'], ['新杭镇', '广德市', '宣城市'],
];

export interface BallotShape {
  category?: 'county' | 'township';
  /** Force the number of candidates one vote may select. */
  maxChoices?: number;
}

export interface Ballot {
  category: 'county' | 'township';
  seats: number;
  maxChoices: number;
  cal: BallotCalendar;
  candidates: Candidate[];
  places: Place[];
  /** Relative organic pull of each candidate: log-normal, so a few places draw most votes. */
  pull: number[];
  /** Minute of the Asia/Shanghai day the account pushed the article at opening. */
  pushMinute: number;
}

/** Hours the provincial account pushes its articles (morning office start, lunch, after dinner). */
const PUSH_MINUTES = [9 * 60, 10 * 60, 12 * 60 + 10, 17 * 60 + 30, 20 * 60 + 30];

/** A ballot opening on a weekday between September and December 2025, at one of the push hours. */
export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const category = shape.category ?? (rng.chance(0.45) ? 'county' : 'township');
  let day: Date;
  do day = new Date(Date.UTC(2025, 8, 1) + rng.int(0, 100) * 86_400_000);
  while (day.getUTCDay() === 0 || day.getUTCDay() === 6);
  const pushMinute = rng.pick(PUSH_MINUTES);
  const opensAt = day.getTime() + pushMinute * 60_000 - 8 * 3_600_000;
  const pool: Place[] =
    category === 'county'
      ? COUNTIES.map(([name, city]) => ({ name, city, region: REGION_OF_CITY[city] }))
      : TOWNS.map(([town, county, city]) => ({ name: `${county}${town}`, city, region: REGION_OF_CITY[city] }));
  const count = category === 'county' ? rng.int(16, 24) : rng.int(30, 42);
  const places = rng.shuffle([...pool]).slice(0, count);
  const seats = category === 'county' ? Math.min(count - 4, rng.int(8, 15)) : Math.min(count - 6, rng.int(18, 30));
  const maxChoices = shape.maxChoices ?? (rng.chance(0.55) ? 1 : rng.int(2, Math.min(5, seats)));
  const candidates = places.map((p) => ({ id: rng.uuid(), name: p.name, city: p.city }));
  const pull = places.map(() => rng.logNormal(1, 0.8));
  return { category, seats, maxChoices, cal: ballotCalendar(opensAt), candidates, places, pull, pushMinute };
}

/** Candidate indices from most to least organic pull. */
export function byPull(ballot: Ballot): number[] {
  return ballot.pull.map((_, i) => i).sort((a, b) => ballot.pull[b] - ballot.pull[a]);
}
