/**
 * Address plans of the three carriers in the provinces this set's voters live in. Prefixes are
 * plausible rather than exact: what matters is that a city's 4G users share a few carrier /16s
 * behind CGNAT, broadband homes sit in other /16s, and IPv6 comes from each carrier's own space.
 */
export type Carrier = 'mobile' | 'telecom' | 'unicom';
export const CARRIERS: readonly Carrier[] = ['mobile', 'telecom', 'unicom'];

export interface CarrierRanges {
  /** /16s of the carrier's 4G/5G CGNAT egress in the province. */
  mobile4: readonly string[];
  /** /16s of its home and business broadband. */
  fixed4: readonly string[];
  /** First two groups of its mobile and broadband IPv6 prefixes in the province. */
  mobile6: string;
  fixed6: string;
}

export interface Province {
  name: string;
  /** Subscriber shares of China Mobile, China Telecom, China Unicom. */
  shares: readonly [number, number, number];
  ranges: Record<Carrier, CarrierRanges>;
}

function province(name: string, shares: Province['shares'], m: CarrierRanges, t: CarrierRanges, u: CarrierRanges): Province {
  return { name, shares, ranges: { mobile: m, telecom: t, unicom: u } };
}

const r = (mobile4: string[], fixed4: string[], mobile6: string, fixed6: string): CarrierRanges => ({ mobile4, fixed4, mobile6, fixed6 });

// China Mobile dominates rural Guizhou; Telecom holds most business lines (government offices).
export const GUIZHOU = province(
  '贵州',
  [0.6, 0.27, 0.13],
  r(['111.121', '117.187', '117.188', '223.104'], ['117.189', '39.130'], '2409:8962', '2409:8a62'),
  r(['220.197', '106.61'], ['58.16', '58.42', '222.85', '61.189'], '240e:47c', '240e:35f'),
  r(['221.13', '58.17'], ['221.14', '119.0'], '2408:8470', '2408:826a'),
);

export const GUANGDONG = province(
  '广东',
  [0.52, 0.32, 0.16],
  r(['120.229', '183.232', '223.104'], ['120.231', '183.236'], '2409:8955', '2409:8a55'),
  r(['14.17', '113.96'], ['113.116', '14.145', '183.37', '116.22'], '240e:468', '240e:3b4'),
  r(['112.96', '58.251'], ['112.94', '221.4'], '2408:8456', '2408:8256'),
);

export const ZHEJIANG = province(
  '浙江',
  [0.5, 0.34, 0.16],
  r(['112.17', '223.104'], ['112.10', '36.24'], '2409:8928', '2409:8a28'),
  r(['115.196', '36.17'], ['115.192', '125.119', '60.186'], '240e:46b', '240e:390'),
  r(['60.12', '101.71'], ['60.13', '124.160'], '2408:8440', '2408:8240'),
);

export const FUJIAN = province(
  '福建',
  [0.5, 0.36, 0.14],
  r(['112.47', '120.36'], ['112.49', '120.41'], '2409:8934', '2409:8a34'),
  r(['117.25', '27.151'], ['117.30', '110.85', '27.154'], '240e:47a', '240e:379'),
  r(['58.22', '110.84'], ['58.23', '110.87'], '2408:8462', '2408:8262'),
);

export const SICHUAN = province(
  '四川',
  [0.55, 0.3, 0.15],
  r(['223.85', '117.176'], ['117.172', '183.221'], '2409:893c', '2409:8a3c'),
  r(['171.88', '182.150'], ['171.213', '125.71', '118.113'], '240e:45c', '240e:398'),
  r(['110.185', '118.116'], ['221.237', '119.4'], '2408:8432', '2408:8232'),
);

export const CHONGQING = province(
  '重庆',
  [0.55, 0.3, 0.15],
  r(['223.104', '117.174'], ['117.59', '183.230'], '2409:8960', '2409:8a60'),
  r(['113.204', '14.108'], ['113.250', '222.178', '171.221'], '240e:458', '240e:398'),
  r(['113.205', '58.17'], ['113.207', '221.5'], '2408:8472', '2408:8272'),
);

export const YUNNAN = province(
  '云南',
  [0.6, 0.26, 0.14],
  r(['183.224', '117.136'], ['183.225', '39.129'], '2409:8961', '2409:8a61'),
  r(['116.52', '182.242'], ['116.54', '222.172', '112.112'], '240e:47d', '240e:35e'),
  r(['14.204', '58.19'], ['14.205', '221.213'], '2408:8471', '2408:8271'),
);

export const HUNAN = province(
  '湖南',
  [0.55, 0.3, 0.15],
  r(['223.104', '120.227'], ['120.228', '39.149'], '2409:894c', '2409:8a4c'),
  r(['175.8', '113.246'], ['175.0', '222.240', '113.218'], '240e:45a', '240e:382'),
  r(['110.53', '58.20'], ['110.52', '220.202'], '2408:8452', '2408:8252'),
);

export const JIANGSU = province(
  '江苏',
  [0.5, 0.34, 0.16],
  r(['112.2', '223.104'], ['112.80', '39.144'], '2409:8920', '2409:8a20'),
  r(['49.77', '180.110'], ['49.74', '114.222', '121.229'], '240e:469', '240e:3b0'),
  r(['58.240', '153.3'], ['58.241', '221.224'], '2408:8410', '2408:8210'),
);

export const SHANGHAI = province(
  '上海',
  [0.45, 0.4, 0.15],
  r(['117.136', '223.104'], ['117.131', '183.194'], '2409:8900', '2409:8a00'),
  r(['101.80', '180.169'], ['101.86', '116.233', '180.152'], '240e:461', '240e:3a1'),
  r(['112.64', '58.247'], ['112.65', '140.206'], '2408:8406', '2408:8207'),
);

export const BEIJING = province(
  '北京',
  [0.45, 0.25, 0.3],
  r(['111.196', '223.104'], ['111.197', '39.155'], '2409:8902', '2409:8a02'),
  r(['106.120', '180.149'], ['106.39', '219.142', '60.247'], '240e:460', '240e:3a0'),
  r(['123.112', '114.242'], ['123.113', '61.48', '124.64'], '2408:8400', '2408:8200'),
);

export const HUBEI = province(
  '湖北',
  [0.55, 0.3, 0.15],
  r(['111.178', '223.104'], ['111.179', '117.151'], '2409:894a', '2409:8a4a'),
  r(['27.16', '116.211'], ['27.17', '119.96', '58.19'], '240e:459', '240e:383'),
  r(['113.57', '58.49'], ['113.58', '221.233'], '2408:8450', '2408:8250'),
);
