/**
 * Gansu as set H sees it: fourteen prefectures and the counties a demonstration ballot draws its
 * candidates from, with what shapes how their people vote — population, longitude (Gansu keeps
 * Beijing time, but Dunhuang's sun sets about 100 minutes after Shanghai's, so evenings run late),
 * the share of Muslim (Hui, Dongxiang, Salar, Bonan) and Tibetan residents, and how pastoral the
 * county is. Populations are in ten thousands, rounded from the 2020 census; shares are estimates.
 */

export interface Prefecture {
  key: string;
  name: string;
  lon: number;
}

export interface County {
  key: string;
  name: string;
  pref: Prefecture;
  /** Residents, in ten thousands. */
  pop: number;
  lon: number;
  /** Share of residents in the county seat or a city district. */
  urban: number;
  muslim: number;
  tibetan: number;
  /** Share of households living from herding, mostly out on the grassland. */
  pastoral: number;
  /** Towns a township ballot may nominate. */
  towns: readonly string[];
}

const P = {
  lanzhou: { key: 'lanzhou', name: '兰州市', lon: 103.8 },
  jiayuguan: { key: 'jiayuguan', name: '嘉峪关市', lon: 98.3 },
  jinchang: { key: 'jinchang', name: '金昌市', lon: 102.2 },
  baiyin: { key: 'baiyin', name: '白银市', lon: 104.2 },
  tianshui: { key: 'tianshui', name: '天水市', lon: 105.7 },
  wuwei: { key: 'wuwei', name: '武威市', lon: 102.6 },
  zhangye: { key: 'zhangye', name: '张掖市', lon: 100.5 },
  pingliang: { key: 'pingliang', name: '平凉市', lon: 106.7 },
  jiuquan: { key: 'jiuquan', name: '酒泉市', lon: 98.5 },
  qingyang: { key: 'qingyang', name: '庆阳市', lon: 107.6 },
  dingxi: { key: 'dingxi', name: '定西市', lon: 104.6 },
  longnan: { key: 'longnan', name: '陇南市', lon: 104.9 },
  linxia: { key: 'linxia', name: '临夏回族自治州', lon: 103.2 },
  gannan: { key: 'gannan', name: '甘南藏族自治州', lon: 102.9 },
} as const satisfies Record<string, Prefecture>;

export const PREFECTURES: readonly Prefecture[] = Object.values(P);

type Row = [key: string, name: string, pop: number, lonDelta: number, urban: number, muslim: number, tibetan: number, pastoral: number, towns: string[]];

function counties(pref: Prefecture, rows: Row[]): County[] {
  return rows.map(([key, name, pop, lonDelta, urban, muslim, tibetan, pastoral, towns]) => ({ key, name, pref, pop, lon: pref.lon + lonDelta, urban, muslim, tibetan, pastoral, towns }));
}

export const COUNTIES: readonly County[] = [
  ...counties(P.lanzhou, [
    ['chengguan', '城关区', 150, 0, 0.98, 0.06, 0.01, 0, ['张掖路街道', '雁滩街道']],
    ['qilihe', '七里河区', 60, -0.1, 0.92, 0.08, 0.01, 0, ['西湖街道', '彭家坪镇']],
    ['xigu', '西固区', 38, -0.2, 0.9, 0.03, 0, 0, ['西柳沟街道', '河口镇']],
    ['anning', '安宁区', 35, -0.1, 0.95, 0.04, 0.01, 0, ['孔家崖街道', '沙井驿街道']],
    ['honggu', '红古区', 14, -0.7, 0.7, 0.1, 0.01, 0, ['海石湾镇', '花庄镇']],
    ['yongdeng', '永登县', 34, -0.4, 0.35, 0.04, 0.03, 0.02, ['城关镇', '红城镇', '苦水镇']],
    ['gaolan', '皋兰县', 13, 0.1, 0.35, 0.01, 0, 0, ['石洞镇', '什川镇']],
    ['yuzhong', '榆中县', 44, 0.3, 0.3, 0.02, 0, 0, ['城关镇', '和平镇', '夏官营镇']],
  ]),
  ...counties(P.jiayuguan, [['jiayuguan', '嘉峪关市', 31, 0, 0.94, 0.02, 0, 0, ['峪泉镇', '新城镇', '文殊镇']]]),
  ...counties(P.jinchang, [
    ['jinchuan', '金川区', 23, 0, 0.93, 0.02, 0, 0, ['宁远堡镇', '双湾镇', '滨河路街道']],
    ['yongchang', '永昌县', 21, -0.2, 0.4, 0.01, 0, 0.03, ['城关镇', '河西堡镇']],
  ]),
  ...counties(P.baiyin, [
    ['baiyinqu', '白银区', 30, 0, 0.9, 0.02, 0, 0, ['四龙镇', '水川镇']],
    ['pingchuan', '平川区', 18, 0.8, 0.7, 0.01, 0, 0, ['王家山镇', '共和镇']],
    ['jingyuan', '靖远县', 45, 0.5, 0.3, 0.02, 0, 0, ['乌兰镇', '东湾镇']],
    ['huining', '会宁县', 49, 0.9, 0.22, 0.01, 0, 0, ['会师镇', '郭城驿镇']],
    ['jingtai', '景泰县', 23, -0.1, 0.35, 0.01, 0, 0.02, ['一条山镇', '芦阳镇']],
  ]),
  ...counties(P.tianshui, [
    ['qinzhou', '秦州区', 65, 0, 0.6, 0.03, 0, 0, ['皂郊镇', '玉泉镇']],
    ['maiji', '麦积区', 56, 0.2, 0.45, 0.02, 0, 0, ['麦积镇', '甘泉镇']],
    ['qingshui', '清水县', 26, 0.4, 0.2, 0.08, 0, 0, ['永清镇', '红堡镇']],
    ['qinan', '秦安县', 52, -0.1, 0.2, 0.02, 0, 0, ['兴国镇', '莲花镇']],
    ['gangu', '甘谷县', 53, -0.5, 0.22, 0.01, 0, 0, ['大像山镇', '磐安镇']],
    ['wushan', '武山县', 40, -0.8, 0.2, 0.01, 0, 0, ['城关镇', '洛门镇']],
    ['zhangjiachuan', '张家川回族自治县', 27, 0.6, 0.18, 0.7, 0, 0, ['张家川镇', '龙山镇']],
  ]),
  ...counties(P.wuwei, [
    ['liangzhou', '凉州区', 101, 0, 0.45, 0.02, 0, 0, ['黄羊镇', '清源镇']],
    ['minqin', '民勤县', 24, 0.5, 0.25, 0, 0, 0.03, ['苏武镇', '收成镇']],
    ['gulang', '古浪县', 32, 0.3, 0.2, 0.01, 0.02, 0.03, ['古浪镇', '黄花滩镇']],
    ['tianzhu', '天祝藏族自治县', 17, 0.5, 0.25, 0.03, 0.35, 0.35, ['华藏寺镇', '打柴沟镇']],
  ]),
  ...counties(P.zhangye, [
    ['ganzhou', '甘州区', 51, 0, 0.55, 0.02, 0, 0, ['梁家墩镇', '党寨镇']],
    ['sunan', '肃南裕固族自治县', 3.5, -0.6, 0.35, 0.01, 0.08, 0.6, ['红湾寺镇', '康乐镇']],
    ['minle', '民乐县', 21, 0.4, 0.25, 0.01, 0, 0.05, ['洪水镇', '六坝镇']],
    ['linze', '临泽县', 13, -0.3, 0.3, 0, 0, 0, ['沙河镇', '倪家营镇']],
    ['gaotai', '高台县', 14, -0.7, 0.3, 0, 0, 0, ['城关镇', '骆驼城镇']],
    ['shandan', '山丹县', 17, 0.6, 0.3, 0.01, 0, 0.05, ['清泉镇', '位奇镇']],
  ]),
  ...counties(P.pingliang, [
    ['kongtong', '崆峒区', 52, 0, 0.6, 0.05, 0, 0, ['崆峒镇', '四十里铺镇']],
    ['jingchuan', '泾川县', 28, 0.7, 0.2, 0.03, 0, 0, ['城关镇', '王村镇']],
    ['lingtai', '灵台县', 18, 0.9, 0.2, 0.01, 0, 0, ['中台镇', '朝那镇']],
    ['chongxin', '崇信县', 10, 0.4, 0.25, 0.01, 0, 0, ['锦屏镇', '新窑镇']],
    ['huating', '华亭市', 18, 0.1, 0.4, 0.08, 0, 0, ['东华镇', '安口镇']],
    ['zhuanglang', '庄浪县', 38, -0.5, 0.18, 0.01, 0, 0, ['水洛镇', '南湖镇']],
    ['jingning', '静宁县', 42, -0.9, 0.2, 0.01, 0, 0, ['城关镇', '威戎镇']],
  ]),
  ...counties(P.jiuquan, [
    ['suzhou', '肃州区', 45, 0, 0.6, 0.02, 0, 0, ['西峰镇', '总寨镇']],
    ['jinta', '金塔县', 14, 0.4, 0.3, 0.01, 0, 0.02, ['金塔镇', '鼎新镇']],
    ['guazhou', '瓜州县', 14, -2.7, 0.35, 0.01, 0, 0.05, ['渊泉镇', '锁阳城镇']],
    ['subei', '肃北蒙古族自治县', 1.5, -3.5, 0.5, 0, 0, 0.7, ['党城湾镇', '马鬃山镇']],
    ['akesai', '阿克塞哈萨克族自治县', 1.1, -4.6, 0.6, 0.3, 0, 0.6, ['红柳湾镇', '阿勒腾乡']],
    ['yumen', '玉门市', 17, -1.5, 0.5, 0, 0, 0.02, ['玉门镇', '老君庙镇']],
    ['dunhuang', '敦煌市', 19, -3.8, 0.55, 0.01, 0, 0, ['七里镇', '月牙泉镇', '沙州镇']],
  ]),
  ...counties(P.qingyang, [
    ['xifeng', '西峰区', 40, 0, 0.65, 0.01, 0, 0, ['肖金镇', '董志镇']],
    ['qingcheng', '庆城县', 27, 0.3, 0.25, 0, 0, 0, ['庆城镇', '驿马镇']],
    ['huanxian', '环县', 30, -0.3, 0.15, 0, 0, 0.08, ['环城镇', '曲子镇']],
    ['huachi', '华池县', 12, 0.4, 0.2, 0, 0, 0.04, ['柔远镇', '南梁镇']],
    ['heshui', '合水县', 15, 0.4, 0.2, 0, 0, 0, ['西华池镇', '板桥镇']],
    ['zhengning', '正宁县', 19, 0.6, 0.2, 0, 0, 0, ['山河镇', '永和镇']],
    ['ningxian', '宁县', 40, 0.3, 0.15, 0, 0, 0, ['新宁镇', '早胜镇']],
    ['zhenyuan', '镇原县', 39, -0.5, 0.15, 0, 0, 0, ['城关镇', '屯字镇']],
  ]),
  ...counties(P.dingxi, [
    ['anding', '安定区', 41, 0, 0.4, 0.01, 0, 0, ['内官营镇', '凤翔镇']],
    ['tongwei', '通渭县', 33, 0.6, 0.15, 0.01, 0, 0, ['平襄镇', '马营镇']],
    ['longxi', '陇西县', 45, -0.1, 0.3, 0.02, 0, 0, ['巩昌镇', '首阳镇']],
    ['weiyuan', '渭源县', 30, -0.4, 0.15, 0.02, 0, 0, ['清源镇', '会川镇']],
    ['lintao', '临洮县', 50, -0.8, 0.25, 0.03, 0, 0, ['洮阳镇', '辛店镇']],
    ['zhangxian', '漳县', 18, -0.2, 0.15, 0.01, 0, 0, ['武阳镇', '盐井镇']],
    ['minxian', '岷县', 44, -0.5, 0.18, 0.04, 0.02, 0, ['岷阳镇', '梅川镇']],
  ]),
  ...counties(P.longnan, [
    ['wudu', '武都区', 56, 0, 0.35, 0.01, 0, 0, ['城关镇', '安化镇']],
    ['chengxian', '成县', 25, 0.8, 0.3, 0, 0, 0, ['城关镇', '黄渚镇']],
    ['wenxian', '文县', 22, -0.2, 0.2, 0, 0.03, 0, ['城关镇', '碧口镇']],
    ['dangchang', '宕昌县', 27, -0.9, 0.15, 0, 0.03, 0.02, ['城关镇', '哈达铺镇']],
    ['kangxian', '康县', 18, 0.7, 0.15, 0, 0, 0, ['城关镇', '长坝镇']],
    ['xihe', '西和县', 39, 0.4, 0.15, 0.01, 0, 0, ['汉源镇', '长道镇']],
    ['lixian', '礼县', 46, 0.2, 0.15, 0.01, 0, 0, ['城关镇', '盐官镇']],
    ['huixian', '徽县', 20, 1.2, 0.3, 0, 0, 0, ['城关镇', '江洛镇']],
    ['liangdang', '两当县', 4, 1.5, 0.3, 0, 0, 0, ['城关镇', '站儿巷镇']],
  ]),
  ...counties(P.linxia, [
    ['linxiashi', '临夏市', 30, 0, 0.8, 0.5, 0, 0, ['城南街道', '枹罕镇']],
    ['linxiaxian', '临夏县', 33, -0.1, 0.15, 0.5, 0, 0, ['韩集镇', '土桥镇']],
    ['kangle', '康乐县', 24, 0.3, 0.15, 0.6, 0, 0, ['附城镇', '莲麓镇']],
    ['yongjing', '永靖县', 19, 0.1, 0.25, 0.15, 0, 0, ['刘家峡镇', '盐锅峡镇']],
    ['guanghe', '广河县', 25, 0.4, 0.2, 0.98, 0, 0, ['城关镇', '三甲集镇']],
    ['hezheng', '和政县', 19, 0.2, 0.15, 0.6, 0, 0, ['城关镇', '买家集镇']],
    ['dongxiang', '东乡族自治县', 30, 0.3, 0.1, 0.9, 0, 0, ['锁南镇', '达板镇']],
    ['jishishan', '积石山保安族东乡族撒拉族自治县', 23, -0.4, 0.1, 0.6, 0, 0, ['吹麻滩镇', '大河家镇']],
  ]),
  ...counties(P.gannan, [
    ['hezuo', '合作市', 11, 0, 0.65, 0.08, 0.5, 0.15, ['当周街道', '那吾镇']],
    ['lintan', '临潭县', 14, 0.6, 0.2, 0.25, 0.2, 0.1, ['城关镇', '冶力关镇']],
    ['zhuoni', '卓尼县', 10, 0.5, 0.2, 0.02, 0.6, 0.3, ['柳林镇', '木耳镇']],
    ['zhouqu', '舟曲县', 13, 1.4, 0.25, 0.01, 0.3, 0.05, ['城关镇', '大川镇']],
    ['diebu', '迭部县', 5, 0.6, 0.3, 0, 0.8, 0.3, ['电尕镇', '益哇镇']],
    ['maqu', '玛曲县', 6, -0.8, 0.3, 0.03, 0.9, 0.85, ['尼玛镇', '阿万仓镇']],
    ['luqu', '碌曲县', 4, -0.4, 0.3, 0.05, 0.9, 0.8, ['郎木寺镇', '玛艾镇']],
    ['xiahe', '夏河县', 9, -0.4, 0.3, 0.05, 0.8, 0.5, ['拉卜楞镇', '桑科镇']],
  ]),
];

const byKey = new Map(COUNTIES.map((c) => [c.key, c]));

export function county(key: string): County {
  const c = byKey.get(key);
  if (!c) throw new Error(`unknown county ${key}`);
  return c;
}

export const LANZHOU_CITY: readonly County[] = COUNTIES.filter((c) => ['chengguan', 'qilihe', 'xigu', 'anning'].includes(c.key));

/**
 * How much later than a Lanzhou person's a county's day runs, in minutes: people follow the clock
 * for work and school but the sun for the rest, so about half of the solar difference shows.
 */
export function localShiftMin(lon: number): number {
  return Math.round((103.8 - lon) * 4 * 0.5);
}

/** Provinces where Gansu people work, study and trade, with how their day sits against Lanzhou's. */
export interface Province {
  key: string;
  name: string;
  /** Minutes later than a Lanzhou day (negative: earlier, as on the east coast). */
  shiftMin: number;
  /** Relative weight among Gansu's migrants, and in a nationwide crowd. */
  migrants: number;
  nationwide: number;
}

export const PROVINCES: readonly Province[] = [
  { key: 'xinjiang', name: '新疆', shiftMin: 80, migrants: 22, nationwide: 2 },
  { key: 'shaanxi', name: '陕西', shiftMin: -10, migrants: 12, nationwide: 4 },
  { key: 'guangdong', name: '广东', shiftMin: -30, migrants: 11, nationwide: 12 },
  { key: 'zhejiang', name: '浙江', shiftMin: -40, migrants: 10, nationwide: 7 },
  { key: 'jiangsu', name: '江苏', shiftMin: -40, migrants: 7, nationwide: 8 },
  { key: 'beijing', name: '北京', shiftMin: -35, migrants: 6, nationwide: 3 },
  { key: 'shanghai', name: '上海', shiftMin: -45, migrants: 5, nationwide: 3 },
  { key: 'qinghai', name: '青海', shiftMin: 15, migrants: 6, nationwide: 1 },
  { key: 'ningxia', name: '宁夏', shiftMin: -5, migrants: 5, nationwide: 1 },
  { key: 'sichuan', name: '四川', shiftMin: 0, migrants: 5, nationwide: 8 },
  { key: 'henan', name: '河南', shiftMin: -25, migrants: 4, nationwide: 10 },
  { key: 'shandong', name: '山东', shiftMin: -35, migrants: 3, nationwide: 10 },
  { key: 'hubei', name: '湖北', shiftMin: -25, migrants: 2, nationwide: 6 },
  { key: 'fujian', name: '福建', shiftMin: -40, migrants: 2, nationwide: 5 },
];

/** Where Gansu's Hui traders, students and workers live abroad: UTC offset in hours. */
export interface Abroad {
  key: string;
  name: string;
  utcOffset: number;
}

export const ABROAD: readonly Abroad[] = [
  { key: 'uae', name: '阿联酋', utcOffset: 4 },
  { key: 'malaysia', name: '马来西亚', utcOffset: 8 },
  { key: 'kazakhstan', name: '哈萨克斯坦', utcOffset: 5 },
  { key: 'saudi', name: '沙特', utcOffset: 3 },
  { key: 'egypt', name: '埃及', utcOffset: 2 },
];

/** Minutes a place abroad lives later than Beijing clock time, as a Lanzhou-relative shift. */
export function abroadShiftMin(a: Abroad): number {
  return (8 - a.utcOffset) * 60 - 30;
}
