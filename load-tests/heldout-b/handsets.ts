/**
 * Phones and the user-agent string WeChat's in-app browser sends from them (autumn 2024 versions).
 * Android strings carry the model code, the ROM build, the XWEB kernel, WeChat's version and a
 * per-install MMWEBID (0..9999, so thousands of strangers collide on it now and then). iOS strings
 * carry only the iOS and WeChat versions, so huge numbers of iPhones send the same string. Both
 * carry NetType, which follows the network of the moment (WIFI, 4G, 5G).
 */
import type { Rng } from '../heldout/prng';

export type NetType = 'WIFI' | '4G' | '5G';

export interface Model {
  code: string;
  brand: 'huawei' | 'honor' | 'xiaomi' | 'oppo' | 'vivo' | 'oneplus' | 'realme' | 'samsung' | 'apple';
  /** Relative share among phones in use in Jiangxi. */
  share: number;
  /** Budget phones: older Android, 32-bit WeChat sometimes, slower to update. */
  budget: boolean;
  fiveG: boolean;
  androids: readonly number[];
}

const m = (code: string, brand: Model['brand'], share: number, budget: boolean, fiveG: boolean, androids: number[]): Model => ({ code, brand, share, budget, fiveG, androids });

export const MODELS: readonly Model[] = [
  m('iPhone', 'apple', 21, false, true, []),
  m('ALN-AL00', 'huawei', 2.2, false, true, [12]),
  m('BRA-AL00', 'huawei', 1.8, false, true, [12]),
  m('NOH-AN00', 'huawei', 1.6, false, true, [12]),
  m('JAD-AL50', 'huawei', 1.2, false, false, [12]),
  m('ANA-AN00', 'huawei', 1.0, false, true, [10, 12]),
  m('FOA-AL00', 'huawei', 1.4, false, false, [12]),
  m('CTR-AL00', 'huawei', 1.1, false, false, [12]),
  m('MAO-AL00', 'huawei', 0.9, true, false, [12]),
  m('ANY-AN00', 'honor', 1.5, true, true, [11, 12]),
  m('RMO-AN00', 'honor', 1.3, true, true, [13, 14]),
  m('ALI-AN00', 'honor', 1.1, false, true, [13, 14]),
  m('ELZ-AN00', 'honor', 0.9, false, true, [14]),
  m('VNE-AN00', 'honor', 0.8, true, true, [12, 13]),
  m('23127PN0CC', 'xiaomi', 1.6, false, true, [14]),
  m('2211133C', 'xiaomi', 1.4, false, true, [13, 14]),
  m('23049RAD8C', 'xiaomi', 1.7, false, true, [13, 14]),
  m('22041216C', 'xiaomi', 1.2, false, true, [12, 13]),
  m('M2012K11AC', 'xiaomi', 1.0, false, true, [11, 12, 13]),
  m('23076RA4BC', 'xiaomi', 1.5, true, true, [13, 14]),
  m('22120RN86C', 'xiaomi', 1.3, true, false, [12, 13]),
  m('M2006C3LC', 'xiaomi', 0.8, true, false, [10]),
  m('220233L2C', 'xiaomi', 0.9, true, false, [11, 12]),
  m('PJA110', 'oppo', 1.0, false, true, [14]),
  m('PHM110', 'oppo', 1.3, false, true, [13, 14]),
  m('PJH110', 'oppo', 1.2, false, true, [14]),
  m('PHJ110', 'oppo', 1.1, true, true, [13]),
  m('PFTM20', 'oppo', 1.2, true, true, [12, 13]),
  m('PEHM00', 'oppo', 0.8, true, true, [11, 12]),
  m('PBAM00', 'oppo', 0.5, true, false, [9, 10]),
  m('V2307A', 'vivo', 1.2, false, true, [14]),
  m('V2229A', 'vivo', 1.2, false, true, [13, 14]),
  m('V2243A', 'vivo', 1.0, false, true, [13]),
  m('V2309A', 'vivo', 1.3, true, true, [13, 14]),
  m('V2166A', 'vivo', 1.0, true, true, [11, 12]),
  m('V2057A', 'vivo', 0.8, true, false, [10, 11]),
  m('V1901A', 'vivo', 0.5, true, false, [9]),
  m('PJZ110', 'oneplus', 0.7, false, true, [14]),
  m('RMX3706', 'realme', 0.5, true, true, [13]),
  m('SM-S9180', 'samsung', 0.4, false, true, [14]),
];

const BUILDS: Record<number, string[]> = {
  9: ['PKQ1.180904.001', 'PPR1.180610.011'],
  10: ['QKQ1.191014.001', 'QP1A.190711.020'],
  11: ['RKQ1.200826.002', 'RP1A.200720.011'],
  12: ['SKQ1.211006.001', 'SP1A.210812.016'],
  13: ['TKQ1.221114.001', 'TP1A.220624.014'],
  14: ['UKQ1.230804.001', 'UP1A.231005.007'],
};

// WeChat for Android / iOS versions seen in autumn 2024, newest commonest.
const WX_ANDROID = [
  { v: '8.0.44.2502(0x28002C36)', sdk: '20231002', w: 1 },
  { v: '8.0.47.2560(0x28002F30)', sdk: '20240301', w: 2 },
  { v: '8.0.49.2600(0x28003133)', sdk: '20240404', w: 4 },
  { v: '8.0.50.2701(0x28003237)', sdk: '20240501', w: 7 },
  { v: '8.0.51.2720(0x28003335)', sdk: '20240802', w: 9 },
];
const WX_IOS = [
  { v: '8.0.47(0x18002f2c)', w: 1 },
  { v: '8.0.49(0x18003137)', w: 3 },
  { v: '8.0.50(0x1800323d)', w: 7 },
  { v: '8.0.51(0x18003323)', w: 9 },
];
const XWEB = [
  { chrome: '116.0.0.0', xweb: '1160117', w: 1 },
  { chrome: '122.0.6261.120', xweb: '1220133', w: 3 },
  { chrome: '126.0.6478.188', xweb: '1260117', w: 6 },
];
const IOS = [
  { v: '15_8_3', w: 1 },
  { v: '16_7_8', w: 2 },
  { v: '17_5_1', w: 4 },
  { v: '17_6_1', w: 7 },
  { v: '18_0_1', w: 4 },
  { v: '18_1', w: 2 },
];

/** One WeChat install on one phone. The UA is split around NetType, which changes with the network. */
export interface Phone {
  model: Model;
  head: string;
  tail: string;
}

export function ua(phone: Phone, net: NetType): string {
  return `${phone.head}${net}${phone.tail}`;
}

/** A phone model drawn by market share (optionally only among `among`). */
export function drawModel(rng: Rng, among: readonly Model[] = MODELS): Model {
  return among[rng.weightedIndex(among.map((x) => x.share))];
}

export function model(code: string): Model {
  const found = MODELS.find((x) => x.code === code);
  if (!found) throw new Error(`unknown model ${code}`);
  return found;
}

export interface InstallOptions {
  /** Force the same software on every phone of a batch (company MDM, a flashed ROM). */
  android?: number;
  build?: string;
  wechat?: number;
  xweb?: number;
  ios?: number;
  mmwebid?: number;
}

/** Software of one install: versions drawn as a real user's would be, unless fixed by `opts`. */
export function install(rng: Rng, mdl: Model, opts: InstallOptions = {}): Phone {
  // Budget phones lag behind on updates.
  const lag = (n: number) => (mdl.budget ? Math.max(0, n - rng.int(0, 2)) : n);
  if (mdl.brand === 'apple') {
    const ios = IOS[opts.ios ?? lag(rng.weightedIndex(IOS.map((x) => x.w)))];
    const wx = WX_IOS[opts.wechat ?? lag(rng.weightedIndex(WX_IOS.map((x) => x.w)))];
    return {
      model: mdl,
      head: `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios.v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wx.v} NetType/`,
      tail: ' Language/zh_CN',
    };
  }
  const android = opts.android ?? rng.pick(mdl.androids);
  const build = opts.build ?? (mdl.brand === 'huawei' || mdl.brand === 'honor' ? `${mdl.brand.toUpperCase()}${mdl.code}` : rng.pick(BUILDS[android] ?? BUILDS[12]));
  const wx = WX_ANDROID[opts.wechat ?? lag(rng.weightedIndex(WX_ANDROID.map((x) => x.w)))];
  const xw = XWEB[opts.xweb ?? lag(rng.weightedIndex(XWEB.map((x) => x.w)))];
  const id = opts.mmwebid ?? rng.int(0, 9999);
  const abi = mdl.budget && android <= 10 && rng.chance(0.5) ? 'arm32' : 'arm64';
  return {
    model: mdl,
    head:
      `Mozilla/5.0 (Linux; Android ${android}; ${mdl.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${xw.chrome} Mobile Safari/537.36 ` +
      `XWEB/${xw.xweb} MMWEBSDK/${wx.sdk} MMWEBID/${id} MicroMessenger/${wx.v} WeChat/${abi} Weixin NetType/`,
    tail: ` Language/zh_CN ABI/${abi}`,
  };
}

/** A phone as an ordinary person in Jiangxi would have it. */
export function ownPhone(rng: Rng, among?: readonly Model[]): Phone {
  return install(rng, drawModel(rng, among));
}

export const BUDGET_MODELS: readonly Model[] = MODELS.filter((x) => x.budget);
export const ANDROID_MODELS: readonly Model[] = MODELS.filter((x) => x.brand !== 'apple');
