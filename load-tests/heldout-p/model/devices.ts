import type { Rng } from '../../heldout/prng';
import type { Segment } from './rhythm';

/**
 * Phones and the WeChat in-app browser's user agent. Android strings follow the XWEB form
 * (`… Chrome/… Mobile Safari/537.36 XWEB/… MMWEBSDK/… MMWEBID/… MicroMessenger/8.0.x.y(0x28…)
 * WeChat/arm64 Weixin NetType/… Language/zh_CN ABI/arm64`), iOS the WKWebView one
 * (`… Mobile/15E148 MicroMessenger/8.0.x(0x18…) NetType/… Language/zh_CN`). The model code,
 * Android version, build id, WeChat build and install id (`MMWEBID`) stay with the phone; the
 * network type changes with where the phone is.
 */

export interface Model {
  code: string;
  brand: 'apple' | 'huawei' | 'honor' | 'xiaomi' | 'oppo' | 'vivo' | 'samsung' | 'oneplus' | 'realme';
  /** Android versions this model ships or updates to (empty for iPhones). */
  android: readonly number[];
  fiveG: boolean;
  /** Relative shares: flagship-ish (Chengdu office), mid (towns), budget/old (elderly, students). */
  tier: 'high' | 'mid' | 'low';
}

export const MODELS: readonly Model[] = [
  { code: 'iPhone', brand: 'apple', android: [], fiveG: true, tier: 'high' },
  { code: 'ALN-AL00', brand: 'huawei', android: [12], fiveG: true, tier: 'high' },
  { code: 'NOH-AN00', brand: 'huawei', android: [10, 12], fiveG: true, tier: 'high' },
  { code: 'JAD-AL50', brand: 'huawei', android: [12], fiveG: false, tier: 'high' },
  { code: 'CTR-AL00', brand: 'huawei', android: [12], fiveG: false, tier: 'mid' },
  { code: 'FOA-AL00', brand: 'huawei', android: [12], fiveG: false, tier: 'mid' },
  { code: 'PGT-AN00', brand: 'honor', android: [14], fiveG: true, tier: 'high' },
  { code: 'ANY-AN00', brand: 'honor', android: [12, 13], fiveG: true, tier: 'mid' },
  { code: 'ALI-AN00', brand: 'honor', android: [13, 14], fiveG: true, tier: 'low' },
  { code: '23127PN0CC', brand: 'xiaomi', android: [14, 15], fiveG: true, tier: 'high' },
  { code: '2211133C', brand: 'xiaomi', android: [13, 14], fiveG: true, tier: 'high' },
  { code: '23049RAD8C', brand: 'xiaomi', android: [13, 14], fiveG: true, tier: 'mid' },
  { code: '22101317C', brand: 'xiaomi', android: [12, 13], fiveG: true, tier: 'low' },
  { code: 'M2012K11AC', brand: 'xiaomi', android: [11, 12], fiveG: true, tier: 'low' },
  { code: '23113RKC6C', brand: 'xiaomi', android: [14], fiveG: true, tier: 'mid' },
  { code: 'PHM110', brand: 'oppo', android: [13, 14], fiveG: true, tier: 'mid' },
  { code: 'PJZ110', brand: 'oppo', android: [14], fiveG: true, tier: 'high' },
  { code: 'PHJ110', brand: 'oppo', android: [13], fiveG: true, tier: 'low' },
  { code: 'PFVM10', brand: 'oppo', android: [12, 13], fiveG: true, tier: 'low' },
  { code: 'V2227A', brand: 'vivo', android: [13, 14], fiveG: true, tier: 'high' },
  { code: 'V2307A', brand: 'vivo', android: [14], fiveG: true, tier: 'mid' },
  { code: 'V2254A', brand: 'vivo', android: [13, 14], fiveG: true, tier: 'mid' },
  { code: 'V2163A', brand: 'vivo', android: [11, 12], fiveG: true, tier: 'low' },
  { code: 'V2219A', brand: 'vivo', android: [12, 13], fiveG: false, tier: 'low' },
  { code: 'SM-S9210', brand: 'samsung', android: [14, 15], fiveG: true, tier: 'high' },
  { code: 'PJD110', brand: 'oneplus', android: [14, 15], fiveG: true, tier: 'high' },
  { code: 'RMX3562', brand: 'realme', android: [12, 13], fiveG: true, tier: 'low' },
];

/** Shares per segment: [apple, huawei, honor, xiaomi, oppo, vivo, samsung, oneplus, realme]. */
const BRAND_SHARE: Record<Segment, Record<Model['brand'], number>> = {
  city: { apple: 30, huawei: 20, honor: 8, xiaomi: 15, oppo: 9, vivo: 10, samsung: 2, oneplus: 3, realme: 3 },
  town: { apple: 14, huawei: 18, honor: 10, xiaomi: 15, oppo: 18, vivo: 19, samsung: 1, oneplus: 2, realme: 3 },
  student: { apple: 32, huawei: 10, honor: 8, xiaomi: 20, oppo: 10, vivo: 10, samsung: 1, oneplus: 4, realme: 5 },
  elderly: { apple: 6, huawei: 22, honor: 12, xiaomi: 12, oppo: 22, vivo: 24, samsung: 1, oneplus: 0.5, realme: 1 },
};

const TIER_SHARE: Record<Segment, Record<Model['tier'], number>> = {
  city: { high: 5, mid: 3, low: 1.5 },
  town: { high: 2, mid: 4, low: 3 },
  student: { high: 2, mid: 3, low: 3 },
  elderly: { high: 1, mid: 2.5, low: 5 },
};

interface WechatBuild {
  android: string;
  sdk: string;
  xweb: string;
  chrome: string;
  ios: string;
}

/** WeChat releases of 2024–2025 with the XWEB kernel each shipped with (oldest first). */
export const WECHAT: readonly WechatBuild[] = [
  { android: '8.0.47.2560(0x28002F30)', sdk: '20231202', xweb: '1160065', chrome: '116.0.0.0', ios: '8.0.47(0x18002f2c)' },
  { android: '8.0.48.2580(0x28003036)', sdk: '20240301', xweb: '1160117', chrome: '116.0.0.0', ios: '8.0.48(0x18003029)' },
  { android: '8.0.49.2600(0x2800313D)', sdk: '20240404', xweb: '1220133', chrome: '122.0.6261.120', ios: '8.0.49(0x18003137)' },
  { android: '8.0.50.2701(0x28003255)', sdk: '20240501', xweb: '1260079', chrome: '126.0.6478.188', ios: '8.0.50(0x1800323c)' },
  { android: '8.0.53.2740(0x2800353B)', sdk: '20240802', xweb: '1260117', chrome: '126.0.6478.188', ios: '8.0.53(0x18003531)' },
  { android: '8.0.54.2760(0x28003637)', sdk: '20240904', xweb: '1300073', chrome: '130.0.6723.103', ios: '8.0.54(0x18003625)' },
  { android: '8.0.56.2800(0x28003833)', sdk: '20241103', xweb: '1300409', chrome: '130.0.6723.103', ios: '8.0.56(0x1800382a)' },
  { android: '8.0.57.2820(0x28003937)', sdk: '20250101', xweb: '1340095', chrome: '134.0.6998.136', ios: '8.0.57(0x1800392a)' },
  { android: '8.0.58.2841(0x28003A35)', sdk: '20250201', xweb: '1340129', chrome: '134.0.6998.136', ios: '8.0.59(0x18003b28)' },
  { android: '8.0.60.2880(0x28003C36)', sdk: '20250502', xweb: '1380045', chrome: '138.0.7204.180', ios: '8.0.61(0x18003d2f)' },
];

const IOS = ['15_8_3', '16_6_1', '16_7_10', '17_5_1', '17_6_1', '18_1_1', '18_3_2', '18_5', '18_6_2', '26_0_1'];

const ANDROID_BUILD: Record<number, readonly string[]> = {
  10: ['QKQ1.190910.002'],
  11: ['RKQ1.200826.002', 'RKQ1.201112.002'],
  12: ['SKQ1.211006.001', 'SKQ1.220303.001', 'SP1A.210812.016'],
  13: ['TP1A.220624.014', 'TKQ1.221114.001', 'TKQ1.220829.002'],
  14: ['UKQ1.230804.001', 'UP1A.231005.007', 'UKQ1.231108.001'],
  15: ['AQ3A.240912.001', 'AP3A.240905.015.A2', 'BP1A.250305.019'],
};

export type NetType = 'WIFI' | '4G' | '5G';

export interface Phone {
  model: Model;
  /** Everything of the UA but the network type, which is spliced in per vote. */
  head: string;
  tail: string;
}

export function phoneUa(p: Phone, net: NetType): string {
  return `${p.head}${net === '5G' && !p.model.fiveG ? '4G' : net}${p.tail}`;
}

/** A phone of `model` with a given WeChat build index (older phones lag behind the newest). */
export function makePhone(rng: Rng, model: Model, wechat = pickWechat(rng, model.tier), language = 'zh_CN'): Phone {
  const wx = WECHAT[wechat];
  if (model.brand === 'apple') {
    const ios = model.tier === 'low' ? rng.pick(IOS.slice(0, 5)) : rng.pick(IOS.slice(2));
    return {
      model,
      head: `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wx.ios} NetType/`,
      tail: ` Language/${language}`,
    };
  }
  const android = rng.pick(model.android);
  const build = model.brand === 'huawei' ? `HUAWEI${model.code}` : model.brand === 'honor' ? `HONOR${model.code}` : rng.pick(ANDROID_BUILD[android]);
  const webid = rng.int(1000, 9999);
  return {
    model,
    head:
      `Mozilla/5.0 (Linux; Android ${android}; ${model.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ` +
      `Chrome/${wx.chrome} Mobile Safari/537.36 XWEB/${wx.xweb} MMWEBSDK/${wx.sdk} MMWEBID/${webid} MicroMessenger/${wx.android} WeChat/arm64 Weixin NetType/`,
    tail: ` Language/${language} ABI/arm64`,
  };
}

/** Newer phones and younger owners update WeChat sooner. */
export function pickWechat(rng: Rng, tier: Model['tier']): number {
  const n = WECHAT.length;
  const lag = tier === 'high' ? rng.exponential(1) : tier === 'mid' ? rng.exponential(2) : rng.exponential(3.2);
  return Math.max(0, n - 1 - Math.floor(lag));
}

const BRAND_MODELS: Record<string, number> = {};
for (const m of MODELS) BRAND_MODELS[m.brand] = (BRAND_MODELS[m.brand] ?? 0) + 1;

export function pickModel(rng: Rng, segment: Segment): Model {
  // A brand's share is split over its models, weighted by how well each tier sells to the segment.
  const w = MODELS.map((m) => (BRAND_SHARE[segment][m.brand] * TIER_SHARE[segment][m.tier]) / BRAND_MODELS[m.brand]);
  return MODELS[rng.weightedIndex(w)];
}

export function randomPhone(rng: Rng, segment: Segment): Phone {
  return makePhone(rng, pickModel(rng, segment));
}

export function modelByCode(code: string): Model {
  const m = MODELS.find((x) => x.code === code);
  if (!m) throw new Error(`no model ${code}`);
  return m;
}
