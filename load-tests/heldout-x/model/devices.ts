import type { Rng } from '../../heldout/prng';

/**
 * Phones as WeChat's in-app browser reports them. Android: the system WebView replaced by Tencent's
 * XWEB kernel (`XWEB/<build>`, Chrome version to match), `MMWEBSDK/<date>`, a per-install `MMWEBID`,
 * `MicroMessenger/8.0.<minor>.<build>(0x2800<minor hex>..)`. iOS: WebKit with `Mobile/15E148` and
 * `MicroMessenger/8.0.<minor>(0x1800<minor hex>..)`. HarmonyOS NEXT phones run the native WeChat on
 * ArkWeb. NetType follows the connection the vote was sent on. Written from memory of real strings.
 */

export type NetType = 'WIFI' | '4G' | '5G';
export type Tier = 'flagship' | 'mid' | 'budget' | 'old';
export type Os = 'android' | 'ios' | 'harmony';

export interface PhoneModel {
  brand: string;
  os: Os;
  /** The model code in the UA (Android), or the iPhone's name for our own bookkeeping. */
  code: string;
  tier: Tier;
  /** Android versions (or iOS major versions) seen on it. */
  versions: readonly number[];
  /** The `Build/` id family, or '' for Huawei/Honor (their build id repeats the model). */
  build: string;
  has5g: boolean;
}

const m = (brand: string, os: Os, code: string, tier: Tier, versions: number[], build: string, has5g = true): PhoneModel => ({ brand, os, code, tier, versions, build, has5g });

export const MODELS: readonly PhoneModel[] = [
  m('apple', 'ios', 'iPhone 15 Pro', 'flagship', [17, 18], ''),
  m('apple', 'ios', 'iPhone 14', 'mid', [16, 17, 18], ''),
  m('apple', 'ios', 'iPhone 13', 'mid', [15, 16, 17, 18], ''),
  m('apple', 'ios', 'iPhone 16', 'flagship', [18], ''),
  m('apple', 'ios', 'iPhone 11', 'old', [15, 16, 17], '', false),
  m('apple', 'ios', 'iPhone XR', 'old', [15, 16, 17], '', false),
  m('huawei', 'android', 'ALN-AL00', 'flagship', [12], ''),
  m('huawei', 'android', 'BRA-AL00', 'flagship', [12], ''),
  m('huawei', 'android', 'NOH-AN00', 'mid', [10, 12], ''),
  m('huawei', 'android', 'JAD-AL50', 'mid', [12], '', false),
  m('huawei', 'android', 'FOA-AL00', 'mid', [12], '', false),
  m('huawei', 'android', 'CMA-AN00', 'budget', [12], ''),
  m('huawei', 'android', 'MGA-AL00', 'budget', [12], '', false),
  m('huawei', 'harmony', 'HarmonyOS NEXT', 'flagship', [5], ''),
  m('honor', 'android', 'PGT-AN10', 'flagship', [14], ''),
  m('honor', 'android', 'ELI-AN00', 'mid', [13, 14], ''),
  m('honor', 'android', 'ANY-AN00', 'budget', [12, 13, 14], ''),
  m('honor', 'android', 'VNE-AN00', 'budget', [12, 13], ''),
  m('xiaomi', 'android', '23127PN0CC', 'flagship', [14, 15], 'UKQ1.230804.001'),
  m('xiaomi', 'android', '2211133C', 'mid', [13, 14, 15], 'TKQ1.221114.001'),
  m('redmi', 'android', '2312DRA50C', 'mid', [14, 15], 'UKQ1.231003.002'),
  m('redmi', 'android', '23049RAD8C', 'budget', [13, 14], 'TKQ1.221114.001'),
  m('redmi', 'android', '22101316C', 'budget', [12, 13, 14], 'SKQ1.211006.001'),
  m('redmi', 'android', 'M2012K11AC', 'old', [11, 12, 13], 'RKQ1.200826.002'),
  m('oppo', 'android', 'PJD110', 'mid', [14, 15], 'UKQ1.230924.001'),
  m('oppo', 'android', 'PHM110', 'mid', [13, 14], 'TP1A.220905.001'),
  m('oppo', 'android', 'PGBM10', 'budget', [12, 13, 14], 'SP1A.210812.016'),
  m('oppo', 'android', 'PEEM00', 'old', [11, 12, 13], 'RKQ1.211119.001', false),
  m('oneplus', 'android', 'PHB110', 'flagship', [14, 15], 'UKQ1.230924.001'),
  m('vivo', 'android', 'V2309A', 'flagship', [14, 15], 'UP1A.231005.007'),
  m('vivo', 'android', 'V2219A', 'mid', [13, 14], 'TP1A.220624.014'),
  m('vivo', 'android', 'V2254A', 'budget', [13, 14], 'TP1A.220624.014'),
  m('vivo', 'android', 'V2166A', 'budget', [12, 13], 'SP1A.210812.003'),
  m('vivo', 'android', 'V2047A', 'old', [11, 12], 'RP1A.200720.012', false),
  m('realme', 'android', 'RMX3700', 'budget', [13, 14], 'TP1A.220905.001'),
  m('samsung', 'android', 'SM-S9280', 'flagship', [14, 15], 'UP1A.231005.007'),
  m('samsung', 'android', 'SM-S9110', 'mid', [13, 14], 'TP1A.220624.014'),
];

/** Who buys what: shares per buyer profile over MODELS (unlisted models get the base share). */
export type Market = 'city' | 'county' | 'village' | 'elder' | 'student' | 'fisher' | 'taiwanese' | 'overseas';

const TIER_WEIGHT: Record<Market, Record<Tier, number>> = {
  city: { flagship: 3, mid: 4, budget: 2, old: 1 },
  county: { flagship: 1.5, mid: 3.5, budget: 3.5, old: 1.5 },
  village: { flagship: 0.6, mid: 2, budget: 4.5, old: 3 },
  elder: { flagship: 0.4, mid: 1.5, budget: 4, old: 4 },
  student: { flagship: 1.5, mid: 4, budget: 4, old: 1 },
  fisher: { flagship: 0.8, mid: 2.5, budget: 4.5, old: 2.5 },
  taiwanese: { flagship: 4, mid: 4, budget: 1, old: 1 },
  overseas: { flagship: 2.5, mid: 4, budget: 2.5, old: 1.5 },
};

const IOS_SHARE: Record<Market, number> = { city: 0.36, county: 0.22, village: 0.1, elder: 0.08, student: 0.34, fisher: 0.08, taiwanese: 0.78, overseas: 0.45 };

/** Brand appetite: Fujian's towns buy OPPO/vivo at the shop; Huawei at offices; Samsung/Xiaomi overseas. */
const BRAND_WEIGHT: Record<Market, Record<string, number>> = {
  city: { huawei: 3, honor: 1.5, xiaomi: 1.5, redmi: 1.2, oppo: 1.5, vivo: 1.5, oneplus: 0.5, realme: 0.3, samsung: 0.3 },
  county: { huawei: 2.5, honor: 1.5, xiaomi: 1, redmi: 1.3, oppo: 2.4, vivo: 2.6, oneplus: 0.3, realme: 0.4, samsung: 0.1 },
  village: { huawei: 1.6, honor: 1.3, xiaomi: 0.5, redmi: 1.4, oppo: 2.8, vivo: 3.2, oneplus: 0.1, realme: 0.6, samsung: 0.1 },
  elder: { huawei: 2.2, honor: 1.6, xiaomi: 0.4, redmi: 1, oppo: 2.5, vivo: 2.8, oneplus: 0.1, realme: 0.4, samsung: 0.1 },
  student: { huawei: 1.5, honor: 1.2, xiaomi: 2, redmi: 2.4, oppo: 1.5, vivo: 1.8, oneplus: 1, realme: 1, samsung: 0.2 },
  fisher: { huawei: 1.5, honor: 1.2, xiaomi: 0.6, redmi: 1.5, oppo: 2.6, vivo: 3, oneplus: 0.2, realme: 0.6, samsung: 0.2 },
  taiwanese: { huawei: 0.3, honor: 0.2, xiaomi: 0.6, redmi: 0.3, oppo: 0.6, vivo: 0.4, oneplus: 0.2, realme: 0.2, samsung: 3 },
  overseas: { huawei: 1, honor: 0.4, xiaomi: 1.5, redmi: 1.2, oppo: 1.6, vivo: 1.4, oneplus: 0.4, realme: 0.6, samsung: 2.5 },
};

/** WeChat releases the ballot's phones run: minor version, Android build number and hex tail, iOS hex tail, SDK date. */
interface Release {
  minor: number;
  build: number;
  androidTail: string;
  iosTail: string;
  sdk: string;
}
const RELEASES: readonly Release[] = [
  { minor: 44, build: 2502, androidTail: '38', iosTail: '2c', sdk: '20231002' },
  { minor: 47, build: 2560, androidTail: '37', iosTail: '2b', sdk: '20240101' },
  { minor: 49, build: 2600, androidTail: '41', iosTail: '2e', sdk: '20240404' },
  { minor: 50, build: 2701, androidTail: '35', iosTail: '2f', sdk: '20240501' },
  { minor: 53, build: 2740, androidTail: '3B', iosTail: '29', sdk: '20240802' },
  { minor: 54, build: 2760, androidTail: '33', iosTail: '2d', sdk: '20241001' },
  { minor: 55, build: 2780, androidTail: '37', iosTail: '2a', sdk: '20241103' },
  { minor: 56, build: 2800, androidTail: '39', iosTail: '2e', sdk: '20241201' },
  { minor: 57, build: 2820, androidTail: '3B', iosTail: '2c', sdk: '20250201' },
  { minor: 58, build: 2840, androidTail: '3D', iosTail: '31', sdk: '20250301' },
  { minor: 59, build: 2860, androidTail: '35', iosTail: '2b', sdk: '20250404' },
  { minor: 60, build: 2880, androidTail: '37', iosTail: '30', sdk: '20250503' },
  { minor: 61, build: 2900, androidTail: '3D', iosTail: '2d', sdk: '20250601' },
];
/** Most phones update within weeks; old phones and elders lag. Index into RELEASES, newest last. */
const RELEASE_WEIGHT = [0.6, 0.8, 1, 1, 1.3, 1.6, 2, 2.5, 3.2, 4.2, 6, 9, 13];

/** XWEB kernels with the Chrome they carry, oldest first. */
const XWEB: readonly [string, string][] = [
  ['5235', '107.0.5304.141'],
  ['1110047', '111.0.5563.116'],
  ['1160117', '116.0.5845.114'],
  ['1220099', '122.0.6261.120'],
  ['1300343', '130.0.6723.103'],
  ['1340059', '134.0.6998.136'],
];

const IOS_MINOR: Record<number, readonly string[]> = {
  15: ['15_7_9', '15_8', '15_8_3'],
  16: ['16_6_1', '16_7_8', '16_7_10'],
  17: ['17_4_1', '17_5_1', '17_6_1'],
  18: ['18_1_1', '18_3_2', '18_5', '18_6'],
};

export interface Device {
  model: PhoneModel;
  /** Its user agent on a connection. */
  ua(net: NetType): string;
}

export interface DeviceOptions {
  /** Force a model (issued phones, a rack of identical phones). */
  model?: PhoneModel;
  /** Force the WeChat release (index into the release table; a managed build). */
  release?: number;
  /** Language tag: zh_CN, zh_TW, zh_HK, en. */
  language?: string;
  /** How far behind the newest release the owner is, on top of the usual lag (elders: 2–4). */
  lag?: number;
  /** Force the OS version (a fleet updated together). */
  osVersion?: number;
  /** Force the XWEB kernel (index into the kernel table, oldest first). */
  kernel?: number;
}

export function pickModel(rng: Rng, market: Market): PhoneModel {
  const ios = rng.chance(IOS_SHARE[market]);
  const pool = MODELS.filter((x) => (ios ? x.os === 'ios' : x.os !== 'ios'));
  const weights = pool.map((x) => TIER_WEIGHT[market][x.tier] * (x.os === 'ios' ? 1 : (BRAND_WEIGHT[market][x.brand] ?? 0.2)));
  return pool[rng.weightedIndex(weights)];
}

export function modelByCode(code: string): PhoneModel {
  const found = MODELS.find((x) => x.code === code);
  if (!found) throw new Error(`no model ${code}`);
  return found;
}

export function releaseIndex(rng: Rng, lag = 0): number {
  const i = rng.weightedIndex(RELEASE_WEIGHT);
  return Math.max(0, i - lag);
}

export const RELEASE_COUNT = RELEASES.length;
export const KERNEL_COUNT = XWEB.length;

/** One installed WeChat on one phone, fixed for the week (the install id never changes). */
export function makeDevice(rng: Rng, market: Market, opts: DeviceOptions = {}): Device {
  const model = opts.model ?? pickModel(rng, market);
  const oldPhone = model.tier === 'old' || market === 'elder';
  const release = RELEASES[opts.release ?? releaseIndex(rng, (opts.lag ?? 0) + (oldPhone ? rng.int(0, 3) : 0))];
  const language = opts.language ?? 'zh_CN';
  const version = opts.osVersion ?? rng.pick(model.versions);
  const cache = new Map<NetType, string>();
  let render: (net: NetType) => string;
  if (model.os === 'ios') {
    const osv = rng.pick(IOS_MINOR[version] ?? IOS_MINOR[17]);
    const hex = `0x1800${release.minor.toString(16).padStart(2, '0')}${release.iosTail}`;
    render = (net) =>
      `Mozilla/5.0 (iPhone; CPU iPhone OS ${osv} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.${release.minor}(${hex}) NetType/${net} Language/${language}`;
  } else if (model.os === 'harmony') {
    const arkweb = rng.pick(['4.1.6.1', '5.0.1.110', '5.0.2.117']);
    render = (net) =>
      `Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/${arkweb} Mobile MicroMessenger/8.0.1.${rng.int(40, 60)}(0xf25400${rng.int(20, 39)}) NetType/${net} Language/${language}`;
    const fixed = render('WIFI');
    render = (net) => fixed.replace('NetType/WIFI', `NetType/${net}`);
  } else {
    // The kernel follows the WeChat release, a step behind on older releases.
    const k = opts.kernel ?? Math.min(XWEB.length - 1, Math.max(0, Math.floor((RELEASES.indexOf(release) / RELEASES.length) * XWEB.length) + rng.int(-1, 0)));
    const [xweb, chrome] = XWEB[k];
    const build = model.build === '' ? `${model.brand.toUpperCase()}${model.code}` : model.build;
    const webid = rng.int(1000, 9999);
    const hex = `0x2800${release.minor.toString(16).toUpperCase().padStart(2, '0')}${release.androidTail}`;
    render = (net) =>
      `Mozilla/5.0 (Linux; Android ${version}; ${model.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome} Mobile Safari/537.36 ` +
      `XWEB/${xweb} MMWEBSDK/${release.sdk} MMWEBID/${webid} MicroMessenger/8.0.${release.minor}.${release.build}(${hex}) WeChat/arm64 Weixin NetType/${net} Language/${language} ABI/arm64`;
  }
  const device: Device = {
    model,
    ua(net) {
      const n: NetType = net === '5G' && !model.has5g ? '4G' : net;
      let s = cache.get(n);
      if (s === undefined) cache.set(n, (s = render(n)));
      return s;
    },
  };
  return device;
}
