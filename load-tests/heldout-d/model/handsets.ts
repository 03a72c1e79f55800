import type { Rng } from '../../heldout/prng';
import { DESKTOP_UAS, IOS_VERSIONS, RELEASES, type WechatRelease } from './wechat-builds';

/**
 * Phones and the user agent WeChat's in-app browser sends from them. An Android install carries a
 * per-install MMWEBID, so two people with the same phone and build still differ; every iPhone on
 * the same iOS and WeChat version sends the very same string. NetType follows the connection, so
 * one phone sends a different string on Wi-Fi than on 4G.
 */

export type NetType = 'WIFI' | '4G' | '5G';
/** Who holds the phone: it decides price tier, age of the phone and how late WeChat is updated. */
export type Cohort = 'adult' | 'elderly' | 'youth' | 'worker';
type Brand = 'xiaomi' | 'oppo' | 'vivo' | 'huawei' | 'honor' | 'samsung';
type Tier = 'flagship' | 'mid' | 'budget';

export interface AndroidModel {
  code: string;
  brand: Brand;
  launched: number;
  tier: Tier;
  /** Android versions the model shipped with and was last updated to. */
  android: readonly [number, number];
}

const m = (code: string, brand: Brand, launched: number, tier: Tier, lo: number, hi: number): AndroidModel => ({ code, brand, launched, tier, android: [lo, hi] });

/** Mainland model codes as they appear in user agents (not marketing names). */
export const ANDROID_MODELS: readonly AndroidModel[] = [
  m('23127PN0CC', 'xiaomi', 2023, 'flagship', 14, 14),
  m('2211133C', 'xiaomi', 2022, 'flagship', 13, 14),
  m('2201123C', 'xiaomi', 2021, 'flagship', 12, 14),
  m('M2011K2C', 'xiaomi', 2020, 'flagship', 11, 13),
  m('23013RK75C', 'xiaomi', 2023, 'mid', 13, 14),
  m('22041211AC', 'xiaomi', 2022, 'mid', 12, 14),
  m('2312DRA50C', 'xiaomi', 2023, 'mid', 13, 14),
  m('22101317C', 'xiaomi', 2022, 'mid', 12, 14),
  m('M2103K19C', 'xiaomi', 2021, 'budget', 11, 13),
  m('220233L2C', 'xiaomi', 2022, 'budget', 11, 12),
  m('M2006C3LC', 'xiaomi', 2020, 'budget', 10, 11),
  m('PJZ110', 'oppo', 2023, 'flagship', 14, 14),
  m('PHB110', 'oppo', 2023, 'flagship', 13, 14),
  m('PHM110', 'oppo', 2024, 'flagship', 14, 14),
  m('PHV110', 'oppo', 2023, 'mid', 13, 14),
  m('PJR110', 'oppo', 2023, 'mid', 14, 14),
  m('PFJM10', 'oppo', 2022, 'mid', 13, 14),
  m('PEQM00', 'oppo', 2021, 'mid', 11, 13),
  m('PDRM00', 'oppo', 2020, 'mid', 11, 13),
  m('RMX3706', 'oppo', 2023, 'mid', 13, 14),
  m('PHJ110', 'oppo', 2023, 'budget', 13, 14),
  m('RMX3562', 'oppo', 2022, 'budget', 12, 13),
  m('PEHM00', 'oppo', 2020, 'budget', 11, 12),
  m('PDYM20', 'oppo', 2020, 'budget', 10, 12),
  m('PBEM00', 'oppo', 2018, 'mid', 9, 10),
  m('V2309A', 'vivo', 2023, 'flagship', 14, 14),
  m('V2227A', 'vivo', 2022, 'flagship', 13, 14),
  m('V2185A', 'vivo', 2021, 'flagship', 11, 13),
  m('V2254A', 'vivo', 2022, 'mid', 13, 14),
  m('V2323A', 'vivo', 2023, 'mid', 14, 14),
  m('V2279A', 'vivo', 2022, 'mid', 13, 14),
  m('V2049A', 'vivo', 2020, 'mid', 10, 12),
  m('V2219A', 'vivo', 2022, 'budget', 12, 13),
  m('V2166A', 'vivo', 2021, 'budget', 11, 13),
  m('V2054A', 'vivo', 2020, 'budget', 10, 12),
  m('V1981A', 'vivo', 2019, 'budget', 9, 11),
  // HarmonyOS 2–4 phones present themselves to WeChat as Android 10 or 12.
  m('ALN-AL00', 'huawei', 2023, 'flagship', 12, 12),
  m('JAD-AL50', 'huawei', 2021, 'flagship', 12, 12),
  m('NOH-AN00', 'huawei', 2020, 'flagship', 10, 12),
  m('ELS-AN00', 'huawei', 2020, 'flagship', 10, 12),
  m('TAS-AL00', 'huawei', 2019, 'flagship', 10, 12),
  m('CTR-AL00', 'huawei', 2023, 'mid', 12, 12),
  m('MGA-AL00', 'huawei', 2021, 'mid', 12, 12),
  m('JSC-AN00', 'huawei', 2020, 'mid', 10, 12),
  m('CDY-AN00', 'huawei', 2020, 'mid', 10, 12),
  m('DVC-AN20', 'huawei', 2020, 'budget', 10, 12),
  m('MED-AL00', 'huawei', 2020, 'budget', 10, 10),
  m('PGT-AN10', 'honor', 2023, 'flagship', 13, 14),
  m('REA-AN00', 'honor', 2023, 'mid', 13, 14),
  m('ELZ-AN00', 'honor', 2022, 'mid', 12, 14),
  m('ANY-AN00', 'honor', 2021, 'mid', 11, 13),
  m('TFY-AN00', 'honor', 2022, 'mid', 12, 13),
  m('CMA-AN00', 'honor', 2021, 'budget', 11, 12),
  m('KOZ-AL00', 'honor', 2021, 'budget', 10, 11),
  m('SM-S9180', 'samsung', 2023, 'flagship', 13, 14),
  m('SM-F9460', 'samsung', 2023, 'flagship', 13, 14),
  m('SM-A5460', 'samsung', 2023, 'mid', 13, 14),
];

const BRAND_SHARE: Record<Brand, number> = { vivo: 0.2, oppo: 0.2, honor: 0.16, xiaomi: 0.16, huawei: 0.17, samsung: 0.02 };

/** Firmware build ids by maker family and Android version (each maker ships its own AOSP tags). */
const BUILDS: Record<'aosp' | 'oppo' | 'vivo', Record<number, readonly string[]>> = {
  aosp: { 10: ['QKQ1.190910.002'], 11: ['RKQ1.200826.002', 'RKQ1.201112.002'], 12: ['SKQ1.211006.001', 'SKQ1.220303.001'], 13: ['TKQ1.221114.001', 'TKQ1.220829.002'], 14: ['UKQ1.230804.001', 'UKQ1.231003.002'] },
  oppo: { 9: ['PKQ1.190519.001'], 10: ['QKQ1.191222.002'], 11: ['RKQ1.201217.002'], 12: ['SP1A.210812.016'], 13: ['TP1A.220905.001'], 14: ['UKQ1.230924.001', 'UP1A.230620.001'] },
  vivo: { 9: ['PKQ1.190302.001'], 10: ['QP1A.190711.020'], 11: ['RP1A.200720.012'], 12: ['SP1A.210812.003'], 13: ['TP1A.220624.014'], 14: ['UP1A.231005.007'] },
};

function buildId(rng: Rng, model: AndroidModel, android: number): string {
  if (model.brand === 'huawei') return `HUAWEI${model.code}`;
  // Honor phones made after the 2020 split carry their own prefix; the older Play models still say HUAWEI.
  if (model.brand === 'honor') return model.launched >= 2021 && model.code !== 'KOZ-AL00' ? `HONOR${model.code}` : `HUAWEI${model.code}`;
  const family = model.brand === 'oppo' ? 'oppo' : model.brand === 'vivo' ? 'vivo' : 'aosp';
  const ids = BUILDS[family][android] ?? BUILDS[family][Math.max(...Object.keys(BUILDS[family]).map(Number))];
  return rng.pick(ids);
}

export interface Device {
  /** Per install: what address derivations (IPv6 interface ids) hang on. */
  seed: number;
  platform: 'android' | 'ios' | 'desktop';
  /** Can attach to 5G (NetType/5G on cellular). */
  fiveG: boolean;
  label: string;
  ua(net: NetType): string;
}

/** A user agent that only varies with NetType: the part before and after it are fixed per install. */
function device(rng: Rng, platform: Device['platform'], fiveG: boolean, label: string, head: string, tail: string): Device {
  const cache: Partial<Record<NetType, string>> = {};
  return {
    seed: rng.uint32(),
    platform,
    fiveG,
    label,
    ua(net) {
      if (platform === 'desktop') return head;
      return (cache[net] ??= `${head}${net}${tail}`);
    },
  };
}

export interface AndroidSpec {
  model: AndroidModel;
  android: number;
  release: WechatRelease;
  /** Omitted: drawn fresh, as a new install would get. */
  mmwebid?: number;
  build?: string;
  language?: string;
}

export function mmwebid(rng: Rng): number {
  // Mostly four digits; a tenth of installs carry a shorter one.
  return rng.chance(0.1) ? rng.int(1, 999) : rng.int(1000, 9999);
}

export function androidDevice(rng: Rng, spec: AndroidSpec): Device {
  const { model, android, release } = spec;
  const build = spec.build ?? buildId(rng, model, android);
  const id = spec.mmwebid ?? mmwebid(rng);
  const head =
    `Mozilla/5.0 (Linux; Android ${android}; ${model.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) ` +
    `Version/4.0 Chrome/${release.chrome} Mobile Safari/537.36 XWEB/${release.xweb} MMWEBSDK/${release.sdk} MMWEBID/${id} ` +
    `MicroMessenger/${release.version}.${release.androidBuild}(${release.androidCode}) WeChat/arm64 Weixin NetType/`;
  const fiveG = model.launched >= 2020 && !(model.tier === 'budget' && model.launched < 2021);
  return device(rng, 'android', fiveG, model.code, head, ` Language/${spec.language ?? 'zh_CN'} ABI/arm64`);
}

export function iphoneDevice(rng: Rng, ios: string, release: WechatRelease, language = 'zh_CN', ipad = false): Device {
  const os = ipad ? `iPad; CPU OS ${ios}` : `iPhone; CPU iPhone OS ${ios}`;
  const head = `Mozilla/5.0 (${os} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${release.version}(${release.iosCode}) NetType/`;
  const major = Number(ios.split('_')[0]);
  return device(rng, 'ios', major >= 14 && !ipad, `iOS ${ios}`, head, ` Language/${language}`);
}

export function desktopDevice(rng: Rng): Device {
  return device(rng, 'desktop', false, 'desktop', rng.pick(DESKTOP_UAS), '');
}

const IOS_SHARE: Record<Cohort, number> = { adult: 0.22, elderly: 0.07, youth: 0.4, worker: 0.12 };
const TIER_SHARE: Record<Cohort, Record<Tier, number>> = {
  adult: { flagship: 0.25, mid: 0.5, budget: 0.25 },
  elderly: { flagship: 0.06, mid: 0.3, budget: 0.64 },
  youth: { flagship: 0.2, mid: 0.55, budget: 0.25 },
  worker: { flagship: 0.08, mid: 0.42, budget: 0.5 },
};

/** Release weights for a cohort: the elderly run old builds, the young update fast. */
function releaseWeights(cohort: Cohort): number[] {
  return RELEASES.map((r, i) => r.share * (cohort === 'elderly' && i >= 4 ? 3 : cohort === 'youth' && i <= 1 ? 1.5 : 1));
}

function modelWeights(cohort: Cohort): number[] {
  return ANDROID_MODELS.map((x) => {
    let w = BRAND_SHARE[x.brand] * TIER_SHARE[cohort][x.tier];
    if (cohort === 'elderly' && x.launched <= 2020) w *= 1.8;
    if (cohort === 'youth') w *= x.launched >= 2022 ? 1.6 : 0.7;
    return w;
  });
}

const MODEL_WEIGHTS = new Map<Cohort, number[]>();
const RELEASE_WEIGHTS = new Map<Cohort, number[]>();

export function pickRelease(rng: Rng, cohort: Cohort = 'adult'): WechatRelease {
  let w = RELEASE_WEIGHTS.get(cohort);
  if (!w) RELEASE_WEIGHTS.set(cohort, (w = releaseWeights(cohort)));
  return RELEASES[rng.weightedIndex(w)];
}

export function pickAndroidModel(rng: Rng, cohort: Cohort = 'adult'): AndroidModel {
  let w = MODEL_WEIGHTS.get(cohort);
  if (!w) MODEL_WEIGHTS.set(cohort, (w = modelWeights(cohort)));
  return ANDROID_MODELS[rng.weightedIndex(w)];
}

/** Android version a phone runs: the elderly rarely take the updates they are offered. */
export function pickAndroidVersion(rng: Rng, model: AndroidModel, cohort: Cohort = 'adult'): number {
  const [lo, hi] = model.android;
  if (cohort === 'elderly' && rng.chance(0.6)) return lo;
  return rng.int(lo, hi);
}

export function pickIos(rng: Rng): string {
  return IOS_VERSIONS[rng.weightedIndex(IOS_VERSIONS.map(([, w]) => w))][0];
}

function language(rng: Rng): string {
  const r = rng.next();
  return r < 0.985 ? 'zh_CN' : r < 0.995 ? 'zh_TW' : 'en';
}

/** The phone an ordinary person of this cohort carries. */
export function everydayPhone(rng: Rng, cohort: Cohort = 'adult', lang?: string): Device {
  const release = pickRelease(rng, cohort);
  const tongue = lang ?? language(rng);
  if (rng.chance(IOS_SHARE[cohort])) return iphoneDevice(rng, pickIos(rng), release, tongue, rng.chance(0.02));
  const model = pickAndroidModel(rng, cohort);
  return androidDevice(rng, { model, android: pickAndroidVersion(rng, model, cohort), release, language: tongue });
}
