import type { Rng } from './prng';

/**
 * Realistic WeChat in-app browser user agents. A device fixes everything but the network type,
 * which WeChat reports per request (NetType/WIFI|4G|5G), so one phone shows 2–3 UA strings.
 */
const IOS = ['17_5_1', '17_4_1', '17_6_1', '16_6', '17_3_1', '16_7_8', '15_8_2', '18_0', '16_5_1', '17_2'];
const IOS_W = [14, 10, 9, 6, 6, 4, 2, 5, 3, 3];
const WX_IOS = ['8.0.50(0x1800323c)', '8.0.49(0x18003137)', '8.0.48(0x18003030)', '8.0.47(0x18002f2c)', '8.0.44(0x18002c2f)', '8.0.42(0x18002a2f)'];
const WX_IOS_W = [10, 12, 8, 5, 3, 2];
const ANDROID_MODELS = [
  'V2217A', 'PGJM10', 'M2012K11AC', 'ALN-AL00', '22081212C', 'SM-S9080', 'PJD110', 'V2309A', 'NOH-AN00', 'RMX3706',
  '2211133C', 'JAD-AL50', 'PHB110', 'V2254A', 'CPH2451', 'LIO-AN00', '23049RAD8C', 'MGA-AL00', 'PGT-AN10', 'ANY-AN00',
  'V2199A', 'PFZM10', '23013RK75C', 'BRA-AL00', 'CTR-AL00', 'RMX3562', 'V2302A', 'PHU110', 'SM-S9160', 'M2102J2SC',
];
const ANDROID_VER: Array<[string, string]> = [
  ['14', 'UP1A.231005.007'], ['13', 'TP1A.220624.014'], ['12', 'SKQ1.220303.001'], ['10', 'HUAWEIALN-AL00'], ['11', 'RKQ1.200826.002'],
];
const ANDROID_VER_W = [8, 12, 7, 4, 3];
const WX_ANDROID = ['8.0.49.2600(0x28003133)', '8.0.50.2701(0x28003237)', '8.0.48.2580(0x28003036)', '8.0.47.2560(0x28002F35)', '8.0.43.2480(0x28002B3B)'];
const WX_ANDROID_W = [12, 9, 7, 4, 2];
const CHROME = ['116.0.5845.114', '122.0.6261.120', '111.0.5563.116', '118.0.0.0'];
const XWEB = ['1160117', '1220133', '1110005', '1180003'];

export interface Device {
  /** UA with `{net}` where WeChat writes the network type. */
  template: string;
}

export interface DeviceChoice {
  ios?: boolean;
  model?: string;
  wx?: string;
  osIndex?: number;
}

/** A phone as organic voters carry them; `fixed` pins choices (a click farm's bulk-bought phones). */
export function makeDevice(rng: Rng, fixed: DeviceChoice = {}): Device {
  const ios = fixed.ios ?? rng.chance(0.42);
  if (ios) {
    const v = IOS[fixed.osIndex ?? rng.weighted(IOS_W)];
    const wx = fixed.wx ?? WX_IOS[rng.weighted(WX_IOS_W)];
    return {
      template: `Mozilla/5.0 (iPhone; CPU iPhone OS ${v} like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Mobile/15E148 MicroMessenger/${wx} NetType/{net} Language/zh_CN`,
    };
  }
  const [av, build] = ANDROID_VER[fixed.osIndex ?? rng.weighted(ANDROID_VER_W)];
  const model = fixed.model ?? rng.pick(ANDROID_MODELS);
  const wx = fixed.wx ?? WX_ANDROID[rng.weighted(WX_ANDROID_W)];
  const ci = fixed.model ? 0 : rng.int(0, CHROME.length - 1);
  return {
    template:
      `Mozilla/5.0 (Linux; Android ${av}; ${model} Build/${build}; wv) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 ` +
      `Chrome/${CHROME[ci]} Mobile Safari/537.36 XWEB/${XWEB[ci]} MMWEBSDK/20240404 MMWEBID/${rng.int(100, 9999)} ` +
      `MicroMessenger/${wx} WeChat/arm64 Weixin NetType/{net} Language/zh_CN ABI/arm64`,
  };
}

/** A bulk phone model for click farms: one family, one WeChat version. */
export function bulkModel(rng: Rng): DeviceChoice {
  const ios = rng.chance(0.3);
  return ios
    ? { ios, osIndex: rng.int(0, IOS.length - 1), wx: rng.pick(WX_IOS) }
    : { ios, model: rng.pick(ANDROID_MODELS), osIndex: rng.int(0, ANDROID_VER.length - 1), wx: rng.pick(WX_ANDROID) };
}

export function uaOf(device: Device, net: string): string {
  return device.template.replace('{net}', net);
}

/** What scripts send: HTTP libraries, headless browsers, desktop browsers. */
export const SCRIPT_USER_AGENTS = [
  'python-requests/2.31.0',
  'okhttp/4.9.3',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) HeadlessChrome/120.0.0.0 Safari/537.36',
  'Go-http-client/1.1',
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/121.0.0.0 Safari/537.36',
  'Apache-HttpClient/4.5.14 (Java/17.0.8)',
];

/** Mobile browser UAs without WeChat, as rotated by proxy tools. */
export const MOBILE_BROWSER_USER_AGENTS = [
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_4 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.4 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 13; SM-S9080) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.6099.144 Mobile Safari/537.36',
  'Mozilla/5.0 (Linux; Android 12; M2012K11AC) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/119.0.6045.163 Mobile Safari/537.36',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 16_6 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/16.6 Mobile/15E148 Safari/604.1',
  'Mozilla/5.0 (Linux; Android 14; PJD110) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/122.0.6261.64 Mobile Safari/537.36 HeyTapBrowser/40.8',
];
