import type { NewCandidate } from '../storage/ballots-repository';

/**
 * Demo candidates built from the source document's attachment 1 (各设区市推荐名额分配表): how many
 * county-level and township-level nominations each of the 11 prefecture-level cities and the
 * Ganjiang New Area may make. The places are real Jiangxi counties and towns, chosen to match the
 * quotas; they are sample data, not real nominations.
 */

export interface CityQuota {
  city: string;
  county: number;
  township: number;
}

/** Attachment 1, row for row. Totals: 20 county nominations, 63 township nominations. */
export const CITY_QUOTAS: readonly CityQuota[] = [
  { city: '南昌市', county: 3, township: 10 },
  { city: '九江市', county: 2, township: 6 },
  { city: '景德镇市', county: 1, township: 3 },
  { city: '萍乡市', county: 1, township: 3 },
  { city: '新余市', county: 1, township: 3 },
  { city: '鹰潭市', county: 1, township: 3 },
  { city: '赣州市', county: 3, township: 10 },
  { city: '宜春市', county: 2, township: 6 },
  { city: '上饶市', county: 2, township: 6 },
  { city: '吉安市', county: 2, township: 6 },
  { city: '抚州市', county: 2, township: 6 },
  { city: '赣江新区', county: 0, township: 1 },
];

/** Places a year: 15 demonstration counties, 50 demonstration townships (SPEC.md). */
export const COUNTY_SEATS = 15;
export const TOWNSHIP_SEATS = 50;

const COUNTIES: Record<string, string[]> = {
  南昌市: ['南昌县', '进贤县', '安义县'],
  九江市: ['修水县', '武宁县'],
  景德镇市: ['浮梁县'],
  萍乡市: ['莲花县'],
  新余市: ['分宜县'],
  鹰潭市: ['贵溪市'],
  赣州市: ['瑞金市', '于都县', '兴国县'],
  宜春市: ['靖安县', '奉新县'],
  上饶市: ['婺源县', '弋阳县'],
  吉安市: ['井冈山市', '永新县'],
  抚州市: ['南城县', '黎川县'],
  赣江新区: [],
};

/** [county, township] pairs per city. */
const TOWNSHIPS: Record<string, Array<[string, string]>> = {
  南昌市: [
    ['南昌县', '莲塘镇'],
    ['南昌县', '向塘镇'],
    ['南昌县', '三江镇'],
    ['进贤县', '民和镇'],
    ['进贤县', '李渡镇'],
    ['安义县', '龙津镇'],
    ['安义县', '石鼻镇'],
    ['新建区', '石埠镇'],
    ['湾里区', '招贤镇'],
    ['东湖区', '豫章街道'],
  ],
  九江市: [
    ['修水县', '义宁镇'],
    ['武宁县', '罗坪镇'],
    ['庐山市', '白鹿镇'],
    ['都昌县', '都昌镇'],
    ['湖口县', '均桥镇'],
    ['彭泽县', '龙城镇'],
  ],
  景德镇市: [
    ['浮梁县', '瑶里镇'],
    ['乐平市', '洎阳街道'],
    ['昌江区', '鲇鱼山镇'],
  ],
  萍乡市: [
    ['莲花县', '琴亭镇'],
    ['上栗县', '上栗镇'],
    ['芦溪县', '芦溪镇'],
  ],
  新余市: [
    ['分宜县', '分宜镇'],
    ['分宜县', '洞村乡'],
    ['渝水区', '罗坊镇'],
  ],
  鹰潭市: [
    ['贵溪市', '雄石街道'],
    ['余江区', '锦江镇'],
    ['余江区', '潢溪镇'],
  ],
  赣州市: [
    ['瑞金市', '叶坪乡'],
    ['瑞金市', '沙洲坝镇'],
    ['于都县', '贡江镇'],
    ['兴国县', '潋江镇'],
    ['宁都县', '梅江镇'],
    ['寻乌县', '长宁镇'],
    ['信丰县', '嘉定镇'],
    ['南康区', '唐江镇'],
    ['赣县区', '梅林镇'],
    ['章贡区', '沙石镇'],
  ],
  宜春市: [
    ['靖安县', '双溪镇'],
    ['奉新县', '冯川镇'],
    ['樟树市', '淦阳街道'],
    ['高安市', '瑞州街道'],
    ['宜丰县', '新昌镇'],
    ['铜鼓县', '永宁镇'],
  ],
  上饶市: [
    ['婺源县', '江湾镇'],
    ['婺源县', '紫阳镇'],
    ['弋阳县', '弋江镇'],
    ['横峰县', '岑阳镇'],
    ['铅山县', '河口镇'],
    ['广丰区', '永丰街道'],
  ],
  吉安市: [
    ['井冈山市', '茅坪乡'],
    ['永新县', '禾川镇'],
    ['吉安县', '敦厚镇'],
    ['泰和县', '澄江镇'],
    ['遂川县', '泉江镇'],
    ['安福县', '平都镇'],
  ],
  抚州市: [
    ['南城县', '建昌镇'],
    ['黎川县', '日峰镇'],
    ['资溪县', '鹤城镇'],
    ['崇仁县', '巴山镇'],
    ['乐安县', '鳌溪镇'],
    ['金溪县', '秀谷镇'],
  ],
  赣江新区: [['经开组团', '乐化镇']],
};

/** The county ballot's candidates: each city's quota of its counties (20 in all). */
export function countyCandidates(): NewCandidate[] {
  return CITY_QUOTAS.flatMap(({ city, county: quota }) =>
    COUNTIES[city].slice(0, quota).map((name) => ({
      name,
      city,
      county: null,
      summary: `${city}推荐的“五型”政府建设示范县(市、区)候选。`,
    })),
  );
}

/** The township ballot's candidates: each city's quota of its towns and sub-districts (63 in all). */
export function townshipCandidates(): NewCandidate[] {
  return CITY_QUOTAS.flatMap(({ city, township: quota }) =>
    TOWNSHIPS[city].slice(0, quota).map(([county, name]) => ({
      name,
      city,
      county,
      summary: `${city}${county}推荐的“五型”政府建设示范乡(镇、街道)候选。`,
    })),
  );
}
