import type { Rng } from '../../heldout/prng';
import type { Link } from './networks';

/** Who holds the phone: shares of brands and how old the phone and its WeChat are differ. */
export type Segment = 'village' | 'elder' | 'young' | 'migrant' | 'official' | 'student';

interface Model {
  brand: string;
  /** The model string the browser reports (`iPhone` for Apple). */
  code: string;
  /** Android versions it runs (iOS major versions for Apple). */
  os: readonly number[];
  fiveG: boolean;
  /** Weight per segment, in the order of SEGMENTS. */
  w: readonly number[];
}

const SEGMENTS: readonly Segment[] = ['village', 'elder', 'young', 'migrant', 'official', 'student'];

/** Handsets seen in rural Guangxi and among its workers in Guangdong. Weights: village, elder, young, migrant, official, student. */
const MODELS: readonly Model[] = [
  { brand: 'oppo', code: 'PHM110', os: [12, 13], fiveG: true, w: [8, 5, 4, 7, 2, 3] },
  { brand: 'oppo', code: 'PFTM10', os: [12, 13], fiveG: true, w: [6, 4, 3, 6, 1, 2] },
  { brand: 'oppo', code: 'PCAM10', os: [10, 11], fiveG: false, w: [5, 8, 1, 3, 1, 0] },
  { brand: 'oppo', code: 'PJE110', os: [14, 15], fiveG: true, w: [2, 0, 5, 3, 3, 4] },
  { brand: 'vivo', code: 'V2166A', os: [12, 13], fiveG: true, w: [8, 5, 4, 7, 2, 3] },
  { brand: 'vivo', code: 'V2057A', os: [11, 12], fiveG: true, w: [5, 7, 1, 4, 1, 1] },
  { brand: 'vivo', code: 'V2238A', os: [13, 14], fiveG: true, w: [3, 1, 5, 4, 3, 4] },
  { brand: 'vivo', code: 'V1934A', os: [10, 11], fiveG: false, w: [3, 7, 0, 2, 0, 0] },
  { brand: 'huawei', code: 'NOH-AN00', os: [12], fiveG: true, w: [2, 1, 3, 2, 8, 2] },
  { brand: 'huawei', code: 'ALN-AL00', os: [12], fiveG: false, w: [1, 0, 3, 1, 6, 2] },
  { brand: 'huawei', code: 'JAD-AL50', os: [12], fiveG: false, w: [2, 1, 3, 2, 6, 1] },
  { brand: 'huawei', code: 'CHL-AL60', os: [12], fiveG: false, w: [4, 3, 2, 3, 4, 1] },
  { brand: 'honor', code: 'ANY-AN00', os: [11, 12], fiveG: true, w: [4, 3, 3, 4, 2, 3] },
  { brand: 'honor', code: 'RKY-AN00', os: [12, 13], fiveG: true, w: [3, 2, 3, 3, 2, 3] },
  { brand: 'xiaomi', code: '23049RAD8C', os: [13, 14], fiveG: true, w: [4, 2, 6, 6, 2, 7] },
  { brand: 'xiaomi', code: '22081212C', os: [13, 14], fiveG: true, w: [2, 1, 5, 3, 2, 5] },
  { brand: 'xiaomi', code: 'M2006C3LC', os: [10, 11], fiveG: false, w: [3, 6, 1, 4, 0, 1] },
  { brand: 'xiaomi', code: '2312DRA50C', os: [14, 15], fiveG: true, w: [1, 0, 5, 3, 2, 8] },
  { brand: 'realme', code: 'RMX3562', os: [12, 13], fiveG: true, w: [1, 0, 3, 3, 0, 3] },
  { brand: 'apple', code: 'iPhone', os: [15, 16, 17, 18], fiveG: true, w: [5, 2, 14, 6, 10, 12] },
];

/** Android build ids by Android version, as AOSP-based ROMs report them. */
const BUILDS: Record<number, readonly string[]> = {
  10: ['QKQ1.200209.002', 'QP1A.190711.020'],
  11: ['RP1A.200720.011', 'RKQ1.201105.002'],
  12: ['SP1A.210812.003', 'SP1A.210812.016', 'SKQ1.211006.001'],
  13: ['TP1A.220624.014', 'TKQ1.220829.002', 'TKQ1.221114.001'],
  14: ['UKQ1.230804.001', 'UP1A.231005.007', 'UKQ1.231003.002'],
  15: ['AQ3A.240912.001', 'AP3A.240905.015'],
};

/** WeChat Android builds: version minor, build number, MMWEBSDK date, Chrome of its XWEB kernel. */
const ANDROID_WECHAT: ReadonlyArray<{ minor: number; build: number; sdk: string; chrome: string; xweb: string }> = [
  { minor: 38, build: 2400, sdk: '20230504', chrome: '107.0.5304.141', xweb: '5153' },
  { minor: 42, build: 2460, sdk: '20230805', chrome: '111.0.5563.116', xweb: '1110005' },
  { minor: 44, build: 2502, sdk: '20231002', chrome: '111.0.5563.116', xweb: '1110017' },
  { minor: 47, build: 2560, sdk: '20240101', chrome: '116.0.5845.114', xweb: '1160065' },
  { minor: 49, build: 2600, sdk: '20240301', chrome: '122.0.6261.120', xweb: '1220067' },
  { minor: 50, build: 2701, sdk: '20240404', chrome: '122.0.6261.120', xweb: '1220089' },
  { minor: 53, build: 2740, sdk: '20240802', chrome: '122.0.6261.120', xweb: '1220133' },
  { minor: 54, build: 2760, sdk: '20241103', chrome: '130.0.6723.103', xweb: '1300029' },
  { minor: 56, build: 2800, sdk: '20250201', chrome: '130.0.6723.103', xweb: '1300073' },
  { minor: 58, build: 2840, sdk: '20250404', chrome: '132.0.6834.163', xweb: '1320027' },
  { minor: 61, build: 2880, sdk: '20250703', chrome: '134.0.6998.136', xweb: '1340051' },
];

/** WeChat iOS builds: minor and the hex the UA carries. */
const IOS_WECHAT: ReadonlyArray<{ minor: number; hex: string }> = [
  { minor: 44, hex: '0x18002c2d' },
  { minor: 47, hex: '0x18002f2c' },
  { minor: 49, hex: '0x18003137' },
  { minor: 50, hex: '0x1800323c' },
  { minor: 54, hex: '0x18003637' },
  { minor: 56, hex: '0x18003831' },
  { minor: 59, hex: '0x18003b28' },
  { minor: 61, hex: '0x18003d2f' },
];
const IOS_MINOR: Record<number, readonly string[]> = { 15: ['15_7_9', '15_8_3'], 16: ['16_6_1', '16_7_10'], 17: ['17_4_1', '17_5_1', '17_6_1'], 18: ['18_3_2', '18_5', '18_6_2'] };

/**
 * One installed WeChat on one phone. The UA is fixed but for NetType, which follows the link;
 * `mmwebid` is the per-install number Android builds send.
 */
export interface Device {
  model: string;
  /** The UA with `{net}` where NetType goes. */
  template: string;
  fiveG: boolean;
}

/** How far behind the newest WeChat a segment's phones tend to be (in list steps). */
const LAG: Record<Segment, number> = { village: 3, elder: 5, young: 1, migrant: 2, official: 1, student: 0.6 };

function wechatIndex(rng: Rng, count: number, segment: Segment): number {
  return Math.max(0, count - 1 - Math.floor(rng.exponential(LAG[segment])));
}

export function pickModel(rng: Rng, segment: Segment): Model {
  const s = SEGMENTS.indexOf(segment);
  return MODELS[rng.weightedIndex(MODELS.map((m) => m.w[s]))];
}

/** A phone of a segment, with its WeChat, drawn from the shares above. */
export function newDevice(rng: Rng, segment: Segment, model: Model = pickModel(rng, segment)): Device {
  if (model.brand === 'apple') {
    const ios = rng.pick(model.os);
    const w = IOS_WECHAT[wechatIndex(rng, IOS_WECHAT.length, segment)];
    const template = `Mozilla/5.0 (iPhone; CPU iPhone OS ${rng.pick(IOS_MINOR[ios])} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.${w.minor}(${w.hex}) NetType/{net} Language/zh_CN`;
    return { model: 'iPhone', template, fiveG: true };
  }
  const android = rng.pick(model.os);
  const build = model.brand === 'huawei' || model.brand === 'honor' ? `${model.brand.toUpperCase()}${model.code}` : rng.pick(BUILDS[android]);
  const w = ANDROID_WECHAT[wechatIndex(rng, ANDROID_WECHAT.length, segment)];
  const hex = `0x2800${w.minor.toString(16).toUpperCase()}${rng.int(0x30, 0x3f).toString(16).toUpperCase()}`;
  const template =
    `Mozilla/5.0 (Linux; Android ${android}; ${model.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${w.chrome} Mobile Safari/537.36 ` +
    `XWEB/${w.xweb} MMWEBSDK/${w.sdk} MMWEBID/${rng.int(100, 9999)} MicroMessenger/8.0.${w.minor}.${w.build + rng.int(0, 3) * 20}(${hex}) WeChat/arm64 Weixin NetType/{net} Language/zh_CN ABI/arm64`;
  return { model: model.code, template, fiveG: model.fiveG };
}

/** The UA a device sends on a link: Wi-Fi, or 4G/5G on mobile data. */
export function userAgent(rng: Rng, device: Device, link: Link): string {
  const net = link === 'wifi' ? 'WIFI' : device.fiveG && rng.chance(0.45) ? '5G' : '4G';
  return device.template.replace('{net}', net);
}

/** A named model, for families that need one (the issued phones, a farm's batch). */
export function modelByCode(code: string): Model {
  const m = MODELS.find((x) => x.code === code);
  if (!m) throw new Error(`no model ${code}`);
  return m;
}
