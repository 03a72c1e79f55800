import type { Rng } from '../../heldout/prng';

/**
 * WeChat's in-app browser user agents as phones send them. Android: the system WebView string
 * with model and build, then XWEB (WeChat's own Chromium), MMWEBSDK, usually a per-install
 * MMWEBID, the WeChat version with its hex build code, NetType and language. iPhone: Safari's
 * string with iOS version, then MicroMessenger, NetType and language.
 */
export type NetType = 'WIFI' | '4G' | '5G' | '3G';

interface AndroidBuild {
  v: string;
  hex: string;
  sdk: string;
  xweb: string;
  chrome: string;
}

/** Android WeChat builds, oldest first. */
const ANDROID_WECHAT: readonly AndroidBuild[] = [
  { v: '8.0.40.2420', hex: '0x28002837', sdk: '20230701', xweb: '1110005', chrome: '111.0.5563.116' },
  { v: '8.0.43.2480', hex: '0x28002B37', sdk: '20230805', xweb: '1110011', chrome: '111.0.5563.116' },
  { v: '8.0.47.2560', hex: '0x28002F35', sdk: '20231202', xweb: '1160065', chrome: '116.0.5845.114' },
  { v: '8.0.49.2600', hex: '0x28003133', sdk: '20240301', xweb: '1160117', chrome: '116.0.5845.114' },
  { v: '8.0.50.2701', hex: '0x28003237', sdk: '20240404', xweb: '1220067', chrome: '122.0.6261.120' },
  { v: '8.0.53.2740', hex: '0x2800353A', sdk: '20240802', xweb: '1260117', chrome: '126.0.6478.188' },
  { v: '8.0.54.2760', hex: '0x2800363B', sdk: '20240904', xweb: '1260183', chrome: '126.0.6478.188' },
  { v: '8.0.56.2800', hex: '0x28003833', sdk: '20241103', xweb: '1300289', chrome: '130.0.6723.103' },
  { v: '8.0.58.2841', hex: '0x28003A3B', sdk: '20250201', xweb: '1320075', chrome: '132.0.6834.163' },
  { v: '8.0.60.2880', hex: '0x28003C3A', sdk: '20250504', xweb: '1340099', chrome: '134.0.6998.136' },
  { v: '8.0.61.2900', hex: '0x28003D33', sdk: '20250603', xweb: '1340127', chrome: '134.0.6998.136' },
];

/** iOS WeChat builds, oldest first. */
const IOS_WECHAT: ReadonlyArray<readonly [string, string]> = [
  ['8.0.43', '0x18002b2c'], ['8.0.47', '0x18002f2c'], ['8.0.49', '0x18003137'], ['8.0.50', '0x18003233'], ['8.0.53', '0x18003531'],
  ['8.0.54', '0x18003637'], ['8.0.56', '0x18003831'], ['8.0.58', '0x18003a2b'], ['8.0.60', '0x18003c2e'], ['8.0.61', '0x18003d2d'],
];

const IOS_VERSIONS = ['15_8_3', '16_7_10', '17_5_1', '17_6_1', '18_1_1', '18_3_2', '18_5', '18_6_2'];

/** A handset model: how it names itself and which Android versions and builds it ships. */
interface Model {
  brand: string;
  code: string;
  /** Android versions it runs (HarmonyOS 2–4 phones report Android 10 or 12). */
  android: readonly number[];
  /** Build id, or a function of the code (Huawei/Honor write `HUAWEI<code>`/`HONOR<code>`). */
  build: readonly string[];
  /** Relative share among [town, city, budget, elder] owners. */
  share: readonly [number, number, number, number];
  fiveG: boolean;
}

const B13 = ['TP1A.220624.014', 'TP1A.220905.001'];
const B14 = ['UP1A.231005.007', 'UKQ1.230924.001', 'UKQ1.230804.001'];
const B15 = ['AP3A.240905.015', 'AP3A.240617.008', 'AQ3A.240912.001'];
const B12 = ['SP1A.210812.016', 'SKQ1.211006.001'];
const B11 = ['RP1A.200720.012', 'RKQ1.200826.002'];
const B10 = ['QP1A.190711.020', 'QKQ1.191222.002'];
/** Build ids by Android version, for brands that keep AOSP-style ids. */
const BUILDS_BY_VERSION: Record<number, readonly string[]> = { 10: B10, 11: B11, 12: B12, 13: B13, 14: B14, 15: B15 };

const MODELS: readonly Model[] = [
  { brand: 'vivo', code: 'V2324A', android: [14, 15], build: [...B14, ...B15], share: [5, 3, 4, 2], fiveG: true },
  { brand: 'vivo', code: 'V2254A', android: [13, 14], build: [...B13, ...B14], share: [5, 3, 5, 3], fiveG: true },
  { brand: 'vivo', code: 'V2166A', android: [11, 12, 13], build: [...B11, ...B12, ...B13], share: [4, 1, 5, 5], fiveG: true },
  { brand: 'vivo', code: 'V2309A', android: [14, 15], build: [...B14, ...B15], share: [2, 3, 1, 0.5], fiveG: true },
  { brand: 'vivo', code: 'V2057A', android: [11, 12], build: [...B11, ...B12], share: [2, 0.5, 3, 4], fiveG: true },
  { brand: 'OPPO', code: 'PJZ110', android: [14, 15], build: [...B14, ...B15], share: [2, 3, 1, 0.3], fiveG: true },
  { brand: 'OPPO', code: 'PHM110', android: [13, 14], build: [...B13, ...B14], share: [4, 3, 3, 1.5], fiveG: true },
  { brand: 'OPPO', code: 'PHJ110', android: [13, 14], build: [...B13, ...B14], share: [4, 1.5, 5, 3], fiveG: true },
  { brand: 'OPPO', code: 'PEHM00', android: [11, 12], build: [...B11, ...B12], share: [2, 0.5, 3, 4], fiveG: true },
  { brand: 'OPPO', code: 'PKA110', android: [14, 15], build: [...B14, ...B15], share: [3, 2, 3, 1], fiveG: true },
  { brand: 'HUAWEI', code: 'ALN-AL00', android: [12], build: ['HUAWEIALN-AL00'], share: [3, 4, 0.5, 1], fiveG: true },
  { brand: 'HUAWEI', code: 'NOH-AN00', android: [10, 12], build: ['HUAWEINOH-AN00'], share: [2, 3, 0.5, 1.5], fiveG: true },
  { brand: 'HUAWEI', code: 'JAD-AL50', android: [12], build: ['HUAWEIJAD-AL50'], share: [1.5, 2, 0.3, 1], fiveG: false },
  { brand: 'HUAWEI', code: 'BRA-AL00', android: [12], build: ['HUAWEIBRA-AL00'], share: [2, 2, 1, 1.5], fiveG: true },
  { brand: 'HUAWEI', code: 'MED-AL00', android: [10], build: ['HUAWEIMED-AL00'], share: [1, 0.3, 2, 4], fiveG: false },
  { brand: 'HONOR', code: 'ALI-AN00', android: [13, 14], build: ['HONORALI-AN00'], share: [3, 2, 3, 1.5], fiveG: true },
  { brand: 'HONOR', code: 'RMO-AN00', android: [12, 13], build: ['HONORRMO-AN00'], share: [2, 1, 3, 2], fiveG: true },
  { brand: 'HONOR', code: 'LGE-AN10', android: [14, 15], build: ['HONORLGE-AN10'], share: [2, 2, 2, 0.5], fiveG: true },
  { brand: 'Xiaomi', code: '23127PN0CC', android: [14, 15], build: [...B14, ...B15], share: [1.5, 3, 1, 0.3], fiveG: true },
  { brand: 'Redmi', code: '23049RAD8C', android: [13, 14], build: [...B13, ...B14], share: [2, 2, 4, 1], fiveG: true },
  { brand: 'Redmi', code: '2312DRA50C', android: [14, 15], build: [...B14, ...B15], share: [2, 2, 3, 0.5], fiveG: true },
  { brand: 'Redmi', code: '22041211AC', android: [12, 13], build: [...B12, ...B13], share: [1.5, 1, 3, 2], fiveG: true },
  { brand: 'Redmi', code: 'M2006C3LC', android: [10], build: B10, share: [0.5, 0.2, 1, 3], fiveG: false },
  { brand: 'realme', code: 'RMX3706', android: [13, 14], build: [...B13, ...B14], share: [1, 1, 2, 0.3], fiveG: true },
  { brand: 'samsung', code: 'SM-S9210', android: [14, 15], build: [...B14, ...B15], share: [0.3, 1, 0.2, 0.2], fiveG: true },
];

/** Which curve of shares a person's phone comes from. */
export type Segment = 'town' | 'city' | 'budget' | 'elder';
const SEG_INDEX: Record<Segment, number> = { town: 0, city: 1, budget: 2, elder: 3 };
/** iPhone share per segment. */
const IPHONE: Record<Segment, number> = { town: 0.16, city: 0.32, budget: 0.08, elder: 0.05 };

/** A phone with one WeChat install: its user agent is fixed but for NetType. */
export interface Device {
  /** `android:<brand>:<code>` or `iphone:<iOS>`. */
  model: string;
  fiveG: boolean;
  ua(net: NetType): string;
}

class Phone implements Device {
  private readonly cache = new Map<NetType, string>();
  constructor(
    readonly model: string,
    readonly fiveG: boolean,
    private readonly head: string,
    private readonly tail: string,
  ) {}

  ua(net: NetType): string {
    let s = this.cache.get(net);
    if (s === undefined) this.cache.set(net, (s = `${this.head}NetType/${net} Language/zh_CN${this.tail}`));
    return s;
  }
}

/** A build index skewed towards recent builds; older phones lag further behind. */
function buildIndex(rng: Rng, n: number, lag: number): number {
  return Math.max(0, n - 1 - Math.floor(rng.exponential(lag)));
}

export interface AndroidSpec {
  code?: string;
  android?: number;
  build?: number;
  /** Per-install id; omitted on some installs. */
  webId?: number | null;
  abi?: 'arm64' | 'x86_64';
}

/** An Android phone of the given (or drawn) model. */
export function androidPhone(rng: Rng, segment: Segment, spec: AndroidSpec = {}): Device {
  const m = spec.code ? (MODELS.find((x) => x.code === spec.code) ?? MODELS[0]) : MODELS[rng.weightedIndex(MODELS.map((x) => x.share[SEG_INDEX[segment]]))];
  const android = spec.android ?? rng.pick(m.android);
  const buildId = m.build.length === 1 ? m.build[0] : rng.pick(BUILDS_BY_VERSION[android] ?? m.build);
  const lag = segment === 'elder' ? 3.5 : segment === 'budget' ? 2.2 : segment === 'city' ? 1.2 : 1.8;
  const wx = ANDROID_WECHAT[spec.build ?? buildIndex(rng, ANDROID_WECHAT.length, lag)];
  const webId = spec.webId === undefined ? (rng.chance(0.88) ? rng.int(100, 9999) : null) : spec.webId;
  const abi = spec.abi ?? 'arm64';
  const head =
    `Mozilla/5.0 (Linux; Android ${android}; ${m.code} Build/${buildId}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ` +
    `Chrome/${wx.chrome} Mobile Safari/537.36 XWEB/${wx.xweb} MMWEBSDK/${wx.sdk} ${webId === null ? '' : `MMWEBID/${webId} `}` +
    `MicroMessenger/${wx.v}(${wx.hex}) WeChat/${abi} Weixin `;
  return new Phone(`android:${m.brand}:${m.code}`, m.fiveG, head, ` ABI/${abi}`);
}

/** An iPhone on a drawn (or given) iOS and WeChat build. */
export function iPhone(rng: Rng, segment: Segment, spec: { ios?: string; build?: number } = {}): Device {
  const ios = spec.ios ?? IOS_VERSIONS[buildIndex(rng, IOS_VERSIONS.length, segment === 'elder' ? 3 : 1.6)];
  const [v, hex] = IOS_WECHAT[spec.build ?? buildIndex(rng, IOS_WECHAT.length, segment === 'elder' ? 3 : 1.5)];
  const head = `Mozilla/5.0 (iPhone; CPU iPhone OS ${ios} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${v}(${hex}) `;
  return new Phone(`iphone:${ios}`, !ios.startsWith('15') && !ios.startsWith('16'), head, '');
}

/** Somebody's own phone, drawn from the segment's market. */
export function ownPhone(rng: Rng, segment: Segment): Device {
  return rng.chance(IPHONE[segment]) ? iPhone(rng, segment) : androidPhone(rng, segment);
}

/** Model codes that exist in the table, for families that fix one. */
export const MODEL_CODES = MODELS.map((m) => m.code);
export const ANDROID_BUILDS = ANDROID_WECHAT.length;
export const IOS_BUILDS = IOS_WECHAT.length;
