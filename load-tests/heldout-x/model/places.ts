/**
 * Fujian as set X sees it: the nine prefecture-level cities plus Pingtan, the kind of place each
 * volunteer comes from, and the pool of volunteer profiles a ballot draws its 30–40 candidates from.
 * Names, places and teams are invented but typical (surnames follow the county where they are common).
 */

export type CityId = 'fuzhou' | 'xiamen' | 'quanzhou' | 'zhangzhou' | 'putian' | 'sanming' | 'nanping' | 'longyan' | 'ningde' | 'pingtan';

export const CITY_NAMES: Record<CityId, string> = {
  fuzhou: '福州市',
  xiamen: '厦门市',
  quanzhou: '泉州市',
  zhangzhou: '漳州市',
  putian: '莆田市',
  sanming: '三明市',
  nanping: '南平市',
  longyan: '龙岩市',
  ningde: '宁德市',
  pingtan: '平潭综合实验区',
};

export const CITIES = Object.keys(CITY_NAMES) as CityId[];

/** Residents with a smartphone and WeChat, in ten thousands (rough): sets how far a city's public reaches. */
export const CITY_WEIGHT: Record<CityId, number> = {
  fuzhou: 840,
  xiamen: 530,
  quanzhou: 880,
  zhangzhou: 500,
  putian: 320,
  sanming: 240,
  nanping: 260,
  longyan: 270,
  ningde: 310,
  pingtan: 40,
};

/**
 * What shapes a volunteer's supporters: a rescue team's members and the families they helped, a
 * fishing port, a Hakka tulou village, an overseas-Chinese hometown, Xiamen's Taiwanese, a hospital,
 * a school or campus, a neighbourhood, a village, an environmental group.
 */
export type Circle = 'rescue' | 'fisher' | 'tulou' | 'qiaoxiang' | 'taiwan' | 'medical' | 'campus' | 'community' | 'rural' | 'eco';

/** Where the hometown's emigrants live; it decides the time zones and networks of its overseas voters. */
export type Country = 'ID' | 'MY' | 'SG' | 'PH' | 'TH' | 'US' | 'JP' | 'TW' | 'HK';

/** Whether the place is a city district, a county seat with its townships, or villages. */
export type Setting = 'urban' | 'county' | 'village';

export interface Profile {
  key: string;
  person: string;
  county: string;
  city: CityId;
  team: string;
  circle: Circle;
  setting: Setting;
  /** Where the place's emigrants went, most first (qiaoxiang, some coastal counties). */
  abroad?: Country[];
}

const p = (key: string, person: string, county: string, city: CityId, team: string, circle: Circle, setting: Setting, abroad?: Country[]): Profile => ({
  key,
  person,
  county,
  city,
  team,
  circle,
  setting,
  abroad,
});

/** 56 volunteers; a ballot takes 30–40 of them, always including those its family needs. */
export const PROFILES: readonly Profile[] = [
  p('gulou-neighbour', '林秀英', '鼓楼区', 'fuzhou', '东街街道“邻里守望”志愿服务队', 'community', 'urban'),
  p('jinan-bluesky', '陈建平', '晋安区', 'fuzhou', '福州蓝天救援队', 'rescue', 'urban'),
  p('cangshan-xiehe', '郑丽华', '仓山区', 'fuzhou', '协和医院“暖心导医”志愿者', 'medical', 'urban'),
  p('changle-qiaoai', '黄志强', '长乐区', 'fuzhou', '长乐区侨联“侨爱心”服务队', 'qiaoxiang', 'county', ['US', 'JP', 'SG']),
  p('fuqing-farm', '翁美玲', '福清市', 'fuzhou', '江镜华侨农场归侨志愿者', 'qiaoxiang', 'county', ['ID', 'JP', 'MY', 'SG']),
  p('lianjiang-huangqi', '杨海滨', '连江县', 'fuzhou', '黄岐渔民应急救援队', 'fisher', 'county', ['US']),
  p('minqing-mama', '吴淑贞', '闽清县', 'fuzhou', '留守儿童“爱心妈妈”服务队', 'rural', 'village', ['MY']),
  p('mawei-chuanzheng', '刘晓峰', '马尾区', 'fuzhou', '船政文化讲解志愿者', 'community', 'urban'),
  p('yongtai-liguo', '张桂兰', '永泰县', 'fuzhou', '李果助农直播志愿者', 'rural', 'village'),
  p('luoyuan-she', '雷振东', '罗源县', 'fuzhou', '畲乡乡村医生志愿服务队', 'medical', 'village'),
  p('siming-gulangyu', '许雅婷', '思明区', 'xiamen', '鼓浪屿文明劝导志愿者', 'community', 'urban', ['SG']),
  p('huli-taibao', '陈冠宇', '湖里区', 'xiamen', '台胞社区主任助理志愿团', 'taiwan', 'urban', ['TW']),
  p('haicang-taishang', '苏文彬', '海沧区', 'xiamen', '海沧台商公益志愿服务队', 'taiwan', 'urban', ['TW']),
  p('jimei-campus', '李佳琪', '集美区', 'xiamen', '集美大学“海之子”志愿者协会', 'campus', 'urban'),
  p('tongan-rescue', '王立新', '同安区', 'xiamen', '同安应急救援志愿队', 'rescue', 'county'),
  p('xiangan-sea', '洪秀娥', '翔安区', 'xiamen', '“护海蓝”海漂垃圾清理队', 'eco', 'county'),
  p('shishi-xiangzhi', '施清泉', '石狮市', 'quanzhou', '祥芝渔港渔民互助救助队', 'fisher', 'county', ['PH']),
  p('jinjiang-chamber', '蔡丽芬', '晋江市', 'quanzhou', '晋江商会“侨心”志愿服务队', 'qiaoxiang', 'county', ['PH', 'ID', 'HK', 'SG']),
  p('nanan-qiao', '黄明辉', '南安市', 'quanzhou', '南安侨联青年志愿者', 'qiaoxiang', 'county', ['ID', 'MY', 'SG', 'PH']),
  p('anxi-tea', '郭玉霞', '安溪县', 'quanzhou', '茶乡留守老人关爱队', 'rural', 'village', ['MY', 'SG']),
  p('yongchun-qiao', '林春生', '永春县', 'quanzhou', '永春侨乡文化志愿者', 'qiaoxiang', 'county', ['MY', 'SG', 'ID']),
  p('huian-chongwu', '曾国华', '惠安县', 'quanzhou', '崇武海上救援志愿队', 'fisher', 'county'),
  p('dehua-ceramic', '颜俊杰', '德化县', 'quanzhou', '陶瓷非遗进校园志愿者', 'community', 'county', ['SG', 'MY']),
  p('fengze-blood', '庄伟民', '丰泽区', 'quanzhou', '无偿献血志愿服务队', 'medical', 'urban'),
  p('dongshan-fisher', '沈建国', '东山县', 'zhangzhou', '东山岛渔民救助队', 'fisher', 'county', ['TW']),
  p('nanjing-tulou', '简文龙', '南靖县', 'zhangzhou', '书洋镇土楼守护志愿队', 'tulou', 'village', ['MY', 'SG', 'TW']),
  p('pinghe-pomelo', '张秀琴', '平和县', 'zhangzhou', '琯溪蜜柚助农志愿者', 'rural', 'village'),
  p('longhai-jiaomei', '吴志明', '龙海区', 'zhangzhou', '角美台商志愿服务站', 'taiwan', 'county', ['TW']),
  p('xiangcheng-community', '卢丽娟', '芗城区', 'zhangzhou', '社区“时间银行”养老志愿者', 'community', 'urban'),
  p('zhaoan-fisher', '沈阿强', '诏安县', 'zhangzhou', '诏安湾渔民应急分队', 'fisher', 'county'),
  p('meizhou-mazu', '林金花', '秀屿区', 'putian', '湄洲岛妈祖文化志愿者', 'community', 'village', ['MY', 'SG', 'TW']),
  p('xianyou-village', '黄德顺', '仙游县', 'putian', '乡村夜校志愿讲师团', 'rural', 'village', ['MY', 'SG']),
  p('hanjiang-qiao', '方国强', '涵江区', 'putian', '江口侨乡公益服务队', 'qiaoxiang', 'county', ['MY', 'SG', 'ID']),
  p('chengxiang-hospital', '陈玉梅', '城厢区', 'putian', '市第一医院“红马甲”志愿者', 'medical', 'urban'),
  p('ninghua-hakka', '邓小军', '宁化县', 'sanming', '石壁客家祖地志愿讲解队', 'rural', 'village'),
  p('shaxian-snack', '罗家明', '沙县区', 'sanming', '沙县小吃“爱心餐”志愿队', 'community', 'county'),
  p('youxi-river', '魏春花', '尤溪县', 'sanming', '尤溪河长制巡河志愿队', 'eco', 'county'),
  p('taining-geo', '江海燕', '泰宁县', 'sanming', '世界地质公园护景志愿队', 'eco', 'village'),
  p('yongan-rescue', '池永福', '永安市', 'sanming', '永安山地救援队', 'rescue', 'county'),
  p('wuyishan-fire', '余建华', '武夷山市', 'nanping', '森林防火志愿巡护队', 'eco', 'county'),
  p('jianyang-village', '周晓燕', '建阳区', 'nanping', '建盏非遗助农志愿队', 'rural', 'county'),
  p('shaowu-rescue', '谢振宇', '邵武市', 'nanping', '邵武红十字救援队', 'rescue', 'county'),
  p('zhenghe-tea', '叶茂盛', '政和县', 'nanping', '白茶助农科技志愿者', 'rural', 'village'),
  p('yongding-tulou', '江文华', '永定区', 'longyan', '湖坑镇土楼乡村志愿队', 'tulou', 'village', ['MY', 'SG', 'ID', 'TW']),
  p('changting-green', '赖秀兰', '长汀县', 'longyan', '水土保持“绿色长汀”志愿队', 'eco', 'county'),
  p('shanghang-hakka', '丘振东', '上杭县', 'longyan', '客家山村助学志愿队', 'rural', 'village'),
  p('wuping-forest', '钟丽萍', '武平县', 'longyan', '林改惠农志愿服务队', 'rural', 'village'),
  p('liancheng-rescue', '黄美珍', '连城县', 'longyan', '冠豸山应急救护志愿队', 'rescue', 'county'),
  p('xiapu-sea', '刘海生', '霞浦县', 'ningde', '霞浦海上义务救助队', 'fisher', 'county'),
  p('fuan-she', '雷月英', '福安市', 'ningde', '畲族山歌文化志愿队', 'rural', 'village'),
  p('fuding-tea', '陈宏', '福鼎市', 'ningde', '白茶山区助学志愿者', 'rural', 'county'),
  p('pingnan-art', '郑雅琳', '屏南县', 'ningde', '古村文创支教志愿者', 'campus', 'village'),
  p('shouning-xiadang', '龚德福', '寿宁县', 'ningde', '下党乡“茶园”志愿服务队', 'rural', 'village'),
  p('pingtan-search', '林海峰', '平潭综合实验区', 'pingtan', '平潭海上搜救志愿队', 'fisher', 'county', ['TW']),
  p('pingtan-taibao', '翁丽娜', '平潭综合实验区', 'pingtan', '台胞台创园志愿服务站', 'taiwan', 'county', ['TW']),
  p('pingtan-bluetear', '郑晓雯', '平潭综合实验区', 'pingtan', '“蓝眼泪”海岸守护队', 'eco', 'county'),
];

export function profileByKey(key: string): Profile {
  const found = PROFILES.find((x) => x.key === key);
  if (!found) throw new Error(`no profile ${key}`);
  return found;
}

/** Hours ahead of Beijing time in November–March (US Eastern standard time). */
export const TZ_SHIFT: Record<Country, number> = { ID: -1, MY: 0, SG: 0, PH: 0, TH: -1, US: -13, JP: 1, TW: 0, HK: 0 };
