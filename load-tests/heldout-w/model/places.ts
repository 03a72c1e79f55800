/**
 * Jilin province as this set sees it: its nine prefecture-level divisions and the hospitals whose
 * nurses stand in the "最美护士" ballot. Sizes are rough staff scales (a provincial teaching
 * hospital is several times a county hospital); `korean` is the share of the local community that
 * is Chaoxianzu, which decides who has family working in South Korea.
 */

export type PrefectureKey = 'CC' | 'JL' | 'SP' | 'LY' | 'TH' | 'BS' | 'SY' | 'BC' | 'YB';

export interface Prefecture {
  key: PrefectureKey;
  name: string;
  /** Residents in millions (2020 census, rounded). */
  people: number;
}

export const PREFECTURES: readonly Prefecture[] = [
  { key: 'CC', name: '长春市', people: 9.07 },
  { key: 'JL', name: '吉林市', people: 3.62 },
  { key: 'SP', name: '四平市', people: 1.81 },
  { key: 'LY', name: '辽源市', people: 1.0 },
  { key: 'TH', name: '通化市', people: 1.3 },
  { key: 'BS', name: '白山市', people: 0.95 },
  { key: 'SY', name: '松原市', people: 2.25 },
  { key: 'BC', name: '白城市', people: 1.55 },
  { key: 'YB', name: '延边朝鲜族自治州', people: 1.94 },
];

export function prefecture(key: PrefectureKey): Prefecture {
  const p = PREFECTURES.find((x) => x.key === key);
  if (!p) throw new Error(`no prefecture ${key}`);
  return p;
}

export type HospitalKind = 'teaching' | 'city' | 'county' | 'enterprise' | 'township' | 'maternity' | 'community';

export interface Hospital {
  key: string;
  name: string;
  pref: PrefectureKey;
  /** The county-level place, for county hospitals (Yanji, Hunchun, Meihekou…). */
  town?: string;
  kind: HospitalKind;
  /** Staff scale: how many colleagues and patients a nurse there can reach. */
  size: number;
  /** Chaoxianzu share of the community around it. */
  korean: number;
}

export const HOSPITALS: readonly Hospital[] = [
  { key: 'jdyy1', name: '吉林大学第一医院', pref: 'CC', kind: 'teaching', size: 3.0, korean: 0.01 },
  { key: 'jdyy2', name: '吉林大学第二医院', pref: 'CC', kind: 'teaching', size: 2.4, korean: 0.01 },
  { key: 'zrly', name: '吉林大学中日联谊医院', pref: 'CC', kind: 'teaching', size: 2.4, korean: 0.01 },
  { key: 'jlsrm', name: '吉林省人民医院', pref: 'CC', kind: 'teaching', size: 2.0, korean: 0.01 },
  { key: 'jlszl', name: '吉林省肿瘤医院', pref: 'CC', kind: 'city', size: 1.2, korean: 0.01 },
  { key: 'cczx', name: '长春市中心医院', pref: 'CC', kind: 'city', size: 1.2, korean: 0.01 },
  { key: 'jlsfy', name: '吉林省妇幼保健院', pref: 'CC', kind: 'maternity', size: 0.8, korean: 0.01 },
  { key: 'gzl', name: '公主岭市中心医院', pref: 'CC', town: '公主岭', kind: 'county', size: 0.7, korean: 0.0 },
  { key: 'yushu', name: '榆树市人民医院', pref: 'CC', town: '榆树', kind: 'county', size: 0.6, korean: 0.0 },
  { key: 'nongan', name: '农安县人民医院', pref: 'CC', town: '农安', kind: 'county', size: 0.6, korean: 0.0 },
  { key: 'hqj', name: '长春市朝阳区红旗街社区卫生服务中心', pref: 'CC', kind: 'community', size: 0.3, korean: 0.01 },
  { key: 'jlzx', name: '吉林市中心医院', pref: 'JL', kind: 'city', size: 1.4, korean: 0.02 },
  { key: 'bhfy', name: '北华大学附属医院', pref: 'JL', kind: 'teaching', size: 1.3, korean: 0.02 },
  { key: 'jihua', name: '吉化集团公司总医院', pref: 'JL', kind: 'enterprise', size: 0.9, korean: 0.01 },
  { key: 'jlrm', name: '吉林市人民医院', pref: 'JL', kind: 'city', size: 1.0, korean: 0.02 },
  { key: 'jiaohe', name: '蛟河市人民医院', pref: 'JL', town: '蛟河', kind: 'county', size: 0.5, korean: 0.03 },
  { key: 'huadian', name: '桦甸市人民医院', pref: 'JL', town: '桦甸', kind: 'county', size: 0.5, korean: 0.01 },
  { key: 'panshi', name: '磐石市医院', pref: 'JL', town: '磐石', kind: 'county', size: 0.5, korean: 0.01 },
  { key: 'shulan', name: '舒兰市人民医院', pref: 'JL', town: '舒兰', kind: 'county', size: 0.5, korean: 0.04 },
  { key: 'spzx', name: '四平市中心人民医院', pref: 'SP', kind: 'city', size: 1.1, korean: 0.0 },
  { key: 'sp1', name: '四平市第一人民医院', pref: 'SP', kind: 'city', size: 0.7, korean: 0.0 },
  { key: 'lishu', name: '梨树县第一人民医院', pref: 'SP', town: '梨树', kind: 'county', size: 0.4, korean: 0.0 },
  { key: 'shuangliao', name: '双辽市中心医院', pref: 'SP', town: '双辽', kind: 'county', size: 0.4, korean: 0.0 },
  { key: 'lyzx', name: '辽源市中心医院', pref: 'LY', kind: 'city', size: 0.9, korean: 0.01 },
  { key: 'lyrm', name: '辽源市人民医院', pref: 'LY', kind: 'city', size: 0.5, korean: 0.01 },
  { key: 'dongfeng', name: '东丰县医院', pref: 'LY', town: '东丰', kind: 'county', size: 0.4, korean: 0.0 },
  { key: 'thzx', name: '通化市中心医院', pref: 'TH', kind: 'city', size: 1.0, korean: 0.02 },
  { key: 'thrm', name: '通化市人民医院', pref: 'TH', kind: 'city', size: 0.6, korean: 0.02 },
  { key: 'mhk', name: '梅河口市中心医院', pref: 'TH', town: '梅河口', kind: 'county', size: 1.0, korean: 0.02 },
  { key: 'jian', name: '集安市医院', pref: 'TH', town: '集安', kind: 'county', size: 0.3, korean: 0.08 },
  { key: 'huinan', name: '辉南县人民医院', pref: 'TH', town: '辉南', kind: 'county', size: 0.4, korean: 0.02 },
  { key: 'bszx', name: '白山市中心医院', pref: 'BS', kind: 'city', size: 0.8, korean: 0.02 },
  { key: 'linjiang', name: '临江市人民医院', pref: 'BS', town: '临江', kind: 'county', size: 0.4, korean: 0.03 },
  { key: 'fusong', name: '抚松县人民医院', pref: 'BS', town: '抚松', kind: 'county', size: 0.4, korean: 0.02 },
  { key: 'changbai', name: '长白朝鲜族自治县医院', pref: 'BS', town: '长白', kind: 'county', size: 0.3, korean: 0.15 },
  { key: 'syzx', name: '松原市中心医院', pref: 'SY', kind: 'city', size: 0.9, korean: 0.0 },
  { key: 'youtian', name: '吉林油田总医院', pref: 'SY', kind: 'enterprise', size: 0.9, korean: 0.0 },
  { key: 'qianguo', name: '前郭尔罗斯蒙古族自治县医院', pref: 'SY', town: '前郭', kind: 'county', size: 0.5, korean: 0.0 },
  { key: 'fuyu', name: '扶余市人民医院', pref: 'SY', town: '扶余', kind: 'county', size: 0.5, korean: 0.0 },
  { key: 'bczx', name: '白城市中心医院', pref: 'BC', kind: 'city', size: 0.9, korean: 0.0 },
  { key: 'taonan', name: '洮南市医院', pref: 'BC', town: '洮南', kind: 'county', size: 0.4, korean: 0.0 },
  { key: 'daan', name: '大安市医院', pref: 'BC', town: '大安', kind: 'county', size: 0.4, korean: 0.0 },
  { key: 'tongyu', name: '通榆县医院', pref: 'BC', town: '通榆', kind: 'county', size: 0.4, korean: 0.0 },
  { key: 'fushun', name: '洮南市福顺镇中心卫生院', pref: 'BC', town: '洮南', kind: 'township', size: 0.15, korean: 0.0 },
  { key: 'xinhua', name: '通榆县新华镇卫生院', pref: 'BC', town: '通榆', kind: 'township', size: 0.15, korean: 0.0 },
  { key: 'ybyy', name: '延边大学附属医院', pref: 'YB', town: '延吉', kind: 'teaching', size: 1.5, korean: 0.5 },
  { key: 'yanji', name: '延吉市医院', pref: 'YB', town: '延吉', kind: 'city', size: 0.6, korean: 0.55 },
  { key: 'ybzy', name: '延边州中医医院', pref: 'YB', town: '延吉', kind: 'city', size: 0.5, korean: 0.45 },
  { key: 'hunchun', name: '珲春市人民医院', pref: 'YB', town: '珲春', kind: 'county', size: 0.5, korean: 0.3 },
  { key: 'dunhua', name: '敦化市医院', pref: 'YB', town: '敦化', kind: 'county', size: 0.6, korean: 0.05 },
  { key: 'longjing', name: '龙井市医院', pref: 'YB', town: '龙井', kind: 'county', size: 0.4, korean: 0.6 },
  { key: 'tumen', name: '图们市医院', pref: 'YB', town: '图们', kind: 'county', size: 0.3, korean: 0.5 },
  { key: 'helong', name: '和龙市人民医院', pref: 'YB', town: '和龙', kind: 'county', size: 0.3, korean: 0.5 },
  { key: 'wangqing', name: '汪清县人民医院', pref: 'YB', town: '汪清', kind: 'county', size: 0.3, korean: 0.3 },
  { key: 'antu', name: '安图县人民医院', pref: 'YB', town: '安图', kind: 'county', size: 0.3, korean: 0.2 },
];

export function hospital(key: string): Hospital {
  const h = HOSPITALS.find((x) => x.key === key);
  if (!h) throw new Error(`no hospital ${key}`);
  return h;
}

export const HAN_SURNAMES = ['王', '李', '张', '刘', '陈', '杨', '赵', '孙', '于', '马', '高', '徐', '郭', '姜', '林', '宋', '曲', '吕', '郑', '何', '韩', '冯', '董', '曹', '丁', '付', '邢', '隋', '关', '佟', '那', '白', '谷', '丛'];
export const KOREAN_SURNAMES = ['金', '朴', '李', '崔', '郑', '姜', '赵', '尹', '韩', '张', '申', '权', '玄', '全', '南', '许', '沈', '黄', '吴', '方'];
export const HAN_GIVEN = ['丽', '丽娜', '晓燕', '春梅', '雪', '静', '婷婷', '佳琪', '美玲', '秀兰', '红梅', '海燕', '丹', '晶', '艳', '琳', '莹', '欣悦', '思雨', '梦瑶', '颖', '冬梅', '玉洁', '小雪', '晓丽', '淑芬', '桂芝', '雅楠', '铭', '浩然', '宇航', '博'];
export const KOREAN_GIVEN = ['美花', '英子', '顺姬', '京淑', '惠英', '玉花', '善花', '贞淑', '明月', '春花', '英兰', '香兰', '恩惠', '秀贤', '智慧', '美兰', '成哲'];
export const DEPARTMENTS = [
  '重症医学科', '急诊科', '心血管内科', '神经外科', '肿瘤内科', '儿科', '新生儿科', '产科', '血液净化中心', '感染科',
  '老年病科', '手术室', '呼吸与危重症医学科', '康复医学科', '骨科', '消化内科', '护理部', '烧伤整形科', '眼科', '内分泌科',
];
