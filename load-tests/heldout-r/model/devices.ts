import type { Rng } from '../../heldout/prng';

/** How the phone is connected, as WeChat writes it into its user agent. */
export type NetType = 'WIFI' | '4G' | '5G';

/** Price bracket of a handset; who carries which follows the segment (elders carry hand-me-downs). */
export type Tier = 'flagship' | 'mid' | 'budget' | 'old';

interface Model {
  code: string;
  brand: 'huawei' | 'honor' | 'xiaomi' | 'oppo' | 'vivo' | 'realme' | 'apple';
  tier: Tier;
  /** Android major versions the model ships with or updates to (HarmonyOS reports 12). */
  android: readonly number[];
  fiveG: boolean;
}

const MODELS: readonly Model[] = [
  { code: 'ALN-AL00', brand: 'huawei', tier: 'flagship', android: [12], fiveG: true },
  { code: 'NOH-AN00', brand: 'huawei', tier: 'flagship', android: [12], fiveG: true },
  { code: 'JAD-AL50', brand: 'huawei', tier: 'mid', android: [12], fiveG: false },
  { code: 'CTR-AL00', brand: 'huawei', tier: 'budget', android: [12], fiveG: false },
  { code: 'MGA-AL00', brand: 'huawei', tier: 'old', android: [10, 12], fiveG: false },
  { code: 'REP-AN00', brand: 'honor', tier: 'mid', android: [12, 13], fiveG: true },
  { code: 'ANY-AN00', brand: 'honor', tier: 'budget', android: [12, 13], fiveG: true },
  { code: 'ALI-AN00', brand: 'honor', tier: 'budget', android: [13, 14], fiveG: true },
  { code: '23127PN0CC', brand: 'xiaomi', tier: 'flagship', android: [14, 15], fiveG: true },
  { code: '2211133C', brand: 'xiaomi', tier: 'mid', android: [13, 14], fiveG: true },
  { code: '23049RAD8C', brand: 'xiaomi', tier: 'budget', android: [13, 14], fiveG: true },
  { code: '22041216C', brand: 'xiaomi', tier: 'budget', android: [12, 13], fiveG: true },
  { code: 'M2006C3LC', brand: 'xiaomi', tier: 'old', android: [10, 11], fiveG: false },
  { code: 'PHB110', brand: 'oppo', tier: 'flagship', android: [13, 14], fiveG: true },
  { code: 'PJA110', brand: 'oppo', tier: 'mid', android: [14], fiveG: true },
  { code: 'PGBM10', brand: 'oppo', tier: 'mid', android: [12, 13], fiveG: true },
  { code: 'PEEM00', brand: 'oppo', tier: 'old', android: [11, 12], fiveG: false },
  { code: 'V2309A', brand: 'vivo', tier: 'flagship', android: [14], fiveG: true },
  { code: 'V2219A', brand: 'vivo', tier: 'mid', android: [13, 14], fiveG: true },
  { code: 'V2254A', brand: 'vivo', tier: 'budget', android: [13], fiveG: true },
  { code: 'V2148A', brand: 'vivo', tier: 'budget', android: [12, 13], fiveG: true },
  { code: 'V2036A', brand: 'vivo', tier: 'old', android: [10, 11], fiveG: false },
  { code: 'RMX3706', brand: 'realme', tier: 'budget', android: [13], fiveG: true },
  { code: 'iPhone', brand: 'apple', tier: 'flagship', android: [], fiveG: true },
  { code: 'iPhone', brand: 'apple', tier: 'mid', android: [], fiveG: true },
  { code: 'iPhone', brand: 'apple', tier: 'old', android: [], fiveG: false },
];

const BUILDS: Record<number, readonly string[]> = {
  10: ['QKQ1.191222.002', 'QP1A.190711.020'],
  11: ['RKQ1.200826.002', 'RP1A.200720.011'],
  12: ['SKQ1.211006.001', 'SP1A.210812.016'],
  13: ['TKQ1.221114.001', 'TP1A.220624.014'],
  14: ['UKQ1.230804.001', 'UP1A.231005.007'],
  15: ['AQ3A.240812.002', 'AP3A.240905.015'],
};

/** Android WeChat builds: version, client code, MMWEBSDK date, XWEB kernel, Chrome. Oldest first. */
const ANDROID_WECHAT: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['8.0.42.2460', '0x28002A3D', '20230701', '5235', '111.0.5563.116'],
  ['8.0.44.2502', '0x28002C36', '20231002', '1160083', '116.0.0.0'],
  ['8.0.47.2560', '0x28002F35', '20240101', '1160117', '118.0.0.0'],
  ['8.0.49.2600', '0x28003133', '20240404', '1160167', '122.0.6261.120'],
  ['8.0.50.2701', '0x28003237', '20240501', '1260117', '122.0.6261.120'],
  ['8.0.53.2740', '0x28003535', '20240802', '1300091', '122.0.6261.120'],
  ['8.0.54.2760', '0x28003637', '20241002', '1300259', '130.0.6723.103'],
  ['8.0.56.2800', '0x2800383B', '20241203', '1300473', '130.0.6723.103'],
  ['8.0.58.2841', '0x28003A39', '20250301', '1380283', '132.0.6834.163'],
  ['8.0.61.2880', '0x28003D35', '20250601', '1380467', '134.0.6998.136'],
];

const IOS_WECHAT: ReadonlyArray<readonly [string, string]> = [
  ['8.0.44', '0x18002c2e'], ['8.0.47', '0x18002f2c'], ['8.0.49', '0x18003137'], ['8.0.50', '0x18003233'], ['8.0.53', '0x18003531'],
  ['8.0.54', '0x1800363a'], ['8.0.56', '0x18003830'], ['8.0.58', '0x18003a2d'], ['8.0.61', '0x18003d2e'],
];

const IOS_VERSIONS: Record<Tier, readonly string[]> = {
  flagship: ['18_5', '18_6_2', '18_3_2', '26_0_1'],
  mid: ['17_6_1', '18_1_1', '17_4_1', '18_3_2'],
  budget: ['16_7_10', '17_5_1'],
  old: ['15_8_3', '16_7_10', '16_6'],
};

/** Brand shares by segment market (Henan: Huawei, vivo, OPPO strong in towns; iPhone in the city). */
const TIER_MIX: Record<string, Record<Tier, number>> = {
  city: { flagship: 0.4, mid: 0.35, budget: 0.2, old: 0.05 },
  town: { flagship: 0.15, mid: 0.35, budget: 0.38, old: 0.12 },
  worker: { flagship: 0.06, mid: 0.24, budget: 0.55, old: 0.15 },
  elder: { flagship: 0.04, mid: 0.14, budget: 0.32, old: 0.5 },
};
export type Market = keyof typeof TIER_MIX;

/** One WeChat install on one phone: its user agent only varies with the connection. */
export class Device {
  private readonly cache = new Map<NetType, string>();

  constructor(
    readonly model: string,
    readonly fiveG: boolean,
    private readonly template: string,
  ) {}

  ua(net: NetType): string {
    const n: NetType = net === '5G' && !this.fiveG ? '4G' : net;
    let s = this.cache.get(n);
    if (s === undefined) this.cache.set(n, (s = this.template.replace('{NET}', n)));
    return s;
  }
}

function wechatIndex(rng: Rng, tier: Tier, count: number): number {
  // Newer phones auto-update; old ones lag a year or two.
  const lag = tier === 'old' ? rng.int(2, 6) : tier === 'budget' ? rng.int(0, 3) : rng.int(0, 2);
  return Math.max(0, count - 1 - lag);
}

export function makeDevice(rng: Rng, market: Market | Tier = 'town', opts: { model?: string; wechat?: number; android?: number } = {}): Device {
  const tiers = market in TIER_MIX ? TIER_MIX[market] : ({ flagship: 0, mid: 0, budget: 0, old: 0, [market]: 1 } as Record<Tier, number>);
  const tier = (['flagship', 'mid', 'budget', 'old'] as const)[rng.weightedIndex([tiers.flagship, tiers.mid, tiers.budget, tiers.old])];
  const pool = MODELS.filter((m) => (opts.model ? m.code === opts.model : m.tier === tier));
  // iPhones are rarer outside the city.
  const weights = pool.map((m) => (m.brand === 'apple' ? (market === 'city' ? 2.2 : 0.8) : m.brand === 'realme' ? 0.4 : 1));
  const m = pool[rng.weightedIndex(weights)];
  if (m.brand === 'apple') {
    const [ver, code] = IOS_WECHAT[opts.wechat ?? wechatIndex(rng, m.tier, IOS_WECHAT.length)];
    const ios = rng.pick(IOS_VERSIONS[m.tier]);
    return new Device(
      'iPhone',
      m.fiveG,
      `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${ver}(${code}) NetType/{NET} Language/zh_CN`,
    );
  }
  const android = opts.android !== undefined && m.android.includes(opts.android) ? opts.android : rng.pick(m.android);
  const build = m.brand === 'huawei' ? `HUAWEI${m.code}` : m.brand === 'honor' ? `HONOR${m.code}` : opts.android !== undefined ? BUILDS[android][0] : rng.pick(BUILDS[android]);
  const [ver, code, sdk, xweb, chrome] = ANDROID_WECHAT[opts.wechat ?? wechatIndex(rng, m.tier, ANDROID_WECHAT.length)];
  const webid = rng.int(1000, 9999);
  return new Device(
    m.code,
    m.fiveG,
    `Mozilla/5.0 (Linux; Android ${android}; ${m.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${chrome} Mobile Safari/537.36 ` +
      `XWEB/${xweb} MMWEBSDK/${sdk} MMWEBID/${webid} MicroMessenger/${ver}(${code}) WeChat/arm64 Weixin NetType/{NET} Language/zh_CN ABI/arm64`,
  );
}

/** The Android model codes a scripted device list may copy (real, current phones). */
export const ANDROID_CODES = MODELS.filter((m) => m.brand !== 'apple').map((m) => m.code);
