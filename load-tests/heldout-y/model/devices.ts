import type { Rng } from '../../heldout/prng';

export type NetType = 'WIFI' | '4G' | '5G';
type Brand = 'iphone' | 'huawei' | 'honor' | 'xiaomi' | 'oppo' | 'vivo' | 'samsung' | 'harmony';

/** A handset as its WeChat in-app browser reports it. */
export interface Model {
  brand: Brand;
  /** Android model code, or the iPhone's newest iOS major it usually runs. */
  code: string;
  year: number;
  fiveG: boolean;
}

const m = (brand: Brand, code: string, year: number, fiveG = year >= 2021): Model => ({ brand, code, year, fiveG });

/** Phones people in Hebei carry in 2025, from my own knowledge of the market; iPhones carry their launch year. */
export const MODELS = {
  iphone: [m('iphone', 'iPhone 11', 2019, false), m('iphone', 'iPhone 12', 2020), m('iphone', 'iPhone 13', 2021), m('iphone', 'iPhone 14', 2022), m('iphone', 'iPhone 15', 2023), m('iphone', 'iPhone 16', 2024), m('iphone', 'iPhone 17', 2025)],
  huawei: [m('huawei', 'ALN-AL00', 2023), m('huawei', 'NOH-AN00', 2020), m('huawei', 'FOA-AL00', 2023), m('huawei', 'ANA-AN00', 2020), m('huawei', 'NAM-AL00', 2021, false), m('huawei', 'WKG-AN00', 2020), m('huawei', 'CTR-AL00', 2024), m('huawei', 'DUB-AL00', 2019, false), m('huawei', 'JEF-AN00', 2020)],
  honor: [m('honor', 'ALI-AN00', 2023), m('honor', 'REA-AN00', 2023), m('honor', 'RKY-AN00', 2022), m('honor', 'RMO-AN00', 2022), m('honor', 'CMA-AN00', 2022), m('honor', 'TFY-AN00', 2021)],
  xiaomi: [m('xiaomi', '23127PN0CC', 2023), m('xiaomi', '2211133C', 2022), m('xiaomi', '23049RAD8C', 2023), m('xiaomi', '22101317C', 2022), m('xiaomi', 'M2012K11AC', 2021), m('xiaomi', '24069RA21C', 2024), m('xiaomi', 'M2006C3LC', 2020, false), m('xiaomi', '23076RA4BC', 2023), m('xiaomi', '2410DPN6CC', 2024)],
  oppo: [m('oppo', 'PHM110', 2022), m('oppo', 'PJH110', 2023), m('oppo', 'PHJ110', 2023), m('oppo', 'PEGM00', 2020), m('oppo', 'PFJM10', 2022), m('oppo', 'PDAM10', 2019, false), m('oppo', 'PKC110', 2024)],
  vivo: [m('vivo', 'V2219A', 2022), m('vivo', 'V2241A', 2022), m('vivo', 'V2283A', 2023), m('vivo', 'V2309A', 2023), m('vivo', 'V2055A', 2020), m('vivo', 'V1901A', 2019, false), m('vivo', 'V2405A', 2024), m('vivo', 'V2166A', 2021)],
  samsung: [m('samsung', 'SM-S9180', 2023), m('samsung', 'SM-S9210', 2024), m('samsung', 'SM-G9910', 2021), m('samsung', 'SM-A5360', 2023)],
  harmony: [m('harmony', 'ALN-AL80', 2024), m('harmony', 'HBN-AL00', 2024)],
};

/** Who carries what: city people lean to iPhones, elders and workers to old and budget Androids. */
export type Segment = 'urban' | 'young' | 'budget' | 'elder';
const MIX: Record<Segment, Array<[Brand, number]>> = {
  urban: [['iphone', 30], ['huawei', 22], ['xiaomi', 14], ['vivo', 10], ['oppo', 9], ['honor', 9], ['samsung', 2], ['harmony', 4]],
  young: [['iphone', 42], ['xiaomi', 18], ['huawei', 12], ['vivo', 9], ['oppo', 8], ['honor', 8], ['harmony', 3]],
  budget: [['vivo', 22], ['oppo', 20], ['xiaomi', 22], ['honor', 14], ['huawei', 12], ['iphone', 10]],
  elder: [['vivo', 20], ['oppo', 20], ['huawei', 22], ['honor', 12], ['xiaomi', 14], ['iphone', 10], ['samsung', 2]],
};

const ANDROID_BUILDS: Record<number, string> = { 9: 'PKQ1.190118.001', 10: 'QP1A.190711.020', 11: 'RP1A.200720.012', 12: 'SP1A.210812.016', 13: 'TP1A.220905.001', 14: 'UP1A.231005.007', 15: 'AP3A.240905.015' };
const XIAOMI_BUILDS: Record<number, string> = { 9: 'PKQ1.190118.001', 10: 'QKQ1.190910.002', 11: 'RKQ1.200826.002', 12: 'SKQ1.211006.001', 13: 'TKQ1.221114.001', 14: 'UKQ1.230804.001', 15: 'AQ3A.240912.001' };
const IOS: Record<number, string[]> = { 15: ['15_8_3'], 16: ['16_7_10', '16_7_11'], 17: ['17_5_1', '17_6_1', '17_7_2'], 18: ['18_1_1', '18_3_2', '18_5', '18_6_2'], 26: ['26_0_1', '26_1'] };

/** The newest WeChat minor release (8.0.x) in the ballot's weeks. */
export const NEWEST_WECHAT = 63;

export class Device {
  private readonly uas = new Map<NetType, string>();

  constructor(
    readonly model: Model,
    readonly os: number,
    readonly iosPatch: string,
    readonly wechat: number,
    readonly webId: number,
    readonly language = 'zh_CN',
  ) {}

  /** Its user agent on a given connection (NetType is the only part that moves). */
  ua(net: NetType): string {
    const net2 = net === '5G' && !this.model.fiveG ? '4G' : net;
    let s = this.uas.get(net2);
    if (s === undefined) this.uas.set(net2, (s = buildUa(this, net2)));
    return s;
  }
}

function wechatHex(minor: number, prefix: string): string {
  return `${prefix}${minor.toString(16).toUpperCase().padStart(2, '0')}${((minor * 37) % 200 + 16).toString(16).toUpperCase()}`;
}

function buildUa(d: Device, net: NetType): string {
  const { model } = d;
  const v = d.wechat;
  if (model.brand === 'iphone') {
    return `Mozilla/5.0 (iPhone; CPU iPhone OS ${d.iosPatch} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.${v}(${wechatHex(v, '0x1800').toLowerCase()}) NetType/${net} Language/${d.language}`;
  }
  if (model.brand === 'harmony') {
    return `Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile MicroMessenger/8.0.1.${v - 10}(0xf80100${(v - 10).toString(16)}) NetType/${net} Language/${d.language}`;
  }
  const build = model.brand === 'huawei' ? `HUAWEI${model.code}` : model.brand === 'honor' ? `HONOR${model.code}` : model.brand === 'xiaomi' ? XIAOMI_BUILDS[d.os] : ANDROID_BUILDS[d.os];
  const chrome = v >= 58 ? 130 : v >= 51 ? 122 : v >= 45 ? 116 : 111;
  const xweb = `${chrome}0${(60 + ((v * 13) % 90)).toString().padStart(3, '0')}`;
  const month = 8 + (v - 42);
  const sdk = `${2023 + Math.floor((month - 1) / 12)}${String(((month - 1) % 12) + 1).padStart(2, '0')}${v % 2 ? '01' : '03'}`;
  const abi = model.year <= 2019 && d.os <= 10 ? 'arm32' : 'arm64';
  return (
    `Mozilla/5.0 (Linux; Android ${d.os}; ${model.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome}.0.0.0 Mobile Safari/537.36 ` +
    `XWEB/${xweb} MMWEBSDK/${sdk} MMWEBID/${d.webId} MicroMessenger/8.0.${v}.${2400 + (v - 42) * 20}(${wechatHex(v, '0x2800')}) WeChat/${abi} Weixin NetType/${net} Language/${d.language} ABI/arm64`
  );
}

/** Android major a model runs: launched on one, updated once or twice (Huawei's HarmonyOS reports 10 or 12). */
function androidFor(rng: Rng, model: Model): number {
  if (model.brand === 'huawei') return model.year >= 2021 ? 12 : rng.chance(0.5) ? 12 : 10;
  const launch = Math.min(15, Math.max(9, model.year - 2010));
  return Math.min(15, launch + rng.int(0, 2));
}

function iosFor(rng: Rng, model: Model): string {
  const newest = rng.chance(0.55) ? 18 : model.year >= 2019 && rng.chance(0.5) ? 26 : rng.pick([15, 16, 17]);
  const major = Math.max(newest, model.year - 2008);
  return rng.pick(IOS[major] ?? IOS[18]);
}

export class Devices {
  /** A fresh phone of a segment; `lag` is how many WeChat releases behind its owner typically is. */
  random(rng: Rng, segment: Segment, language = 'zh_CN'): Device {
    const brand = MIX[segment][rng.weightedIndex(MIX[segment].map((x) => x[1]))][0];
    let models = MODELS[brand];
    if (segment === 'elder' || segment === 'budget') models = models.filter((x) => x.year <= 2023);
    const model = rng.pick(models.length ? models : MODELS[brand]);
    return this.of(rng, model, segment === 'elder' ? 6 : segment === 'budget' ? 4 : 1.6, language);
  }

  /** A given model with its own install, WeChat lagging `lag` releases on average. */
  of(rng: Rng, model: Model, lag = 2, language = 'zh_CN'): Device {
    const wechat = Math.max(42, NEWEST_WECHAT - Math.floor(rng.gamma(1.3, lag / 1.3)));
    const os = model.brand === 'iphone' || model.brand === 'harmony' ? 0 : androidFor(rng, model);
    const ios = model.brand === 'iphone' ? iosFor(rng, model) : '';
    return new Device(model, os, ios, wechat, rng.int(100, 9999), language);
  }

  /** Same model, Android and WeChat build as `d`, another install (what a batch of issued or rack phones looks like). */
  twin(rng: Rng, d: Device): Device {
    return new Device(d.model, d.os, d.iosPatch, d.wechat, rng.int(100, 9999), d.language);
  }
}
