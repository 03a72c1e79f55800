/**
 * The phone market this set's crowd is drawn from: models sold in a Jiangxi county town around
 * 2023–2024, each with the Android versions it shipped or updated to and the build id each
 * vendor's ROM prints for that version. `age` says which buyers favour it (elders keep cheap and
 * old phones), `weight` is a rough share inside its brand.
 */

export type Tier = 'old' | 'mid' | 'new';

export interface AndroidModel {
  brand: string;
  model: string;
  /** [Android version, Build id] pairs the model is seen with. */
  builds: ReadonlyArray<readonly [string, string]>;
  tier: Tier;
  weight: number;
  fiveG: boolean;
}

// Vendor build-id families: MIUI/HyperOS, ColorOS, OriginOS/Funtouch and One UI print AOSP-style ids;
// Huawei (HarmonyOS 2-4, Android-compatible) and Honor print their own.
const MI = { a10: 'QKQ1.190910.002', a11: 'RKQ1.200826.002', a12: 'SKQ1.211006.001', a13: 'TKQ1.221114.001', a14: 'UKQ1.230804.001' };
const OP = { a10: 'QKQ1.191222.002', a11: 'RKQ1.201217.002', a12: 'SP1A.210812.016', a13: 'TP1A.220905.001', a14: 'UKQ1.230924.001' };
const VI = { a10: 'QP1A.190711.020', a11: 'RP1A.200720.012', a12: 'SP1A.210812.003', a13: 'TP1A.220624.014', a14: 'UP1A.231005.007' };

const hw = (model: string, versions: string[], tier: Tier, weight: number, fiveG = true): AndroidModel => ({
  brand: 'huawei',
  model,
  builds: versions.map((v) => [v, `HUAWEI${model}`] as const),
  tier,
  weight,
  fiveG,
});
const honor = (model: string, versions: string[], tier: Tier, weight: number): AndroidModel => ({
  brand: 'honor',
  model,
  builds: versions.map((v) => [v, `HONOR${model}`] as const),
  tier,
  weight,
  fiveG: true,
});
const aosp = (brand: string, model: string, ids: Record<string, string>, versions: string[], tier: Tier, weight: number, fiveG = true): AndroidModel => ({
  brand,
  model,
  builds: versions.map((v) => [v, ids[`a${v}`]] as const),
  tier,
  weight,
  fiveG,
});

export const ANDROID_MODELS: readonly AndroidModel[] = [
  hw('NOH-AN00', ['10', '12'], 'mid', 5),
  hw('ANA-AN00', ['10', '12'], 'mid', 4),
  hw('ALN-AL00', ['12'], 'new', 6),
  hw('JAD-AL50', ['12'], 'mid', 3, false),
  hw('NAM-AL00', ['12'], 'mid', 4, false),
  hw('BAL-AL00', ['12'], 'new', 3, false),
  hw('WKG-AN00', ['10'], 'old', 4),
  hw('MED-AL00', ['10'], 'old', 3, false),
  hw('CDY-AN00', ['10'], 'old', 3),
  honor('REA-AN00', ['13'], 'new', 4),
  honor('ALI-AN00', ['13', '14'], 'new', 5),
  honor('ANY-AN00', ['11', '12'], 'mid', 4),
  honor('PGT-AN00', ['13', '14'], 'new', 2),
  aosp('xiaomi', '2211133C', MI, ['13', '14'], 'new', 4),
  aosp('xiaomi', '23127PN0CC', MI, ['14'], 'new', 3),
  aosp('xiaomi', '2201123C', MI, ['12', '13'], 'mid', 3),
  aosp('xiaomi', '23013RK75C', MI, ['13', '14'], 'new', 4),
  aosp('xiaomi', '23049RAD8C', MI, ['13', '14'], 'new', 4),
  aosp('xiaomi', '22101317C', MI, ['12', '13'], 'mid', 4),
  aosp('xiaomi', 'M2006C3LC', MI, ['10'], 'old', 4, false),
  aosp('xiaomi', '220233L2C', MI, ['11'], 'old', 3, false),
  aosp('oppo', 'PEGM00', OP, ['11', '12'], 'mid', 4),
  aosp('oppo', 'PFJM10', OP, ['11', '12', '13'], 'mid', 4),
  aosp('oppo', 'PGAM10', OP, ['12', '13'], 'mid', 4),
  aosp('oppo', 'PHQ110', OP, ['13', '14'], 'new', 4),
  aosp('oppo', 'PJA110', OP, ['13', '14'], 'new', 3),
  aosp('oppo', 'PEAM00', OP, ['10', '11'], 'old', 4, false),
  aosp('oppo', 'PDEM10', OP, ['10', '11'], 'old', 3),
  aosp('oneplus', 'PHB110', OP, ['13', '14'], 'new', 2),
  aosp('vivo', 'V2049A', VI, ['11', '12'], 'mid', 4),
  aosp('vivo', 'V2172A', VI, ['12', '13'], 'mid', 4),
  aosp('vivo', 'V2219A', VI, ['13', '14'], 'new', 4),
  aosp('vivo', 'V2309A', VI, ['14'], 'new', 3),
  aosp('vivo', 'V2166BA', VI, ['11'], 'old', 4, false),
  aosp('vivo', 'V1962A', VI, ['10', '11'], 'old', 3),
  aosp('samsung', 'SM-S9180', VI, ['14'], 'new', 1),
  aosp('samsung', 'SM-G9910', VI, ['13', '14'], 'mid', 1),
];

/** Market share by brand in a lower-tier Jiangxi town (Apple and the Android brands). */
export const BRAND_SHARE: Readonly<Record<string, number>> = {
  apple: 19,
  huawei: 18,
  honor: 9,
  vivo: 17,
  oppo: 16,
  xiaomi: 15,
  oneplus: 2,
  samsung: 1.5,
  harmonynext: 0.6,
};

/** iOS versions people actually run (old iPhones stay on 15/16), with relative shares. */
export const IOS_VERSIONS: ReadonlyArray<readonly [string, number]> = [
  ['15_8_2', 3],
  ['16_6_1', 3],
  ['16_7_8', 5],
  ['17_4_1', 4],
  ['17_5_1', 9],
  ['17_6_1', 12],
  ['17_7', 4],
  ['18_0', 5],
  ['18_0_1', 3],
];

/** A WeChat Android release and the XWEB (Chromium) kernels it is commonly seen with. */
export interface WechatRelease {
  version: string;
  /** Fourth byte of the client-version hex (its first three bytes follow from the version). */
  tail: number;
  sdk: string;
  share: number;
}

export const WECHAT_ANDROID: readonly WechatRelease[] = [
  { version: '8.0.40.2420', tail: 0x55, sdk: '20230701', share: 2 },
  { version: '8.0.42.2460', tail: 0x58, sdk: '20230805', share: 3 },
  { version: '8.0.44.2502', tail: 0x36, sdk: '20231002', share: 4 },
  { version: '8.0.47.2560', tail: 0x30, sdk: '20240301', share: 6 },
  { version: '8.0.48.2580', tail: 0x36, sdk: '20240404', share: 7 },
  { version: '8.0.49.2600', tail: 0x33, sdk: '20240501', share: 12 },
  { version: '8.0.50.2701', tail: 0x37, sdk: '20240602', share: 20 },
  { version: '8.0.51.2720', tail: 0x39, sdk: '20240802', share: 16 },
];

export const WECHAT_IOS: ReadonlyArray<readonly [string, number, number]> = [
  ['8.0.44', 0x2f, 3],
  ['8.0.47', 0x2c, 5],
  ['8.0.48', 0x2d, 7],
  ['8.0.49', 0x37, 12],
  ['8.0.50', 0x33, 20],
  ['8.0.51', 0x37, 14],
];

/** XWEB kernels: build number and the Chromium version string it reports. */
export const XWEB: ReadonlyArray<readonly [string, string]> = [
  ['5169', '107.0.5304.141'],
  ['5235', '111.0.5563.116'],
  ['1160117', '116.0.5845.114'],
  ['1220133', '122.0.6261.120'],
  ['1260059', '126.0.6478.188'],
];
