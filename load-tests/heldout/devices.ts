import type { Rng } from './prng';

/**
 * Phones as WeChat's in-app browser names them. An Android string carries the model, the
 * firmware build and MMWEBID (a per-install 4-digit number), so two Android phones rarely share
 * an exact string; an iOS string carries only iOS and WeChat versions, so thousands of honest
 * iPhones share each one. Both facts are what real ballots show, and both are kept on purpose.
 */

export type NetType = 'WIFI' | '4G' | '5G';

export interface Device {
  platform: 'android' | 'ios' | 'harmony';
  /** The user agent with `{NET}` where WeChat writes the network type. */
  template: string;
  /** The three strings, made once: a ledger holds hundreds of thousands of votes. */
  strings?: Partial<Record<NetType, string>>;
}

export function userAgent(device: Device, net: NetType): string {
  const strings = (device.strings ??= {});
  return (strings[net] ??= device.template.replace('{NET}', net));
}

interface AndroidBrand {
  share: number;
  models: readonly string[];
  build: (model: string, rng: Rng) => string;
}

const aospBuilds = ['TP1A.220624.014', 'TP1A.220905.001', 'TKQ1.221114.001', 'UKQ1.230804.001', 'UP1A.231005.007', 'SP1A.210812.016', 'AP3A.240905.015', 'RKQ1.211119.001'];

const androidBrands: Record<string, AndroidBrand> = {
  huawei: {
    share: 17,
    models: ['ALN-AL00', 'ALN-AL10', 'BRA-AL00', 'NOH-AN00', 'NOH-AL00', 'JAD-AL50', 'ABR-AL00', 'ANA-AN00', 'ELS-AN00', 'FOA-AL00', 'CET-AL00', 'GLA-AL00', 'BNE-AL00', 'CDY-AN00', 'JSC-AN00', 'TET-AN00', 'PAL-AL00', 'DCO-AL00', 'LNA-AL00', 'NAM-AL00'],
    build: (m) => `HUAWEI${m}`,
  },
  honor: {
    share: 11,
    models: ['ANY-AN00', 'PGT-AN10', 'REP-AN00', 'BVL-AN00', 'ALI-AN00', 'CMA-AN00', 'LGE-AN00', 'FNE-AN00', 'ELZ-AN00', 'RMO-AN00', 'VER-AN10', 'PGT-AN20', 'FCP-AN10', 'MAA-AN00'],
    build: (m) => `HONOR${m}`,
  },
  vivo: {
    share: 16,
    models: ['V2309A', 'V2250A', 'V2307A', 'V2302A', 'V2219A', 'V2171A', 'V2199A', 'V2164A', 'V2143A', 'V2183A', 'V2254A', 'V2329A', 'V2241A', 'V2197A', 'V2243A', 'V2366A', 'V2405A', 'V2324A'],
    build: (_m, rng) => rng.pick(aospBuilds),
  },
  oppo: {
    share: 14,
    models: ['PHB110', 'PHZ110', 'PGFM10', 'PFJM10', 'PHU110', 'PJA110', 'PEQM00', 'PDRM00', 'PHJ110', 'PGKM10', 'PKM110', 'PJF110', 'PHM110', 'PJZ110', 'PKB110', 'RMX3700', 'RMX3888', 'PHK110', 'PJD110'],
    build: (_m, rng) => rng.pick(aospBuilds),
  },
  xiaomi: {
    share: 15,
    models: ['2211133C', '23127PN0CC', '2304FPN6DC', 'M2102K1C', '2201123C', '24031PN0DC', '23013RK75C', '22081212C', '23049RAD8C', '22101316C', '2312DRA50C', 'M2012K11AC', '21091116AC', '23078RKD5C', '2409BRN2CC', '24069RA21C', '22041211AC', '2107119DC'],
    build: (_m, rng) => rng.pick(aospBuilds),
  },
  other: {
    share: 4,
    models: ['SM-S9180', 'SM-S9110', 'SM-F9460', 'SM-A5460', 'MEIZU 20', 'meizu 18', 'NX729J', 'PD2324', 'RMX3561', 'A2023'],
    build: (_m, rng) => rng.pick(aospBuilds),
  },
};

const androidStacks = [
  { chrome: '116.0.0.0', xweb: '1160083', sdk: '20231202' },
  { chrome: '122.0.6261.120', xweb: '1220067', sdk: '20240404' },
  { chrome: '130.0.6723.103', xweb: '1300177', sdk: '20241103' },
  { chrome: '134.0.6998.136', xweb: '1340129', sdk: '20250503' },
  { chrome: '138.0.7204.180', xweb: '1380063', sdk: '20251006' },
];

/** [version, android build number, android hex, ios hex], newest last. */
const wechatVersions: readonly (readonly [string, number, string, string])[] = [
  ['8.0.47', 2560, '0x28002F35', '0x18002f2c'],
  ['8.0.49', 2600, '0x2800313D', '0x18003137'],
  ['8.0.50', 2701, '0x28003253', '0x18003233'],
  ['8.0.53', 2740, '0x28003535', '0x1800352d'],
  ['8.0.54', 2760, '0x28003637', '0x18003637'],
  ['8.0.56', 2800, '0x2800385B', '0x18003838'],
  ['8.0.58', 2841, '0x28003A35', '0x18003a2e'],
  ['8.0.60', 2860, '0x28003C39', '0x18003c31'],
  ['8.0.61', 2880, '0x28003D34', '0x18003d2e'],
];
/** Most people run a recent WeChat; a long tail never updates. */
const wechatWeights = [2, 2, 3, 3, 4, 6, 9, 14, 10];

const iosVersions = ['15_8_3', '16_6_1', '16_7_10', '17_5_1', '17_6_1', '18_1_1', '18_3_2', '18_5', '18_6_2', '26_0_1', '26_1'];
const iosWeights = [2, 2, 3, 4, 5, 4, 5, 8, 12, 9, 6];

const androidVersions = ['10', '11', '12', '13', '14', '15'];
const androidWeights = [4, 5, 12, 14, 13, 6];

export interface DeviceTaste {
  /** Share of iPhones in this population, 0..1. */
  iosShare: number;
  /** Favour budget and older phones (rural counties, factory floors). */
  budget?: boolean;
}

function zipfPick<T>(rng: Rng, items: readonly T[], skew: number): T {
  const weights = items.map((_, i) => 1 / Math.pow(i + 1, skew));
  return items[rng.weightedIndex(weights)];
}

export function androidDevice(rng: Rng, opts: { brand?: string; model?: string; wechat?: number; budget?: boolean } = {}): Device {
  const brandNames = Object.keys(androidBrands);
  const brandName = opts.brand ?? brandNames[rng.weightedIndex(brandNames.map((b) => androidBrands[b].share))];
  const brand = androidBrands[brandName];
  const models = opts.budget ? [...brand.models].reverse() : brand.models;
  const model = opts.model ?? zipfPick(rng, models, 0.8);
  const os = androidVersions[rng.weightedIndex(opts.budget ? [8, 8, 12, 10, 6, 2] : androidWeights)];
  const stack = androidStacks[rng.weightedIndex([2, 3, 5, 8, 6])];
  const wx = wechatVersions[opts.wechat ?? rng.weightedIndex(wechatWeights)];
  const mmwebid = String(rng.int(0, 9999)).padStart(4, '0');
  const template =
    `Mozilla/5.0 (Linux; Android ${os}; ${model} Build/${brand.build(model, rng)}; wv) AppleWebKit/537.36 (KHTML, like Gecko) ` +
    `Version/4.0 Chrome/${stack.chrome} Mobile Safari/537.36 XWEB/${stack.xweb} MMWEBSDK/${stack.sdk} MMWEBID/${mmwebid} ` +
    `MicroMessenger/${wx[0]}.${wx[1]}(${wx[2]}) WeChat/arm64 Weixin NetType/{NET} Language/zh_CN ABI/arm64`;
  return { platform: 'android', template };
}

export function iosDevice(rng: Rng, opts: { ios?: string; wechat?: number; ipad?: boolean } = {}): Device {
  const ios = opts.ios ?? iosVersions[rng.weightedIndex(iosWeights)];
  const wx = wechatVersions[opts.wechat ?? rng.weightedIndex(wechatWeights)];
  const head = opts.ipad ? `iPad; CPU OS ${ios} like Mac OS X` : `iPhone; CPU iPhone OS ${ios} like Mac OS X`;
  const template = `Mozilla/5.0 (${head}) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wx[0]}(${wx[3]}) NetType/{NET} Language/zh_CN`;
  return { platform: 'ios', template };
}

function harmonyDevice(rng: Rng): Device {
  const ark = rng.pick(['4.1.6.1', '5.0.1.100', '5.0.2.300']);
  const wx = rng.pick(['8.0.1.62(0xf2000139)', '8.0.3.31(0xf2000305)', '8.0.5.12(0xf2000512)']);
  const template = `Mozilla/5.0 (Phone; OpenHarmony ${rng.pick(['5.0', '5.1'])}) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/${ark} Mobile MicroMessenger/${wx} NetType/{NET} Language/zh_CN`;
  return { platform: 'harmony', template };
}

/** A phone from a population with the given taste. */
export function randomDevice(rng: Rng, taste: DeviceTaste): Device {
  const r = rng.next();
  if (r < taste.iosShare) return iosDevice(rng, { ipad: rng.chance(0.02) });
  if (r < taste.iosShare + 0.025) return harmonyDevice(rng);
  return androidDevice(rng, { budget: taste.budget });
}

export const wechatVersionCount = wechatVersions.length;
