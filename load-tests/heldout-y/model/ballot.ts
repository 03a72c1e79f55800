import { ballotCalendar, DAY, HOUR, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';

/** What kind of place an officer serves: it decides who its supporters are and how they live. */
export type Region = 'metro' | 'county' | 'rural' | 'steel' | 'port' | 'commuter' | 'xiongan';

export interface Place {
  city: string;
  county: string;
  region: Region;
  /** Towns or streets whose stations the officers head. */
  towns: readonly string[];
}

const p = (city: string, county: string, region: Region, ...towns: string[]): Place => ({ city, county, region, towns });

/** Real Hebei cities and counties (prefecture-level cities and Xiong'an New Area). */
export const PLACES: readonly Place[] = [
  p('石家庄', '长安区', 'metro', '建北', '育才'), p('石家庄', '桥西区', 'metro', '友谊', '振头'), p('石家庄', '裕华区', 'metro', '槐底', '方村'),
  p('石家庄', '正定县', 'county', '正定', '新城铺'), p('石家庄', '藁城区', 'county', '廉州', '岗上'), p('石家庄', '平山县', 'rural', '西柏坡', '温塘'),
  p('石家庄', '赞皇县', 'rural', '嶂石岩', '院头'), p('石家庄', '辛集市', 'county', '辛集', '旧城'),
  p('唐山', '路北区', 'metro', '龙东', '果园'), p('唐山', '路南区', 'metro', '学院南路', '女织寨'), p('唐山', '曹妃甸区', 'steel', '唐海', '滨海'),
  p('唐山', '迁安市', 'steel', '木厂口', '杨店子'), p('唐山', '丰南区', 'steel', '胥各庄', '小集'), p('唐山', '遵化市', 'county', '堡子店', '马兰峪'),
  p('秦皇岛', '海港区', 'port', '东港', '北港'), p('秦皇岛', '北戴河区', 'metro', '海滨', '戴河'), p('秦皇岛', '青龙满族自治县', 'rural', '祖山', '木头凳'),
  p('保定', '竞秀区', 'metro', '先锋', '韩村'), p('保定', '莲池区', 'metro', '东关', '五四路'), p('保定', '涿州市', 'commuter', '双塔', '码头'),
  p('保定', '定州市', 'county', '开元', '清风店'), p('保定', '阜平县', 'rural', '龙泉关', '城南庄'),
  p('邯郸', '丛台区', 'metro', '光明桥', '和平'), p('邯郸', '复兴区', 'steel', '石化', '户村'), p('邯郸', '武安市', 'steel', '午汲', '矿山'),
  p('邯郸', '涉县', 'rural', '井店', '偏城'), p('邯郸', '大名县', 'rural', '龙王庙', '金滩镇'),
  p('邢台', '信都区', 'metro', '中兴', '钢铁路'), p('邢台', '宁晋县', 'county', '凤凰', '大陆村'), p('邢台', '临城县', 'rural', '郝庄', '赵庄'),
  p('沧州', '运河区', 'metro', '水月寺', '南环'), p('沧州', '黄骅市', 'port', '港城', '南排河'), p('沧州', '任丘市', 'county', '华北油田', '出岸'),
  p('沧州', '献县', 'rural', '河城街', '淮镇'),
  p('廊坊', '广阳区', 'metro', '银河', '爱民'), p('廊坊', '三河市', 'commuter', '燕郊', '皇庄'), p('廊坊', '固安县', 'commuter', '固安', '柳泉'),
  p('廊坊', '大厂回族自治县', 'commuter', '夏垫', '祁各庄'), p('廊坊', '香河县', 'commuter', '淑阳', '安平'), p('廊坊', '霸州市', 'county', '胜芳', '南孟'),
  p('张家口', '桥东区', 'metro', '红旗楼', '花园'), p('张家口', '崇礼区', 'rural', '西湾子', '太子城'), p('张家口', '张北县', 'rural', '公会', '二台'),
  p('张家口', '康保县', 'rural', '张纪', '土城子'), p('张家口', '蔚县', 'rural', '暖泉', '代王城'),
  p('承德', '双桥区', 'metro', '西大街', '狮子沟'), p('承德', '围场满族蒙古族自治县', 'rural', '御道口', '四合永'), p('承德', '兴隆县', 'rural', '雾灵山', '六道河'),
  p('衡水', '桃城区', 'metro', '河西', '中华'), p('衡水', '武强县', 'rural', '街关', '周窝'), p('衡水', '安平县', 'county', '大何庄', '马店'),
  p('雄安新区', '雄县', 'xiongan', '雄州', '昝岗'), p('雄安新区', '容城县', 'xiongan', '容城', '南张'), p('雄安新区', '安新县', 'xiongan', '安新', '端村'),
];

const SURNAMES = '王李张刘赵杨陈高郭马孙周吴徐胡朱何郝韩冯曹田董袁许谷魏贾齐崔牛苏';
const GIVEN = ['建国', '志强', '海涛', '立新', '卫东', '俊峰', '晓明', '国庆', '春雨', '红梅', '静', '磊', '鹏', '雪峰', '振华', '宏伟', '丽娜', '超', '文博', '永刚', '金龙', '秀英', '浩', '亚楠', '占军', '树林', '广辉', '少华', '爱军', '明阳'];

export interface Officer extends Candidate {
  place: Place;
  unit: string;
  /** How much support the officer draws (log-normal: a few carry most of the vote). */
  pull: number;
}

/** What a family may ask of the ballot: a selection size, and officers it needs (by key). */
export interface BallotShape {
  maxChoices?: number;
  need?: Record<string, { county: string; unit: (place: Place) => string; pull?: number }>;
}

export interface Ballot {
  cal: BallotCalendar;
  candidates: Officer[];
  byKey: Record<string, Officer>;
  maxChoices: number;
  /** Asia/Shanghai hour (fractional) the provincial police account pushed the article. */
  pushHour: number;
}

function stationUnit(rng: Rng, place: Place): string {
  const town = rng.pick(place.towns);
  const bureau = place.region === 'metro' || place.county.endsWith('区') ? `${place.city}市公安局${place.county.replace(/区$/, '')}分局` : `${place.county}公安局`;
  return rng.pick([`${bureau}${town}派出所`, `${bureau}${town}派出所`, `${bureau}交警大队${town}中队`, `${bureau}${town}派出所所长`]);
}

const SPECIAL: ReadonlyArray<[string, string]> = [
  ['秦皇岛', '秦皇岛出入境边防检查站'], ['唐山', '曹妃甸出入境边防检查站'], ['沧州', '黄骅港出入境边防检查站'],
  ['石家庄', '石家庄铁路公安处石家庄站派出所'], ['保定', '石家庄铁路公安处保定东站派出所'], ['邯郸', '石家庄铁路公安处邯郸东站派出所'],
  ['张家口', '北京铁路公安局张家口站派出所'], ['石家庄', '石家庄市公安局交通警察支队'],
];

/** 30–40 officers from across Hebei, opening on a weekday in December 2025 ahead of Police Day (10 January). */
export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const n = rng.int(30, 40);
  const byKey: Record<string, Officer> = {};
  const used = new Set<string>();
  const name = (): string => {
    for (;;) {
      const s = `${rng.pick([...SURNAMES])}${rng.pick(GIVEN)}`;
      if (!used.has(s)) {
        used.add(s);
        return s;
      }
    }
  };
  const officer = (i: number, place: Place, unit: string, pull: number): Officer => {
    const who = name();
    return { id: `hb-${String(i + 1).padStart(2, '0')}`, name: `${who}（${unit}）`, city: place.city, place, unit, pull };
  };
  const candidates: Officer[] = [];
  for (const [key, need] of Object.entries(shape.need ?? {})) {
    const place = PLACES.find((x) => x.county === need.county) ?? PLACES[0];
    const o = officer(candidates.length, place, need.unit(place), need.pull ?? rng.logNormal(1.1, 0.3));
    byKey[key] = o;
    candidates.push(o);
  }
  const places = rng.shuffle([...PLACES]);
  const specials = rng.shuffle([...SPECIAL]).slice(0, rng.int(2, 4));
  for (const [city, unit] of specials) {
    const place = PLACES.find((x) => x.city === city) ?? PLACES[0];
    candidates.push(officer(candidates.length, place, unit, rng.logNormal(0.8, 0.7)));
  }
  for (let i = 0; candidates.length < n; i++) {
    const place = places[i % places.length];
    candidates.push(officer(candidates.length, place, stationUnit(rng, place), rng.logNormal(1, 0.85)));
  }
  // Ids follow the list the office loaded, which is in no particular order.
  const order = rng.shuffle(candidates.map((_, i) => i));
  candidates.forEach((c, i) => (c.id = `hb-${String(order[i] + 1).padStart(2, '0')}`));
  candidates.sort((a, b) => a.id.localeCompare(b.id));

  const firstDay = Date.UTC(2025, 10, 24) - 8 * HOUR; // Asia/Shanghai midnight, 24 Nov 2025
  let day = firstDay + rng.int(0, 38) * DAY;
  while ([0, 6].includes(new Date(day + 8 * HOUR + 12 * HOUR).getUTCDay())) day += DAY;
  const pushHour = rng.pick([9, 10, 12, 17.5, 20]);
  const opensAt = day + pushHour * HOUR;
  const maxChoices = shape.maxChoices ?? [1, 1, 1, 1, 3, 5][rng.int(0, 5)];
  return { cal: ballotCalendar(opensAt), candidates, byKey, maxChoices, pushHour };
}
