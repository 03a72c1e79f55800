import type { Rng } from '../../heldout/prng';

/** A handset with its WeChat install: what its in-app browser says about itself. */
export interface Device {
  ios: boolean;
  /** Android: the model code and build id; iOS: the version string (17_6_1). */
  model: string;
  build: string;
  androidVersion: number;
  wechat: WeChatBuild;
  /** Per-install id XWEB adds on Android. */
  webId: number;
}

export interface WeChatBuild {
  minor: number;
  /** Android's fourth number (8.0.49.2600) or 0 on iOS. */
  code: number;
  /** Low byte of the hex build word. */
  low: number;
  xweb: number;
  sdk: number;
  chrome: string;
}

/** WeChat builds of 2024–25, oldest first: [minor, Android code, XWEB, MMWEBSDK date, Chrome]. */
const BUILDS: ReadonlyArray<readonly [number, number, number, number, string]> = [
  [44, 2502, 1160027, 20231105, '116.0.0.0'],
  [47, 2560, 1160065, 20240301, '116.0.0.0'],
  [49, 2600, 1160117, 20240404, '116.0.0.0'],
  [50, 2701, 1300109, 20240602, '122.0.6261.120'],
  [51, 2720, 1300259, 20240802, '122.0.6261.120'],
  [53, 2740, 1300333, 20241001, '130.0.6723.103'],
  [54, 2760, 1300411, 20241103, '130.0.6723.103'],
  [55, 2780, 1300467, 20250101, '130.0.6723.103'],
  [56, 2800, 1380089, 20250201, '134.0.6998.136'],
  [57, 2820, 1380137, 20250401, '134.0.6998.136'],
  [58, 2841, 1380215, 20250503, '134.0.6998.136'],
  [60, 2860, 1380283, 20250604, '134.0.6998.136'],
  [61, 2880, 1380361, 20250801, '134.0.6998.136'],
];

/** [model code, build prefix, Android versions, weight in town / city] — phones Shandong actually carries. */
const ANDROID: ReadonlyArray<readonly [string, string, readonly number[], number, number]> = [
  ['ALN-AL00', 'HUAWEIALN-AL00', [12], 3, 6], // Mate 60 Pro
  ['CTR-AL00', 'HUAWEICTR-AL00', [12], 3, 2], // nova 11
  ['MGA-AL00', 'HUAWEIMGA-AL00', [12], 4, 1], // 畅享 60
  ['DUA-AL00', 'HUAWEIDUA-AL00', [10], 2, 0.3], // 畅享 9e, parents' phone
  ['PGT-AN10', 'HONORPGT-AN10', [14], 2, 3], // Magic6
  ['ELP-AN00', 'HONORELP-AN00', [13, 14], 4, 2], // X50
  ['23127PN0CC', 'UKQ1.230804.001', [14, 15], 2, 5], // Xiaomi 14
  ['23090RA98C', 'UP1A.230905.011', [13, 14], 5, 3], // Redmi Note 13 Pro
  ['23076RA4BC', 'TP1A.220624.014', [13], 5, 1.5], // Redmi 12
  ['PJD110', 'UKQ1.230924.001', [14], 2, 3], // OnePlus 12
  ['PHZ110', 'UKQ1.230924.001', [14], 2, 2], // OPPO Find X7
  ['PJF110', 'UP1A.230620.001', [14], 5, 2], // OPPO A2
  ['V2309A', 'UP1A.231005.007', [14], 2, 3], // vivo X100
  ['V2230EA', 'TP1A.220624.014', [13], 6, 1.5], // vivo Y78
  ['V2166BA', 'SP1A.210812.003', [12], 4, 0.5], // vivo Y32
  ['SM-S9180', 'UP1A.231005.007', [14], 0.5, 1], // Galaxy S24 Ultra
];

/** [iOS version, weight in town / city]. */
const IOS: ReadonlyArray<readonly [string, number, number]> = [
  ['15_8', 1, 0.5], ['16_7_8', 2, 1.5], ['17_5_1', 3, 3], ['17_6_1', 3, 4], ['18_1', 2, 4], ['18_3_2', 2, 4], ['18_5', 1, 4],
];

export type Market = 'town' | 'city' | 'elder';

function build(rng: Rng, lag: number): WeChatBuild {
  const i = Math.max(0, BUILDS.length - 1 - Math.floor(rng.exponential(lag)));
  const [minor, code, xweb, sdk, chrome] = BUILDS[i];
  return { minor, code, low: rng.int(0x10, 0x3f), xweb, sdk, chrome };
}

/** A phone of someone in this market: iPhones rarer in the towns, old builds commoner among the elderly. */
export function randomDevice(rng: Rng, market: Market): Device {
  const iosShare = market === 'city' ? 0.32 : market === 'town' ? 0.14 : 0.06;
  const lag = market === 'elder' ? 5 : market === 'town' ? 3 : 2;
  if (rng.chance(iosShare)) {
    const v = IOS[rng.weightedIndex(IOS.map((x) => (market === 'city' ? x[2] : x[1])))][0];
    return { ios: true, model: v, build: '', androidVersion: 0, wechat: build(rng, lag), webId: 0 };
  }
  const a = ANDROID[rng.weightedIndex(ANDROID.map((x) => (market === 'city' ? x[4] : x[3])))];
  return { ios: false, model: a[0], build: a[1], androidVersion: rng.pick(a[2]), wechat: build(rng, lag), webId: rng.int(1000, 9999) };
}

/** Many units of one model on one WeChat build (issued or bulk-bought phones): only the install id differs. */
export function fleet(rng: Rng, count: number, modelIndex = rng.int(0, ANDROID.length - 1)): Device[] {
  const a = ANDROID[modelIndex];
  const wechat = build(rng, 1.5);
  const version = a[2][0];
  return Array.from({ length: count }, () => ({ ios: false, model: a[0], build: a[1], androidVersion: version, wechat, webId: rng.int(1000, 9999) }));
}

export const MODEL_INDEX = { nova11: 1, enjoy60: 2, redmi12: 8, vivoY78: 13 } as const;

export type NetType = 'WIFI' | '4G' | '5G';

const hex = (n: number) => n.toString(16).padStart(2, '0');

/** The in-app browser's user agent as WeChat writes it on this phone and connection. */
export function userAgent(d: Device, net: NetType, language = 'zh_CN'): string {
  const w = d.wechat;
  if (d.ios) {
    return (
      `Mozilla/5.0 (iPhone; CPU iPhone OS ${d.model} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 ` +
      `MicroMessenger/8.0.${w.minor}(0x1800${hex(w.minor)}${hex(w.low)}) NetType/${net} Language/${language}`
    );
  }
  return (
    `Mozilla/5.0 (Linux; Android ${d.androidVersion}; ${d.model} Build/${d.build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) ` +
    `Version/4.0 Chrome/${w.chrome} Mobile Safari/537.36 XWEB/${w.xweb} MMWEBSDK/${w.sdk} MMWEBID/${d.webId} ` +
    `MicroMessenger/8.0.${w.minor}.${w.code}(0x2800${hex(w.minor).toUpperCase()}${hex(w.low).toUpperCase()}) WeChat/arm64 Weixin ` +
    `NetType/${net} Language/${language} ABI/arm64`
  );
}
