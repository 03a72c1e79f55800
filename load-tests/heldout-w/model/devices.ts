import type { Rng } from '../../heldout/prng';

/** Who holds the phone decides its age, brand and how far WeChat lags behind. */
export type Profile = 'young' | 'adult' | 'elderly' | 'korea';
export type NetType = 'WIFI' | '4G' | '5G';

export interface Handset {
  code: string;
  /** Huawei and Honor put `HUAWEI<code>` / `HONOR<code>` where others put an AOSP build id. */
  brand: 'huawei' | 'honor' | 'xiaomi' | 'oppo' | 'vivo' | 'samsung';
  android: readonly [number, number];
  fiveG: boolean;
  w: Partial<Record<Profile, number>>;
}

/** Handsets seen in Jilin (and, for `korea`, the Korean-market Galaxies of relatives in Korea). */
export const HANDSETS: readonly Handset[] = [
  { code: 'ALN-AL00', brand: 'huawei', android: [12, 12], fiveG: true, w: { young: 1.5, adult: 3, elderly: 1 } },
  { code: 'NOH-AN00', brand: 'huawei', android: [10, 12], fiveG: true, w: { young: 0.5, adult: 1.5, elderly: 1 } },
  { code: 'ANA-AN00', brand: 'huawei', android: [10, 12], fiveG: true, w: { young: 0.3, adult: 1, elderly: 0.8 } },
  { code: 'JEF-AN00', brand: 'huawei', android: [10, 12], fiveG: true, w: { young: 0.6, adult: 0.8, elderly: 0.6 } },
  { code: 'FOA-AL00', brand: 'huawei', android: [12, 12], fiveG: false, w: { young: 1.2, adult: 1.2, elderly: 0.3 } },
  { code: 'WKG-AN00', brand: 'huawei', android: [10, 12], fiveG: true, w: { young: 0.3, adult: 0.6, elderly: 1.3 } },
  { code: 'ELE-AL00', brand: 'huawei', android: [10, 12], fiveG: false, w: { young: 0.2, adult: 0.6, elderly: 1.2 } },
  { code: 'HMA-AL00', brand: 'huawei', android: [10, 12], fiveG: false, w: { young: 0.1, adult: 0.5, elderly: 1.2 } },
  { code: 'ARS-AL00', brand: 'huawei', android: [9, 10], fiveG: false, w: { adult: 0.1, elderly: 0.9 } },
  { code: 'RMO-AN00', brand: 'honor', android: [12, 13], fiveG: true, w: { young: 1, adult: 1.5, elderly: 1 } },
  { code: 'ANY-AN00', brand: 'honor', android: [11, 12], fiveG: true, w: { young: 0.8, adult: 1, elderly: 1 } },
  { code: 'REA-AN00', brand: 'honor', android: [13, 14], fiveG: true, w: { young: 1.2, adult: 1, elderly: 0.2 } },
  { code: 'PGT-AN00', brand: 'honor', android: [13, 14], fiveG: true, w: { young: 0.5, adult: 0.8 } },
  { code: 'ALI-AN00', brand: 'honor', android: [13, 14], fiveG: true, w: { young: 1, adult: 1.2, elderly: 0.6 } },
  { code: 'HLK-AL00', brand: 'honor', android: [9, 10], fiveG: false, w: { young: 0.1, adult: 0.2, elderly: 0.8 } },
  { code: '23127PN0CC', brand: 'xiaomi', android: [14, 15], fiveG: true, w: { young: 1.5, adult: 1 } },
  { code: '2211133C', brand: 'xiaomi', android: [13, 15], fiveG: true, w: { young: 1, adult: 0.8 } },
  { code: '22081212C', brand: 'xiaomi', android: [12, 14], fiveG: true, w: { young: 0.5, adult: 0.6 } },
  { code: '23049RAD8C', brand: 'xiaomi', android: [13, 14], fiveG: true, w: { young: 1.5, adult: 0.8, elderly: 0.3 } },
  { code: '22101317C', brand: 'xiaomi', android: [12, 14], fiveG: true, w: { young: 0.8, adult: 1, elderly: 0.8 } },
  { code: '2312DRAABC', brand: 'xiaomi', android: [13, 14], fiveG: true, w: { young: 1, adult: 0.8, elderly: 0.5 } },
  { code: 'M2006C3LC', brand: 'xiaomi', android: [10, 10], fiveG: false, w: { adult: 0.3, elderly: 1.5 } },
  { code: 'M2012K11AC', brand: 'xiaomi', android: [11, 13], fiveG: true, w: { young: 0.8, adult: 0.5 } },
  { code: 'PGBM10', brand: 'oppo', android: [12, 14], fiveG: true, w: { young: 1, adult: 1, elderly: 0.4 } },
  { code: 'PEQM00', brand: 'oppo', android: [11, 13], fiveG: true, w: { young: 0.4, adult: 0.8, elderly: 0.8 } },
  { code: 'PFUM10', brand: 'oppo', android: [11, 13], fiveG: false, w: { adult: 0.6, elderly: 1 } },
  { code: 'PJJ110', brand: 'oppo', android: [14, 14], fiveG: true, w: { young: 1, adult: 0.6 } },
  { code: 'PDYM20', brand: 'oppo', android: [10, 12], fiveG: true, w: { adult: 0.4, elderly: 1 } },
  { code: 'V2219A', brand: 'vivo', android: [12, 13], fiveG: true, w: { adult: 0.8, elderly: 1 } },
  { code: 'V2309A', brand: 'vivo', android: [14, 15], fiveG: true, w: { young: 1, adult: 1 } },
  { code: 'V2183A', brand: 'vivo', android: [11, 13], fiveG: true, w: { young: 0.4, adult: 0.6 } },
  { code: 'V2166A', brand: 'vivo', android: [11, 12], fiveG: true, w: { adult: 0.4, elderly: 1.1 } },
  { code: 'V2254A', brand: 'vivo', android: [13, 14], fiveG: true, w: { young: 1.2, adult: 0.7 } },
  { code: 'V1901A', brand: 'vivo', android: [9, 9], fiveG: false, w: { elderly: 1 } },
  { code: 'SM-S9180', brand: 'samsung', android: [13, 15], fiveG: true, w: { young: 0.2, adult: 0.2 } },
  { code: 'SM-S918N', brand: 'samsung', android: [13, 15], fiveG: true, w: { korea: 2 } },
  { code: 'SM-S921N', brand: 'samsung', android: [14, 15], fiveG: true, w: { korea: 2 } },
  { code: 'SM-A536N', brand: 'samsung', android: [12, 14], fiveG: true, w: { korea: 2 } },
  { code: 'SM-G991N', brand: 'samsung', android: [12, 14], fiveG: true, w: { korea: 1.2 } },
  { code: 'SM-A346N', brand: 'samsung', android: [13, 14], fiveG: true, w: { korea: 1 } },
];

const IPHONE_SHARE: Record<Profile, number> = { young: 0.3, adult: 0.22, elderly: 0.07, korea: 0.35 };

const BUILD_IDS: Record<number, readonly string[]> = {
  9: ['PPR1.180610.011', 'PKQ1.190118.001'],
  10: ['QKQ1.191222.002', 'QP1A.190711.020'],
  11: ['RKQ1.200826.002', 'RP1A.200720.012'],
  12: ['SKQ1.211006.001', 'SP1A.210812.016'],
  13: ['TKQ1.221114.001', 'TP1A.220905.001', 'TP1A.220624.014'],
  14: ['UKQ1.230804.001', 'UP1A.231005.007', 'UKQ1.231108.001'],
  15: ['AQ3A.240812.002', 'AP3A.240905.015', 'AQ3A.240912.001'],
};

export interface WechatBuild {
  v: string;
  build: number;
  tail: string;
  sdk: string;
}

/** WeChat for Android and iOS releases up to spring 2025, newest first. */
export const WECHAT: readonly WechatBuild[] = [
  { v: '8.0.59', build: 2860, tail: '35', sdk: '20250404' },
  { v: '8.0.58', build: 2840, tail: '3B', sdk: '20250305' },
  { v: '8.0.57', build: 2820, tail: '35', sdk: '20250206' },
  { v: '8.0.56', build: 2800, tail: '37', sdk: '20250104' },
  { v: '8.0.55', build: 2780, tail: '37', sdk: '20241202' },
  { v: '8.0.54', build: 2760, tail: '33', sdk: '20241103' },
  { v: '8.0.53', build: 2740, tail: '39', sdk: '20240903' },
  { v: '8.0.51', build: 2720, tail: '33', sdk: '20240705' },
  { v: '8.0.50', build: 2701, tail: '35', sdk: '20240605' },
  { v: '8.0.49', build: 2600, tail: '3D', sdk: '20240404' },
  { v: '8.0.48', build: 2580, tail: '33', sdk: '20240301' },
  { v: '8.0.47', build: 2560, tail: '35', sdk: '20240103' },
  { v: '8.0.44', build: 2502, tail: '33', sdk: '20231002' },
  { v: '8.0.42', build: 2460, tail: '3D', sdk: '20230805' },
  { v: '8.0.40', build: 2420, tail: '37', sdk: '20230701' },
];

/** How fast each profile updates WeChat: weight of the k-th newest release is decay^k. */
const LAG: Record<Profile, number> = { young: 0.5, adult: 0.62, elderly: 0.82, korea: 0.6 };

interface Kernel {
  chrome: string;
  xweb: string;
}
const K: Record<string, Kernel> = {
  k107: { chrome: '107.0.5304.141', xweb: '5169' },
  k111: { chrome: '111.0.5563.116', xweb: '5235' },
  k116: { chrome: '116.0.5845.114', xweb: '1160117' },
  k122: { chrome: '122.0.6261.120', xweb: '1220099' },
  k130a: { chrome: '130.0.6723.103', xweb: '1300289' },
  k130b: { chrome: '130.0.6723.103', xweb: '1300467' },
};

/** XWEB kernels arrive separately from WeChat, but a build only runs kernels of its era. */
function kernelFor(rng: Rng, w: WechatBuild): Kernel {
  const minor = Number(w.v.split('.')[2]);
  if (minor <= 44) return K[rng.pick(['k107', 'k111', 'k111', 'k116'])];
  if (minor <= 50) return K[rng.pick(['k116', 'k122', 'k122'])];
  if (minor <= 55) return K[rng.pick(['k122', 'k130a', 'k130a'])];
  return K[rng.pick(['k122', 'k130a', 'k130b', 'k130b'])];
}

const IOS: Record<Profile, readonly string[]> = {
  young: ['18_4_1', '18_4_1', '18_4', '18_3_2', '18_3_1', '18_2_1', '17_6_1'],
  adult: ['18_4_1', '18_4', '18_3_2', '18_3_1', '18_1_1', '17_6_1', '17_5_1', '17_4_1', '16_7_10', '16_6'],
  elderly: ['18_3_2', '17_5_1', '17_0_3', '16_7_10', '16_7_10', '16_6', '15_8_3', '15_7_9'],
  korea: ['18_4_1', '18_4', '18_3_2', '18_3_1', '17_6_1', '17_5_1', '16_7_10'],
};

export type Device =
  | { os: 'android'; handset: Handset; android: number; buildId: string; wechat: WechatBuild; kernel: Kernel; webId: number; arm32: boolean }
  | { os: 'ios'; ios: string; wechat: WechatBuild }
  | { os: 'pc'; ua: string };

export function pickWechat(rng: Rng, profile: Profile, newestIndex = 0): WechatBuild {
  const weights = WECHAT.map((_, k) => (k < newestIndex ? 0 : Math.pow(LAG[profile], k - newestIndex)));
  return WECHAT[rng.weightedIndex(weights)];
}

export function pickHandset(rng: Rng, profile: Profile): Handset {
  return HANDSETS[rng.weightedIndex(HANDSETS.map((h) => h.w[profile] ?? 0))];
}

/** An Android install of WeChat on a given handset. */
export function androidDevice(rng: Rng, handset: Handset, wechat: WechatBuild, android?: number): Device {
  const a = android ?? rng.int(handset.android[0], handset.android[1]);
  const buildId = handset.brand === 'huawei' ? `HUAWEI${handset.code}` : handset.brand === 'honor' ? `HONOR${handset.code}` : rng.pick(BUILD_IDS[a]);
  return { os: 'android', handset, android: a, buildId, wechat, kernel: kernelFor(rng, wechat), webId: rng.int(1, 9999), arm32: a <= 10 && rng.chance(0.1) };
}

/**
 * One person's phone. How far WeChat lags behind is the person's habit (elderly people rarely
 * accept updates), not the handset's: old phones still take the newest builds.
 */
export function makeDevice(rng: Rng, profile: Profile): Device {
  if (rng.chance(IPHONE_SHARE[profile])) return { os: 'ios', ios: rng.pick(IOS[profile]), wechat: pickWechat(rng, profile) };
  const handset = pickHandset(rng, profile);
  return androidDevice(rng, handset, pickWechat(rng, profile));
}

const PC_UAS = [
  'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090c33) XWEB/11581 Flue',
  'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090c11) XWEB/11275 Flue',
  'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x6309092b) XWEB/9129 Flue',
  'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/101.0.4951.64 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090a13) XWEB/9129 Flue',
];

/** WeChat for Windows on a nursing-station or office PC (Windows 7 still lingers in hospitals). */
export function pcDevice(rng: Rng): Device {
  return { os: 'pc', ua: rng.pick(PC_UAS) };
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

/** The user agent the in-app browser sends: NetType and Language change with the moment. */
export function userAgent(d: Device, net: NetType, lang: string): string {
  switch (d.os) {
    case 'pc':
      return d.ua;
    case 'ios': {
      const minor = Number(d.wechat.v.split('.')[2]);
      const code = `0x1800${hex2(minor)}${d.wechat.tail.toLowerCase()}`;
      return `Mozilla/5.0 (iPhone; CPU iPhone OS ${d.ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${d.wechat.v}(${code}) NetType/${net} Language/${lang}`;
    }
    case 'android': {
      const minor = Number(d.wechat.v.split('.')[2]);
      const code = `0x2800${hex2(minor).toUpperCase()}${d.wechat.tail}`;
      const abi = d.arm32 ? 'arm32' : 'arm64';
      return (
        `Mozilla/5.0 (Linux; Android ${d.android}; ${d.handset.code} Build/${d.buildId}; wv) AppleWebKit/537.36 (KHTML, like Gecko) ` +
        `Version/4.0 Chrome/${d.kernel.chrome} Mobile Safari/537.36 XWEB/${d.kernel.xweb} MMWEBSDK/${d.wechat.sdk} MMWEBID/${d.webId} ` +
        `MicroMessenger/${d.wechat.v}.${d.wechat.build}(${code}) WeChat/${abi} Weixin NetType/${net} Language/${lang} ABI/${abi}`
      );
    }
    default: {
      const never: never = d;
      return never;
    }
  }
}

export function handset(code: string): Handset {
  const h = HANDSETS.find((x) => x.code === code);
  if (!h) throw new Error(`no handset ${code}`);
  return h;
}

/** Whether the phone can use 5G (iPhones in this crowd mostly can). */
export function has5G(d: Device): boolean {
  if (d.os === 'android') return d.handset.fiveG;
  if (d.os === 'ios') return !d.ios.startsWith('15') && !d.ios.startsWith('16_6');
  return false;
}
