import type { Rng } from '../../heldout/prng';

/**
 * Phones and the user agent WeChat's in-app browser sends from them, in autumn 2025.
 *
 * Android: `Mozilla/5.0 (Linux; Android 14; V2307A Build/UP1A.231005.007; wv) AppleWebKit/537.36
 * (KHTML, like Gecko) Version/4.0 Chrome/138.0.7204.180 Mobile Safari/537.36 XWEB/1380267
 * MMWEBSDK/20250804 MMWEBID/6729 MicroMessenger/8.0.63.2920(0x28003F3C) WeChat/arm64 Weixin
 * NetType/WIFI Language/zh_CN ABI/arm64`. The Chrome version is WeChat's own XWEB kernel, which
 * updates on its own schedule; MMWEBID is a number drawn per install; the hex code carries the
 * patch version. Huawei and Honor put the brand in the build id.
 * iOS: `Mozilla/5.0 (iPhone; CPU iPhone OS 18_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like
 * Gecko) Mobile/15E148 MicroMessenger/8.0.63(0x18003f2b) NetType/4G Language/zh_CN`.
 * HarmonyOS NEXT (Huawei's own OS, no Android layer): `Mozilla/5.0 (Phone; OpenHarmony 5.0) ...
 * ArkWeb/4.1.6.1 Mobile  MicroMessenger/8.0.10.36(0xf3100a24) Weixin NetType/4G Language/zh_CN
 * MMWEBID/6994 MMWEBSDK/202508070004 XWEB/1140319`.
 * The shapes follow user agents published in public code (scripts, tests, fixtures).
 */

export type Net = 'WIFI' | '4G' | '5G';

export interface Device {
  /** A per-phone number (for its IPv6 /64). */
  key: number;
  os: 'android' | 'ios' | 'harmony';
  model: string;
  fiveG: boolean;
  /** The user agent without its network type, split where `NetType/...` goes. */
  head: string;
  tail: string;
  cache?: Partial<Record<Net, string>>;
}

export function userAgent(d: Device, net: Net): string {
  const cache = (d.cache ??= {});
  return (cache[net] ??= `${d.head}${net}${d.tail}`);
}

export type Age = 'youth' | 'adult' | 'elder';
export type Setting = 'city' | 'town' | 'village' | 'pastoral';

interface PhoneModel {
  brand: 'huawei' | 'honor' | 'xiaomi' | 'redmi' | 'vivo' | 'oppo' | 'oneplus' | 'realme' | 'samsung' | 'other';
  code: string;
  year: number;
  /** Android versions it shipped with and last got. */
  android: [number, number];
  fiveG: boolean;
  /** Flagship (price) tier 0 budget .. 2 flagship. */
  tier: 0 | 1 | 2;
}

const m = (brand: PhoneModel['brand'], code: string, year: number, a0: number, a1: number, fiveG: boolean, tier: 0 | 1 | 2): PhoneModel => ({ brand, code, year, android: [a0, a1], fiveG, tier });

/** Android phones common in north-west China, with their model codes as the user agent shows them. */
const ANDROID: readonly PhoneModel[] = [
  m('huawei', 'NOH-AN00', 2020, 10, 12, true, 2),
  m('huawei', 'OCE-AN10', 2020, 10, 12, true, 2),
  m('huawei', 'ALN-AL00', 2023, 12, 12, true, 2),
  m('huawei', 'BRA-AL00', 2023, 12, 12, true, 2),
  m('huawei', 'CET-AL00', 2022, 12, 12, false, 2),
  m('huawei', 'DCO-AL00', 2022, 12, 12, false, 2),
  m('huawei', 'JAD-AL50', 2021, 10, 12, false, 2),
  m('huawei', 'ABR-AL00', 2021, 10, 12, false, 1),
  m('huawei', 'ANA-AN00', 2020, 10, 12, true, 1),
  m('huawei', 'ELS-AN00', 2020, 10, 12, true, 2),
  m('huawei', 'TAS-AN00', 2019, 10, 12, true, 1),
  m('huawei', 'LIO-AN00', 2019, 10, 12, true, 2),
  m('huawei', 'NAM-AL00', 2021, 10, 12, false, 1),
  m('huawei', 'NCO-AL00', 2022, 12, 12, false, 1),
  m('huawei', 'FOA-AL00', 2023, 12, 12, false, 1),
  m('huawei', 'JSC-AN00', 2020, 10, 12, true, 1),
  m('huawei', 'JER-AN20', 2020, 10, 12, true, 1),
  m('huawei', 'INE-AL00', 2018, 9, 10, false, 0),
  m('huawei', 'MGA-AL00', 2022, 12, 12, false, 0),
  m('huawei', 'CTR-AL00', 2023, 12, 12, false, 0),
  m('honor', 'ANY-AN00', 2021, 11, 13, true, 1),
  m('honor', 'FNE-AN00', 2023, 13, 14, true, 1),
  m('honor', 'PGT-AN00', 2024, 14, 15, true, 2),
  m('honor', 'ALP-AN00', 2024, 14, 15, true, 1),
  m('honor', 'ELI-AN00', 2022, 12, 14, true, 1),
  m('honor', 'CMA-AN00', 2022, 12, 14, true, 0),
  m('honor', 'RMO-AN00', 2022, 12, 13, true, 0),
  m('honor', 'TFY-AN00', 2021, 11, 13, true, 0),
  m('honor', 'VNE-AN00', 2023, 13, 14, true, 0),
  m('honor', 'LGE-AN00', 2021, 11, 13, true, 1),
  m('xiaomi', '23127PN0CC', 2023, 14, 15, true, 2),
  m('xiaomi', '2211133C', 2022, 13, 15, true, 2),
  m('xiaomi', '2210132C', 2022, 13, 15, true, 2),
  m('xiaomi', '22081212C', 2022, 12, 14, true, 1),
  m('xiaomi', '2106118C', 2021, 11, 14, true, 2),
  m('xiaomi', '23116PN5BC', 2023, 14, 15, true, 2),
  m('xiaomi', 'M2011K2C', 2020, 11, 13, true, 1),
  m('xiaomi', 'MI 9', 2019, 9, 11, false, 1),
  m('redmi', 'M2012K11AC', 2021, 11, 13, true, 1),
  m('redmi', '23113RKC6C', 2023, 14, 15, true, 1),
  m('redmi', '23090RA98C', 2023, 13, 15, true, 1),
  m('redmi', '2312DRA50C', 2023, 13, 15, true, 0),
  m('redmi', '22101317C', 2022, 12, 14, true, 0),
  m('redmi', '21091116AC', 2021, 11, 13, true, 0),
  m('redmi', '24069RA21C', 2024, 14, 15, true, 1),
  m('redmi', '24117RK2CC', 2024, 15, 15, true, 1),
  m('redmi', 'Redmi Note 8 Pro', 2019, 9, 11, false, 0),
  m('redmi', 'M2010J19SC', 2020, 10, 12, false, 0),
  m('vivo', 'V2309A', 2023, 14, 15, true, 2),
  m('vivo', 'V2307A', 2023, 13, 15, true, 1),
  m('vivo', 'V2183A', 2021, 11, 14, true, 2),
  m('vivo', 'V2232A', 2022, 13, 15, true, 1),
  m('vivo', 'V2254A', 2022, 13, 14, true, 1),
  m('vivo', 'V2230A', 2022, 12, 14, true, 0),
  m('vivo', 'V2055A', 2020, 10, 12, true, 0),
  m('vivo', 'V2154A', 2021, 11, 13, true, 0),
  m('vivo', 'V2166A', 2021, 11, 13, false, 0),
  m('vivo', 'V2219A', 2022, 12, 14, true, 0),
  m('vivo', 'V2301A', 2023, 13, 15, true, 1),
  m('vivo', 'V2403A', 2024, 14, 15, true, 1),
  m('vivo', 'V1990A', 2019, 9, 11, false, 0),
  m('oppo', 'PEHM00', 2020, 10, 13, true, 1),
  m('oppo', 'PHB110', 2023, 13, 15, true, 2),
  m('oppo', 'PKG110', 2024, 14, 15, true, 1),
  m('oppo', 'PJA110', 2023, 13, 14, true, 1),
  m('oppo', 'PGBM10', 2021, 11, 13, true, 1),
  m('oppo', 'PFTM10', 2022, 12, 14, true, 0),
  m('oppo', 'PEGM00', 2020, 10, 12, true, 0),
  m('oppo', 'PCLM10', 2019, 10, 11, false, 0),
  m('oppo', 'PHM110', 2023, 13, 14, true, 0),
  m('oneplus', 'PJD110', 2023, 14, 15, true, 2),
  m('oneplus', 'PJZ110', 2024, 15, 15, true, 2),
  m('oneplus', 'KB2000', 2020, 11, 13, true, 1),
  m('realme', 'RMX3562', 2022, 12, 13, true, 0),
  m('realme', 'RMX3800', 2023, 13, 14, true, 0),
  m('samsung', 'SM-S9180', 2023, 13, 15, true, 2),
  m('samsung', 'SM-S9280', 2024, 14, 15, true, 2),
  m('samsung', 'SM-G9910', 2021, 11, 14, true, 2),
  m('other', 'NX709J', 2022, 12, 14, true, 1),
  m('other', 'MEIZU 20', 2023, 13, 14, true, 1),
];

/** Brand shares among Gansu Android phones by age group (Apple and Huawei's own OS apart). */
const BRAND_WEIGHT: Record<Age, Record<PhoneModel['brand'], number>> = {
  youth: { huawei: 16, honor: 12, xiaomi: 10, redmi: 17, vivo: 17, oppo: 13, oneplus: 6, realme: 4, samsung: 1, other: 4 },
  adult: { huawei: 27, honor: 13, xiaomi: 8, redmi: 10, vivo: 18, oppo: 16, oneplus: 3, realme: 2, samsung: 1, other: 2 },
  elder: { huawei: 24, honor: 12, xiaomi: 3, redmi: 12, vivo: 25, oppo: 21, oneplus: 0.5, realme: 1, samsung: 0.5, other: 1 },
};

const BUILD_IDS: Record<number, readonly string[]> = {
  9: ['PKQ1.190118.001', 'PPR1.180610.011'],
  10: ['QKQ1.190825.002', 'QP1A.190711.020', 'QKQ1.191222.002'],
  11: ['RKQ1.200826.002', 'RP1A.200720.011', 'RKQ1.201112.002'],
  12: ['SKQ1.211006.001', 'SP1A.210812.016', 'SKQ1.220303.001', 'SP1A.210812.003'],
  13: ['TKQ1.221114.001', 'TP1A.220905.001', 'TP1A.220624.014', 'TKQ1.220829.002'],
  14: ['UKQ1.230804.001', 'UP1A.231005.007', 'UKQ1.230917.001', 'UKQ1.231108.001'],
  15: ['AQ3A.240812.002', 'AP3A.240905.015.A2', 'AP3A.240617.008', 'AQ3A.240912.001'],
};

interface WeChatRelease {
  patch: number;
  build: number;
  /** Month it reached most phones, as year*12+month. */
  month: number;
  sdk: string;
}

const ym = (y: number, mo: number) => y * 12 + mo;

/** WeChat for Android and iOS releases (the same patch numbers on both). */
const WECHAT: readonly WeChatRelease[] = [
  { patch: 32, build: 2300, month: ym(2023, 2), sdk: '20230202' },
  { patch: 37, build: 2380, month: ym(2023, 5), sdk: '20230504' },
  { patch: 38, build: 2400, month: ym(2023, 6), sdk: '20230604' },
  { patch: 40, build: 2420, month: ym(2023, 7), sdk: '20230701' },
  { patch: 42, build: 2460, month: ym(2023, 9), sdk: '20230805' },
  { patch: 44, build: 2502, month: ym(2023, 11), sdk: '20231105' },
  { patch: 47, build: 2560, month: ym(2024, 1), sdk: '20231202' },
  { patch: 48, build: 2580, month: ym(2024, 3), sdk: '20240301' },
  { patch: 49, build: 2600, month: ym(2024, 4), sdk: '20240404' },
  { patch: 50, build: 2701, month: ym(2024, 6), sdk: '20240501' },
  { patch: 51, build: 2720, month: ym(2024, 7), sdk: '20240602' },
  { patch: 53, build: 2740, month: ym(2024, 9), sdk: '20240802' },
  { patch: 54, build: 2760, month: ym(2024, 10), sdk: '20240904' },
  { patch: 55, build: 2780, month: ym(2024, 11), sdk: '20241003' },
  { patch: 56, build: 2800, month: ym(2024, 12), sdk: '20241202' },
  { patch: 57, build: 2820, month: ym(2025, 2), sdk: '20250201' },
  { patch: 58, build: 2841, month: ym(2025, 3), sdk: '20250201' },
  { patch: 60, build: 2860, month: ym(2025, 5), sdk: '20250404' },
  { patch: 61, build: 2880, month: ym(2025, 6), sdk: '20250503' },
  { patch: 62, build: 2900, month: ym(2025, 7), sdk: '20250703' },
  { patch: 63, build: 2920, month: ym(2025, 8), sdk: '20250804' },
  { patch: 64, build: 2940, month: ym(2025, 9), sdk: '20250904' },
  { patch: 65, build: 2960, month: ym(2025, 10), sdk: '20250904' },
  { patch: 66, build: 2980, month: ym(2025, 10), sdk: '20251006' },
  { patch: 67, build: 3000, month: ym(2025, 11), sdk: '20251101' },
];

/** XWEB kernels: the Chromium they carry and a few of their build numbers. */
const KERNELS: readonly { month: number; chrome: string; xweb: readonly number[] }[] = [
  { month: ym(2023, 1), chrome: '107.0.5304.141', xweb: [5061, 5075, 5143] },
  { month: ym(2023, 6), chrome: '111.0.5563.116', xweb: [5235, 5307, 5317] },
  { month: ym(2023, 10), chrome: '116.0.0.0', xweb: [1160049, 1160065, 1160117] },
  { month: ym(2024, 4), chrome: '122.0.6261.120', xweb: [1220089, 1220099, 1220133] },
  { month: ym(2024, 7), chrome: '126.0.6478.188', xweb: [1260079, 1260093, 1260117] },
  { month: ym(2024, 11), chrome: '130.0.6723.103', xweb: [1300003, 1300409, 1300473] },
  { month: ym(2025, 3), chrome: '134.0.6998.136', xweb: [1340095, 1340129, 1340157] },
  { month: ym(2025, 7), chrome: '138.0.7204.180', xweb: [1380215, 1380267, 1380347] },
  { month: ym(2025, 10), chrome: '142.0.7444.173', xweb: [1420045, 1420097, 1420153] },
];

/** iOS versions in use by iPhone age (newest allowed first), autumn 2025. */
const IOS_BY_ERA: readonly { maxYear: number; versions: readonly [string, number][] }[] = [
  { maxYear: 2018, versions: [['16_7_10', 5], ['16_7_8', 2], ['15_8_3', 2], ['16_6', 1]] },
  { maxYear: 2019, versions: [['18_6_2', 4], ['18_6', 3], ['18_5', 2], ['17_6_1', 3], ['17_5_1', 1], ['16_7_10', 1], ['26_0_1', 1]] },
  { maxYear: 2025, versions: [['18_6_2', 6], ['18_6', 4], ['18_5', 2], ['18_3_2', 2], ['18_1_1', 1], ['17_6_1', 2], ['17_5_1', 1], ['26_0_1', 3], ['26_0', 2], ['26_1', 1]] },
];

export interface MarketOptions {
  age: Age;
  setting: Setting;
}

/**
 * The phones of one ballot's crowd, drawn for the month it opens. A phone's WeChat is as new as
 * its owner keeps it: most update within weeks, elders and old phones lag by months or years.
 */
export class DeviceMarket {
  private next = 1;
  private readonly variantBase = new Map<number, number>();

  constructor(private readonly nowMonth: number) {}

  static forDate(ms: number): DeviceMarket {
    const d = new Date(ms + 8 * 3_600_000);
    return new DeviceMarket(ym(d.getUTCFullYear(), d.getUTCMonth() + 1));
  }

  /** A phone someone of this age and setting carries. */
  phone(rng: Rng, o: MarketOptions): Device {
    const iosShare = { city: 0.2, town: 0.12, village: 0.07, pastoral: 0.05 }[o.setting] * (o.age === 'youth' ? 1.5 : o.age === 'elder' ? 0.45 : 1);
    if (rng.chance(iosShare)) return this.iphone(rng, o);
    const model = this.pickModel(rng, o);
    if (model.brand === 'huawei' && model.year >= 2023 && model.tier >= 1 && rng.chance(0.2)) return this.harmony(rng, model, o);
    return this.android(rng, model, o);
  }

  /** An exact copy of a model (a unit's bulk purchase): same phone, same WeChat, own install id. */
  batch(rng: Rng, count: number, o: MarketOptions & { code?: string }): Device[] {
    const model = o.code ? (ANDROID.find((x) => x.code === o.code) as PhoneModel) : this.pickModel(rng, { ...o, age: 'adult' });
    const template = this.android(rng, model, { ...o, age: 'youth' });
    return Array.from({ length: count }, () => ({ ...template, key: this.next++, cache: undefined, head: template.head.replace(/MMWEBID\/\d+/, `MMWEBID/${rng.int(0, 9999)}`) }));
  }

  pickModel(rng: Rng, o: MarketOptions): PhoneModel {
    const brandW = BRAND_WEIGHT[o.age];
    const year = this.nowMonth / 12;
    const weights = ANDROID.map((x) => {
      const age = year - x.year;
      // Elders and villages keep phones longer and buy cheaper ones; city youth buy newer.
      const keep = o.age === 'elder' ? 3.5 : o.setting === 'village' || o.setting === 'pastoral' ? 3 : 2.2;
      const ageW = Math.exp(-Math.max(0, age - 0.5) / keep);
      const tierW = o.age === 'elder' || o.setting === 'pastoral' ? [1.6, 1, 0.45][x.tier] : o.setting === 'city' ? [0.8, 1, 1.1][x.tier] : [1.2, 1, 0.7][x.tier];
      return brandW[x.brand] * ageW * tierW;
    });
    return ANDROID[rng.weightedIndex(weights)];
  }

  /** Months a phone's WeChat lags behind the newest release. */
  private lag(rng: Rng, o: MarketOptions): number {
    const r = rng.next();
    if (o.age === 'elder') return r < 0.35 ? rng.int(0, 1) : r < 0.7 ? rng.int(2, 8) : rng.int(9, 30);
    if (o.age === 'youth') return r < 0.75 ? rng.int(0, 1) : r < 0.95 ? rng.int(2, 5) : rng.int(6, 14);
    return r < 0.55 ? rng.int(0, 1) : r < 0.87 ? rng.int(2, 6) : rng.int(7, 20);
  }

  private release(rng: Rng, o: MarketOptions, floorMonth = 0): WeChatRelease {
    const target = Math.max(floorMonth, this.nowMonth - this.lag(rng, o));
    let pick = WECHAT[0];
    for (const rel of WECHAT) if (rel.month <= target && rel.month <= this.nowMonth) pick = rel;
    // Two releases often share a month: take either.
    const same = WECHAT.filter((x) => x.month === pick.month);
    return same.length > 1 ? rng.pick(same) : pick;
  }

  android(rng: Rng, model: PhoneModel, o: MarketOptions, forced?: { release?: WeChatRelease; androidVersion?: number }): Device {
    const rel = forced?.release ?? this.release(rng, o, ym(model.year, 7));
    const [a0, a1] = model.android;
    const behind = o.age === 'elder' ? 0.5 : 0.25;
    const av = forced?.androidVersion ?? (rng.chance(behind) ? rng.int(a0, a1) : a1);
    let build: string;
    if (model.brand === 'huawei') build = `HUAWEI${model.code}`;
    else if (model.brand === 'honor') build = `HONOR${model.code}`;
    else build = rng.pick(BUILD_IDS[Math.min(15, Math.max(9, av))]);
    const kernel = this.kernel(rng, rel);
    const hex = `0x2800${hex2(rel.patch).toUpperCase()}${hex2(this.variant(rel.patch, rng, 0x30, 0x5f)).toUpperCase()}`;
    const head =
      `Mozilla/5.0 (Linux; Android ${av}; ${model.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${kernel.chrome} ` +
      `Mobile Safari/537.36 XWEB/${kernel.xweb} MMWEBSDK/${rel.sdk} MMWEBID/${rng.int(0, 9999)} MicroMessenger/8.0.${rel.patch}.${rel.build}(${hex}) WeChat/arm64 Weixin NetType/`;
    return { key: this.next++, os: 'android', model: model.code, fiveG: model.fiveG, head, tail: ` Language/${lang(rng)} ABI/arm64` };
  }

  private kernel(rng: Rng, rel: WeChatRelease): { chrome: string; xweb: number } {
    // The kernel updates apart from the app: usually the one current when the app was, sometimes newer.
    const month = Math.min(this.nowMonth, rel.month + (rng.chance(0.4) ? rng.int(1, 4) : 0));
    let k = KERNELS[0];
    for (const x of KERNELS) if (x.month <= month) k = x;
    return { chrome: k.chrome, xweb: rng.pick(k.xweb) };
  }

  /** The last byte of the version code: a few values per release (build channels). */
  private variant(patch: number, rng: Rng, lo: number, hi: number): number {
    let v = this.variantBase.get(patch);
    if (v === undefined) this.variantBase.set(patch, (v = lo + ((patch * 37) % (hi - lo - 8))));
    return v + rng.pick([0, 0, 0, 2, 5, 8]);
  }

  iphone(rng: Rng, o: MarketOptions): Device {
    const year = Math.floor(this.nowMonth / 12) - Math.min(8, Math.floor(rng.exponential(o.age === 'elder' ? 3.5 : 2.2)));
    const era = IOS_BY_ERA.find((e) => year <= e.maxYear) ?? IOS_BY_ERA[IOS_BY_ERA.length - 1];
    const ios = era.versions[rng.weightedIndex(era.versions.map((v) => v[1]))][0];
    const rel = this.release(rng, o);
    const hex = `0x1800${hex2(rel.patch)}${hex2(this.variant(rel.patch + 100, rng, 0x20, 0x3f))}`;
    const head = `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.${rel.patch}(${hex}) NetType/`;
    return { key: this.next++, os: 'ios', model: `iPhone${year}`, fiveG: year >= 2020, head, tail: ` Language/${lang(rng)}` };
  }

  harmony(rng: Rng, model: PhoneModel, _o: MarketOptions): Device {
    const patch = rng.pick([9, 10, 10, 11, 12]);
    const hex = `0xf3100${patch.toString(16)}${hex2(rng.int(0x18, 0x2a))}`;
    const os = rng.pick(['5.0', '5.0', '5.1']);
    const head = `Mozilla/5.0 (Phone; OpenHarmony ${os}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile  MicroMessenger/8.0.${patch}.${rng.int(30, 42)}(${hex}) Weixin NetType/`;
    const sdk = `20250${rng.int(6, 9)}${String(rng.int(1, 28)).padStart(2, '0')}0004`;
    return { key: this.next++, os: 'harmony', model: model.code, fiveG: true, head, tail: ` Language/zh_CN MMWEBID/${rng.int(0, 9999)} MMWEBSDK/${sdk} XWEB/1140319` };
  }

  /**
   * What an emulator farm's randomiser writes: a real model, but an Android version, build id,
   * WeChat release and kernel each drawn on their own, so many combinations never existed.
   */
  randomized(rng: Rng): Device {
    const model = rng.pick(ANDROID);
    const rel = rng.pick(WECHAT.slice(4));
    const av = rng.int(9, 15);
    const build = model.brand === 'huawei' ? `HUAWEI${model.code}` : model.brand === 'honor' ? `HONOR${model.code}` : rng.pick(BUILD_IDS[rng.int(9, 15)]);
    const k = rng.pick(KERNELS);
    const hex = `0x2800${hex2(rel.patch).toUpperCase()}${hex2(rng.int(0x30, 0x5f)).toUpperCase()}`;
    const head =
      `Mozilla/5.0 (Linux; Android ${av}; ${model.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${k.chrome} ` +
      `Mobile Safari/537.36 XWEB/${rng.pick(k.xweb)} MMWEBSDK/${rng.pick(WECHAT).sdk} MMWEBID/${rng.int(0, 9999)} MicroMessenger/8.0.${rel.patch}.${rel.build}(${hex}) WeChat/arm64 Weixin NetType/`;
    return { key: this.next++, os: 'android', model: model.code, fiveG: true, head, tail: ' Language/zh_CN ABI/arm64' };
  }

  /** A fresh key for a phone built outside the market (a family's own device). */
  key(): number {
    return this.next++;
  }
}

function hex2(n: number): string {
  return n.toString(16).padStart(2, '0');
}

function lang(rng: Rng): string {
  const r = rng.next();
  return r < 0.993 ? 'zh_CN' : r < 0.997 ? 'en' : 'zh_TW';
}

/** The market's Android catalogue, for families that buy one model in bulk. */
export function androidModel(code: string): PhoneModel {
  const x = ANDROID.find((p) => p.code === code);
  if (!x) throw new Error(`unknown model ${code}`);
  return x;
}
