/**
 * Phones and the WeChat in-app browser's user agent on them. Each voter carries one install: a
 * handset (Chinese-market model codes), its OS version, a WeChat build that lags the current one by
 * how the owner updates, and on Android the XWEB kernel that build ships with plus a per-install
 * MMWEBID. NetType follows the network of each vote, so one install shows up to three strings.
 * Written from memory of real WeChat UAs; shares are my guesses for Zhejiang in 2025.
 */
import type { Rng } from '../../heldout/prng';

export type Os = 'android' | 'ios';
export type Tier = 'flagship' | 'mid' | 'budget' | 'old';

export interface Model {
  key: string;
  os: Os;
  /** Brand family: decides the Android build id style. */
  brand: 'xiaomi' | 'vivo' | 'oppo' | 'huawei' | 'honor' | 'samsung' | 'realme' | 'apple' | 'tecno';
  /** The UA's model code (Android); unused for iPhones. */
  code: string;
  tier: Tier;
  /** Android API levels (or iOS majors) the model plausibly runs. */
  osRange: readonly [number, number];
  fiveG: boolean;
}

const A = (key: string, brand: Model['brand'], code: string, tier: Tier, lo: number, hi: number, fiveG = true): Model => ({ key, os: 'android', brand, code, tier, osRange: [lo, hi], fiveG });
const I = (key: string, tier: Tier, lo: number, hi: number, fiveG = true): Model => ({ key, os: 'ios', brand: 'apple', code: '', tier, osRange: [lo, hi], fiveG });

export const MODELS: readonly Model[] = [
  // Xiaomi and Redmi
  A('mi15', 'xiaomi', '24129PN74C', 'flagship', 15, 15),
  A('mi14', 'xiaomi', '23127PN0CC', 'flagship', 14, 15),
  A('mi13', 'xiaomi', '2211133C', 'flagship', 13, 15),
  A('k70', 'xiaomi', '23113RKC6C', 'mid', 14, 15),
  A('note13pro', 'xiaomi', '23090RA98C', 'mid', 13, 15),
  A('note12pro', 'xiaomi', '22101317C', 'budget', 12, 14),
  A('note14', 'xiaomi', '24094RAD4C', 'budget', 14, 15),
  A('redmi13r', 'xiaomi', '23076RA4BC', 'budget', 13, 14),
  A('note11pro', 'xiaomi', '21091116AC', 'budget', 11, 13),
  A('k40', 'xiaomi', 'M2012K11AC', 'old', 11, 13),
  A('note9', 'xiaomi', 'M2007J22C', 'old', 10, 12),
  // vivo and iQOO
  A('x100', 'vivo', 'V2309A', 'flagship', 14, 15),
  A('x90', 'vivo', 'V2241A', 'flagship', 13, 15),
  A('s18', 'vivo', 'V2329A', 'mid', 14, 15),
  A('iqooneo9', 'vivo', 'V2339A', 'mid', 14, 15),
  A('y78', 'vivo', 'V2254A', 'budget', 13, 14),
  A('y33s', 'vivo', 'V2148A', 'budget', 11, 13),
  A('y32', 'vivo', 'V2166BA', 'budget', 11, 13, false),
  A('y3', 'vivo', 'V1901A', 'old', 9, 11, false),
  A('y93', 'vivo', 'V1818A', 'old', 8, 10, false),
  // OPPO, OnePlus, realme
  A('findx7', 'oppo', 'PHZ110', 'flagship', 14, 15),
  A('reno11', 'oppo', 'PJH110', 'mid', 14, 15),
  A('a2', 'oppo', 'PJA110', 'budget', 13, 14),
  A('a96', 'oppo', 'PFJM10', 'budget', 11, 13),
  A('a32', 'oppo', 'PDVM00', 'old', 10, 11),
  A('a5', 'oppo', 'PBCM30', 'old', 8, 10, false),
  A('op12', 'oppo', 'PJD110', 'flagship', 14, 15),
  A('ace3v', 'oppo', 'PJF110', 'mid', 14, 15),
  A('gtneo5', 'realme', 'RMX3706', 'mid', 13, 14),
  // Huawei (HarmonyOS 2-4 report an Android version in the UA)
  A('mate60pro', 'huawei', 'ALN-AL00', 'flagship', 12, 12),
  A('mate60', 'huawei', 'BRA-AL00', 'flagship', 12, 12),
  A('p60', 'huawei', 'LNA-AL00', 'flagship', 12, 12),
  A('mate40pro', 'huawei', 'NOH-AN00', 'old', 10, 12),
  A('nova12', 'huawei', 'FIN-AL60', 'mid', 12, 12),
  A('enjoy60', 'huawei', 'MGA-AL00', 'budget', 12, 12, false),
  A('enjoy70', 'huawei', 'CTR-AL00', 'budget', 12, 12, false),
  A('enjoy10p', 'huawei', 'STK-AL00', 'old', 10, 10, false),
  A('enjoy9p', 'huawei', 'JKM-AL00', 'old', 9, 10, false),
  A('nova3e', 'huawei', 'ANE-AL00', 'old', 9, 9, false),
  // Honor
  A('magic6', 'honor', 'BVL-AN00', 'flagship', 14, 15),
  A('honor100', 'honor', 'MAA-AN00', 'mid', 14, 14),
  A('x50', 'honor', 'ALI-AN00', 'budget', 13, 14),
  A('play8t', 'honor', 'CMA-AN00', 'budget', 13, 14),
  A('x40', 'honor', 'RMO-AN00', 'budget', 12, 14),
  A('x30i', 'honor', 'TFY-AN00', 'old', 11, 12),
  // Samsung (China codes end in 0; global models for foreign traders)
  A('s24u', 'samsung', 'SM-S9280', 'flagship', 14, 15),
  A('a54', 'samsung', 'SM-A5460', 'mid', 13, 14),
  A('s23g', 'samsung', 'SM-S911B', 'flagship', 14, 15),
  A('a34g', 'samsung', 'SM-A346E', 'mid', 13, 14),
  A('note11g', 'xiaomi', '2201117TG', 'budget', 11, 13, false),
  A('tecno', 'tecno', 'TECNO CK7n', 'mid', 13, 13),
  // iPhones: osRange is the iOS major
  I('ip16', 'flagship', 18, 26),
  I('ip15', 'flagship', 17, 26),
  I('ip14', 'mid', 16, 26),
  I('ip13', 'mid', 16, 26),
  I('ip12', 'budget', 15, 18),
  I('ip11', 'old', 15, 18, false),
  I('ipxr', 'old', 15, 17, false),
];

const byKey = new Map(MODELS.map((m) => [m.key, m]));
export const model = (key: string): Model => {
  const m = byKey.get(key);
  if (!m) throw new Error(`no model ${key}`);
  return m;
};

/** Who carries what: relative shares of model keys per kind of voter. */
export type Mix = 'courier' | 'urban' | 'merchant' | 'elder' | 'rural' | 'student' | 'worker' | 'foreign';

const MIX: Record<Mix, Record<string, number>> = {
  courier: { note12pro: 8, note14: 7, redmi13r: 6, note11pro: 5, note13pro: 4, y78: 6, y33s: 5, y32: 3, iqooneo9: 2, a2: 6, a96: 4, x50: 6, play8t: 5, x40: 4, enjoy60: 5, enjoy70: 5, nova12: 3, ip13: 4, ip12: 4, ip11: 3, gtneo5: 2, k70: 2, note9: 2, a32: 1 },
  urban: { ip16: 14, ip15: 12, ip14: 8, ip13: 7, ip12: 3, mate60pro: 6, mate60: 4, p60: 3, nova12: 3, mi14: 4, mi15: 2, mi13: 2, x100: 4, x90: 2, s18: 2, findx7: 2, reno11: 3, op12: 2, magic6: 2, honor100: 2, s24u: 1, k70: 2, note13pro: 2, x50: 1, a2: 1 },
  merchant: { ip16: 9, ip15: 9, ip14: 6, ip13: 5, mate60pro: 6, mate60: 5, p60: 3, nova12: 3, x100: 3, s18: 3, y78: 2, reno11: 3, findx7: 2, a2: 2, mi14: 3, k70: 2, note13pro: 2, magic6: 2, x50: 2, s24u: 1, a54: 1 },
  elder: { enjoy9p: 5, enjoy10p: 6, nova3e: 3, mate40pro: 3, enjoy60: 4, a5: 5, a32: 5, y93: 5, y3: 5, y32: 3, x30i: 4, note9: 4, note11pro: 3, ip11: 3, ipxr: 3, ip12: 2, play8t: 2 },
  rural: { note12pro: 5, note11pro: 5, note9: 3, y33s: 5, y32: 4, y3: 3, a96: 4, a32: 3, a5: 2, play8t: 4, x40: 3, x30i: 3, enjoy60: 4, enjoy70: 3, enjoy10p: 3, ip11: 3, ip12: 2, ip13: 2, x50: 3, y78: 3 },
  student: { ip16: 8, ip15: 9, ip14: 7, ip13: 6, k70: 5, note13pro: 4, iqooneo9: 5, op12: 3, ace3v: 3, gtneo5: 3, honor100: 3, nova12: 4, mi14: 3, x50: 2 },
  worker: { note12pro: 6, note14: 5, redmi13r: 5, note11pro: 5, y78: 5, y33s: 5, y32: 4, a2: 5, a96: 4, x50: 5, play8t: 4, x40: 3, enjoy60: 4, enjoy70: 4, ip12: 3, ip11: 3, note9: 3, a32: 2 },
  foreign: { ip16: 8, ip15: 8, ip14: 5, ip13: 4, s23g: 6, a34g: 6, note11g: 5, tecno: 4, mi14: 2, mate60: 1, a54: 1 },
};

const mixTables = new Map<Mix, { keys: string[]; weights: number[] }>();
function mixTable(mix: Mix): { keys: string[]; weights: number[] } {
  let t = mixTables.get(mix);
  if (!t) {
    const entries = Object.entries(MIX[mix]);
    mixTables.set(mix, (t = { keys: entries.map((e) => e[0]), weights: entries.map((e) => e[1]) }));
  }
  return t;
}

/** WeChat's current minor version (8.0.x) in a month of 2025: about one minor a month. */
export function currentMinor(month: number): number {
  return 56 + Math.floor(month / 1.5);
}

const AND_HEX = ['33', '35', '37', '39', '3B', '3D'];
const IOS_HEX = ['2c', '2f', '31', '33', '29', '2a'];

function androidBuild(m: Model, api: number, rng: Rng): string {
  switch (m.brand) {
    case 'huawei':
      return `HUAWEI${m.code}`;
    case 'honor':
      return `HONOR${m.code}`;
    case 'xiaomi':
      return ({ 8: 'OPM1.171019.026', 9: 'PKQ1.190118.001', 10: 'QKQ1.191222.002', 11: 'RKQ1.200826.002', 12: 'SKQ1.211006.001', 13: 'TKQ1.221114.001', 14: 'UKQ1.231003.002', 15: 'AQ3A.240912.001' } as Record<number, string>)[api];
    case 'vivo':
    case 'samsung':
      return ({ 8: 'OPM1.171019.011', 9: 'PKQ1.180819.001', 10: 'QP1A.190711.020', 11: 'RP1A.200720.012', 12: 'SP1A.210812.003', 13: 'TP1A.220624.014', 14: 'UP1A.231005.007', 15: 'AP3A.240905.015.A2' } as Record<number, string>)[api];
    case 'tecno':
      return 'TP1A.220624.014';
    default:
      return rng.chance(0.5)
        ? ({ 8: 'OPM1.171019.026', 9: 'PPR1.180610.011', 10: 'QKQ1.191222.002', 11: 'RKQ1.201217.002', 12: 'SP1A.210812.016', 13: 'TP1A.220905.001', 14: 'UKQ1.230924.001', 15: 'AP3A.240617.008' } as Record<number, string>)[api]
        : ({ 8: 'OPM1.171019.026', 9: 'PPR1.180610.011', 10: 'QKQ1.191222.002', 11: 'RKQ1.201217.002', 12: 'SP1A.210812.016', 13: 'TP1A.220905.001', 14: 'UP1A.231005.007', 15: 'AP3A.240617.008' } as Record<number, string>)[api];
  }
}

function androidVersion(api: number): string {
  return String(api);
}

function xweb(minor: number): { xweb: string; chrome: string; sdk: string } {
  if (minor <= 44) return { xweb: '1220099', chrome: '122.0.6261.120', sdk: '20231202' };
  if (minor <= 51) return { xweb: '1260117', chrome: '126.0.6478.188', sdk: '20240404' };
  if (minor <= 55) return { xweb: '1300473', chrome: '130.0.6723.103', sdk: '20241103' };
  if (minor <= 59) return { xweb: '1340129', chrome: '134.0.6998.136', sdk: '20250301' };
  return { xweb: '1380283', chrome: '138.0.7204.180', sdk: '20250704' };
}

function iosVersion(major: number, month: number, rng: Rng): string {
  const minors: Record<number, string[]> = {
    15: ['15_7_9', '15_8', '15_8_3'],
    16: ['16_6_1', '16_7_8', '16_7_10', '16_7_11'],
    17: ['17_4_1', '17_5_1', '17_6_1', '17_7'],
    18: ['18_1_1', '18_3_2', '18_5', '18_6', '18_6_2'],
    26: month >= 10 ? ['26_0_1', '26_1', '26_1'] : ['26_0', '26_0_1'],
  };
  return rng.pick(minors[major] ?? minors[18]);
}

/** One WeChat install on one phone. */
export interface Device {
  model: Model;
  /** The UA up to `NetType/`. */
  head: string;
  tail: string;
  minor: number;
  cache: Map<string, string>;
}

export type NetType = 'WIFI' | '4G' | '5G';

export function userAgent(d: Device, net: NetType, lang = 'zh_CN'): string {
  const key = `${net}|${lang}`;
  let ua = d.cache.get(key);
  if (ua === undefined) d.cache.set(key, (ua = `${d.head}NetType/${net} Language/${lang}${d.tail}`));
  return ua;
}

export interface DeviceOptions {
  /** How many WeChat minors behind the current one the owner typically is (mean). */
  lag?: number;
  /** Ballot month (0 = January 2025) for the current WeChat build. */
  month: number;
  /** A fixed MMWEBID (a cloned profile); otherwise a fresh install id. */
  webId?: number;
  /** Force the newest OS the model runs (an issued, managed phone). */
  newestOs?: boolean;
  /** Force a WeChat minor (a managed build). */
  minor?: number;
}

/** A phone of `m`, with an OS, a WeChat build and a per-install id drawn for its owner. */
export function deviceOf(rng: Rng, m: Model, o: DeviceOptions): Device {
  const lagMean = o.lag ?? (m.tier === 'old' ? 6 : m.tier === 'budget' ? 2.5 : 1.2);
  const cur = currentMinor(o.month);
  const minor = o.minor ?? Math.max(30, cur - Math.min(22, Math.floor(rng.exponential(lagMean))));
  const [lo, hi] = m.osRange;
  if (m.os === 'ios') {
    const majors = [15, 16, 17, 18, 26].filter((v) => v >= lo && v <= hi && (v < 26 || o.month >= 8));
    const major = o.newestOs ? majors[majors.length - 1] : majors[Math.min(majors.length - 1, Math.max(0, majors.length - 1 - Math.floor(rng.exponential(m.tier === 'old' ? 1.2 : 0.6))))];
    const hex = `0x1800${minor.toString(16)}${IOS_HEX[minor % IOS_HEX.length]}`;
    return {
      model: m,
      head: `Mozilla/5.0 (iPhone; CPU iPhone OS ${iosVersion(major, o.month, rng)} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/8.0.${minor}(${hex}) `,
      tail: '',
      minor,
      cache: new Map(),
    };
  }
  const api = o.newestOs ? hi : Math.max(lo, hi - Math.floor(rng.exponential(m.tier === 'old' ? 1.5 : 0.7)));
  const build = androidBuild(m, api, rng);
  const x = xweb(minor);
  const webId = o.webId ?? rng.int(1, 9999);
  const wxBuild = 2560 + (minor - 47) * 20 + (minor % 3);
  const hex = `0x2800${minor.toString(16).toUpperCase()}${AND_HEX[minor % AND_HEX.length]}`;
  return {
    model: m,
    head:
      `Mozilla/5.0 (Linux; Android ${androidVersion(api)}; ${m.code} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ` +
      `Chrome/${x.chrome} Mobile Safari/537.36 XWEB/${x.xweb} MMWEBSDK/${x.sdk} MMWEBID/${webId} MicroMessenger/8.0.${minor}.${wxBuild}(${hex}) WeChat/arm64 Weixin `,
    tail: ' ABI/arm64',
    minor,
    cache: new Map(),
  };
}

/** A phone its owner would plausibly carry, for a kind of voter. */
export function drawDevice(rng: Rng, mix: Mix, o: DeviceOptions): Device {
  const t = mixTable(mix);
  return deviceOf(rng, model(t.keys[rng.weightedIndex(t.weights)]), o);
}

/** NetType of a vote on mobile data: 5G phones are on 5G most of the time in Zhejiang's cities. */
export function mobileNet(rng: Rng, d: Device): NetType {
  return d.model.fiveG && rng.chance(0.68) ? '5G' : '4G';
}
