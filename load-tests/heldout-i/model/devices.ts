import { Rng } from '../../heldout/prng';

/**
 * Phones and the user-agent strings WeChat's in-app browser sends from them, late 2025.
 *
 * Android (XWEB kernel): `... Chrome/<v> Mobile Safari/537.36 XWEB/<k> MMWEBSDK/<date>
 * MMWEBID/<0-9999, per install> MicroMessenger/8.0.<m>.<build>(0x2800<m hex><b>) WeChat/arm64
 * Weixin NetType/<WIFI|4G|5G> Language/zh_CN ABI/arm64`. iOS: `... Mobile/15E148
 * MicroMessenger/8.0.<m>(0x1800<m hex><b>) NetType/... Language/zh_CN` — identical for every
 * iPhone on the same iOS and WeChat build, which is why an iPhone UA is never evidence alone.
 */
export type NetType = 'WIFI' | '4G' | '5G';
export type Segment = 'metro' | 'budget' | 'town' | 'hk';

interface Model {
  os: 'android' | 'ios';
  brand: 'xiaomi' | 'oppo' | 'vivo' | 'huawei' | 'honor' | 'samsung' | 'apple';
  code: string;
  android: readonly number[];
  fiveG: boolean;
  /** Share by segment: [metro, budget, town, hk]. */
  share: readonly [number, number, number, number];
}

const M = (os: Model['os'], brand: Model['brand'], code: string, android: number[], fiveG: boolean, share: Model['share']): Model => ({ os, brand, code, android, fiveG, share });

const MODELS: Model[] = [
  M('ios', 'apple', 'iPhone', [], true, [34, 14, 16, 55]),
  M('android', 'huawei', 'ALN-AL00', [12], true, [6, 2, 4, 3]),
  M('android', 'huawei', 'BRA-AL00', [12], true, [4, 2, 4, 1]),
  M('android', 'huawei', 'ADY-AL00', [12], true, [3, 1, 2, 1]),
  M('android', 'huawei', 'FOA-AL00', [12], false, [2, 3, 4, 0]),
  M('android', 'huawei', 'CTR-AL00', [12], false, [1, 2, 3, 0]),
  M('android', 'honor', 'PGT-AN00', [14], true, [2, 2, 2, 0]),
  M('android', 'honor', 'ALI-AN00', [14, 13], true, [1, 3, 2, 0]),
  M('android', 'honor', 'CMA-AN00', [13], true, [0.5, 4, 3, 0]),
  M('android', 'xiaomi', '23127PN0CC', [15, 14], true, [4, 2, 2, 1]),
  M('android', 'xiaomi', '2211133C', [14, 13], true, [3, 2, 2, 1]),
  M('android', 'xiaomi', '23049RAD8C', [14, 13], true, [2, 4, 3, 0]),
  M('android', 'xiaomi', '2409BRN2CC', [15, 14], true, [1.5, 5, 3, 0]),
  M('android', 'xiaomi', '23076RA4BC', [14], true, [0.5, 4, 2, 0]),
  M('android', 'xiaomi', 'M2012K11AC', [13, 12], true, [1, 3, 2, 0]),
  M('android', 'oppo', 'PHZ110', [15, 14], true, [2, 1, 2, 0]),
  M('android', 'oppo', 'PJF110', [14], true, [1, 3, 3, 0]),
  M('android', 'oppo', 'PKA110', [14], true, [0.5, 4, 4, 0]),
  M('android', 'oppo', 'PJD110', [15, 14], true, [2, 1, 1, 0]),
  M('android', 'oppo', 'PGJM10', [13, 12], false, [0.3, 3, 3, 0]),
  M('android', 'vivo', 'V2309A', [15, 14], true, [2, 1, 2, 0]),
  M('android', 'vivo', 'V2329A', [14], true, [1, 3, 3, 0]),
  M('android', 'vivo', 'V2318A', [14], true, [0.5, 4, 4, 0]),
  M('android', 'vivo', 'V2203A', [13, 12], true, [0.5, 2, 3, 0]),
  M('android', 'vivo', 'V2164A', [12], false, [0.2, 3, 3, 0]),
  M('android', 'samsung', 'SM-S9280', [15, 14], true, [1, 0.2, 0.2, 4]),
  M('android', 'samsung', 'SM-S9180', [14], true, [0.5, 0.2, 0.2, 3]),
];

const BUILDS: Record<string, Record<number, readonly string[]>> = {
  xiaomi: { 15: ['AQ3A.240912.001', 'AQ3A.240829.003'], 14: ['UKQ1.230804.001', 'UKQ1.231003.002', 'UP1A.230905.011'], 13: ['TKQ1.221114.001', 'TKQ1.220829.002'], 12: ['SKQ1.211006.001', 'SKQ1.220303.001'] },
  oppo: { 15: ['AP3A.240617.008'], 14: ['UKQ1.230924.001', 'UP1A.230620.001'], 13: ['TP1A.220905.001'], 12: ['SP1A.210812.016'] },
  vivo: { 15: ['AP3A.240905.015.A2'], 14: ['UP1A.231005.007'], 13: ['TP1A.220624.014'], 12: ['SP1A.210812.003'] },
  samsung: { 15: ['AP3A.240905.015.A2'], 14: ['UP1A.231005.007'] },
};

/** WeChat for Android/iOS builds in use in late 2025, newest first, with their rough shares. */
const WECHAT: { minor: number; share: number; variants: readonly number[] }[] = [
  { minor: 63, share: 14, variants: [0x35, 0x3c] },
  { minor: 62, share: 22, variants: [0x33, 0x38, 0x3a] },
  { minor: 61, share: 17, variants: [0x36, 0x3b] },
  { minor: 60, share: 12, variants: [0x32, 0x37] },
  { minor: 59, share: 8, variants: [0x34] },
  { minor: 58, share: 7, variants: [0x30, 0x39] },
  { minor: 56, share: 6, variants: [0x35] },
  { minor: 54, share: 5, variants: [0x33] },
  { minor: 50, share: 4, variants: [0x36] },
  { minor: 47, share: 3, variants: [0x30] },
  { minor: 44, share: 2, variants: [0x2f] },
];

const KERNELS = [
  { chrome: '116.0.0.0', xweb: 1160117, from: 44 },
  { chrome: '122.0.6261.120', xweb: 1220089, from: 49 },
  { chrome: '126.0.6478.188', xweb: 1260117, from: 51 },
  { chrome: '130.0.6723.103', xweb: 1300473, from: 55 },
  { chrome: '134.0.6998.136', xweb: 1340129, from: 58 },
  { chrome: '138.0.7204.180', xweb: 1380275, from: 61 },
];

const IOS = [
  { v: '18_6_2', share: 16 }, { v: '18_6', share: 10 }, { v: '18_5', share: 9 }, { v: '18_3_2', share: 6 }, { v: '18_1_1', share: 5 },
  { v: '26_0_1', share: 9 }, { v: '26_1', share: 6 }, { v: '17_6_1', share: 10 }, { v: '17_5_1', share: 4 }, { v: '17_1_2', share: 3 },
  { v: '16_7_10', share: 7 }, { v: '16_6', share: 2 }, { v: '15_8_3', share: 4 }, { v: '15_7', share: 1 },
];

function sdkDate(minor: number): string {
  // MMWEBSDK dates move about six weeks per minor version (8.0.49 shipped with 20240404).
  const d = new Date(Date.UTC(2024, 3, 4) + (minor - 49) * 44 * 86_400_000);
  return d.toISOString().slice(0, 10).replace(/-/g, '');
}

export interface Phone {
  os: 'android' | 'ios';
  model: string;
  fiveG: boolean;
  /** The UA this phone sends on a given network, in a given WeChat language. */
  ua(net: NetType, lang?: string): string;
}

class BuiltPhone implements Phone {
  private readonly cache = new Map<string, string>();
  constructor(
    readonly os: 'android' | 'ios',
    readonly model: string,
    readonly fiveG: boolean,
    private readonly head: string,
    private readonly tail: string,
    private readonly lang: string,
  ) {}

  ua(net: NetType, lang = this.lang): string {
    const key = `${net}:${lang}`;
    let s = this.cache.get(key);
    if (s === undefined) {
      s = `${this.head} NetType/${net} Language/${lang}${this.tail}`;
      this.cache.set(key, s);
    }
    return s;
  }
}

export interface PhoneOptions {
  /** Force a model code (an employer's issued phone, a farm's bulk purchase). */
  model?: string;
  /** Force a WeChat minor version. */
  wechatMinor?: number;
  lang?: string;
  /** Android's per-install MMWEBID; random when absent. */
  webId?: number;
  /**
   * Identical handsets (one bulk purchase, one firmware, one managed WeChat build): every phone
   * made with the same text gets the same string, save for its own install id.
   */
  batch?: string;
}

const SEG: Record<Segment, number> = { metro: 0, budget: 1, town: 2, hk: 3 };

export function modelCodes(os?: 'android' | 'ios'): string[] {
  return MODELS.filter((m) => os === undefined || m.os === os).map((m) => m.code);
}

/** A phone as a person in `segment` would carry it: model, OS version, WeChat build, install id. */
export function makePhone(own: Rng, segment: Segment, opts: PhoneOptions = {}): Phone {
  const rng = opts.batch !== undefined ? new Rng(`phone-batch:${opts.batch}`) : own;
  const model = opts.model ? (MODELS.find((m) => m.code === opts.model) ?? MODELS[0]) : MODELS[rng.weightedIndex(MODELS.map((m) => m.share[SEG[segment]]))];
  // Older phones lag on WeChat updates: town and budget phones skew to older builds.
  const lag = segment === 'metro' || segment === 'hk' ? 0 : 1;
  const wx = opts.wechatMinor !== undefined ? (WECHAT.find((w) => w.minor === opts.wechatMinor) ?? WECHAT[0]) : WECHAT[Math.min(WECHAT.length - 1, rng.weightedIndex(WECHAT.map((w) => w.share)) + (rng.chance(0.3) ? lag : 0))];
  const variant = rng.pick(wx.variants);
  const hex = `${wx.minor.toString(16).padStart(2, '0')}${variant.toString(16).padStart(2, '0')}`;
  const lang = opts.lang ?? (segment === 'hk' ? (rng.chance(0.75) ? 'zh_HK' : rng.chance(0.5) ? 'zh_TW' : 'en') : rng.chance(0.015) ? 'en' : 'zh_CN');
  if (model.os === 'ios') {
    const ios = IOS[rng.weightedIndex(IOS.map((v) => v.share))].v;
    const head = `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.${wx.minor}(0x1800${hex})`;
    return new BuiltPhone('ios', `iPhone/${ios}`, true, head, '', lang);
  }
  const av = rng.pick(model.android);
  let build: string;
  if (model.brand === 'huawei') build = `HUAWEI${model.code}`;
  else if (model.brand === 'honor') build = `HONOR${model.code}`;
  else {
    const table = BUILDS[model.brand] ?? BUILDS.xiaomi;
    build = rng.pick(table[av] ?? table[Object.keys(table).map(Number).sort((a, b) => b - a)[0]]);
  }
  const kernels = KERNELS.filter((k) => k.from <= wx.minor);
  const kernel = kernels.length > 1 && rng.chance(0.35) ? kernels[kernels.length - 2] : kernels[kernels.length - 1];
  const webId = opts.webId ?? own.int(0, 9999);
  const head =
    `Mozilla/5.0 (Linux; Android ${av}; ${model.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${kernel.chrome} Mobile Safari/537.36 ` +
    `XWEB/${kernel.xweb} MMWEBSDK/${sdkDate(wx.minor)} MMWEBID/${webId} MicroMessenger/8.0.${wx.minor}.${2600 + 20 * (wx.minor - 49)}(0x2800${hex.toUpperCase()}) WeChat/arm64 Weixin`;
  return new BuiltPhone('android', model.code, model.fiveG, head, ' ABI/arm64', lang);
}

/** The network type a phone reports on mobile data: 5G-capable phones are on 5G most of the time. */
export function mobileNet(rng: Rng, phone: Phone): NetType {
  return phone.fiveG && rng.chance(0.72) ? '5G' : '4G';
}
