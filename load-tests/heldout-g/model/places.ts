/**
 * Guizhou's prefectures, some of their counties and townships: the candidates' home places. The
 * list is demo data in the spirit of the nomination table, not an official roster.
 */
export interface Place {
  city: string;
  county: string;
  towns: readonly string[];
}

const QDN = '黔东南苗族侗族自治州';
const QN = '黔南布依族苗族自治州';
const QXN = '黔西南布依族苗族自治州';

export const GUIZHOU_PLACES: readonly Place[] = [
  { city: '贵阳市', county: '花溪区', towns: ['青岩镇', '高坡苗族乡', '久安乡'] },
  { city: '贵阳市', county: '开阳县', towns: ['南江布依族苗族乡', '禾丰布依族苗族乡', '龙岗镇'] },
  { city: '贵阳市', county: '修文县', towns: ['六屯镇', '谷堡镇'] },
  { city: '贵阳市', county: '清镇市', towns: ['红枫湖镇', '卫城镇'] },
  { city: '贵阳市', county: '乌当区', towns: ['新堡布依族乡', '偏坡布依族乡'] },
  { city: '贵阳市', county: '息烽县', towns: ['九庄镇', '温泉镇'] },
  { city: '遵义市', county: '湄潭县', towns: ['永兴镇', '兴隆镇', '鱼泉街道'] },
  { city: '遵义市', county: '仁怀市', towns: ['茅台镇', '五马镇'] },
  { city: '遵义市', county: '赤水市', towns: ['大同镇', '丙安镇'] },
  { city: '遵义市', county: '习水县', towns: ['土城镇', '桑木镇'] },
  { city: '遵义市', county: '凤冈县', towns: ['永安镇', '绥阳镇'] },
  { city: '遵义市', county: '播州区', towns: ['枫香镇', '鸭溪镇'] },
  { city: '遵义市', county: '余庆县', towns: ['松烟镇', '白泥镇'] },
  { city: '遵义市', county: '正安县', towns: ['安场镇'] },
  { city: '六盘水市', county: '盘州市', towns: ['保田镇', '普古彝族苗族乡'] },
  { city: '六盘水市', county: '水城区', towns: ['米箩镇', '玉舍镇'] },
  { city: '六盘水市', county: '六枝特区', towns: ['郎岱镇', '落别布依族彝族乡'] },
  { city: '安顺市', county: '西秀区', towns: ['旧州镇', '七眼桥镇'] },
  { city: '安顺市', county: '平坝区', towns: ['天龙镇'] },
  { city: '安顺市', county: '镇宁布依族苗族自治县', towns: ['黄果树镇'] },
  { city: '安顺市', county: '普定县', towns: ['马官镇'] },
  { city: '安顺市', county: '关岭布依族苗族自治县', towns: ['断桥镇'] },
  { city: '毕节市', county: '七星关区', towns: ['朱昌镇'] },
  { city: '毕节市', county: '黔西市', towns: ['新仁苗族乡', '素朴镇'] },
  { city: '毕节市', county: '威宁彝族回族苗族自治县', towns: ['草海镇', '石门乡'] },
  { city: '毕节市', county: '织金县', towns: ['官寨苗族乡', '珠藏镇'] },
  { city: '毕节市', county: '赫章县', towns: ['可乐彝族苗族乡'] },
  { city: '毕节市', county: '大方县', towns: ['羊场镇'] },
  { city: '毕节市', county: '金沙县', towns: ['岩孔街道'] },
  { city: '铜仁市', county: '江口县', towns: ['太平镇', '怒溪镇'] },
  { city: '铜仁市', county: '石阡县', towns: ['本庄镇'] },
  { city: '铜仁市', county: '思南县', towns: ['塘头镇'] },
  { city: '铜仁市', county: '印江土家族苗族自治县', towns: ['木黄镇'] },
  { city: '铜仁市', county: '松桃苗族自治县', towns: ['孟溪镇'] },
  { city: '铜仁市', county: '万山区', towns: ['高楼坪侗族乡'] },
  { city: QDN, county: '雷山县', towns: ['西江镇', '丹江镇'] },
  { city: QDN, county: '黎平县', towns: ['肇兴镇'] },
  { city: QDN, county: '从江县', towns: ['丙妹镇', '加榜乡'] },
  { city: QDN, county: '台江县', towns: ['台盘乡', '施洞镇'] },
  { city: QDN, county: '榕江县', towns: ['古州镇', '栽麻镇'] },
  { city: QDN, county: '镇远县', towns: ['舞阳镇'] },
  { city: QDN, county: '凯里市', towns: ['三棵树镇'] },
  { city: QN, county: '荔波县', towns: ['小七孔镇', '黎明关水族乡'] },
  { city: QN, county: '平塘县', towns: ['克度镇'] },
  { city: QN, county: '都匀市', towns: ['毛尖镇'] },
  { city: QN, county: '瓮安县', towns: ['猴场镇'] },
  { city: QN, county: '三都水族自治县', towns: ['周覃镇'] },
  { city: QN, county: '惠水县', towns: ['好花红镇'] },
  { city: QXN, county: '兴义市', towns: ['则戎镇', '万峰林街道'] },
  { city: QXN, county: '安龙县', towns: ['笃山镇'] },
  { city: QXN, county: '贞丰县', towns: ['北盘江镇'] },
  { city: QXN, county: '晴隆县', towns: ['沙子镇'] },
  { city: QXN, county: '望谟县', towns: ['打易镇'] },
  { city: '贵安新区', county: '贵安新区', towns: ['马场镇', '党武镇'] },
];

export const GUIZHOU_CITIES: readonly string[] = [...new Set(GUIZHOU_PLACES.map((p) => p.city))];
