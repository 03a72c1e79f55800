import type { Rng } from '../../heldout/prng';

/**
 * Phones and the WeChat in-app browser's user agent. Android WeChat's page runs in the XWEB
 * kernel and says so (`… Chrome/… XWEB/… MMWEBSDK/… MMWEBID/… MicroMessenger/8.0.x.y(0x2800…)
 * WeChat/arm64 Weixin NetType/… Language/… ABI/arm64`); iOS's is WKWebView (`… Mobile/15E148
 * MicroMessenger/8.0.x(0x1800…) NetType/… Language/…`). MMWEBID is fixed per install; NetType
 * follows the connection at the time of the vote.
 */
export type Market = 'village' | 'city' | 'budget' | 'abroad';

export interface Model {
  brand: string;
  code: string;
  /** Android major versions this model ships or updates to (ignored for iPhone). */
  android: readonly number[];
  fiveG: boolean;
  /** Relative share in each market. */
  share: Readonly<Record<Market, number>>;
}

const M = (brand: string, code: string, android: number[], fiveG: boolean, village: number, city: number, budget: number, abroad: number): Model => ({
  brand,
  code,
  android,
  fiveG,
  share: { village, city, budget, abroad },
});

export const MODELS: readonly Model[] = [
  M('Apple', 'iPhone', [], true, 10, 32, 6, 30),
  M('Huawei', 'ALN-AL00', [12], true, 4, 8, 1, 2),
  M('Huawei', 'JAD-AL50', [12], false, 3, 4, 1, 1),
  M('Huawei', 'FOA-AL00', [12], true, 5, 3, 3, 1),
  M('Huawei', 'CTR-AL00', [12], false, 6, 2, 5, 1),
  M('Honor', 'ANY-AN00', [12, 13], true, 6, 2, 6, 1),
  M('Honor', 'CMA-AN00', [12, 13], true, 5, 1, 6, 1),
  M('Honor', 'PGT-AN10', [14, 15], true, 1, 4, 0.5, 1),
  M('Xiaomi', '23127PN0CC', [14, 15], true, 1, 5, 0.5, 2),
  M('Xiaomi', '2211133C', [13, 14], true, 1, 4, 1, 1),
  M('Redmi', '23049RAD8C', [13, 14], true, 4, 3, 6, 2),
  M('Redmi', '22120RN86C', [12, 13], false, 5, 1, 8, 2),
  M('Redmi', '23124RN87C', [13, 14], true, 4, 2, 7, 3),
  M('OPPO', 'PHM110', [13, 14], true, 1, 2, 0.5, 1),
  M('OPPO', 'PJA110', [13, 14], true, 4, 3, 3, 1),
  M('OPPO', 'PFTM20', [12, 13], true, 7, 1, 8, 2),
  M('OPPO', 'PHJ110', [13, 14], true, 4, 1, 5, 1),
  M('vivo', 'V2307A', [14, 15], true, 1, 3, 0.5, 1),
  M('vivo', 'V2241A', [13, 14], true, 4, 2, 3, 1),
  M('vivo', 'V2166BA', [11, 12], true, 7, 1, 8, 2),
  M('vivo', 'V2250A', [13, 14], true, 6, 1, 6, 2),
  M('realme', 'RMX3710', [13, 14], true, 2, 1, 4, 1),
  M('Samsung', 'SM-S9180', [14, 15], true, 0.3, 2, 0.2, 3),
  M('Samsung', 'SM-A5360', [13, 14], true, 0.5, 0.5, 1, 3),
];

interface AndroidWechat {
  version: string;
  code: string;
  chrome: string;
  xweb: string;
  sdk: string;
}

/** Android WeChat builds current in late 2025, oldest first. */
const ANDROID_WECHAT: readonly AndroidWechat[] = [
  { version: '8.0.47.2560', code: '0x28002F30', chrome: '116.0.0.0', xweb: '1160117', sdk: '20231202' },
  { version: '8.0.49.2600', code: '0x28003133', chrome: '122.0.6261.120', xweb: '1220099', sdk: '20240404' },
  { version: '8.0.50.2701', code: '0x28003234', chrome: '122.0.6261.120', xweb: '1220133', sdk: '20240501' },
  { version: '8.0.53.2740', code: '0x2800353A', chrome: '130.0.6723.103', xweb: '1300289', sdk: '20241103' },
  { version: '8.0.54.2760', code: '0x28003637', chrome: '130.0.6723.103', xweb: '1300289', sdk: '20241103' },
  { version: '8.0.56.2800', code: '0x2800383F', chrome: '132.0.6834.163', xweb: '1320069', sdk: '20250201' },
  { version: '8.0.58.2841', code: '0x28003A35', chrome: '134.0.6998.136', xweb: '1340129', sdk: '20250503' },
  { version: '8.0.60.2860', code: '0x28003C3D', chrome: '134.0.6998.136', xweb: '1340177', sdk: '20250701' },
  { version: '8.0.62.2900', code: '0x28003E40', chrome: '138.0.7204.179', xweb: '1380093', sdk: '20250804' },
  { version: '8.0.64.2940', code: '0x28004041', chrome: '138.0.7204.179', xweb: '1380157', sdk: '20250904' },
];

const IOS_WECHAT: readonly (readonly [string, string])[] = [
  ['8.0.47', '0x18002f2c'],
  ['8.0.49', '0x18003137'],
  ['8.0.50', '0x1800323c'],
  ['8.0.53', '0x18003531'],
  ['8.0.54', '0x18003637'],
  ['8.0.56', '0x18003830'],
  ['8.0.58', '0x18003a2c'],
  ['8.0.61', '0x18003d2f'],
  ['8.0.63', '0x18003f30'],
  ['8.0.64', '0x1800402a'],
];

const IOS_VERSIONS = ['16_7_10', '17_5_1', '17_6_1', '18_1_1', '18_3_2', '18_5', '18_6_2', '26_0_1', '26_1'];
const IOS_WEIGHTS = [3, 2, 5, 4, 6, 10, 14, 8, 6];

const ANDROID_BUILDS: Record<number, readonly string[]> = {
  11: ['RP1A.200720.012', 'RKQ1.200826.002'],
  12: ['SP1A.210812.016', 'SKQ1.211006.001'],
  13: ['TP1A.220624.014', 'TKQ1.221114.001', 'TP1A.220905.001'],
  14: ['UP1A.231005.007', 'UKQ1.230804.001', 'UKQ1.231108.001'],
  15: ['AP3A.240905.015.A2', 'AQ3A.240912.001', 'AP2A.240905.003'],
};

/** One install of WeChat on one phone: everything of its user agent but the connection. */
export interface Device {
  model: Model;
  /** The user agent with `{NET}` where the connection type goes. */
  template: string;
}

/** How far behind the newest WeChat build a phone in this market tends to be. */
function lag(rng: Rng, market: Market): number {
  const mean = market === 'budget' ? 3 : market === 'village' ? 2.2 : 1.2;
  return Math.min(9, Math.floor(rng.exponential(mean)));
}

export function pickModel(rng: Rng, market: Market): Model {
  return MODELS[rng.weightedIndex(MODELS.map((m) => m.share[market]))];
}

export function modelByCode(code: string): Model {
  const m = MODELS.find((x) => x.code === code);
  if (!m) throw new Error(`no model ${code}`);
  return m;
}

/** A fresh install: its WeChat build, OS version and install id drawn for the market. */
export function makeDevice(rng: Rng, market: Market, model = pickModel(rng, market), language = 'zh_CN', wechatLag = lag(rng, market)): Device {
  if (model.brand === 'Apple') {
    const ios = IOS_VERSIONS[rng.weightedIndex(IOS_WEIGHTS)];
    const [v, code] = IOS_WECHAT[Math.max(0, IOS_WECHAT.length - 1 - wechatLag)];
    return { model, template: `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${v}(${code}) NetType/{NET} Language/${language}` };
  }
  const android = rng.pick(model.android);
  const build = model.brand === 'Huawei' || model.brand === 'Honor' ? `${model.brand.toUpperCase()}${model.code}` : rng.pick(ANDROID_BUILDS[android]);
  const w = ANDROID_WECHAT[Math.max(0, ANDROID_WECHAT.length - 1 - wechatLag)];
  const mmwebid = rng.int(1000, 9999);
  return {
    model,
    template:
      `Mozilla/5.0 (Linux; Android ${android}; ${model.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${w.chrome} Mobile Safari/537.36 ` +
      `XWEB/${w.xweb} MMWEBSDK/${w.sdk} MMWEBID/${mmwebid} MicroMessenger/${w.version}(${w.code}) WeChat/arm64 Weixin NetType/{NET} Language/${language} ABI/arm64`,
  };
}

export type NetType = 'WIFI' | '4G' | '5G';

const uaCache = new Map<string, string>();
/** The device's user agent on a connection (mobile data says 5G on most 5G phones). */
export function userAgent(device: Device, net: NetType): string {
  const type = net === '5G' && !device.model.fiveG ? '4G' : net;
  const key = `${type}|${device.template}`;
  let ua = uaCache.get(key);
  if (ua === undefined) {
    ua = device.template.replace('{NET}', type);
    if (uaCache.size < 300_000) uaCache.set(key, ua);
  }
  return ua;
}

/** Mobile data as the phone reports it: 5G where it can, else 4G. */
export function mobileNet(rng: Rng, device: Device): NetType {
  return device.model.fiveG && rng.chance(0.7) ? '5G' : '4G';
}
