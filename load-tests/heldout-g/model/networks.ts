import type { Rng } from '../../heldout/prng';
import { mix, textKey } from './hash';
import { GUIZHOU_CITIES } from './places';
import { BEIJING, CARRIERS, CHONGQING, FUJIAN, GUANGDONG, GUIZHOU, HUBEI, HUNAN, JIANGSU, SHANGHAI, SICHUAN, YUNNAN, ZHEJIANG, type Carrier, type Province } from './provinces';

/** A city whose residents share its carriers' CGNAT blocks and broadband blocks. */
export interface Area {
  name: string;
  province: Province;
  key: number;
}

const area = (name: string, province: Province): Area => ({ name, province, key: textKey(name) });

export const GUIZHOU_AREAS: ReadonlyMap<string, Area> = new Map(GUIZHOU_CITIES.map((c) => [c, area(c, GUIZHOU)]));

/** Where Guizhou's migrant workers live: Pearl River delta and Zhejiang/Fujian factory towns. */
export const MIGRANT_AREAS: readonly Area[] = [
  area('东莞市', GUANGDONG),
  area('深圳市', GUANGDONG),
  area('佛山市', GUANGDONG),
  area('广州市', GUANGDONG),
  area('宁波市', ZHEJIANG),
  area('温州市', ZHEJIANG),
  area('泉州市', FUJIAN),
];

/** The rest of China as seen by a national audience (task workers, proxy exits, TV viewers). */
const ELSEWHERE: readonly Area[] = [
  ...MIGRANT_AREAS,
  area('杭州市', ZHEJIANG),
  area('厦门市', FUJIAN),
  area('成都市', SICHUAN),
  area('重庆市', CHONGQING),
  area('昆明市', YUNNAN),
  area('长沙市', HUNAN),
  area('苏州市', JIANGSU),
  area('上海市', SHANGHAI),
  area('北京市', BEIJING),
  area('武汉市', HUBEI),
];

export function guizhouArea(city: string): Area {
  const a = GUIZHOU_AREAS.get(city);
  if (!a) throw new Error(`no area for ${city}`);
  return a;
}

/** Any city of China, Guizhou's included, roughly as a national crowd is spread. */
export function nationalArea(rng: Rng): Area {
  if (rng.chance(0.12)) return rng.pick([...GUIZHOU_AREAS.values()]);
  return rng.pick(ELSEWHERE);
}

export function pickCarrier(rng: Rng, a: Area): Carrier {
  return CARRIERS[rng.weightedIndex(a.province.shares)];
}

const blockCache = new Map<string, string[]>();

/** The /24s ("a.b.c") a carrier's CGNAT (mobile) or broadband (fixed) uses in an area: fixed per area. */
function blocks(a: Area, carrier: Carrier, kind: 'mobile' | 'fixed'): string[] {
  const cacheKey = `${a.name}:${carrier}:${kind}`;
  let out = blockCache.get(cacheKey);
  if (out) return out;
  const ranges = a.province.ranges[carrier];
  const sixteens = kind === 'mobile' ? ranges.mobile4 : ranges.fixed4;
  // A city's 4G egress is a couple of dozen /24s; its broadband spans many more.
  const count = kind === 'mobile' ? 24 : 96;
  out = [];
  for (let k = 0; k < count; k++) {
    const h = mix(a.key, CARRIERS.indexOf(carrier), kind === 'mobile' ? 1 : 2, k);
    out.push(`${sixteens[h % sixteens.length]}.${(h >>> 8) & 255}`);
  }
  blockCache.set(cacheKey, out);
  return out;
}

const h16 = (n: number): string => (n & 0xffff).toString(16);

function v6(prefix: string, words: readonly number[]): string {
  return `${prefix}:${words.map(h16).join(':')}`;
}

/** A 4G/5G request's source address: CGNAT IPv4 shared with thousands, or a fresh IPv6 /64. */
export function mobileAddress(rng: Rng, a: Area, carrier: Carrier, ipv6: boolean): string {
  if (ipv6) {
    const w = [(mix(a.key, 6) & 0x0fff) | (rng.int(0, 15) << 12), rng.uint32(), rng.uint32(), rng.uint32(), rng.uint32(), rng.uint32()];
    return v6(a.province.ranges[carrier].mobile6, w);
  }
  return `${rng.pick(blocks(a, carrier, 'mobile'))}.${rng.int(2, 253)}`;
}

/** A broadband line at home: its address changes when the router redials, every few days. */
export interface Home {
  area: Area;
  carrier: Carrier;
  key: number;
  ipv6: boolean;
  redialDays: number;
}

export function newHome(rng: Rng, a: Area): Home {
  return { area: a, carrier: pickCarrier(rng, a), key: rng.uint32(), ipv6: rng.chance(0.3), redialDays: rng.pick([1, 2, 2, 3, 4, 7]) };
}

/** The home's address on ballot day `day`; with IPv6 each phone uses a temporary address per day. */
export function homeAddress(home: Home, day: number, deviceKey: number): string {
  const epoch = Math.floor((day + (home.key % home.redialDays)) / home.redialDays);
  const h = mix(home.key, epoch);
  if (home.ipv6) {
    const prefix = home.area.province.ranges[home.carrier].fixed6;
    return v6(prefix, [(mix(home.area.key, 7) & 0x0fff) | (h & 0xf000), h >>> 16, mix(deviceKey, day), mix(deviceKey, day, 1), mix(deviceKey, day, 2), mix(deviceKey, day, 3)]);
  }
  const b = blocks(home.area, home.carrier, 'fixed');
  return `${b[h % b.length]}.${2 + ((h >>> 12) % 252)}`;
}

/** A business line with a static address: a government office, school, factory or hotel NAT. */
export function staticAddress(rng: Rng, a: Area): string {
  const carrier: Carrier = rng.chance(0.7) ? 'telecom' : rng.chance(0.5) ? 'unicom' : 'mobile';
  return `${rng.pick(blocks(a, carrier, 'fixed'))}.${rng.int(2, 253)}`;
}

/** Cloud and IDC /16s (Aliyun, Tencent Cloud, Huawei Cloud, local IDCs). */
const HOSTING: readonly string[] = ['47.108', '47.109', '8.137', '39.101', '121.40', '43.138', '119.91', '1.13', '101.35', '124.70', '121.36', '139.9', '110.41', '182.61'];

/** A hosting /24 ("a.b.c"). */
export function hostingBlock(rng: Rng): string {
  return `${rng.pick(HOSTING)}.${rng.int(0, 255)}`;
}

export const inBlock = (block: string, host: number): string => `${block}.${host}`;
