/**
 * Where voters are when they vote: Jiangxi's prefecture cities (weights ~ resident population,
 * 10k people), and the provinces where Jiangxi people work or from where task-takers answer.
 */
export interface Region {
  id: string;
  name: string;
  inJiangxi: boolean;
  /** Relative population, for drawing residents. */
  population: number;
}

export const JIANGXI: readonly Region[] = [
  { id: 'nanchang', name: '南昌市', inJiangxi: true, population: 656 },
  { id: 'ganzhou', name: '赣州市', inJiangxi: true, population: 898 },
  { id: 'shangrao', name: '上饶市', inJiangxi: true, population: 649 },
  { id: 'jiujiang', name: '九江市', inJiangxi: true, population: 456 },
  { id: 'jian', name: '吉安市', inJiangxi: true, population: 446 },
  { id: 'yichun', name: '宜春市', inJiangxi: true, population: 500 },
  { id: 'fuzhou', name: '抚州市', inJiangxi: true, population: 361 },
  { id: 'pingxiang', name: '萍乡市', inJiangxi: true, population: 180 },
  { id: 'xinyu', name: '新余市', inJiangxi: true, population: 120 },
  { id: 'jingdezhen', name: '景德镇市', inJiangxi: true, population: 162 },
  { id: 'yingtan', name: '鹰潭市', inJiangxi: true, population: 115 },
];

/** Other provinces; `population` here is the weight among Jiangxi's out-migrants. */
export const ELSEWHERE: readonly Region[] = [
  { id: 'guangdong', name: '广东省', inJiangxi: false, population: 36 },
  { id: 'zhejiang', name: '浙江省', inJiangxi: false, population: 24 },
  { id: 'fujian', name: '福建省', inJiangxi: false, population: 12 },
  { id: 'shanghai', name: '上海市', inJiangxi: false, population: 9 },
  { id: 'jiangsu', name: '江苏省', inJiangxi: false, population: 7 },
  { id: 'hunan', name: '湖南省', inJiangxi: false, population: 4 },
  { id: 'beijing', name: '北京市', inJiangxi: false, population: 4 },
  { id: 'hubei', name: '湖北省', inJiangxi: false, population: 2 },
  { id: 'anhui', name: '安徽省', inJiangxi: false, population: 1 },
  { id: 'henan', name: '河南省', inJiangxi: false, population: 0.6 },
  { id: 'shandong', name: '山东省', inJiangxi: false, population: 0.4 },
  { id: 'hebei', name: '河北省', inJiangxi: false, population: 0.3 },
  { id: 'sichuan', name: '四川省', inJiangxi: false, population: 0.5 },
  { id: 'guangxi', name: '广西壮族自治区', inJiangxi: false, population: 0.5 },
];

export const REGIONS: readonly Region[] = [...JIANGXI, ...ELSEWHERE];

export function region(id: string): Region {
  const r = REGIONS.find((x) => x.id === id);
  if (!r) throw new Error(`unknown region ${id}`);
  return r;
}
