import type { Rng } from '../../heldout/prng';

/** A phone with WeChat installed: everything in its UA but the network type. */
export interface Device {
  ios: boolean;
  /** The UA before `NetType/`, fixed for the install. */
  head: string;
  language: string;
  fiveG: boolean;
}

export type Segment = 'town' | 'budget' | 'city' | 'elder';

interface Model {
  code: string;
  brand: 'huawei' | 'honor' | 'xiaomi' | 'oppo' | 'vivo' | 'samsung' | 'iphone';
  year: number;
  w: Record<Segment, number>;
}
const m = (code: string, brand: Model['brand'], year: number, town: number, budget: number, city: number, elder: number): Model => ({ code, brand, year, w: { town, budget, city, elder } });
export const MODELS: readonly Model[] = [
  m('iPhone', 'iphone', 2021, 16, 8, 30, 6),
  m('ALN-AL00', 'huawei', 2023, 4, 1, 6, 2),
  m('BRA-AL00', 'huawei', 2024, 3, 1, 5, 1),
  m('NOH-AN00', 'huawei', 2020, 3, 1, 3, 4),
  m('JAD-AL50', 'huawei', 2021, 2, 1, 2, 3),
  m('ELP-AN00', 'honor', 2022, 3, 3, 2, 2),
  m('ANY-AN00', 'honor', 2022, 3, 5, 2, 3),
  m('PGT-AN10', 'honor', 2023, 2, 2, 2, 1),
  m('23049RAD8C', 'xiaomi', 2023, 3, 5, 4, 1),
  m('22081212C', 'xiaomi', 2022, 2, 3, 3, 1),
  m('22101317C', 'xiaomi', 2023, 3, 6, 2, 2),
  m('M2006C3LC', 'xiaomi', 2020, 2, 4, 0.5, 5),
  m('PHM110', 'oppo', 2022, 3, 3, 2, 2),
  m('PJE110', 'oppo', 2024, 2, 2, 2, 1),
  m('PFTM10', 'oppo', 2021, 3, 5, 1, 4),
  m('PHJ110', 'oppo', 2023, 2, 4, 1, 1),
  m('V2227A', 'vivo', 2022, 3, 3, 2, 2),
  m('V2309A', 'vivo', 2023, 2, 2, 2, 1),
  m('V2166BA', 'vivo', 2021, 4, 6, 1, 5),
  m('V2054A', 'vivo', 2020, 3, 4, 0.5, 5),
  m('SM-S9180', 'samsung', 2024, 0.3, 0.1, 1.5, 0.1),
];

const BUILDS: Record<Exclude<Model['brand'], 'iphone'>, readonly string[]> = {
  huawei: ['HUAWEIALN-AL00', 'HUAWEIBRA-AL00', 'HUAWEINOH-AN00', 'HUAWEIJAD-AL50'],
  honor: ['HONORELP-AN00', 'HONORANY-AN00', 'HONORPGT-AN10'],
  xiaomi: ['TKQ1.221114.001', 'UKQ1.230804.001', 'AP2A.240905.003', 'SKQ1.211006.001'],
  oppo: ['TP1A.220905.001', 'UKQ1.230924.001', 'RKQ1.211119.001'],
  vivo: ['TP1A.220624.014', 'UP1A.231005.007', 'SP1A.210812.003'],
  samsung: ['UP1A.231005.007', 'AP3A.240905.015'],
};
/** WeChat Android builds with their hex code and the XWEB kernel / MMWEBSDK date they ship with. */
const WECHAT_ANDROID = [
  ['8.0.47.2560', '0x28002F30', '1220099', '20231202', '116'],
  ['8.0.49.2600', '0x28003133', '1260117', '20240404', '122'],
  ['8.0.50.2701', '0x2800323D', '1300073', '20240504', '122'],
  ['8.0.53.2740', '0x28003556', '1300467', '20240802', '126'],
  ['8.0.56.2820', '0x2800385A', '1380157', '20241103', '130'],
  ['8.0.58.2841', '0x28003A36', '1380215', '20250101', '130'],
  ['8.0.61.2880', '0x28003D40', '1380267', '20250503', '132'],
] as const;
const WECHAT_IOS = [
  ['8.0.47', '0x18002f2c'],
  ['8.0.50', '0x18003237'],
  ['8.0.54', '0x18003630'],
  ['8.0.57', '0x1800392f'],
  ['8.0.60', '0x18003c2c'],
  ['8.0.62', '0x18003e26'],
] as const;
const IOS = ['15_8_3', '16_7_10', '17_5_1', '17_6_1', '18_1_1', '18_3_2', '18_5', '18_6_2', '26_0_1'];

export function pickModel(rng: Rng, segment: Segment): Model {
  return MODELS[rng.weightedIndex(MODELS.map((x) => x.w[segment]))];
}

/** A genuine install on a phone of this model: its own MMWEBID on most Android builds. */
export function makeDevice(rng: Rng, model: Model, opts: { language?: string; wechat?: number } = {}): Device {
  const language = opts.language ?? 'zh_CN';
  const fresh = 2025 - model.year;
  if (model.brand === 'iphone') {
    const ios = IOS[Math.min(IOS.length - 1, Math.max(0, rng.int(2, IOS.length - 1) - (rng.chance(0.2) ? 3 : 0)))];
    const [wv, hex] = WECHAT_IOS[opts.wechat ?? Math.max(0, WECHAT_IOS.length - 1 - Math.floor(rng.exponential(1.2)))] ?? WECHAT_IOS[3];
    const head = `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wv}(${hex})`;
    return { ios: true, head, language, fiveG: !ios.startsWith('15') };
  }
  const android = Math.min(15, Math.max(10, 15 - fresh + rng.int(-1, 1)));
  const build = rng.pick(BUILDS[model.brand]);
  const wIdx = opts.wechat ?? Math.max(0, WECHAT_ANDROID.length - 1 - Math.floor(rng.exponential(fresh > 3 ? 2.5 : 1.2)));
  const [wv, hex, xweb, sdk, chrome] = WECHAT_ANDROID[Math.min(wIdx, WECHAT_ANDROID.length - 1)];
  const webid = rng.chance(0.85) ? ` MMWEBID/${rng.int(10, 9999)}` : '';
  const head = `Mozilla/5.0 (Linux; Android ${android}; ${model.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome}.0.6478.188 Mobile Safari/537.36 XWEB/${xweb} MMWEBSDK/${sdk}${webid} MicroMessenger/${wv}(${hex}) WeChat/arm64 Weixin`;
  return { ios: false, head, language, fiveG: model.year >= 2021 };
}

export function randomDevice(rng: Rng, segment: Segment, language?: string): Device {
  return makeDevice(rng, pickModel(rng, segment), { language });
}

/** The UA string a request carries on this kind of connection. */
export function userAgent(d: Device, net: 'WIFI' | 'mobile', rng: Rng): string {
  const t = net === 'WIFI' ? 'WIFI' : d.fiveG && rng.chance(0.55) ? '5G' : '4G';
  return d.ios ? `${d.head} NetType/${t} Language/${d.language}` : `${d.head} NetType/${t} Language/${d.language} ABI/arm64`;
}
