/**
 * WeChat builds in use in late 2023 and the web cores they carry. On Android the in-app browser is
 * XWEB (a Chromium build) since 8.0.2x, the older TBS (X5) core before; the core updates on its
 * own schedule, so a phone may run a newer WeChat over an older core.
 */
export interface AndroidWeChat {
  version: string;
  hex: string;
  /** The web core part of the user agent, up to and including "Mobile Safari/537.36 …". */
  core: string;
  /** MMWEBSDK date, absent on TBS builds. */
  sdk?: string;
  share: number;
  /** Share among the elderly, who update less. */
  elderShare: number;
}

const xweb = (chrome: string, build: string): string => `Chrome/${chrome} Mobile Safari/537.36 XWEB/${build}`;
const tbs = (build: string): string => `Chrome/89.0.4389.72 MQQBrowser/6.2 TBS/${build} Mobile Safari/537.36`;

/** Newest first. */
export const ANDROID_WECHAT: readonly AndroidWeChat[] = [
  { version: '8.0.43.2480', hex: '0x28002B35', core: xweb('116.0.5845.184', '1160081'), sdk: '20231002', share: 0.2, elderShare: 0.06 },
  { version: '8.0.42.2460', hex: '0x28002A58', core: xweb('116.0.5845.114', '1160065'), sdk: '20230805', share: 0.24, elderShare: 0.1 },
  { version: '8.0.41.2441', hex: '0x28002951', core: xweb('111.0.5563.116', '5279'), sdk: '20230701', share: 0.14, elderShare: 0.1 },
  { version: '8.0.40.2420', hex: '0x28002837', core: xweb('111.0.5563.116', '5235'), sdk: '20230604', share: 0.1, elderShare: 0.1 },
  { version: '8.0.38.2400', hex: '0x28002639', core: xweb('107.0.5304.141', '5169'), sdk: '20230504', share: 0.07, elderShare: 0.09 },
  { version: '8.0.37.2380', hex: '0x2800253D', core: xweb('107.0.5304.141', '5127'), sdk: '20230405', share: 0.05, elderShare: 0.08 },
  { version: '8.0.35.2360', hex: '0x28002351', core: xweb('107.0.5304.141', '5061'), sdk: '20230303', share: 0.04, elderShare: 0.08 },
  { version: '8.0.33.2320', hex: '0x28002151', core: xweb('107.0.5304.141', '5023'), sdk: '20230202', share: 0.04, elderShare: 0.08 },
  { version: '8.0.30.2260', hex: '0x28001E3B', core: xweb('101.0.4951.74', '4317'), sdk: '20221012', share: 0.035, elderShare: 0.08 },
  { version: '8.0.28.2240', hex: '0x28001C35', core: xweb('98.0.4758.102', '3262'), sdk: '20220805', share: 0.025, elderShare: 0.07 },
  { version: '8.0.20.2100', hex: '0x28001438', core: tbs('046011'), share: 0.02, elderShare: 0.07 },
  { version: '8.0.16.2040', hex: '0x28001056', core: tbs('045913'), share: 0.015, elderShare: 0.05 },
  { version: '8.0.2.1860', hex: '0x2800023B', core: tbs('045738'), share: 0.01, elderShare: 0.04 },
];

export interface IosWeChat {
  version: string;
  hex: string;
  share: number;
  elderShare: number;
}

export const IOS_WECHAT: readonly IosWeChat[] = [
  { version: '8.0.43', hex: '0x18002b2c', share: 0.26, elderShare: 0.1 },
  { version: '8.0.42', hex: '0x18002a2f', share: 0.27, elderShare: 0.14 },
  { version: '8.0.41', hex: '0x18002930', share: 0.14, elderShare: 0.14 },
  { version: '8.0.40', hex: '0x18002831', share: 0.1, elderShare: 0.14 },
  { version: '8.0.38', hex: '0x1800262c', share: 0.07, elderShare: 0.12 },
  { version: '8.0.34', hex: '0x18002234', share: 0.06, elderShare: 0.12 },
  { version: '8.0.30', hex: '0x18001e31', share: 0.05, elderShare: 0.12 },
  { version: '8.0.20', hex: '0x18001442', share: 0.05, elderShare: 0.12 },
];

/** iOS versions as the user agent writes them, with their shares (iPhones update in waves). */
export const IOS_VERSIONS: ReadonlyArray<readonly [string, number]> = [
  ['17_1', 0.14],
  ['17_0_3', 0.08],
  ['17_0_2', 0.04],
  ['16_6', 0.18],
  ['16_6_1', 0.05],
  ['16_5', 0.06],
  ['16_3_1', 0.05],
  ['16_1_1', 0.03],
  ['15_7', 0.07],
  ['15_6_1', 0.03],
  ['15_4_1', 0.03],
  ['14_8', 0.03],
  ['14_4', 0.02],
  ['13_6', 0.02],
  ['12_5_7', 0.03],
  ['16_7_2', 0.05],
];

/** WeChat for Windows and for Mac: office staff voting from the desk. */
export const DESKTOP_UAS: readonly string[] = [
  'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x6309071d) XWEB/8447 Flue',
  'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090819) XWEB/8461 Flue',
  'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x6307062c)',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) MicroMessenger/6.8.0(0x16080000) MacWechat/3.8.4(0x13080410) Flue NetType/WIFI',
];
