/**
 * WeChat client versions in use in October–November 2025, with the hex build code each client puts
 * in brackets (0x28 Android, 0x18 iOS, 0xf310 HarmonyOS NEXT; then the minor version; then a build
 * byte that differs between gray-release builds of one version) and the MMWEBSDK date of its web
 * SDK. Shares are for the whole population; `age` orders them newest (0) to oldest.
 */

export interface WechatVersion {
  version: string;
  minor: number;
  buildBytes: readonly string[];
  sdk: string;
  share: number;
}

export const ANDROID_WECHAT: readonly WechatVersion[] = [
  { version: '8.0.65.2960', minor: 65, buildBytes: ['61', '58'], sdk: '20251001', share: 0.2 },
  { version: '8.0.64.2940', minor: 64, buildBytes: ['34', '3B'], sdk: '20250904', share: 0.22 },
  { version: '8.0.63.2920', minor: 63, buildBytes: ['3F', '2E'], sdk: '20250803', share: 0.11 },
  { version: '8.0.62.2900', minor: 62, buildBytes: ['A0', '8E'], sdk: '20250802', share: 0.09 },
  { version: '8.0.61.2880', minor: 61, buildBytes: ['39', '33'], sdk: '20250701', share: 0.07 },
  { version: '8.0.60.2860', minor: 60, buildBytes: ['3C', '35'], sdk: '20250602', share: 0.06 },
  { version: '8.0.58.2841', minor: 58, buildBytes: ['3C', '41'], sdk: '20250201', share: 0.06 },
  { version: '8.0.56.2800', minor: 56, buildBytes: ['37', '3A'], sdk: '20241202', share: 0.04 },
  { version: '8.0.54.2760', minor: 54, buildBytes: ['36', '33'], sdk: '20241003', share: 0.04 },
  { version: '8.0.51.2702', minor: 51, buildBytes: ['42'], sdk: '20240801', share: 0.03 },
  { version: '8.0.49.2600', minor: 49, buildBytes: ['3D'], sdk: '20240404', share: 0.03 },
  { version: '8.0.47.2560', minor: 47, buildBytes: ['2F'], sdk: '20231202', share: 0.02 },
  { version: '8.0.44.2502', minor: 44, buildBytes: ['35'], sdk: '20231002', share: 0.02 },
  { version: '8.0.42.2460', minor: 42, buildBytes: ['3B'], sdk: '20230805', share: 0.01 },
];

export const IOS_WECHAT: readonly WechatVersion[] = [
  { version: '8.0.64', minor: 64, buildBytes: ['28', '2b'], sdk: '', share: 0.24 },
  { version: '8.0.63', minor: 63, buildBytes: ['2b', '27'], sdk: '', share: 0.2 },
  { version: '8.0.62', minor: 62, buildBytes: ['2a', '26'], sdk: '', share: 0.14 },
  { version: '8.0.61', minor: 61, buildBytes: ['2c', '28'], sdk: '', share: 0.1 },
  { version: '8.0.60', minor: 60, buildBytes: ['2f'], sdk: '', share: 0.08 },
  { version: '8.0.58', minor: 58, buildBytes: ['2c'], sdk: '', share: 0.06 },
  { version: '8.0.56', minor: 56, buildBytes: ['31', '3b'], sdk: '', share: 0.05 },
  { version: '8.0.54', minor: 54, buildBytes: ['3a', '25', '31'], sdk: '', share: 0.04 },
  { version: '8.0.50', minor: 50, buildBytes: ['2f', '23'], sdk: '', share: 0.04 },
  { version: '8.0.49', minor: 49, buildBytes: ['23'], sdk: '', share: 0.03 },
  { version: '8.0.47', minor: 47, buildBytes: ['2a'], sdk: '', share: 0.02 },
];

export const HARMONY_WECHAT: readonly WechatVersion[] = [
  { version: '8.0.11.45', minor: 11, buildBytes: ['2d'], sdk: '202509100002', share: 0.3 },
  { version: '8.0.10.41', minor: 10, buildBytes: ['29'], sdk: '202508070004', share: 0.5 },
  { version: '8.0.9.39', minor: 9, buildBytes: ['27'], sdk: '202507040001', share: 0.2 },
];

/** The XWEB runtime (WeChat's own Chromium) updates apart from WeChat itself. */
export const XWEB: readonly { xweb: string; chrome: string; share: number }[] = [
  { xweb: '1380215', chrome: '138.0.7204.180', share: 0.34 },
  { xweb: '1380143', chrome: '138.0.7204.157', share: 0.14 },
  { xweb: '1340157', chrome: '134.0.6998.136', share: 0.16 },
  { xweb: '1340095', chrome: '134.0.6998.136', share: 0.06 },
  { xweb: '1300003', chrome: '130.0.6723.102', share: 0.08 },
  { xweb: '1260183', chrome: '126.0.6478.188', share: 0.06 },
  { xweb: '1160117', chrome: '116.0.0.0', share: 0.16 },
];

/**
 * iOS versions as the WeChat WebView reports them. iOS 26 froze the version in the user agent at
 * 18_6 (our assumption for its WebView too), which makes "18_6" the most shared string of all.
 */
export const IOS_VERSIONS: readonly { os: string; share: number; age: number }[] = [
  { os: '18_6', share: 0.24, age: 0 },
  { os: '18_6_2', share: 0.14, age: 0 },
  { os: '18_5', share: 0.09, age: 1 },
  { os: '18_3_2', share: 0.06, age: 1 },
  { os: '18_1_1', share: 0.04, age: 1 },
  { os: '17_6_1', share: 0.12, age: 2 },
  { os: '17_5_1', share: 0.04, age: 2 },
  { os: '17_4_1', share: 0.03, age: 2 },
  { os: '16_7_10', share: 0.08, age: 3 },
  { os: '16_6', share: 0.04, age: 3 },
  { os: '15_8_3', share: 0.07, age: 4 },
  { os: '15_8_4', share: 0.03, age: 4 },
  { os: '14_8', share: 0.02, age: 5 },
];
