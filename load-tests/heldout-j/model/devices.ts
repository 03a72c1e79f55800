import type { Rng } from '../../heldout/prng';

/**
 * Phones as the WeChat in-app browser announces them. A device keeps its model, OS, WeChat build and
 * MMWEBID; only the NetType part changes with the network it is on. Shares are a rough picture of
 * Henan in 2025: Huawei and Honor strong, OPPO and vivo strong in counties and villages, Redmi cheap
 * phones common among older people, iPhones mostly in cities.
 */
export interface Device {
  /** The user agent on Wi-Fi and on mobile data. */
  wifi: string;
  cell: string;
  /** Brand-level model name, for tests and families that want one model. */
  model: string;
}

interface Model {
  code: string;
  brand: 'huawei' | 'honor' | 'oppo' | 'vivo' | 'xiaomi' | 'other' | 'iphone';
  android: number;
  /** Cheap or old: more common among elderly and rural owners. */
  budget: boolean;
}

const m = (code: string, brand: Model['brand'], android: number, budget = false): Model => ({ code, brand, android, budget });

export const MODELS: readonly Model[] = [
  m('ALN-AL00', 'huawei', 12), m('BRA-AL00', 'huawei', 12), m('NOH-AN00', 'huawei', 12), m('JAD-AL50', 'huawei', 12),
  m('FOA-AL00', 'huawei', 12), m('CTR-AL00', 'huawei', 12), m('JSC-AN00', 'huawei', 10, true), m('CDY-AN00', 'huawei', 10, true),
  m('MED-AL00', 'huawei', 10, true), m('DVC-AN20', 'huawei', 10, true), m('ANA-AN00', 'huawei', 10),
  m('FNE-AN00', 'honor', 12), m('ANY-AN00', 'honor', 12, true), m('RMO-AN00', 'honor', 13, true), m('PGT-AN10', 'honor', 13),
  m('ELP-AN00', 'honor', 14), m('CMA-AN00', 'honor', 11, true),
  m('PHU110', 'oppo', 13), m('PFTM10', 'oppo', 12), m('PESM10', 'oppo', 11, true), m('PDRM00', 'oppo', 11, true),
  m('PCAM00', 'oppo', 10, true), m('PJJ110', 'oppo', 14), m('PHJ110', 'oppo', 13), m('PKG110', 'oppo', 14),
  m('V2183A', 'vivo', 12), m('V2227A', 'vivo', 13, true), m('V2309A', 'vivo', 14), m('V2166A', 'vivo', 12, true),
  m('V2054A', 'vivo', 11, true), m('V2324A', 'vivo', 14), m('V2057A', 'vivo', 11, true), m('V2244A', 'vivo', 13),
  m('23049RAD8C', 'xiaomi', 13), m('22081212C', 'xiaomi', 13), m('2211133C', 'xiaomi', 14), m('23127PN0CC', 'xiaomi', 14),
  m('M2006C3LC', 'xiaomi', 10, true), m('220233L2C', 'xiaomi', 12, true), m('22041216C', 'xiaomi', 13), m('M2011K2C', 'xiaomi', 12),
  m('SM-S9180', 'other', 14), m('RMX3366', 'other', 13), m('PHB110', 'other', 13), m('ZTE 8030', 'other', 12, true),
  m('iPhone', 'iphone', 0), m('iPhone', 'iphone', 0),
];

const BRAND_SHARE: Record<Model['brand'], number> = { huawei: 23, honor: 10, oppo: 17, vivo: 18, xiaomi: 13, other: 4, iphone: 15 };

const ANDROID_BUILDS: Record<number, readonly string[]> = {
  10: ['QP1A.190711.020', 'QKQ1.191222.002'],
  11: ['RP1A.200720.011', 'RKQ1.200826.002'],
  12: ['SP1A.210812.016', 'SKQ1.211006.001'],
  13: ['TP1A.220624.014', 'TKQ1.221114.001'],
  14: ['UP1A.231005.007', 'UKQ1.230924.001'],
};

/** WeChat builds in use in late 2025, newest most common; old builds linger on budget phones. */
const WECHAT_ANDROID = [
  { v: '8.0.61.2880', hex: '0x28003D37', sdk: '20250601', xweb: '1300467', chrome: '130.0.6723.103' },
  { v: '8.0.60.2860', hex: '0x28003C35', sdk: '20250503', xweb: '1300453', chrome: '130.0.6723.103' },
  { v: '8.0.58.2841', hex: '0x28003A39', sdk: '20250201', xweb: '1300409', chrome: '130.0.6723.103' },
  { v: '8.0.56.2800', hex: '0x28003837', sdk: '20241103', xweb: '1260183', chrome: '126.0.6478.188' },
  { v: '8.0.50.2701', hex: '0x28003233', sdk: '20240404', xweb: '1220099', chrome: '122.0.6261.120' },
  { v: '8.0.47.2560', hex: '0x28002F35', sdk: '20231202', xweb: '1110005', chrome: '111.0.5563.116' },
];
const WECHAT_IOS = [
  { v: '8.0.61', hex: '0x18003d2c' },
  { v: '8.0.60', hex: '0x18003c2d' },
  { v: '8.0.58', hex: '0x18003a2b' },
  { v: '8.0.54', hex: '0x1800362c' },
  { v: '8.0.49', hex: '0x18003137' },
];
const IOS = ['18_6_2', '18_5', '18_3_2', '18_1_1', '17_6_1', '17_5_1', '16_7_10', '26_0_1', '26_1'];

function buildTag(model: Model, rng: Rng, sameLot: boolean): string {
  if (model.brand === 'huawei') return `HUAWEI${model.code}`;
  if (model.brand === 'honor') return `HONOR${model.code}`;
  const builds = ANDROID_BUILDS[model.android] ?? ANDROID_BUILDS[12];
  // Phones of one purchase lot carry the same firmware.
  return sameLot ? builds[0] : rng.pick(builds);
}

export interface DeviceOptions {
  /** Older owner: budget phones and older WeChat builds more likely. */
  elderly?: boolean;
  /** City owner: more iPhones. */
  urban?: boolean;
  /** Force a model code (an employer's bulk purchase, a farm's rack). */
  model?: string;
  /** Force the WeChat build index (0 = newest). */
  build?: number;
}

export function pickModel(rng: Rng, opts: DeviceOptions = {}): Model {
  if (opts.model) return MODELS.find((x) => x.code === opts.model) ?? MODELS[0];
  const share = { ...BRAND_SHARE };
  if (opts.urban) share.iphone *= 1.8;
  if (opts.elderly) share.iphone *= 0.4;
  const brands = Object.keys(share) as Model['brand'][];
  const brand = brands[rng.weightedIndex(brands.map((b) => share[b]))];
  const pool = MODELS.filter((x) => x.brand === brand);
  const weights = pool.map((x) => (x.budget ? (opts.elderly ? 3 : 1) : opts.elderly ? 0.6 : 1.4));
  return pool[rng.weightedIndex(weights)];
}

/** A phone: one model, one WeChat build, one MMWEBID for as long as it is used. */
export function makeDevice(rng: Rng, opts: DeviceOptions = {}): Device {
  const model = pickModel(rng, opts);
  const old = opts.elderly || model.budget;
  const lang = opts.model || rng.chance(0.995) ? 'zh_CN' : 'zh_TW';
  if (model.brand === 'iphone') {
    const wx = WECHAT_IOS[opts.build ?? Math.min(WECHAT_IOS.length - 1, Math.floor(rng.exponential(old ? 1.6 : 0.8)))];
    const os = IOS[Math.min(IOS.length - 1, Math.floor(rng.exponential(old ? 3 : 1.8)))];
    const head = `Mozilla/5.0 (iPhone; CPU iPhone OS ${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wx.v}(${wx.hex}) NetType/`;
    return { wifi: `${head}WIFI Language/${lang}`, cell: `${head}${rng.chance(0.55) ? '5G' : '4G'} Language/${lang}`, model: 'iPhone' };
  }
  const wx = WECHAT_ANDROID[opts.build ?? Math.min(WECHAT_ANDROID.length - 1, Math.floor(rng.exponential(old ? 2 : 0.9)))];
  const android = model.android;
  const webid = rng.int(1000, 9999);
  const head =
    `Mozilla/5.0 (Linux; Android ${android}; ${model.code} Build/${buildTag(model, rng, opts.model !== undefined)}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ` +
    `Chrome/${wx.chrome} Mobile Safari/537.36 XWEB/${wx.xweb} MMWEBSDK/${wx.sdk} MMWEBID/${webid} MicroMessenger/${wx.v}(${wx.hex}) WeChat/arm64 Weixin NetType/`;
  const cell = android >= 12 && !model.budget && rng.chance(0.6) ? '5G' : '4G';
  return { wifi: `${head}WIFI Language/${lang} ABI/arm64`, cell: `${head}${cell} Language/${lang} ABI/arm64`, model: model.code };
}

/**
 * An Android emulator instance (LDPlayer, MuMu, Nox) dressed as a phone: AOSP builds, foreign
 * Samsung or generic model codes, an x86_64 ABI the arm translation layer does not hide.
 */
export function makeEmulatorDevice(rng: Rng, profile: number): Device {
  const models = ['SM-S9080', 'SM-G9810', 'ASUS_I005DA', 'SM-G977N', 'V1824A', 'PCLM10'];
  const code = models[profile % models.length];
  const wx = WECHAT_ANDROID[1 + (profile % 2)];
  const android = profile % 3 === 0 ? 9 : 12;
  const build = android === 9 ? 'PQ3A.190705.003' : 'SQ3A.220705.004';
  const head =
    `Mozilla/5.0 (Linux; Android ${android}; ${code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ` +
    `Chrome/${wx.chrome} Mobile Safari/537.36 XWEB/${wx.xweb} MMWEBSDK/${wx.sdk} MMWEBID/${rng.int(1000, 9999)} MicroMessenger/${wx.v}(${wx.hex}) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN ABI/`;
  const ua = `${head}${rng.chance(0.7) ? 'x86_64' : 'arm64'}`;
  return { wifi: ua, cell: ua, model: code };
}
