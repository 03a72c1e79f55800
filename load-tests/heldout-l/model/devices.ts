import type { Rng } from '../../heldout/prng';

/** A WeChat install on a phone: the UA is fixed but for the connection it reports. */
export interface Device {
  model: string;
  ua(netType: string): string;
}

/** Who carries the phone: it shifts the brand mix and how old the phone and its WeChat are. */
export type Segment = 'city' | 'county' | 'elder' | 'migrant' | 'student';

interface Model {
  code: string;
  brand: 'apple' | 'huawei' | 'honor' | 'xiaomi' | 'oppo' | 'vivo' | 'samsung';
  android: number;
  fiveG: boolean;
  /** Share in each segment: city, county, elder, migrant, student. */
  w: [number, number, number, number, number];
}

const MODELS: Model[] = [
  { code: 'iPhone', brand: 'apple', android: 0, fiveG: true, w: [30, 14, 4, 8, 22] },
  { code: 'ALN-AL00', brand: 'huawei', android: 12, fiveG: true, w: [8, 5, 2, 2, 2] },
  { code: 'BRA-AL00', brand: 'huawei', android: 12, fiveG: true, w: [5, 5, 2, 2, 2] },
  { code: 'FOA-AL00', brand: 'huawei', android: 12, fiveG: true, w: [4, 6, 3, 4, 4] },
  { code: 'JAD-AL80', brand: 'huawei', android: 12, fiveG: false, w: [1, 4, 8, 3, 1] },
  { code: 'ANY-AN00', brand: 'honor', android: 13, fiveG: true, w: [3, 6, 6, 7, 4] },
  { code: 'ALI-AN00', brand: 'honor', android: 14, fiveG: true, w: [3, 5, 3, 6, 5] },
  { code: 'VNE-AN00', brand: 'honor', android: 12, fiveG: false, w: [1, 3, 6, 4, 1] },
  { code: '23127PN0CC', brand: 'xiaomi', android: 14, fiveG: true, w: [6, 3, 1, 3, 6] },
  { code: '23090RA98C', brand: 'xiaomi', android: 14, fiveG: true, w: [3, 6, 4, 9, 8] },
  { code: '22101317C', brand: 'xiaomi', android: 13, fiveG: true, w: [2, 4, 4, 7, 5] },
  { code: 'M2006C3LC', brand: 'xiaomi', android: 10, fiveG: false, w: [0, 2, 8, 4, 1] },
  { code: 'PJZ110', brand: 'oppo', android: 14, fiveG: true, w: [3, 6, 3, 5, 5] },
  { code: 'PHM110', brand: 'oppo', android: 13, fiveG: true, w: [2, 6, 5, 6, 3] },
  { code: 'PDYM20', brand: 'oppo', android: 11, fiveG: false, w: [0, 3, 9, 4, 1] },
  { code: 'V2309A', brand: 'vivo', android: 14, fiveG: true, w: [4, 6, 2, 4, 5] },
  { code: 'V2238A', brand: 'vivo', android: 13, fiveG: true, w: [2, 8, 6, 8, 6] },
  { code: 'V2166A', brand: 'vivo', android: 12, fiveG: true, w: [1, 5, 8, 6, 3] },
  { code: 'V1818A', brand: 'vivo', android: 10, fiveG: false, w: [0, 2, 10, 2, 0] },
  { code: 'SM-S9210', brand: 'samsung', android: 14, fiveG: true, w: [2, 1, 0, 1, 1] },
];

const BUILDS: Record<number, string[]> = {
  10: ['QKQ1.190915.002', 'QP1A.190711.020'],
  11: ['RP1A.200720.011', 'RKQ1.200826.002'],
  12: ['SP1A.210812.016', 'SKQ1.211006.001'],
  13: ['TP1A.220624.014', 'TKQ1.221114.001'],
  14: ['UP1A.231005.007', 'UKQ1.230804.001'],
  15: ['AP3A.240905.015.A2', 'BP1A.250305.019'],
};

/** WeChat 8.0.x releases of 2024–2025: minor, Android build number and the client version word. */
const WECHAT: Array<[number, number]> = [
  [47, 2560], [48, 2580], [49, 2600], [50, 2620], [51, 2640], [53, 2680], [54, 2700], [55, 2720], [56, 2780], [57, 2820], [58, 2840], [60, 2880], [61, 2900],
];
const XWEB: Record<number, string> = { 0: '1300289', 1: '1300409', 2: '1300467' };
const IOS = ['16_7_10', '17_5_1', '17_6_1', '18_1_1', '18_3_2', '18_5', '18_6_2', '26_0_1'];

const SEG_INDEX: Record<Segment, number> = { city: 0, county: 1, elder: 2, migrant: 3, student: 4 };

/** One model by segment share (codes only; for families that hand out one model to many people). */
export function pickModel(rng: Rng, segment: Segment): string {
  const i = SEG_INDEX[segment];
  return MODELS[rng.weightedIndex(MODELS.map((m) => m.w[i]))].code;
}

/** How far behind the newest WeChat a segment runs (elders update rarely). */
const LAG: Record<Segment, number> = { city: 2, county: 4, elder: 8, migrant: 4, student: 2 };

/** A genuine WeChat install: the model by segment share, or a given model (and WeChat release). */
export function phone(rng: Rng, segment: Segment, opts: { model?: string; wechat?: number; lang?: string } = {}): Device {
  const m = opts.model ? (MODELS.find((x) => x.code === opts.model) ?? MODELS[0]) : MODELS[rng.weightedIndex(MODELS.map((x) => x.w[SEG_INDEX[segment]]))];
  const wi = opts.wechat ?? Math.max(0, WECHAT.length - 1 - Math.floor(rng.exponential(LAG[segment])));
  const [minor, wbuild] = WECHAT[Math.min(wi, WECHAT.length - 1)];
  const lang = opts.lang ?? 'zh_CN';
  if (m.brand === 'apple') {
    const ios = IOS[Math.min(IOS.length - 1, Math.max(0, Math.round(IOS.length - 1 - rng.exponential(LAG[segment] / 2))))];
    const word = (0x18003000 + minor * 0x40 + rng.int(0, 15)).toString(16);
    const pre = `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.${minor}(0x${word}) `;
    return { model: 'iPhone', ua: (net) => `${pre}NetType/${net} Language/${lang}` };
  }
  const android = Math.max(m.android, m.brand === 'huawei' ? 12 : m.android);
  const build = m.brand === 'huawei' || m.brand === 'honor' ? `${m.brand.toUpperCase()}${m.code}` : rng.pick(BUILDS[android] ?? BUILDS[13]);
  const chrome = `${118 + Math.floor(minor / 5)}.0.${6000 + minor * 13}.${rng.int(40, 180)}`;
  const xweb = XWEB[Math.min(2, Math.floor((minor - 47) / 5))];
  const sdk = `2024${String(1 + (minor % 12)).padStart(2, '0')}01`;
  const word = (0x28003000 + minor * 0x30 + (wbuild % 16)).toString(16);
  const pre =
    `Mozilla/5.0 (Linux; Android ${android}; ${m.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome} Mobile Safari/537.36 ` +
    `XWEB/${xweb} MMWEBSDK/${sdk} MMWEBID/${rng.int(100, 9999)} MicroMessenger/8.0.${minor}.${wbuild}(0x${word}) WeChat/arm64 Weixin `;
  return { model: m.code, ua: (net) => `${pre}NetType/${net === '5G' && !m.fiveG ? '4G' : net} Language/${lang} ABI/arm64` };
}

/** The newest WeChat release index (for managed installs pinned to one build). */
export const NEWEST_WECHAT = WECHAT.length - 1;
