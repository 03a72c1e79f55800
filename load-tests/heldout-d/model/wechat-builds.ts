/**
 * WeChat releases as they appear in the in-app browser's user agent, around mid-2024 (the ballots
 * open in May–July 2024). Android builds carry the XWEB kernel, its Chromium and the MMWEBSDK
 * date; iOS builds carry only the version and its hex code. `share` is how many installs still run
 * the release: people update late, and some never.
 */
export interface WechatRelease {
  version: string;
  androidBuild: string;
  androidCode: string;
  iosCode: string;
  sdk: string;
  xweb: string;
  chrome: string;
  share: number;
}

export const RELEASES: readonly WechatRelease[] = [
  { version: '8.0.50', androidBuild: '2701', androidCode: '0x28003237', iosCode: '0x18003229', sdk: '20240501', xweb: '1220133', chrome: '122.0.6261.120', share: 0.27 },
  { version: '8.0.49', androidBuild: '2600', androidCode: '0x2800313D', iosCode: '0x18003127', sdk: '20240404', xweb: '1220099', chrome: '122.0.6261.120', share: 0.22 },
  { version: '8.0.48', androidBuild: '2580', androidCode: '0x28003036', iosCode: '0x18003030', sdk: '20240301', xweb: '1160117', chrome: '116.0.5845.114', share: 0.14 },
  { version: '8.0.47', androidBuild: '2560', androidCode: '0x28002F30', iosCode: '0x18002f2c', sdk: '20231201', xweb: '1160083', chrome: '116.0.5845.114', share: 0.1 },
  { version: '8.0.44', androidBuild: '2502', androidCode: '0x28002C36', iosCode: '0x18002c2d', sdk: '20231002', xweb: '1110005', chrome: '111.0.5563.116', share: 0.08 },
  { version: '8.0.42', androidBuild: '2460', androidCode: '0x28002A35', iosCode: '0x18002a2f', sdk: '20230805', xweb: '5235', chrome: '111.0.5563.116', share: 0.07 },
  { version: '8.0.40', androidBuild: '2420', androidCode: '0x28002837', iosCode: '0x18002831', sdk: '20230701', xweb: '5127', chrome: '107.0.5304.141', share: 0.05 },
  { version: '8.0.37', androidBuild: '2380', androidCode: '0x2800253D', iosCode: '0x1800253a', sdk: '20230504', xweb: '5061', chrome: '107.0.5304.141', share: 0.035 },
  { version: '8.0.33', androidBuild: '2320', androidCode: '0x28002151', iosCode: '0x18002126', sdk: '20230101', xweb: '4435', chrome: '107.0.5304.141', share: 0.02 },
  { version: '8.0.30', androidBuild: '2260', androidCode: '0x28001E3B', iosCode: '0x18001e31', sdk: '20221206', xweb: '4317', chrome: '98.0.4758.102', share: 0.015 },
  { version: '8.0.25', androidBuild: '2200', androidCode: '0x2800193B', iosCode: '0x18001927', sdk: '20220604', xweb: '3263', chrome: '86.0.4240.99', share: 0.01 },
];

/** iOS versions in the wild, with rough shares; old phones stay on old versions. */
export const IOS_VERSIONS: readonly (readonly [string, number])[] = [
  ['17_5_1', 0.2],
  ['17_5', 0.09],
  ['17_4_1', 0.14],
  ['17_3_1', 0.07],
  ['17_2_1', 0.05],
  ['17_1_2', 0.05],
  ['17_0_3', 0.03],
  ['16_7_8', 0.06],
  ['16_6', 0.08],
  ['16_3_1', 0.03],
  ['15_8_2', 0.05],
  ['15_6_1', 0.04],
  ['14_8_1', 0.02],
  ['12_5_7', 0.01],
];

/** The desktop client's built-in browser, seen from office PCs. */
export const DESKTOP_UAS: readonly string[] = [
  'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090a13) XWEB/9129 Flue',
  'Mozilla/5.0 (Windows NT 10.0; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090b13) XWEB/11275 Flue',
  'Mozilla/5.0 (Windows NT 6.1; WOW64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/81.0.4044.138 Safari/537.36 NetType/WIFI MicroMessenger/7.0.20.1781(0x6700143B) WindowsWechat(0x63090819) XWEB/8519 Flue',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 10_15_7) AppleWebKit/605.1.15 (KHTML, like Gecko) MicroMessenger/6.8.0(0x16080000) MacWechat/3.8.7(0x13080712) Safari/605.1.15 NetType/WIFI',
];
