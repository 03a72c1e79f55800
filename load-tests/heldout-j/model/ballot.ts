import { ballotCalendar, DAY, HOUR, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/**
 * Henan's demonstration ballots: 17 prefecture-level cities plus Jiyuan, each nominating a few
 * counties (county ballot) or townships (township ballot). Names are real places; the nominations
 * are invented for each run.
 */
export const CITIES: ReadonlyArray<{ city: string; counties: readonly string[]; towns: readonly string[] }> = [
  { city: '郑州市', counties: ['新郑市', '荥阳市', '中牟县', '登封市', '巩义市', '新密市'], towns: ['龙湖镇', '薛店镇', '刘集镇', '大孟镇', '雁鸣湖镇', '告成镇', '米河镇', '超化镇'] },
  { city: '开封市', counties: ['兰考县', '杞县', '尉氏县', '通许县'], towns: ['东坝头镇', '朱仙镇', '葛岗镇', '竖岗镇', '高阳镇'] },
  { city: '洛阳市', counties: ['孟津区', '栾川县', '嵩县', '汝阳县', '宜阳县', '偃师区'], towns: ['重渡沟村所在镇', '庙子镇', '车村镇', '白马寺镇', '会盟镇', '三乡镇'] },
  { city: '平顶山市', counties: ['舞钢市', '汝州市', '宝丰县', '郏县', '鲁山县'], towns: ['尧山镇', '冢头镇', '赵庄镇', '观音堂镇'] },
  { city: '安阳市', counties: ['林州市', '滑县', '汤阴县', '内黄县'], towns: ['石板岩镇', '道口镇', '菜园镇', '宜沟镇'] },
  { city: '鹤壁市', counties: ['浚县', '淇县'], towns: ['黎阳街道', '北阳镇', '西岗镇'] },
  { city: '新乡市', counties: ['长垣市', '辉县市', '获嘉县', '原阳县', '延津县'], towns: ['赵堤镇', '张村乡', '冀屯镇', '小冀镇'] },
  { city: '焦作市', counties: ['沁阳市', '孟州市', '修武县', '温县', '博爱县'], towns: ['云台山镇', '祥云镇', '许良镇', '西陶镇'] },
  { city: '濮阳市', counties: ['清丰县', '南乐县', '范县', '台前县'], towns: ['马庄桥镇', '千口镇', '韩张镇'] },
  { city: '许昌市', counties: ['禹州市', '长葛市', '鄢陵县', '襄城县'], towns: ['神垕镇', '大周镇', '陈化店镇', '灵井镇'] },
  { city: '漯河市', counties: ['临颍县', '舞阳县'], towns: ['杜曲镇', '南街村所在镇', '姜店乡'] },
  { city: '三门峡市', counties: ['灵宝市', '渑池县', '卢氏县'], towns: ['函谷关镇', '仰韶镇', '官道口镇'] },
  { city: '南阳市', counties: ['邓州市', '西峡县', '镇平县', '内乡县', '淅川县', '方城县'], towns: ['石佛寺镇', '二龙乡', '赊店镇', '丁河镇', '仓房镇', '穰东镇'] },
  { city: '商丘市', counties: ['永城市', '虞城县', '柘城县', '夏邑县', '民权县'], towns: ['稍岗镇', '芒山镇', '北关镇', '会亭镇'] },
  { city: '信阳市', counties: ['固始县', '光山县', '新县', '商城县', '潢川县'], towns: ['郝堂村所在镇', '泼陂河镇', '田铺乡', '双椿铺镇', '汪岗镇'] },
  { city: '周口市', counties: ['项城市', '鹿邑县', '郸城县', '西华县', '太康县'], towns: ['王明口镇', '太清宫镇', '逍遥镇', '老冢镇', '秣陵镇'] },
  { city: '驻马店市', counties: ['确山县', '泌阳县', '遂平县', '西平县', '汝南县'], towns: ['竹沟镇', '嵖岈山镇', '出山镇', '和店镇'] },
  { city: '济源示范区', counties: ['济源示范区'], towns: ['王屋镇', '克井镇', '五龙口镇'] },
];

export interface BallotShape {
  category?: 'county' | 'township';
  /** Fixed maxChoices; drawn when absent. */
  maxChoices?: number;
  /** Hour (Asia/Shanghai) the ballot opens; drawn when absent. */
  openHour?: number;
}

export interface HenanCandidate extends Candidate {
  /** Index into CITIES. */
  cityIndex: number;
}

export interface Ballot {
  title: string;
  category: 'county' | 'township';
  seats: number;
  maxChoices: number;
  cal: BallotCalendar;
  candidates: HenanCandidate[];
}

/** A ballot opening on a weekday morning between September and mid-December 2025. */
export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const category = shape.category ?? (rng.chance(0.4) ? 'county' : 'township');
  // 2025-09-01T00:00+08:00, plus 0..100 days, moved to a weekday.
  let midnight = Date.parse('2025-08-31T16:00:00.000Z') + rng.int(0, 100) * DAY;
  while ([0, 6].includes(new Date(midnight + 8 * HOUR).getUTCDay())) midnight += DAY;
  const openHour = shape.openHour ?? rng.pick([9, 9, 10, 10, 10, 15, 17]);
  const opensAt = midnight + openHour * HOUR + rng.pick([0, 0, 30]) * 60_000;
  const cal = ballotCalendar(opensAt, 7);

  const count = category === 'county' ? rng.int(18, 26) : rng.int(42, 64);
  const seats = category === 'county' ? Math.min(15, count - rng.int(5, 9)) : Math.min(50, count - rng.int(8, 16));
  const maxChoices = shape.maxChoices ?? (rng.chance(0.45) ? 1 : rng.pick([3, 5, 5, 10]));
  const used = new Set<string>();
  const candidates: HenanCandidate[] = [];
  while (candidates.length < count) {
    const cityIndex = rng.int(0, CITIES.length - 1);
    const c = CITIES[cityIndex];
    const place = category === 'county' ? rng.pick(c.counties) : `${rng.pick(c.counties)}${rng.pick(c.towns)}`;
    if (used.has(place)) continue;
    used.add(place);
    candidates.push({ id: rng.uuid(), name: place, city: c.city, cityIndex });
  }
  const kind = category === 'county' ? '县（市、区）' : '乡（镇、街道）';
  return { title: `2025年河南省政务服务示范${kind}网络投票`, category, seats, maxChoices: Math.min(maxChoices, seats), cal, candidates };
}
