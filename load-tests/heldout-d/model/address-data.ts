/**
 * Address blocks the generator draws from: /16 prefixes per region and carrier, roughly where
 * those carriers' customers really sit. The point is not a geo-IP database but the structure a
 * crowd's addresses have: home lines spread over a city's broadband pools, phones squeezed through
 * a few carrier-grade NAT egresses, hosting and IDC blocks somewhere else entirely.
 */

export type Carrier = 'telecom' | 'unicom' | 'mobile';
export const CARRIERS: readonly Carrier[] = ['telecom', 'unicom', 'mobile'];

export interface ProvinceBlocks {
  province: string;
  /** People in voting for a Jiangxi ballot, relative (for nationwide crowds: migrant workers, kin). */
  reach: number;
  broadband: Record<Carrier, readonly string[]>;
}

/** Jiangxi's cities; the Ganjiang New Area sits on Nanchang's networks. */
export const JIANGXI_CITIES: readonly string[] = ['南昌市', '九江市', '赣州市', '上饶市', '宜春市', '吉安市', '抚州市', '景德镇市', '萍乡市', '新余市', '鹰潭市', '赣江新区'];

export const JIANGXI: ProvinceBlocks = {
  province: '江西',
  reach: 0,
  broadband: {
    telecom: ['59.52', '59.53', '59.54', '59.55', '59.62', '59.63', '117.40', '117.41', '117.42', '117.43', '117.44', '117.45', '182.84', '182.85', '182.86', '182.87', '218.64', '218.65', '218.87', '220.175', '220.176', '220.177', '220.178', '222.204', '222.205'],
    unicom: ['118.212', '118.213', '58.17', '113.194', '113.195', '116.253'],
    mobile: ['223.82', '223.83', '223.84', '39.164', '39.165', '117.169', '111.75'],
  },
};

export const OTHER_PROVINCES: readonly ProvinceBlocks[] = [
  { province: '广东', reach: 0.3, broadband: { telecom: ['113.65', '113.68', '113.89', '116.21', '119.123', '183.6', '14.145', '14.153'], unicom: ['112.90', '112.91', '120.229', '221.4'], mobile: ['120.230', '223.73', '183.232'] } },
  { province: '浙江', reach: 0.2, broadband: { telecom: ['115.192', '115.193', '115.196', '122.224', '183.128', '60.176', '125.118'], unicom: ['60.12', '101.68', '220.189'], mobile: ['112.10', '112.17', '39.170'] } },
  { province: '福建', reach: 0.12, broadband: { telecom: ['27.148', '27.150', '117.24', '117.25', '117.26', '117.28', '110.84', '120.35'], unicom: ['27.151', '36.248', '58.22'], mobile: ['112.5', '112.48', '120.41'] } },
  { province: '上海', reach: 0.1, broadband: { telecom: ['101.80', '101.81', '180.152', '180.155', '58.37', '116.224', '114.84'], unicom: ['112.64', '112.65', '140.207', '58.246'], mobile: ['117.135', '183.192', '112.0'] } },
  { province: '湖南', reach: 0.05, broadband: { telecom: ['175.0', '175.8', '222.240', '222.244', '113.240'], unicom: ['58.20', '110.52', '220.202'], mobile: ['223.144', '223.146', '120.227'] } },
  { province: '湖北', reach: 0.04, broadband: { telecom: ['27.16', '27.17', '59.172', '219.138', '58.49'], unicom: ['58.19', '113.57', '27.184'], mobile: ['111.172', '111.47', '223.104'] } },
  { province: '北京', reach: 0.04, broadband: { telecom: ['106.120', '114.244', '218.30', '106.39'], unicom: ['123.112', '123.113', '114.242', '61.148', '111.197'], mobile: ['111.192', '211.136', '221.179'] } },
  { province: '江苏', reach: 0.05, broadband: { telecom: ['180.102', '180.109', '114.221', '49.65', '58.208'], unicom: ['58.240', '221.6', '112.80'], mobile: ['112.2', '112.20', '120.195'] } },
  { province: '安徽', reach: 0.03, broadband: { telecom: ['114.96', '114.97', '60.166', '36.57'], unicom: ['58.242', '112.122'], mobile: ['112.26', '112.28', '120.209'] } },
  { province: '河南', reach: 0.03, broadband: { telecom: ['1.192', '1.193', '171.8', '182.118'], unicom: ['123.52', '123.160', '61.52', '115.48'], mobile: ['111.7', '117.158', '39.163'] } },
  { province: '四川', reach: 0.04, broadband: { telecom: ['171.208', '171.213', '182.139', '182.148', '125.70'], unicom: ['119.4', '119.5', '221.10', '101.206'], mobile: ['223.85', '223.86', '117.172', '183.221'] } },
];

/** Where phones' carrier-grade NATs egress: province pools are /24s carved from these. */
export const CELLULAR: Record<Carrier, readonly string[]> = {
  mobile: ['223.104', '223.105', '223.106', '117.136', '39.144', '111.55', '112.96'],
  unicom: ['112.97', '42.48', '42.49', '110.87', '101.88'],
  telecom: ['106.225', '106.226', '223.151', '117.179', '180.160'],
};

/** IPv6: home lines get a delegated prefix, phones a /64 per attach; first two groups by carrier. */
export const V6: Record<Carrier, { home: readonly string[]; cell: readonly string[] }> = {
  mobile: { home: ['2409:8a3c', '2409:8a38', '2409:8a1e'], cell: ['2409:893c', '2409:8938', '2409:891e', '2409:8934'] },
  unicom: { home: ['2408:8256', '2408:8262', '2408:824e'], cell: ['2408:8470', '2408:8471', '2408:8459'] },
  telecom: { home: ['240e:37a', '240e:379', '240e:3b6', '240e:390'], cell: ['240e:47b', '240e:46c', '240e:430'] },
};

/** Cloud and hosting /16s: virtual machines, and the IDCs cloud-phone providers rent racks in. */
export const HOSTING: Record<'aliyun' | 'tencent' | 'huawei' | 'idc', readonly string[]> = {
  aliyun: ['47.98', '47.99', '47.100', '47.101', '47.102', '47.103', '47.104', '47.106', '47.108', '47.110', '47.111', '47.112', '47.113', '47.114', '47.115', '47.116', '47.117', '47.118', '47.119', '47.120', '47.121', '47.122', '120.24', '120.25', '120.26', '120.27', '120.76', '120.77', '120.78', '120.79', '39.96', '39.97', '39.98', '39.99', '39.100', '39.101', '39.102', '39.103', '39.104', '39.105', '39.106', '39.107', '39.108', '8.130', '8.134', '8.136', '8.142'],
  tencent: ['1.116', '1.117', '101.33', '101.34', '101.35', '101.42', '101.43', '106.52', '106.53', '106.54', '106.55', '119.28', '119.29', '124.222', '124.223', '81.68', '81.69', '82.156', '82.157', '43.136', '43.138', '111.229', '111.230', '111.231', '118.25', '118.89', '118.126', '129.204', '129.211', '129.226', '150.158', '152.136', '162.14'],
  huawei: ['1.92', '1.93', '1.94', '1.95', '119.3', '121.36', '121.37', '124.70', '124.71', '139.9', '139.159', '116.205', '122.112', '123.60', '110.41', '114.115', '114.116', '120.46', '122.9', '124.243'],
  idc: ['115.231', '115.238', '183.131', '183.134', '122.228', '183.2', '14.18', '113.96', '58.218', '61.160', '222.186', '180.97', '42.81'],
};

/** Home broadband abroad, for kin and clan members overseas. */
export const ABROAD: Record<'MY' | 'SG' | 'US' | 'TW', readonly string[]> = {
  MY: ['175.136', '175.138', '60.48', '115.132', '14.192'],
  SG: ['116.14', '116.15', '118.200', '220.255', '183.90'],
  US: ['73.15', '73.92', '98.207', '24.6', '71.59'],
  TW: ['111.249', '36.224', '114.36', '1.163', '118.167'],
};
