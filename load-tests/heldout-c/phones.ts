import type { Rng } from '../heldout/prng';

/**
 * WeChat in-app browser user agents as they reach the server. Android strings name the model and
 * firmware build and carry a per-install `MMWEBID`, so one phone's string is nearly unique; iOS
 * strings carry only the iOS and WeChat versions, so thousands of iPhones share one string;
 * `NetType/` follows the network of the moment.
 */

export type Net = 'WIFI' | '4G' | '5G';

export interface Phone {
  os: 'android' | 'ios' | 'harmony';
  /** Whether the phone ever reports 5G. */
  has5g: boolean;
  ua(net: Net): string;
}

interface Model {
  brand: string;
  model: string;
  android: number;
  build: string;
  g5: boolean;
  weight: number;
}

// Builds: Huawei/Honor name the model in the build id; others ship AOSP-style ids.
const m = (brand: string, model: string, android: number, build: string, g5: boolean, weight: number): Model => ({ brand, model, android, build, g5, weight });
export const MODELS: readonly Model[] = [
  m('huawei', 'ALN-AL00', 12, 'HUAWEIALN-AL00', true, 5),
  m('huawei', 'NOH-AN00', 12, 'HUAWEINOH-AN00', true, 4),
  m('huawei', 'JAD-AL50', 12, 'HUAWEIJAD-AL50', false, 3),
  m('huawei', 'FOA-AL00', 12, 'HUAWEIFOA-AL00', true, 3),
  m('huawei', 'CTR-AL00', 12, 'HUAWEICTR-AL00', false, 3),
  m('huawei', 'MNA-AL00', 12, 'HUAWEIMNA-AL00', false, 2),
  m('huawei', 'ELS-AN00', 10, 'HUAWEIELS-AN00', true, 2),
  m('honor', 'ANY-AN00', 13, 'HONORANY-AN00', true, 3),
  m('honor', 'PGT-AN00', 13, 'HONORPGT-AN00', true, 2),
  m('honor', 'ELI-AN00', 12, 'HONORELI-AN00', true, 2),
  m('vivo', 'V2227A', 13, 'TP1A.220624.014', true, 4),
  m('vivo', 'V2309A', 14, 'UP1A.231005.007', true, 3),
  m('vivo', 'V2183A', 13, 'TP1A.220624.014', true, 3),
  m('vivo', 'V2055A', 12, 'SP1A.210812.003', true, 2),
  m('vivo', 'V2120A', 12, 'SP1A.210812.003', false, 3),
  m('oppo', 'PHB110', 14, 'UKQ1.230924.001', true, 3),
  m('oppo', 'PGKM10', 13, 'TP1A.220905.001', true, 3),
  m('oppo', 'PFUM10', 12, 'SP1A.210812.016', true, 2),
  m('oppo', 'PJA110', 14, 'UKQ1.231108.001', true, 2),
  m('oppo', 'PEQM00', 11, 'RKQ1.201105.002', false, 3),
  m('xiaomi', '23127PN0CC', 14, 'UKQ1.230804.001', true, 3),
  m('xiaomi', '2211133C', 14, 'UKQ1.230804.001', true, 3),
  m('xiaomi', '23049RAD8C', 13, 'TKQ1.221114.001', true, 3),
  m('xiaomi', '22081212C', 13, 'TKQ1.220829.002', true, 2),
  m('xiaomi', 'M2012K11AC', 12, 'SKQ1.211006.001', true, 3),
  m('xiaomi', '220233L2C', 12, 'SP1A.210812.016', false, 3),
  m('xiaomi', 'M2006C3LC', 10, 'QP1A.190711.020', false, 3),
  m('oneplus', 'PHK110', 14, 'UKQ1.230924.001', true, 1),
  m('realme', 'RMX3706', 13, 'TP1A.220905.001', true, 1),
  m('samsung', 'SM-S9180', 14, 'UP1A.231005.007', true, 1),
];
const MODEL_WEIGHTS = MODELS.map((x) => x.weight);

/** WeChat Android releases: version, hex, SDK date, paired XWEB and Chromium. */
const ANDROID_WX = [
  { wx: '8.0.47.2560(0x28002F30)', sdk: '20240301', xweb: '1160117', chrome: '116.0.5845.97', w: 2 },
  { wx: '8.0.48.2580(0x28003036)', sdk: '20240404', xweb: '1220067', chrome: '122.0.6261.120', w: 3 },
  { wx: '8.0.49.2600(0x2800313D)', sdk: '20240501', xweb: '1240077', chrome: '124.0.6367.179', w: 5 },
  { wx: '8.0.50.2701(0x2800325B)', sdk: '20240602', xweb: '1260059', chrome: '126.0.6478.134', w: 6 },
  { wx: '8.0.44.2502(0x28002C51)', sdk: '20231103', xweb: '5235', chrome: '111.0.5563.116', w: 2 },
];
const IOS = [
  { v: '17_5_1', w: 8 }, { v: '17_6_1', w: 6 }, { v: '17_4_1', w: 4 }, { v: '17_3_1', w: 2 }, { v: '16_7_8', w: 4 },
  { v: '16_6', w: 2 }, { v: '16_3_1', w: 1 }, { v: '15_8_2', w: 2 }, { v: '18_0', w: 2 },
];
const IOS_WX = [
  { wx: '8.0.50(0x1800323c)', w: 6 }, { wx: '8.0.49(0x18003130)', w: 5 }, { wx: '8.0.48(0x18003029)', w: 3 }, { wx: '8.0.47(0x18002f2c)', w: 2 }, { wx: '8.0.44(0x18002c2f)', w: 1 },
];

const weighted = <T extends { w: number }>(rng: Rng, xs: readonly T[]): T => xs[rng.weightedIndex(xs.map((x) => x.w))];

function androidUa(model: Model, wx: (typeof ANDROID_WX)[number], webid: number, net: Net): string {
  return (
    `Mozilla/5.0 (Linux; Android ${model.android}; ${model.model} Build/${model.build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) ` +
    `Version/4.0 Chrome/${wx.chrome} Mobile Safari/537.36 XWEB/${wx.xweb} MMWEBSDK/${wx.sdk} MMWEBID/${webid} ` +
    `MicroMessenger/${wx.wx} WeChat/arm64 Weixin NetType/${net} Language/zh_CN ABI/arm64`
  );
}

/** A phone with a cached string per network type. */
function cached(os: Phone['os'], has5g: boolean, make: (net: Net) => string): Phone {
  const memo: Partial<Record<Net, string>> = {};
  return { os, has5g, ua: (net) => (memo[net] ??= make(net)) };
}

export interface PhoneOptions {
  /** Force one model (a company issue phone, a farm's batch). */
  model?: Model;
  /** Share of iPhones (default 0.24). */
  ios?: number;
  /** Older, cheaper phones (rural, elderly). */
  budget?: boolean;
}

/** A real person's phone, drawn from the Chinese market mix. */
export function phone(rng: Rng, opts: PhoneOptions = {}): Phone {
  if (!opts.model && rng.chance(opts.ios ?? 0.24)) {
    const ios = weighted(rng, opts.budget ? IOS.filter((x) => x.v < '17') : IOS).v;
    const wx = weighted(rng, IOS_WX).wx;
    return cached('ios', rng.chance(0.7), (net) => `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wx} NetType/${net} Language/zh_CN`);
  }
  if (!opts.model && rng.chance(0.015)) {
    // HarmonyOS NEXT: no Android layer, a WeChat build of its own.
    return cached('harmony', true, (net) => `Mozilla/5.0 (Phone; OpenHarmony 5.0) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/114.0.0.0 Safari/537.36 ArkWeb/4.1.6.1 Mobile MicroMessenger/8.0.1.36(0xf0000124) NetType/${net} Language/zh_CN`);
  }
  let model = opts.model;
  if (!model) {
    const pool = opts.budget ? MODELS.filter((x) => !x.g5 || x.android <= 12) : MODELS;
    model = pool[rng.weightedIndex(opts.budget ? pool.map((x) => x.weight) : MODEL_WEIGHTS)];
  }
  const wx = weighted(rng, opts.budget ? ANDROID_WX.slice(0, 3).concat(ANDROID_WX[4]) : ANDROID_WX);
  const webid = rng.int(1000, 9999);
  const mm = model;
  return cached(mm.brand === 'huawei' ? 'harmony' : 'android', mm.g5, (net) => androidUa(mm, wx, webid, net));
}

export const pickModel = (rng: Rng, brand?: string): Model => {
  const pool = brand ? MODELS.filter((x) => x.brand === brand) : MODELS;
  return pool[rng.weightedIndex(pool.map((x) => x.weight))];
};

/** The network type a phone reports off Wi-Fi. */
export const cellNet = (rng: Rng, p: Phone): Net => (p.has5g && rng.chance(0.6) ? '5G' : '4G');

/** An Android string from parts chosen by a stuffing tool (spoofed model on a fixed image). */
export function spoofedAndroid(model: Model, build: string, chromeIdx: number, webid: number, net: Net): string {
  return androidUa({ ...model, build }, ANDROID_WX[chromeIdx % ANDROID_WX.length], webid, net);
}
