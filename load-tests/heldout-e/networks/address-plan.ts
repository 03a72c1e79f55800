/**
 * Where Jiangxi's traffic comes from, as /16 prefixes per kind of network. Our own plan, shaped like
 * China's: fixed broadband per carrier and city; cellular IPv4 leaving through a province-wide pool
 * of carrier-grade NAT /24s shared by everyone on that carrier; cellular and home IPv6 under each
 * carrier's /32s; other provinces for migrants and proxies; cloud providers for scripts.
 * Not an authoritative allocation table.
 */

export type Carrier = 'cmcc' | 'ct' | 'cu';

/** China Mobile ~58 % of phones, China Telecom ~24 %, China Unicom ~18 % in the province. */
export const CELL_CARRIER_SHARE: readonly [Carrier, number][] = [
  ['cmcc', 0.58],
  ['ct', 0.24],
  ['cu', 0.18],
];

/** Telecom dominates home broadband in Jiangxi; Mobile's cheap bundles are second. */
export const HOME_CARRIER_SHARE: readonly [Carrier, number][] = [
  ['ct', 0.52],
  ['cmcc', 0.36],
  ['cu', 0.12],
];

export const JX_BROADBAND_16: Record<Carrier, readonly string[]> = {
  ct: [
    '59.52', '59.53', '59.54', '59.55', '59.62', '59.63', '117.40', '117.41', '117.42', '117.43', '117.44', '117.45',
    '182.96', '182.97', '182.98', '182.99', '182.100', '182.101', '182.102', '182.103', '182.104', '182.105', '182.106',
    '182.107', '218.64', '218.65', '218.87', '220.175', '220.176', '220.177', '106.5', '106.6', '111.72', '111.73', '111.74', '111.75',
  ],
  cmcc: ['223.82', '223.83', '223.84', '117.168', '117.169', '117.170', '39.162', '39.163'],
  cu: ['118.212', '118.213', '118.239', '58.17', '110.80', '110.81', '36.32', '36.33'],
};

export interface Block24s {
  prefix16: string;
  third: readonly [number, number];
}

/** Cellular CGNAT egress of the province, per carrier. */
export const JX_CELL_V4: Record<Carrier, readonly Block24s[]> = {
  cmcc: [
    { prefix16: '117.136', third: [48, 79] },
    { prefix16: '223.104', third: [176, 191] },
    { prefix16: '39.144', third: [64, 79] },
  ],
  ct: [
    { prefix16: '106.227', third: [0, 63] },
    { prefix16: '223.148', third: [128, 143] },
  ],
  cu: [
    { prefix16: '112.96', third: [96, 111] },
    { prefix16: '221.13', third: [0, 31] },
  ],
};

/** The first two groups of the carriers' IPv6 space for phones and for home gateways. */
export const JX_CELL_V6: Record<Carrier, readonly string[]> = {
  cmcc: ['2409:8962', '2409:895a', '2409:8963'],
  ct: ['240e:46b', '240e:478'],
  cu: ['2408:8470', '2408:8471'],
};
export const JX_HOME_V6: Record<Carrier, readonly string[]> = {
  cmcc: ['2409:8a5c', '2409:8a5d'],
  ct: ['240e:3b3', '240e:3b4', '240e:3b5'],
  cu: ['2408:824e'],
};

/** Phones elsewhere in China leave under other /32s of the same carriers. */
export const ELSEWHERE_CELL_V6: Record<Carrier, readonly string[]> = {
  cmcc: ['2409:8a1e', '2409:8c54', '2409:8934'],
  ct: ['240e:398', '240e:430'],
  cu: ['2408:8256', '2408:8207'],
};

/** Other provinces, for people away from home and for proxies that sell "real Chinese IPs". */
export interface Province {
  name: string;
  weight: number;
  broadband: readonly string[];
  cellular: readonly Block24s[];
}

export const ELSEWHERE: readonly Province[] = [
  { name: '广东', weight: 0.3, broadband: ['113.87', '113.116', '14.145', '183.37', '119.129', '116.22'], cellular: [{ prefix16: '120.229', third: [0, 255] }, { prefix16: '223.104', third: [64, 79] }] },
  { name: '浙江', weight: 0.18, broadband: ['115.192', '115.196', '122.224', '183.128'], cellular: [{ prefix16: '112.17', third: [0, 63] }, { prefix16: '223.104', third: [224, 239] }] },
  { name: '福建', weight: 0.1, broadband: ['27.148', '110.84', '117.24'], cellular: [{ prefix16: '112.48', third: [0, 31] }] },
  { name: '上海', weight: 0.08, broadband: ['101.80', '116.224', '180.155'], cellular: [{ prefix16: '117.136', third: [0, 15] }] },
  { name: '湖南', weight: 0.08, broadband: ['175.0', '113.246', '222.240'], cellular: [{ prefix16: '223.104', third: [112, 127] }] },
  { name: '江苏', weight: 0.08, broadband: ['114.222', '49.65', '58.212'], cellular: [{ prefix16: '223.104', third: [0, 7] }] },
  { name: '湖北', weight: 0.06, broadband: ['171.43', '27.17'], cellular: [{ prefix16: '223.104', third: [40, 47] }] },
  { name: '河南', weight: 0.06, broadband: ['171.8', '1.192'], cellular: [{ prefix16: '223.104', third: [48, 55] }] },
  { name: '北京', weight: 0.03, broadband: ['123.112', '114.242'], cellular: [{ prefix16: '111.192', third: [0, 15] }] },
  { name: '四川', weight: 0.03, broadband: ['171.88', '182.148'], cellular: [{ prefix16: '223.104', third: [8, 15] }] },
];

/** Cloud and hosting providers' ranges that scripts run from. */
export const CLOUD_16: Record<string, readonly string[]> = {
  aliyun: ['47.96', '47.98', '47.99', '47.100', '47.110', '47.113', '47.114', '47.116', '47.120', '8.130', '8.134', '8.136', '39.100', '39.101', '39.105', '39.108', '112.124', '120.24', '120.25', '120.27', '121.40', '121.41', '121.43'],
  tencent: ['119.29', '119.45', '123.206', '129.204', '129.211', '132.232', '134.175', '42.192', '42.193', '43.138', '43.139', '49.232', '49.234', '106.52', '106.53', '106.55', '111.229', '111.231', '150.158', '175.24', '175.178', '1.12', '1.14', '81.68', '101.34', '101.42'],
  huawei: ['121.36', '121.37', '124.70', '124.71', '139.9', '139.159', '114.115', '116.63', '119.3', '119.8', '122.112', '123.60'],
  baidu: ['106.12', '106.13', '180.76', '182.61'],
};
