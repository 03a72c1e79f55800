import { Rng } from './prng';

/**
 * Where votes come from. Chinese mobile carriers put whole cities behind a few carrier-grade NAT
 * /24s, so honest phones of one city share /24s heavily; home broadband gives each household its
 * own dynamic address; IPv6 phones show their own /64. Pools are derived from the city's name,
 * not from the ballot seed, so a city keeps its addresses across every ledger.
 */

export type Carrier = 'cmcc' | 'unicom' | 'telecom';

export const jiangxiCities = ['南昌', '九江', '景德镇', '萍乡', '新余', '鹰潭', '赣州', '吉安', '宜春', '抚州', '上饶', '赣江新区'] as const;
/** Residents in millions, roughly. */
export const jiangxiPopulation = [6.5, 4.5, 1.6, 1.8, 1.2, 1.2, 8.9, 4.4, 4.9, 3.6, 6.4, 0.5];
/** Where Jiangxi's migrant workers and students live: they vote for home too. */
export const outsideRegions = ['广东', '浙江', '福建', '上海', '江苏', '湖南'] as const;

const mobileFirst: Record<Carrier, readonly string[]> = {
  cmcc: ['223.104', '117.136', '39.144', '39.149', '111.14', '120.204'],
  unicom: ['112.97', '157.0', '112.96', '27.115', '157.61'],
  telecom: ['106.35', '223.166', '101.90', '117.61', '27.18'],
};
const broadbandFirst: Record<Carrier, readonly string[]> = {
  cmcc: ['117.40', '117.41', '117.44', '183.216', '39.162', '112.50'],
  unicom: ['118.212', '118.213', '58.17', '113.194', '61.131'],
  telecom: ['59.52', '59.53', '59.55', '182.96', '182.98', '182.106', '218.64', '218.87', '220.175', '220.177', '106.225', '117.21'],
};
const v6Prefix: Record<Carrier, readonly string[]> = {
  cmcc: ['2409:8950', '2409:8a5c', '2409:891f'],
  unicom: ['2408:8440', '2408:8656', '2408:8470'],
  telecom: ['240e:3b0', '240e:470', '240e:398'],
};

export interface CityNet {
  region: string;
  /** Carrier-grade NAT /24s per carrier ("a.b.c"). */
  cgnat: Record<Carrier, string[]>;
  /** Broadband /24s per carrier. */
  broadband: Record<Carrier, string[]>;
  /** A /32-ish IPv6 routing prefix per carrier with the city's /40 nibble. */
  v6: Record<Carrier, string>;
  /** Government and enterprise fixed lines ("a.b.c.d"), one per office building. */
  offices: string[];
}

const cache = new Map<string, CityNet>();

export function cityNet(region: string): CityNet {
  const hit = cache.get(region);
  if (hit) return hit;
  const rng = new Rng(`net:${region}`);
  const slash24 = (first: string) => `${first}.${rng.int(0, 255)}`;
  const carriers: Carrier[] = ['cmcc', 'unicom', 'telecom'];
  const cgnat = {} as Record<Carrier, string[]>;
  const broadband = {} as Record<Carrier, string[]>;
  const v6 = {} as Record<Carrier, string>;
  for (const c of carriers) {
    cgnat[c] = Array.from({ length: c === 'cmcc' ? 8 : 4 }, () => slash24(rng.pick(mobileFirst[c])));
    broadband[c] = Array.from({ length: c === 'telecom' ? 90 : 40 }, () => slash24(rng.pick(broadbandFirst[c])));
    v6[c] = `${rng.pick(v6Prefix[c])}:${rng.int(0x100, 0xfff).toString(16)}`;
  }
  const offices = Array.from({ length: 60 }, () => `${slash24(rng.pick(broadbandFirst.telecom))}.${rng.int(2, 254)}`);
  const net = { region, cgnat, broadband, v6, offices };
  cache.set(region, net);
  return net;
}

export function pickCarrier(rng: Rng): Carrier {
  return (['cmcc', 'unicom', 'telecom'] as const)[rng.weightedIndex([62, 15, 23])];
}

/** A phone's address on mobile data: a shared carrier NAT, or its own IPv6 /64. */
export function mobileIp(rng: Rng, net: CityNet, carrier: Carrier, v6Share = 0.3): string {
  if (rng.chance(v6Share)) {
    const group = () => rng.int(0, 0xffff).toString(16);
    return `${net.v6[carrier]}:${group()}:${group()}:${group()}:${group()}:${group()}`;
  }
  return `${rng.pick(net.cgnat[carrier])}.${rng.int(1, 254)}`;
}

export function broadbandIp(rng: Rng, net: CityNet, carrier: Carrier): string {
  return `${rng.pick(net.broadband[carrier])}.${rng.int(2, 254)}`;
}

/** Cloud hosting /24s (Alibaba, Tencent, Huawei Cloud ranges), as an attacker rents them. */
export function hostingSlash24(rng: Rng): string {
  const first = rng.pick(['47.98', '47.113', '47.116', '8.134', '8.142', '39.101', '120.55', '121.41', '43.138', '43.139', '81.70', '119.29', '129.204', '175.178', '121.36', '124.70', '1.94']);
  return `${first}.${rng.int(0, 255)}`;
}

/** A residential address anywhere in China, as a proxy pool rents them. */
export function nationwideResidentialIp(rng: Rng): string {
  const first = rng.pick([
    '113.87', '113.110', '14.145', '116.22', '183.39', '125.118', '115.196', '112.10', '36.27', '59.172', '222.211', '171.34', '180.113', '58.213',
    '119.131', '221.232', '1.202', '27.45', '106.114', '110.184', '123.149', '139.207', '171.83', '182.140', '219.137', '60.168', '222.93', '114.243',
  ]);
  return `${first}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
}
