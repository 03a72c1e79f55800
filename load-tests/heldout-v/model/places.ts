/**
 * Where set V's voters are: Zhejiang's eleven cities (with the districts a courier's route lies in),
 * the provinces most of the province's couriers come from, and the address blocks behind each.
 * The /16 blocks are written from memory to look like each carrier's provincial ranges; they need
 * to be plausible and stable, not registry-exact.
 */

export type Carrier = 'mobile' | 'telecom' | 'unicom';
export const CARRIERS: readonly Carrier[] = ['mobile', 'telecom', 'unicom'];

export type CityId = 'hangzhou' | 'ningbo' | 'wenzhou' | 'jiaxing' | 'huzhou' | 'shaoxing' | 'jinhua' | 'quzhou' | 'zhoushan' | 'taizhou' | 'lishui';

export interface City {
  id: CityId;
  name: string;
  districts: readonly string[];
  /** Relative parcel volume and population: how many candidates and voters a city brings. */
  weight: number;
  blocks: Record<Carrier, readonly string[]>;
}

export const CITIES: readonly City[] = [
  {
    id: 'hangzhou',
    name: '杭州',
    districts: ['上城区', '拱墅区', '西湖区', '滨江区', '萧山区', '余杭区', '临平区', '钱塘区', '富阳区', '临安区', '桐庐县', '淳安县', '建德市'],
    weight: 3.2,
    blocks: { mobile: ['112.17', '39.174', '183.246', '223.93', '36.27'], telecom: ['115.236', '115.238', '183.157', '60.191', '122.224', '125.118'], unicom: ['124.160', '101.71', '60.12'] },
  },
  {
    id: 'ningbo',
    name: '宁波',
    districts: ['海曙区', '江北区', '鄞州区', '北仑区', '镇海区', '奉化区', '余姚市', '慈溪市', '宁海县', '象山县'],
    weight: 2.1,
    blocks: { mobile: ['112.16', '39.175', '223.94', '36.22'], telecom: ['122.227', '60.190', '115.239', '183.136', '125.120'], unicom: ['124.90', '101.68', '221.12'] },
  },
  {
    id: 'wenzhou',
    name: '温州',
    districts: ['鹿城区', '龙湾区', '瓯海区', '洞头区', '瑞安市', '乐清市', '龙港市', '永嘉县', '平阳县', '苍南县'],
    weight: 2.0,
    blocks: { mobile: ['112.13', '39.178', '223.95', '36.23'], telecom: ['115.221', '60.181', '183.134', '122.228'], unicom: ['60.13', '101.67'] },
  },
  {
    id: 'jiaxing',
    name: '嘉兴',
    districts: ['南湖区', '秀洲区', '嘉善县', '海盐县', '海宁市', '平湖市', '桐乡市'],
    weight: 1.1,
    blocks: { mobile: ['112.11', '39.180', '36.24'], telecom: ['115.220', '60.183', '183.133'], unicom: ['60.14', '101.65'] },
  },
  {
    id: 'huzhou',
    name: '湖州',
    districts: ['吴兴区', '南浔区', '德清县', '长兴县', '安吉县'],
    weight: 0.8,
    blocks: { mobile: ['112.10', '39.181', '36.25'], telecom: ['115.219', '60.184', '122.226'], unicom: ['60.15'] },
  },
  {
    id: 'shaoxing',
    name: '绍兴',
    districts: ['越城区', '柯桥区', '上虞区', '诸暨市', '嵊州市', '新昌县'],
    weight: 1.1,
    blocks: { mobile: ['112.12', '39.176', '36.26'], telecom: ['115.218', '60.185', '183.135'], unicom: ['60.16', '101.64'] },
  },
  {
    id: 'jinhua',
    name: '金华',
    districts: ['婺城区', '金东区', '义乌市', '东阳市', '永康市', '兰溪市', '浦江县', '武义县', '磐安县'],
    weight: 1.8,
    blocks: { mobile: ['112.14', '39.177', '223.92', '36.20'], telecom: ['115.216', '60.186', '183.131', '122.229'], unicom: ['60.17', '101.70'] },
  },
  {
    id: 'quzhou',
    name: '衢州',
    districts: ['柯城区', '衢江区', '江山市', '龙游县', '常山县', '开化县'],
    weight: 0.5,
    blocks: { mobile: ['112.15', '39.179'], telecom: ['115.217', '60.187'], unicom: ['60.18'] },
  },
  {
    id: 'zhoushan',
    name: '舟山',
    districts: ['定海区', '普陀区', '岱山县', '嵊泗县'],
    weight: 0.4,
    blocks: { mobile: ['112.9', '39.182'], telecom: ['115.214', '60.188'], unicom: ['60.19'] },
  },
  {
    id: 'taizhou',
    name: '台州',
    districts: ['椒江区', '黄岩区', '路桥区', '临海市', '温岭市', '玉环市', '天台县', '仙居县', '三门县'],
    weight: 1.3,
    blocks: { mobile: ['112.8', '39.183', '36.21'], telecom: ['115.215', '60.189', '183.132'], unicom: ['60.20', '101.63'] },
  },
  {
    id: 'lishui',
    name: '丽水',
    districts: ['莲都区', '龙泉市', '青田县', '缙云县', '遂昌县', '松阳县', '云和县', '庆元县', '景宁畲族自治县'],
    weight: 0.5,
    blocks: { mobile: ['112.7', '39.184'], telecom: ['115.213', '60.180'], unicom: ['60.21'] },
  },
];

export const cityById = (id: CityId): City => {
  const c = CITIES.find((x) => x.id === id);
  if (!c) throw new Error(`no city ${id}`);
  return c;
};

export type ProvinceId =
  | 'anhui'
  | 'henan'
  | 'jiangxi'
  | 'sichuan'
  | 'guizhou'
  | 'hunan'
  | 'hubei'
  | 'jiangsu'
  | 'shanghai'
  | 'guangdong'
  | 'shandong'
  | 'chongqing'
  | 'yunnan'
  | 'gansu'
  | 'fujian'
  | 'hebei'
  | 'guangxi';

export interface Province {
  id: ProvinceId;
  name: string;
  /** How many Zhejiang couriers come from here (relative), and how many strangers a forward reaches here. */
  migrants: number;
  reach: number;
  /** Counties and villages a courier's hometown may be. */
  counties: readonly string[];
  blocks: Record<Carrier, readonly string[]>;
}

export const PROVINCES: readonly Province[] = [
  { id: 'anhui', name: '安徽', migrants: 5, reach: 1.2, counties: ['阜阳临泉', '阜阳太和', '六安霍邱', '安庆怀宁', '亳州利辛', '宿州萧县'], blocks: { mobile: ['112.26', '36.57', '120.209'], telecom: ['60.166', '114.97', '220.178'], unicom: ['112.122', '60.172'] } },
  { id: 'henan', name: '河南', migrants: 4, reach: 1.2, counties: ['周口沈丘', '驻马店上蔡', '信阳固始', '商丘虞城', '南阳邓州'], blocks: { mobile: ['223.88', '117.158', '39.144'], telecom: ['171.104', '123.101'], unicom: ['171.8', '115.56', '1.193'] } },
  { id: 'jiangxi', name: '江西', migrants: 3, reach: 0.8, counties: ['上饶鄱阳', '上饶余干', '赣州于都', '抚州临川', '九江都昌'], blocks: { mobile: ['223.82', '39.160'], telecom: ['59.52', '117.41', '182.101'], unicom: ['118.212', '110.52'] } },
  { id: 'sichuan', name: '四川', migrants: 2.5, reach: 0.9, counties: ['达州渠县', '南充仪陇', '广安岳池', '巴中平昌', '凉山会理'], blocks: { mobile: ['223.85', '39.130'], telecom: ['171.210', '182.138', '125.70'], unicom: ['101.206', '119.4'] } },
  { id: 'guizhou', name: '贵州', migrants: 2.5, reach: 0.5, counties: ['毕节威宁', '毕节织金', '铜仁思南', '遵义正安', '黔东南榕江'], blocks: { mobile: ['117.135', '223.104'], telecom: ['58.16', '220.197'], unicom: ['58.42'] } },
  { id: 'hunan', name: '湖南', migrants: 1.5, reach: 0.7, counties: ['邵阳隆回', '永州祁阳', '怀化溆浦', '衡阳耒阳'], blocks: { mobile: ['223.144', '39.148'], telecom: ['113.240', '175.10'], unicom: ['58.20', '110.53'] } },
  { id: 'hubei', name: '湖北', migrants: 1.2, reach: 0.7, counties: ['黄冈蕲春', '荆州监利', '孝感大悟', '襄阳枣阳'], blocks: { mobile: ['223.76', '111.47'], telecom: ['27.16', '59.172'], unicom: ['58.19', '113.57'] } },
  { id: 'jiangsu', name: '江苏', migrants: 0.8, reach: 1.4, counties: ['徐州睢宁', '宿迁沭阳', '连云港灌云'], blocks: { mobile: ['112.20', '39.145'], telecom: ['114.221', '180.111', '49.72'], unicom: ['58.240', '221.231'] } },
  { id: 'shanghai', name: '上海', migrants: 0.05, reach: 1.6, counties: ['闵行'], blocks: { mobile: ['117.136', '183.194'], telecom: ['180.164', '101.84', '116.228'], unicom: ['58.246', '112.64'] } },
  { id: 'guangdong', name: '广东', migrants: 0.3, reach: 1.3, counties: ['湛江雷州', '茂名化州'], blocks: { mobile: ['120.229', '223.73'], telecom: ['113.116', '183.37', '14.153'], unicom: ['112.96', '58.248'] } },
  { id: 'shandong', name: '山东', migrants: 0.5, reach: 0.8, counties: ['菏泽曹县', '临沂沂水'], blocks: { mobile: ['120.221', '39.89'], telecom: ['182.34', '27.221'], unicom: ['119.176', '60.213'] } },
  { id: 'chongqing', name: '重庆', migrants: 1.0, reach: 0.5, counties: ['万州', '开州', '云阳'], blocks: { mobile: ['183.230', '223.87'], telecom: ['113.250', '14.107'], unicom: ['113.207'] } },
  { id: 'yunnan', name: '云南', migrants: 0.8, reach: 0.3, counties: ['昭通镇雄', '曲靖宣威'], blocks: { mobile: ['223.98', '39.128'], telecom: ['182.240', '112.115'], unicom: ['14.204'] } },
  { id: 'gansu', name: '甘肃', migrants: 0.5, reach: 0.2, counties: ['天水秦安', '定西通渭'], blocks: { mobile: ['223.112', '117.156'], telecom: ['118.180', '61.178'], unicom: ['42.92'] } },
  { id: 'fujian', name: '福建', migrants: 0.2, reach: 0.6, counties: ['宁德福安'], blocks: { mobile: ['112.47', '120.41'], telecom: ['27.148', '110.85'], unicom: ['36.248'] } },
  { id: 'hebei', name: '河北', migrants: 0.2, reach: 0.4, counties: ['邢台威县'], blocks: { mobile: ['111.62', '39.149'], telecom: ['106.117', '121.29'], unicom: ['60.6'] } },
  { id: 'guangxi', name: '广西', migrants: 0.6, reach: 0.3, counties: ['玉林博白', '贵港平南'], blocks: { mobile: ['223.103', '117.141'], telecom: ['171.108', '180.142'], unicom: ['121.31'] } },
];

export const provinceById = (id: ProvinceId): Province => {
  const p = PROVINCES.find((x) => x.id === id);
  if (!p) throw new Error(`no province ${id}`);
  return p;
};

/** Where a voter is: a Zhejiang city, another province, or abroad (Qingtian and Wenzhou have large families in Europe). */
export type Place = { kind: 'zhejiang'; city: CityId } | { kind: 'province'; province: ProvinceId } | { kind: 'abroad'; country: AbroadId };

export type AbroadId = 'italy' | 'spain' | 'france' | 'netherlands';

export const ABROAD: Record<AbroadId, { blocks: readonly string[]; weight: number }> = {
  italy: { blocks: ['79.40', '93.44', '151.38', '87.6'], weight: 4 },
  spain: { blocks: ['83.44', '88.12', '79.150'], weight: 2.5 },
  france: { blocks: ['90.23', '86.246', '92.154'], weight: 1.5 },
  netherlands: { blocks: ['84.104', '77.162'], weight: 0.6 },
};

/** Hosting ranges a vendor rents servers in: Alibaba Cloud Hangzhou, Tencent Cloud, Huawei Cloud, UCloud, small IDC resellers. */
export const HOSTING: readonly { name: string; blocks: readonly string[] }[] = [
  { name: 'aliyun', blocks: ['47.96', '47.97', '47.98', '47.110', '120.55', '121.40', '118.31', '114.55', '116.62'] },
  { name: 'tencent', blocks: ['43.139', '43.142', '49.234', '81.68', '82.156', '101.34', '106.55', '124.222', '150.158', '175.178'] },
  { name: 'huawei', blocks: ['121.36', '121.37', '124.70', '139.9', '119.3'] },
  { name: 'ucloud', blocks: ['106.75', '117.50'] },
  { name: 'idc', blocks: ['103.45', '103.118', '45.125', '154.8'] },
];
