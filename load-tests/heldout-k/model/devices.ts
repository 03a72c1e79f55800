import type { Rng } from '../../heldout/prng';

/** How a phone reaches the internet at the moment of a vote: WeChat writes it into the UA. */
export type NetType = 'WIFI' | '4G' | '5G';

/** Who buys which phones: Chengdu's middle class, the county towns, the mountains, factory dorms. */
export type Segment = 'metro' | 'town' | 'mountain' | 'migrant';

interface Model {
  code: string;
  brand: 'apple' | 'huawei' | 'honor' | 'vivo' | 'oppo' | 'xiaomi' | 'samsung';
  /** Released year: decides the Android version range and whether it has 5G. */
  year: number;
  g5: boolean;
  /** Share per segment (metro, town, mountain, migrant). */
  share: [number, number, number, number];
}

/** Handsets seen in Sichuan in 2025: Huawei strong everywhere, iPhone in Chengdu, budget vivo/OPPO/Redmi in the hills. */
export const MODELS: readonly Model[] = [
  { code: 'iPhone', brand: 'apple', year: 2022, g5: true, share: [30, 16, 7, 12] },
  { code: 'ALN-AL00', brand: 'huawei', year: 2023, g5: true, share: [9, 6, 3, 2] },
  { code: 'BRA-AL00', brand: 'huawei', year: 2023, g5: true, share: [5, 5, 3, 2] },
  { code: 'NOH-AN00', brand: 'huawei', year: 2020, g5: true, share: [3, 4, 3, 2] },
  { code: 'ANA-AN00', brand: 'huawei', year: 2020, g5: true, share: [2, 4, 4, 3] },
  { code: 'DVC-AN20', brand: 'huawei', year: 2020, g5: true, share: [1, 4, 6, 4] },
  { code: 'CTR-AL00', brand: 'huawei', year: 2023, g5: false, share: [2, 4, 6, 5] },
  { code: 'ANY-AN00', brand: 'honor', year: 2021, g5: true, share: [2, 4, 5, 5] },
  { code: 'ALI-AN00', brand: 'honor', year: 2023, g5: true, share: [3, 3, 3, 4] },
  { code: 'TFY-AN00', brand: 'honor', year: 2022, g5: true, share: [1, 3, 5, 5] },
  { code: 'V2309A', brand: 'vivo', year: 2023, g5: true, share: [4, 3, 2, 3] },
  { code: 'V2254A', brand: 'vivo', year: 2023, g5: true, share: [2, 5, 6, 6] },
  { code: 'V2166A', brand: 'vivo', year: 2021, g5: true, share: [1, 4, 7, 6] },
  { code: 'V2057A', brand: 'vivo', year: 2020, g5: true, share: [0.5, 3, 6, 4] },
  { code: 'PJH110', brand: 'oppo', year: 2023, g5: true, share: [3, 4, 3, 4] },
  { code: 'PHM110', brand: 'oppo', year: 2023, g5: true, share: [2, 2, 1, 2] },
  { code: 'PEQM00', brand: 'oppo', year: 2021, g5: true, share: [0.5, 3, 6, 5] },
  { code: 'PHJ110', brand: 'oppo', year: 2022, g5: true, share: [1, 3, 4, 5] },
  { code: '23013RK75C', brand: 'xiaomi', year: 2023, g5: true, share: [4, 3, 2, 5] },
  { code: '2211133C', brand: 'xiaomi', year: 2022, g5: true, share: [3, 2, 1, 2] },
  { code: '23049RAD8C', brand: 'xiaomi', year: 2023, g5: true, share: [2, 3, 3, 6] },
  { code: '22101317C', brand: 'xiaomi', year: 2022, g5: true, share: [1, 3, 5, 6] },
  { code: 'M2012K11AC', brand: 'xiaomi', year: 2021, g5: true, share: [1, 2, 3, 4] },
  { code: 'SM-S9180', brand: 'samsung', year: 2023, g5: true, share: [1, 0.3, 0.1, 0.2] },
];

const SEGMENT_INDEX: Record<Segment, number> = { metro: 0, town: 1, mountain: 2, migrant: 3 };

const ANDROID_BUILDS: Record<number, readonly string[]> = {
  10: ['QKQ1.200419.002', 'QP1A.190711.020'],
  11: ['RKQ1.200826.002', 'RP1A.200720.011'],
  12: ['SKQ1.211006.001', 'SP1A.210812.016'],
  13: ['TKQ1.221114.001', 'TP1A.220624.014'],
  14: ['UKQ1.230804.001', 'UP1A.231005.007'],
  15: ['AQ3A.240912.001', 'AP3A.240905.015'],
};

/** WeChat 8.0.m releases of 2024–2025, with the XWEB kernel (Chrome major) each shipped with. */
const WECHAT = [
  { m: 47, build: 2560, chrome: 116, sdk: '20231202' },
  { m: 49, build: 2600, chrome: 118, sdk: '20240301' },
  { m: 50, build: 2701, chrome: 122, sdk: '20240404' },
  { m: 51, build: 2720, chrome: 122, sdk: '20240604' },
  { m: 53, build: 2741, chrome: 126, sdk: '20240802' },
  { m: 54, build: 2760, chrome: 126, sdk: '20241001' },
  { m: 55, build: 2780, chrome: 130, sdk: '20241203' },
  { m: 56, build: 2800, chrome: 130, sdk: '20250201' },
  { m: 57, build: 2820, chrome: 132, sdk: '20250301' },
  { m: 58, build: 2840, chrome: 132, sdk: '20250401' },
  { m: 60, build: 2860, chrome: 134, sdk: '20250503' },
  { m: 61, build: 2880, chrome: 134, sdk: '20250701' },
];

const hex2 = (n: number) => n.toString(16).padStart(2, '0');

/**
 * One WeChat install on one phone. Its user agent differs between votes only in `NetType`
 * (the connection of the moment), so it is kept as two halves around it.
 */
export class Device {
  private readonly cache = new Map<NetType, string>();
  constructor(
    readonly model: string,
    private readonly head: string,
    private readonly tail: string,
    readonly g5: boolean,
  ) {}

  ua(net: NetType): string {
    const n = net === '5G' && !this.g5 ? '4G' : net;
    let s = this.cache.get(n);
    if (s === undefined) this.cache.set(n, (s = `${this.head}${n}${this.tail}`));
    return s;
  }

  /** The same phone with WeChat opened as another account: a second install id (WeChat's 分身). */
  static clone(d: Device, rng: Rng): Device {
    return new Device(d.model, d.head.replace(/MMWEBID\/\d+/, `MMWEBID/${rng.int(1, 9999)}`), d.tail, d.g5);
  }
}

/** How far behind the newest WeChat a segment tends to be (older phones auto-update less). */
const LAG: Record<Segment, number> = { metro: 1.5, town: 3, mountain: 4.5, migrant: 3 };

export function wechatFor(rng: Rng, segment: Segment, year: number) {
  const lag = Math.min(WECHAT.length - 1, Math.floor(rng.exponential(LAG[segment] + (2024 - Math.min(2024, year)))));
  return WECHAT[WECHAT.length - 1 - lag];
}

/** Builds the UA of a given model on a given WeChat release (both chosen by the caller). */
export function deviceOf(rng: Rng, model: Model, wx: (typeof WECHAT)[number], language = 'zh_CN'): Device {
  if (model.brand === 'apple') {
    const ios = rng.pick(['16_6', '16_7_10', '17_5_1', '17_6_1', '18_1', '18_3_2', '18_5', '18_6_2', '26_0_1']);
    const head = `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.${wx.m}(0x1800${hex2(wx.m)}${hex2(0x20 + (wx.m % 13))}) NetType/`;
    return new Device('iPhone', head, ` Language/${language}`, true);
  }
  const maxAndroid = Math.min(15, 10 + (model.year - 2019) + rng.int(0, 2));
  const android = rng.int(Math.max(10, maxAndroid - 2), maxAndroid);
  const build =
    model.brand === 'huawei' ? `HUAWEI${model.code}` : model.brand === 'honor' ? `HONOR${model.code}` : rng.pick(ANDROID_BUILDS[android]);
  const head =
    `Mozilla/5.0 (Linux; Android ${android}; ${model.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ` +
    `Chrome/${wx.chrome}.0.${6000 + wx.chrome * 13}.${rng.int(40, 180)} Mobile Safari/537.36 XWEB/${wx.chrome}0${rng.int(100, 999)} ` +
    `MMWEBSDK/${wx.sdk} MMWEBID/${rng.int(1, 9999)} MicroMessenger/8.0.${wx.m}.${wx.build}(0x2800${hex2(wx.m)}${hex2(wx.m + 2)}) WeChat/arm64 Weixin NetType/`;
  return new Device(model.code, head, ` Language/${language} ABI/arm64`, model.g5);
}

/** A phone someone of this segment would own, with the WeChat they would be running. */
export function randomDevice(rng: Rng, segment: Segment, language = 'zh_CN'): Device {
  const i = SEGMENT_INDEX[segment];
  const model = MODELS[rng.weightedIndex(MODELS.map((m) => m.share[i]))];
  return deviceOf(rng, model, wechatFor(rng, segment, model.year), language);
}

/** A named model (for issued phones, phone racks and cloud-phone images). */
export function modelByCode(code: string): Model {
  const m = MODELS.find((x) => x.code === code);
  if (!m) throw new Error(`unknown model ${code}`);
  return m;
}

export const LATEST_WECHAT = WECHAT[WECHAT.length - 1];
export const WECHAT_RELEASES = WECHAT;
