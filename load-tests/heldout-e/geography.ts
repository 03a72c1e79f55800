/**
 * The 11 prefecture-level cities of Jiangxi and the Ganjiang New Area, with their counties, as the
 * candidates' homes. `people` is a rough relative population: it sizes how many candidates a city
 * sends and how many of the organic crowd live there.
 */
export interface City {
  name: string;
  people: number;
  counties: readonly string[];
}

export const CITIES: readonly City[] = [
  { name: '南昌市', people: 6.5, counties: ['南昌县', '进贤县', '安义县', '新建区', '青山湖区', '湾里管理局'] },
  { name: '九江市', people: 4.6, counties: ['修水县', '武宁县', '都昌县', '湖口县', '彭泽县', '瑞昌市', '共青城市', '庐山市', '永修县', '德安县'] },
  { name: '景德镇市', people: 1.6, counties: ['浮梁县', '乐平市', '昌江区'] },
  { name: '萍乡市', people: 1.8, counties: ['莲花县', '上栗县', '芦溪县', '湘东区'] },
  { name: '新余市', people: 1.2, counties: ['分宜县', '渝水区', '仙女湖区'] },
  { name: '鹰潭市', people: 1.2, counties: ['余江区', '贵溪市', '月湖区'] },
  { name: '赣州市', people: 9, counties: ['瑞金市', '龙南市', '信丰县', '大余县', '上犹县', '崇义县', '安远县', '定南县', '全南县', '宁都县', '于都县', '兴国县', '会昌县', '寻乌县', '石城县', '南康区', '赣县区'] },
  { name: '吉安市', people: 4.5, counties: ['井冈山市', '吉安县', '吉水县', '峡江县', '新干县', '永丰县', '泰和县', '遂川县', '万安县', '安福县', '永新县'] },
  { name: '宜春市', people: 5, counties: ['丰城市', '樟树市', '高安市', '奉新县', '万载县', '上高县', '宜丰县', '靖安县', '铜鼓县'] },
  { name: '抚州市', people: 3.6, counties: ['南城县', '黎川县', '南丰县', '崇仁县', '乐安县', '宜黄县', '金溪县', '资溪县', '广昌县', '东乡区'] },
  { name: '上饶市', people: 6.4, counties: ['广丰区', '广信区', '玉山县', '铅山县', '横峰县', '弋阳县', '余干县', '鄱阳县', '万年县', '婺源县', '德兴市'] },
  { name: '赣江新区', people: 0.6, counties: ['儒乐湖新城', '经开组团', '永修组团'] },
];

/** Township names common across Jiangxi, joined to a county to name a township candidate. */
export const TOWNS: readonly string[] = [
  '石岗镇', '三江镇', '白沙镇', '梅岭镇', '黄马乡', '太平镇', '新田镇', '龙岗镇', '长岭镇', '高桥镇', '青石乡', '塔城乡',
  '溪口镇', '大塘镇', '沙港乡', '河口镇', '石门镇', '罗坊镇', '双溪乡', '桥头镇', '清湖乡', '樟坪乡', '洪塘镇', '花桥镇',
  '茶园乡', '古塘镇', '观音阁镇', '和平乡', '枫树乡', '仙岩镇', '莲塘镇', '坪上乡',
];
