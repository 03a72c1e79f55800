import type { Rng } from '../../heldout/prng';

/**
 * Handsets and WeChat builds as they show in the in-app browser's user agent. A device keeps its
 * model, system, WeChat build and install id; only `NetType` follows the connection.
 */
export type NetType = 'WIFI' | '4G' | '5G' | '3G';

export interface Device {
  pre: string;
  post: string;
  fiveG: boolean;
}

export function ua(d: Device, net: NetType): string {
  return d.pre + (net === '5G' && !d.fiveG ? '4G' : net) + d.post;
}

/** [model code, Android major, build id, 5G, segment weights: young, mid, rural, budget]. */
type Model = [string, number, string, boolean, number, number, number, number];
const ANDROID: readonly Model[] = [
  ['ALN-AL00', 12, 'HUAWEIALN-AL00', true, 5, 3, 1, 0],
  ['FOA-AL00', 12, 'HUAWEIFOA-AL00', true, 3, 3, 1, 0],
  ['LNA-AL00', 12, 'HUAWEILNA-AL00', true, 2, 2, 1, 0],
  ['MGA-AL00', 12, 'HUAWEIMGA-AL00', true, 0, 2, 4, 3],
  ['ALI-AN00', 13, 'HONORALI-AN00', true, 3, 3, 2, 1],
  ['REA-AN00', 13, 'HONORREA-AN00', true, 2, 2, 1, 0],
  ['CMA-AN00', 13, 'HONORCMA-AN00', true, 0, 1, 3, 3],
  ['23127PN0CC', 14, 'UKQ1.230804.001', true, 4, 2, 0, 0],
  ['23113RKC6C', 14, 'UKQ1.230804.001', true, 3, 2, 1, 0],
  ['22101317C', 13, 'TKQ1.221114.001', true, 1, 3, 3, 2],
  ['22120RN86C', 13, 'TP1A.220624.014', false, 0, 1, 4, 5],
  ['23076RA4BC', 14, 'UP1A.231005.007', true, 1, 2, 3, 3],
  ['PHW110', 14, 'UP1A.230620.001', true, 2, 2, 1, 0],
  ['PJJ110', 14, 'UP1A.231005.007', true, 0, 1, 3, 3],
  ['V2309A', 14, 'UP1A.231005.007', true, 3, 2, 1, 0],
  ['V2271A', 13, 'TP1A.220624.014', true, 0, 2, 3, 3],
  ['V2247A', 13, 'TP1A.220624.014', true, 0, 1, 2, 3],
  ['SM-S9180', 14, 'UP1A.231005.007', true, 1, 1, 0, 0],
];
/** Old phones still in herders' pockets: [model, Android major, build id]. */
const OLD_ANDROID: ReadonlyArray<[string, number, string]> = [
  ['DUB-AL00', 8, 'HUAWEIDUB-AL00'],
  ['JSN-AL00a', 10, 'HONORJSN-AL00a'],
  ['PBAM00', 8, 'OPM1.171019.026'],
  ['vivo Y93', 8, 'O11019'],
  ['Redmi Note 8', 10, 'QKQ1.200114.002'],
  ['Redmi 9A', 10, 'QP1A.190711.020'],
  ['V1818A', 9, 'PKQ1.180819.001'],
  ['PCAM10', 10, 'QKQ1.191224.003'],
];
const IOS = ['15_8_3', '16_7_10', '17_5_1', '17_6_1', '18_1_1', '18_3_2', '18_5', '18_6_2'];
/** WeChat 8.0.x builds: [x, Android build number]. */
const WECHAT: ReadonlyArray<[number, number]> = [
  [44, 2502], [47, 2560], [48, 2580], [49, 2600], [50, 2620], [53, 2780], [54, 2800], [56, 2840], [58, 2880], [60, 2900], [61, 2920],
];
const OLD_WECHAT: ReadonlyArray<[number, number]> = [[25, 2200], [28, 2240], [30, 2280], [32, 2300], [37, 2380], [38, 2400]];

export type Segment = 'young' | 'mid' | 'rural' | 'budget';
const SEG_INDEX: Record<Segment, number> = { young: 4, mid: 5, rural: 6, budget: 7 };
const IPHONE_SHARE: Record<Segment, number> = { young: 0.38, mid: 0.22, rural: 0.1, budget: 0.05 };

function hex8(n: number): string {
  return n.toString(16).toUpperCase().padStart(8, '0');
}

export interface AndroidSpec {
  model: string;
  android: number;
  build: string;
  fiveG: boolean;
  wechat: [number, number];
  language?: string;
  /** An older phone: an older Chrome/XWEB kernel. */
  old?: boolean;
}

export function androidDevice(rng: Rng, s: AndroidSpec, webId = rng.int(1000, 9999)): Device {
  const [x, b] = s.wechat;
  const chrome = s.old ? 86 + Math.max(0, x - 25) : 100 + Math.max(0, x - 40) + rng.int(0, 2);
  const xweb = s.old ? `TBS/0${45 + Math.max(0, x - 28)}${rng.int(100, 999)}` : `XWEB/${chrome}0${rng.int(100, 299)}`;
  const sdk = s.old ? `MMWEBSDK/2021${String(rng.int(1, 12)).padStart(2, '0')}01` : `MMWEBSDK/2024${String(rng.int(1, 12)).padStart(2, '0')}01`;
  const pre =
    `Mozilla/5.0 (Linux; Android ${s.android}; ${s.model} Build/${s.build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ` +
    `Chrome/${chrome}.0.${rng.int(4000, 6700)}.${rng.int(10, 199)} Mobile Safari/537.36 ${xweb} ${sdk} MMWEBID/${webId} ` +
    `MicroMessenger/8.0.${x}.${b}(0x${hex8(0x28003000 + x * 16 + (b % 13))}) WeChat/arm64 Weixin NetType/`;
  return { pre, post: ` Language/${s.language ?? 'zh_CN'} ABI/arm64`, fiveG: s.fiveG };
}

export function iosDevice(rng: Rng, language = 'zh_CN', version = rng.pick(IOS), wechat = rng.pick(WECHAT)): Device {
  const pre = `Mozilla/5.0 (iPhone; CPU iPhone OS ${version} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.${wechat[0]}(0x${hex8(0x18003000 + wechat[0] * 16 + 3)}) NetType/`;
  return { pre, post: ` Language/${language}`, fiveG: !version.startsWith('15') };
}

/** A WeChat build a phone of this segment runs: rural and budget phones update late. */
function wechatFor(rng: Rng, seg: Segment): [number, number] {
  const lag = seg === 'young' ? 0 : seg === 'mid' ? 2 : 4;
  const i = Math.max(0, WECHAT.length - 1 - Math.floor(rng.exponential(lag + 1.2)));
  return WECHAT[i];
}

export function pickModel(rng: Rng, seg: Segment): Model {
  return ANDROID[rng.weightedIndex(ANDROID.map((m) => m[SEG_INDEX[seg]] as number))];
}

/** A person's own phone. */
export function phoneFor(rng: Rng, seg: Segment, language = 'zh_CN'): Device {
  if (rng.chance(IPHONE_SHARE[seg])) return iosDevice(rng, language, rng.pick(seg === 'young' ? IOS.slice(3) : IOS), wechatFor(rng, seg));
  if ((seg === 'rural' || seg === 'budget') && rng.chance(0.12)) return oldPhone(rng, language);
  const m = pickModel(rng, seg);
  return androidDevice(rng, { model: m[0], android: m[1] + (rng.chance(0.3) ? 1 : 0), build: m[2], fiveG: m[3], wechat: wechatFor(rng, seg), language });
}

/** An old Android phone on an old WeChat build. */
export function oldPhone(rng: Rng, language = 'zh_CN'): Device {
  const [model, android, build] = rng.pick(OLD_ANDROID);
  return androidDevice(rng, { model, android, build, fiveG: false, wechat: rng.pick(OLD_WECHAT), language, old: true });
}

export const WECHAT_BUILDS = WECHAT;
export const ANDROID_MODELS = ANDROID;
