import type { Rng } from '../../heldout/prng';

/** What a phone's owner can afford, which decides the model and how current its software is. */
export type Tier = 'flagship' | 'mid' | 'budget' | 'old';

export type NetType = 'WIFI' | '4G' | '5G';

export interface Model {
  code: string;
  brand: 'apple' | 'huawei' | 'honor' | 'xiaomi' | 'oppo' | 'vivo' | 'samsung' | 'realme' | 'oneplus';
  /** Android versions (or iOS majors) the model reports in 2025. */
  os: readonly number[];
  fiveG: boolean;
  tiers: readonly Tier[];
}

/** Handsets seen in Anhui in 2025: Huawei and Apple in towns, budget OPPO/vivo/Redmi everywhere, old Enjoys with the elderly. */
export const MODELS: readonly Model[] = [
  { code: 'iPhone', brand: 'apple', os: [16, 17, 18, 26], fiveG: true, tiers: ['flagship', 'mid'] },
  { code: 'iPhone', brand: 'apple', os: [15, 16], fiveG: false, tiers: ['old', 'budget'] },
  { code: 'BRA-AL00', brand: 'huawei', os: [12], fiveG: true, tiers: ['flagship'] },
  { code: 'ALN-AL00', brand: 'huawei', os: [12], fiveG: true, tiers: ['flagship'] },
  { code: 'NOH-AN00', brand: 'huawei', os: [12], fiveG: true, tiers: ['flagship', 'mid'] },
  { code: 'FOA-AL00', brand: 'huawei', os: [12], fiveG: false, tiers: ['mid'] },
  { code: 'NAM-AL00', brand: 'huawei', os: [12], fiveG: false, tiers: ['mid', 'budget'] },
  { code: 'CTR-AL00', brand: 'huawei', os: [12], fiveG: false, tiers: ['budget'] },
  { code: 'JKM-AL00b', brand: 'huawei', os: [10], fiveG: false, tiers: ['old'] },
  { code: 'MED-AL00', brand: 'huawei', os: [10], fiveG: false, tiers: ['old'] },
  { code: 'DUB-AL00', brand: 'huawei', os: [9], fiveG: false, tiers: ['old'] },
  { code: 'RMO-AN00', brand: 'honor', os: [12, 13], fiveG: true, tiers: ['mid', 'budget'] },
  { code: 'CMA-AN00', brand: 'honor', os: [11, 12], fiveG: true, tiers: ['budget'] },
  { code: 'FNE-AN00', brand: 'honor', os: [13, 14], fiveG: true, tiers: ['mid'] },
  { code: 'PGT-AN10', brand: 'honor', os: [14, 15], fiveG: true, tiers: ['flagship'] },
  { code: '23127PN0CC', brand: 'xiaomi', os: [14, 15], fiveG: true, tiers: ['flagship'] },
  { code: '2211133C', brand: 'xiaomi', os: [13, 14], fiveG: true, tiers: ['flagship', 'mid'] },
  { code: '23013RK75C', brand: 'xiaomi', os: [13, 14], fiveG: true, tiers: ['mid'] },
  { code: '22101317C', brand: 'xiaomi', os: [12, 13, 14], fiveG: true, tiers: ['budget', 'mid'] },
  { code: '23076RN8DY', brand: 'xiaomi', os: [13, 14], fiveG: false, tiers: ['budget'] },
  { code: 'M2006C3LC', brand: 'xiaomi', os: [10], fiveG: false, tiers: ['old'] },
  { code: 'M2007J22C', brand: 'xiaomi', os: [10, 11, 12], fiveG: true, tiers: ['old', 'budget'] },
  { code: 'PJH110', brand: 'oppo', os: [13, 14], fiveG: true, tiers: ['mid'] },
  { code: 'PHM110', brand: 'oppo', os: [13, 14], fiveG: true, tiers: ['mid', 'budget'] },
  { code: 'PJZ110', brand: 'oneplus', os: [14, 15], fiveG: true, tiers: ['flagship'] },
  { code: 'PHJ110', brand: 'oppo', os: [13, 14], fiveG: true, tiers: ['budget'] },
  { code: 'PDYM20', brand: 'oppo', os: [11, 12], fiveG: true, tiers: ['budget', 'old'] },
  { code: 'PCHM30', brand: 'oppo', os: [9, 10], fiveG: false, tiers: ['old'] },
  { code: 'PBEM00', brand: 'oppo', os: [10], fiveG: false, tiers: ['old'] },
  { code: 'V2183A', brand: 'vivo', os: [13, 14], fiveG: true, tiers: ['flagship', 'mid'] },
  { code: 'V2309A', brand: 'vivo', os: [14, 15], fiveG: true, tiers: ['flagship'] },
  { code: 'V2230A', brand: 'vivo', os: [13, 14], fiveG: true, tiers: ['budget', 'mid'] },
  { code: 'V2166A', brand: 'vivo', os: [11, 12, 13], fiveG: true, tiers: ['budget'] },
  { code: 'V2120A', brand: 'vivo', os: [11, 12], fiveG: false, tiers: ['budget', 'old'] },
  { code: 'V1818A', brand: 'vivo', os: [9, 10], fiveG: false, tiers: ['old'] },
  { code: 'SM-S9110', brand: 'samsung', os: [14, 15], fiveG: true, tiers: ['flagship'] },
  { code: 'RMX3350', brand: 'realme', os: [12, 13], fiveG: true, tiers: ['budget'] },
];

/** Android build ids by version (AOSP-style; Huawei and Honor report their own). */
const BUILD: Record<number, readonly string[]> = {
  9: ['PKQ1.190118.001', 'PPR1.180610.011'],
  10: ['QKQ1.191222.002', 'QP1A.190711.020'],
  11: ['RKQ1.200826.002', 'RP1A.200720.011'],
  12: ['SKQ1.211006.001', 'SP1A.210812.016'],
  13: ['TKQ1.221114.001', 'TP1A.220624.014', 'TP1A.220905.001'],
  14: ['UKQ1.230804.001', 'UP1A.231005.007', 'UKQ1.231003.002'],
  15: ['AQ3A.240912.001', 'AP3A.240617.008'],
};

/** WeChat for Android 8.0.x: [minor, build, MMWEBSDK date, XWEB Chrome major]. */
export const WECHAT_ANDROID: ReadonlyArray<readonly [number, number, string, number]> = [
  [40, 2420, '20230701', 111], [42, 2460, '20230805', 111], [43, 2480, '20230805', 115], [44, 2502, '20231002', 116],
  [45, 2521, '20231002', 116], [47, 2560, '20231202', 116], [48, 2580, '20240301', 118], [49, 2600, '20240301', 118],
  [50, 2701, '20240404', 122], [51, 2720, '20240604', 122], [53, 2740, '20240904', 126], [54, 2760, '20241001', 126],
  [55, 2780, '20241104', 130], [56, 2800, '20241201', 130], [57, 2820, '20250102', 132], [58, 2840, '20250201', 132],
  [59, 2860, '20250301', 134], [60, 2880, '20250501', 134], [61, 2900, '20250601', 134],
];
/** WeChat for iOS minors seen in 2025. */
const WECHAT_IOS = [44, 47, 49, 50, 51, 53, 54, 56, 57, 58, 59, 60, 61];
const IOS_MINOR: Record<number, readonly string[]> = { 15: ['7', '8'], 16: ['6', '7_10', '7_11'], 17: ['5_1', '6_1', '7'], 18: ['3_2', '5', '6_2'], 26: ['0', '0_1'] };

export interface Phone {
  model: string;
  android: boolean;
  fiveG: boolean;
  /** The user agent up to `NetType/`; `ua()` adds the connection and language. */
  head: string;
  tail: string;
}

function hex2(n: number): string {
  return (n & 0xff).toString(16).toUpperCase().padStart(2, '0');
}

/** Newer tiers update WeChat promptly; old phones lag far behind. */
function wechatIndex(rng: Rng, tier: Tier, count: number): number {
  const lag = tier === 'flagship' ? rng.int(0, 3) : tier === 'mid' ? rng.int(0, 6) : tier === 'budget' ? rng.int(1, 9) : rng.int(4, 16);
  return Math.max(0, count - 1 - lag);
}

export interface PhoneOptions {
  model?: Model;
  os?: number;
  wechat?: number;
  /** The per-install id; null leaves it out (some managed and cloned installs have none). */
  webid?: number | null;
  abi?: string;
  language?: string;
}

/** A phone as WeChat's in-app browser describes it. */
export function makePhone(rng: Rng, tier: Tier, opts: PhoneOptions = {}): Phone {
  const model = opts.model ?? pickModel(rng, tier);
  const os = opts.os ?? rng.pick(model.os);
  const language = opts.language ?? 'zh_CN';
  if (model.brand === 'apple') {
    const minor = opts.wechat ?? WECHAT_IOS[wechatIndex(rng, tier, WECHAT_IOS.length)];
    const iosVersion = `${os}_${rng.pick(IOS_MINOR[os] ?? ['0'])}`.replace(/_0$/, '');
    const head = `Mozilla/5.0 (iPhone; CPU iPhone OS ${iosVersion} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.${minor}(0x1800${hex2(minor)}${hex2(rng.int(0x20, 0x32))}) NetType/`;
    return { model: 'iPhone', android: false, fiveG: model.fiveG, head, tail: ` Language/${language}` };
  }
  const [minor, build, sdk, chrome] = WECHAT_ANDROID[opts.wechat ?? wechatIndex(rng, tier, WECHAT_ANDROID.length)];
  const buildId = model.brand === 'huawei' ? `HUAWEI${model.code}` : model.brand === 'honor' ? `HONOR${model.code}` : rng.pick(BUILD[os] ?? BUILD[13]);
  const webid = opts.webid === undefined ? rng.int(10, 9999) : opts.webid;
  const chromeFull = `${chrome}.0.${rng.int(5000, 6999)}.${rng.int(10, 180)}`;
  const xweb = `${chrome}0${String(rng.int(17, 499)).padStart(3, '0')}`;
  const head =
    `Mozilla/5.0 (Linux; Android ${os}; ${model.code} Build/${buildId}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chromeFull} Mobile Safari/537.36 ` +
    `XWEB/${xweb} MMWEBSDK/${sdk}${webid === null ? '' : ` MMWEBID/${webid}`} MicroMessenger/8.0.${minor}.${build}(0x2800${hex2(minor)}${hex2(build)}) WeChat/arm64 Weixin NetType/`;
  return { model: model.code, android: true, fiveG: model.fiveG, head, tail: ` Language/${language} ABI/${opts.abi ?? 'arm64'}` };
}

export function pickModel(rng: Rng, tier: Tier): Model {
  const fits = MODELS.filter((m) => m.tiers.includes(tier));
  // iPhones are about a quarter of flagship and mid phones in Anhui's towns, rarer below.
  const weights = fits.map((m) => (m.brand === 'apple' ? (tier === 'flagship' || tier === 'mid' ? fits.length * 0.3 : fits.length * 0.08) : 1));
  return fits[rng.weightedIndex(weights)];
}

export function modelByCode(code: string): Model {
  const m = MODELS.find((x) => x.code === code);
  if (!m) throw new Error(`unknown model ${code}`);
  return m;
}

export function ua(phone: Phone, net: NetType): string {
  return `${phone.head}${net}${phone.tail}`;
}
