import type { Rng } from '../../heldout/prng';

/**
 * Phones and their WeChat in-app browser user agents, written from memory of what WeChat's H5
 * pages see in north-east China in the winter of 2025: Huawei, Honor, OPPO, vivo and Redmi at
 * every price, older phones (and older WeChat builds) in the hands of grandparents, iPhones in
 * the cities. The connection (`NetType/WIFI|4G|5G`) is per vote; everything else is per install.
 */
export type NetType = 'WIFI' | '4G' | '5G';
/** Who holds the phone: it sets the price tier, the iPhone share and how far WeChat lags. */
export type Segment = 'elder' | 'rural' | 'budget' | 'urban' | 'student';
type Tier = 'old' | 'budget' | 'mid' | 'flag';

interface Model {
  code: string;
  /** How the build id reads: Huawei and pre-split Honor say `HUAWEI<code>`, Honor since 2021 `HONOR<code>`. */
  build: 'huawei' | 'honor' | 'aosp';
  android: readonly [number, number];
  fiveG: boolean;
  tier: Tier;
}

const m = (code: string, build: Model['build'], lo: number, hi: number, fiveG: boolean, tier: Tier): Model => ({ code, build, android: [lo, hi], fiveG, tier });

// prettier-ignore
const MODELS: readonly Model[] = [
  m('PBCM30', 'aosp', 9, 10, false, 'old'), m('PCAM00', 'aosp', 9, 10, false, 'old'), m('PBAM00', 'aosp', 8, 9, false, 'old'),
  m('V1818A', 'aosp', 8, 9, false, 'old'), m('V1901A', 'aosp', 9, 10, false, 'old'), m('V2001A', 'aosp', 10, 11, false, 'old'),
  m('DUB-AL00', 'huawei', 8, 9, false, 'old'), m('ART-AL00x', 'huawei', 10, 10, false, 'old'), m('STK-AL00', 'huawei', 9, 10, false, 'old'),
  m('JSN-AL00a', 'huawei', 9, 10, false, 'old'), m('M2006C3LC', 'aosp', 10, 11, false, 'old'), m('M2004J19C', 'aosp', 10, 11, false, 'old'),
  m('Redmi Note 8', 'aosp', 9, 11, false, 'old'), m('SM-A6060', 'aosp', 9, 11, false, 'old'),
  m('PDYM20', 'aosp', 11, 13, true, 'budget'), m('PHK110', 'aosp', 12, 13, true, 'budget'), m('PJH110', 'aosp', 13, 14, true, 'budget'),
  m('V2120A', 'aosp', 11, 13, false, 'budget'), m('V2166A', 'aosp', 12, 13, true, 'budget'), m('V2230A', 'aosp', 13, 14, true, 'budget'),
  m('22041219C', 'aosp', 12, 13, true, 'budget'), m('23076RA4BC', 'aosp', 13, 14, true, 'budget'), m('2312DRAABC', 'aosp', 14, 14, true, 'budget'),
  m('TFY-AN00', 'huawei', 11, 11, true, 'budget'), m('RKY-AN00', 'honor', 12, 13, true, 'budget'), m('VNE-AN00', 'honor', 12, 13, true, 'budget'),
  m('MGA-AL40', 'huawei', 12, 12, false, 'budget'), m('CMA-AN00', 'huawei', 12, 12, true, 'budget'),
  m('V2309A', 'aosp', 13, 14, true, 'mid'), m('V2338A', 'aosp', 14, 15, true, 'mid'), m('PFJM10', 'aosp', 12, 13, true, 'mid'),
  m('PJJ110', 'aosp', 13, 14, true, 'mid'), m('23013RK75C', 'aosp', 13, 14, true, 'mid'), m('24069RA21C', 'aosp', 14, 15, true, 'mid'),
  m('2211133C', 'aosp', 13, 14, true, 'mid'), m('ALI-AN00', 'honor', 13, 14, true, 'mid'), m('ELI-AN00', 'honor', 13, 14, true, 'mid'),
  m('JLN-AL00', 'huawei', 12, 12, false, 'mid'), m('FOA-AL00', 'huawei', 12, 12, false, 'mid'), m('CTR-AL00', 'huawei', 12, 12, true, 'mid'),
  m('ALN-AL00', 'huawei', 12, 12, true, 'flag'), m('BRA-AL00', 'huawei', 12, 12, true, 'flag'), m('NOH-AN00', 'huawei', 10, 12, true, 'flag'),
  m('23127PN0CC', 'aosp', 14, 15, true, 'flag'), m('24031PN0DC', 'aosp', 14, 15, true, 'flag'), m('V2324A', 'aosp', 14, 15, true, 'flag'),
  m('PHZ110', 'aosp', 14, 15, true, 'flag'), m('SM-S9280', 'aosp', 14, 15, true, 'flag'), m('PGT-AN10', 'honor', 14, 14, true, 'flag'),
];

const BUILD_IDS: Record<number, readonly string[]> = {
  8: ['OPM1.171019.026', 'OPR1.170623.027'],
  9: ['PKQ1.190118.001', 'PPR1.180610.011', 'PKQ1.181203.001'],
  10: ['QKQ1.191222.002', 'QP1A.190711.020', 'QKQ1.200209.002'],
  11: ['RKQ1.200826.002', 'RP1A.200720.011', 'RKQ1.201112.002'],
  12: ['SKQ1.211006.001', 'SP1A.210812.016', 'SKQ1.220303.001'],
  13: ['TKQ1.221114.001', 'TP1A.220905.001', 'TKQ1.221013.002'],
  14: ['UKQ1.230924.001', 'UP1A.231005.007', 'UKQ1.231003.002'],
  15: ['AQ3A.240912.001', 'AP3A.240905.015', 'AQ3A.240829.003'],
};

/** Android WeChat builds, oldest first, with the in-app browser kernel each one ships. */
interface WxBuild {
  version: string;
  build: number;
  chrome: string;
  xweb: string;
  sdk: string;
}
// prettier-ignore
const ANDROID_WX: readonly WxBuild[] = [
  { version: '8.0.28', build: 2240, chrome: '86.0.4240.99', xweb: '4313', sdk: '20220805' },
  { version: '8.0.30', build: 2260, chrome: '86.0.4240.99', xweb: '4365', sdk: '20221012' },
  { version: '8.0.33', build: 2305, chrome: '107.0.5304.141', xweb: '5061', sdk: '20230101' },
  { version: '8.0.37', build: 2380, chrome: '107.0.5304.141', xweb: '5197', sdk: '20230504' },
  { version: '8.0.40', build: 2420, chrome: '111.0.5563.116', xweb: '1110005', sdk: '20230701' },
  { version: '8.0.42', build: 2460, chrome: '111.0.5563.116', xweb: '1110047', sdk: '20230805' },
  { version: '8.0.44', build: 2502, chrome: '116.0.5845.97', xweb: '1160065', sdk: '20231002' },
  { version: '8.0.47', build: 2560, chrome: '116.0.5845.114', xweb: '1160117', sdk: '20240101' },
  { version: '8.0.49', build: 2600, chrome: '122.0.6261.120', xweb: '1220067', sdk: '20240404' },
  { version: '8.0.50', build: 2701, chrome: '122.0.6261.120', xweb: '1220089', sdk: '20240501' },
  { version: '8.0.53', build: 2740, chrome: '122.0.6261.120', xweb: '1220133', sdk: '20240801' },
  { version: '8.0.54', build: 2760, chrome: '130.0.6723.103', xweb: '1300289', sdk: '20241001' },
  { version: '8.0.56', build: 2800, chrome: '130.0.6723.103', xweb: '1300333', sdk: '20241202' },
  { version: '8.0.58', build: 2841, chrome: '130.0.6723.103', xweb: '1300467', sdk: '20250201' },
  { version: '8.0.60', build: 2880, chrome: '132.0.6834.163', xweb: '1320087', sdk: '20250503' },
  { version: '8.0.61', build: 2880, chrome: '132.0.6834.163', xweb: '1320115', sdk: '20250601' },
  { version: '8.0.62', build: 2900, chrome: '132.0.6834.163', xweb: '1320149', sdk: '20250704' },
  { version: '8.0.64', build: 2940, chrome: '134.0.6998.136', xweb: '1340041', sdk: '20250903' },
  { version: '8.0.65', build: 2961, chrome: '134.0.6998.136', xweb: '1340077', sdk: '20251002' },
];

const IOS_WX: readonly string[] = ['8.0.38', '8.0.40', '8.0.44', '8.0.47', '8.0.49', '8.0.50', '8.0.53', '8.0.54', '8.0.56', '8.0.57', '8.0.59', '8.0.60', '8.0.61', '8.0.62', '8.0.63', '8.0.64', '8.0.65'];
const IOS_VERSIONS: Record<'old' | 'mid' | 'new', readonly string[]> = {
  old: ['15_8_3', '15_8_4', '16_7_10', '16_7_11', '16_6_1'],
  mid: ['16_7_10', '17_5_1', '17_6_1', '17_7_2', '18_1_1', '18_3_2'],
  new: ['18_3_2', '18_5', '18_6_2', '18_7_1', '18_7_2', '18_6'],
};

interface SegmentMix {
  iphone: number;
  tiers: Record<Tier, number>;
  /** Mean number of WeChat releases the install is behind the newest. */
  lag: number;
  ios: Record<'old' | 'mid' | 'new', number>;
}

const MIX: Record<Segment, SegmentMix> = {
  elder: { iphone: 0.07, tiers: { old: 62, budget: 30, mid: 8, flag: 0 }, lag: 7, ios: { old: 70, mid: 30, new: 0 } },
  rural: { iphone: 0.15, tiers: { old: 16, budget: 46, mid: 33, flag: 5 }, lag: 3, ios: { old: 25, mid: 50, new: 25 } },
  budget: { iphone: 0.1, tiers: { old: 12, budget: 60, mid: 26, flag: 2 }, lag: 2.5, ios: { old: 30, mid: 50, new: 20 } },
  urban: { iphone: 0.38, tiers: { old: 2, budget: 12, mid: 44, flag: 42 }, lag: 1.2, ios: { old: 5, mid: 35, new: 60 } },
  student: { iphone: 0.45, tiers: { old: 3, budget: 22, mid: 52, flag: 23 }, lag: 1, ios: { old: 8, mid: 40, new: 52 } },
};

/** One WeChat install: its user agent differs from vote to vote only in `NetType`. */
export class Device {
  private readonly byNet = new Map<NetType, string>();
  constructor(
    private readonly head: string,
    private readonly tail: string,
    readonly fiveG: boolean,
    /** Model code (or `iPhone`) and WeChat version, for tests and README numbers. */
    readonly label: string,
  ) {}

  ua(net: NetType): string {
    let s = this.byNet.get(net);
    if (s === undefined) this.byNet.set(net, (s = `${this.head}${net === '5G' && !this.fiveG ? '4G' : net}${this.tail}`));
    return s;
  }

  /** A second WeChat (分身) or a reinstall on the same phone: the same strings but a new install id. */
  reinstall(rng: Rng): Device {
    return new Device(this.head.replace(/MMWEBID\/\d+/, `MMWEBID/${rng.int(10, 9999)}`), this.tail, this.fiveG, this.label);
  }
}

const hex2 = (n: number) => (n & 0xff).toString(16).toUpperCase().padStart(2, '0');

function pickTier(rng: Rng, tiers: Record<Tier, number>): Tier {
  const keys: Tier[] = ['old', 'budget', 'mid', 'flag'];
  return keys[rng.weightedIndex(keys.map((k) => tiers[k]))];
}

function wxIndex(rng: Rng, list: readonly unknown[], lag: number): number {
  return Math.max(0, list.length - 1 - Math.floor(rng.exponential(lag)));
}

export function androidDevice(rng: Rng, model: Model, wx: WxBuild, androidVersion?: number): Device {
  const av = androidVersion ?? rng.int(model.android[0], model.android[1]);
  const buildId = model.build === 'huawei' ? `HUAWEI${model.code}` : model.build === 'honor' ? `HONOR${model.code}` : rng.pick(BUILD_IDS[av]);
  const minor = Number(wx.version.split('.')[2]);
  const wxFull = `${wx.version}.${wx.build}(0x2800${hex2(minor)}${hex2(wx.build + minor * 7)})`;
  const webid = rng.int(10, 9999);
  // Android 8 phones report their point release; later ones only the major version.
  const base = `Mozilla/5.0 (Linux; Android ${av === 8 ? '8.1.0' : av}; ${model.code} Build/${buildId}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/${wx.chrome}`;
  // Kernels before XWEB 111 put their tokens ahead of "Mobile Safari", later ones after it.
  const head =
    wx.xweb.length <= 4
      ? `${base} XWEB/${wx.xweb} MMWEBSDK/${wx.sdk} Mobile Safari/537.36 MMWEBID/${webid} MicroMessenger/${wxFull} WeChat/arm64 Weixin NetType/`
      : `${base} Mobile Safari/537.36 XWEB/${wx.xweb} MMWEBSDK/${wx.sdk} MMWEBID/${webid} MicroMessenger/${wxFull} WeChat/arm64 Weixin NetType/`;
  return new Device(head, ' Language/zh_CN ABI/arm64', model.fiveG && av >= 11, `${model.code} ${wx.version}`);
}

export function iosDevice(rng: Rng, osVersion: string, wxVersion: string, ipad = false): Device {
  const minor = Number(wxVersion.split('.')[2]);
  const hex = `0x1800${hex2(minor)}${hex2(minor * 13 + 41)}`;
  const head = ipad
    ? `Mozilla/5.0 (iPad; CPU OS ${osVersion} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wxVersion}(${hex}) NetType/`
    : `Mozilla/5.0 (iPhone; CPU iPhone OS ${osVersion} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wxVersion}(${hex}) NetType/`;
  const fiveG = !osVersion.startsWith('15') && !osVersion.startsWith('16');
  return new Device(head, ' Language/zh_CN', fiveG, `iPhone ${wxVersion}`);
}

/** A phone and WeChat install typical of the segment. */
export function makeDevice(rng: Rng, segment: Segment): Device {
  const mix = MIX[segment];
  if (rng.chance(mix.iphone)) {
    const band = (['old', 'mid', 'new'] as const)[rng.weightedIndex([mix.ios.old, mix.ios.mid, mix.ios.new])];
    return iosDevice(rng, rng.pick(IOS_VERSIONS[band]), IOS_WX[wxIndex(rng, IOS_WX, mix.lag)], rng.chance(0.02));
  }
  const tier = pickTier(rng, mix.tiers);
  const models = MODELS.filter((x) => x.tier === tier);
  return androidDevice(rng, rng.pick(models), ANDROID_WX[wxIndex(rng, ANDROID_WX, mix.lag)]);
}

/** One model on one managed WeChat build, as an employer would issue it: installs differ only in MMWEBID. */
export function issuedModel(rng: Rng, code: string, wxVersion: string): (r: Rng) => Device {
  const model = MODELS.find((x) => x.code === code);
  const wx = ANDROID_WX.find((x) => x.version === wxVersion);
  if (!model || !wx) throw new Error(`unknown issued phone ${code} ${wxVersion}`);
  const av = rng.int(model.android[0], model.android[1]);
  return (r) => androidDevice(r, model, wx, av);
}
