import { Rng } from '../../heldout/prng';
import type { City } from './ballot';

/** Where Henan's migrant natives work, outside the province. */
export const AWAY = ['上海', '苏州', '杭州', '宁波', '深圳', '东莞', '广州', '北京', '天津', '武汉'] as const;
export type Away = (typeof AWAY)[number];
export type Place = City | Away;

type Carrier = 'mobile' | 'unicom' | 'telecom';

interface Ranges {
  /** /16s whose /24s carry a carrier's mobile-data CGNAT egress. */
  cgnat: Record<Carrier, readonly string[]>;
  /** /16s of home broadband (dynamic addresses, redialled now and then). */
  broadband: readonly string[];
  /** /16s of business lines: offices, government, schools. */
  business: readonly string[];
}

const HENAN: Ranges = {
  cgnat: { mobile: ['223.88', '223.89', '223.90', '223.91', '39.149', '39.150', '111.7'], unicom: ['42.226', '42.227', '42.236', '115.60', '123.149'], telecom: ['1.193', '1.196', '117.158', '171.15'] },
  broadband: ['123.52', '123.53', '123.160', '123.161', '182.114', '182.118', '182.122', '171.8', '171.11', '115.48', '115.55', '1.192', '1.194', '1.197', '125.41', '125.46', '222.137', '222.88', '120.194'],
  business: ['218.28', '218.29', '61.158', '61.163', '219.155', '222.88', '202.196'],
};

/** Each away place's carriers, coarsely (the /16s are those provinces' own). */
const AWAY_RANGES: Record<string, Ranges> = {
  east: {
    cgnat: { mobile: ['117.136', '39.144', '112.10', '112.17', '36.149'], unicom: ['112.64', '112.65', '140.207'], telecom: ['101.80', '101.82', '115.192', '49.72'] },
    broadband: ['180.155', '116.227', '114.222', '49.77', '60.176', '60.186', '115.196', '58.240', '122.235', '183.156'],
    business: ['180.168', '58.246', '218.108'],
  },
  south: {
    cgnat: { mobile: ['120.229', '120.235', '117.136', '39.144'], unicom: ['112.96', '112.97', '163.142'], telecom: ['113.88', '113.118', '14.17', '183.14'] },
    broadband: ['113.65', '113.87', '113.110', '14.23', '14.150', '183.37', '119.123', '116.24', '121.35', '59.41'],
    business: ['202.104', '218.17', '61.144'],
  },
  north: {
    cgnat: { mobile: ['111.196', '111.197', '39.144', '117.136'], unicom: ['123.118', '114.242', '61.48'], telecom: ['106.37', '106.39'] },
    broadband: ['123.113', '123.120', '114.253', '221.216', '221.219', '124.64', '111.163', '117.9', '60.25', '125.37'],
    business: ['202.106', '61.49', '218.241'],
  },
};
const AWAY_REGION: Record<Away, string> = { 上海: 'east', 苏州: 'east', 杭州: 'east', 宁波: 'east', 深圳: 'south', 东莞: 'south', 广州: 'south', 北京: 'north', 天津: 'north', 武汉: 'north' };

/** Hosting ranges (Alibaba Cloud, Tencent Cloud, Huawei Cloud, China Telecom Cloud, Zhengzhou IDCs). */
const CLOUD = ['47.92', '47.104', '47.108', '47.113', '39.96', '39.105', '39.107', '120.24', '120.77', '121.40', '8.130', '8.142', '42.193', '49.232', '81.68', '81.70', '101.42', '106.52', '106.55', '118.89', '119.29', '124.221', '124.223', '175.178', '1.15', '110.41', '116.205', '119.3', '121.36', '122.9', '139.9', '106.14', '61.163', '111.6'];

const CARRIER_SHARE: readonly number[] = [0.55, 0.27, 0.18];
const CARRIERS: readonly Carrier[] = ['mobile', 'unicom', 'telecom'];

function ranges(place: Place): Ranges {
  return (AWAY as readonly string[]).includes(place) ? AWAY_RANGES[AWAY_REGION[place as Away]] : HENAN;
}

/**
 * Addresses of the run. A place's carriers egress mobile data through a limited set of CGNAT
 * /24s (drawn once per place and carrier), so strangers on mobile data share addresses; home
 * broadband and business lines are single or consecutive addresses of the place's /16s.
 */
export class Networks {
  private readonly cgnat = new Map<string, string[]>();
  private readonly seed: number;

  constructor(rng: Rng) {
    this.seed = rng.uint32();
  }

  /** A person's carrier (0 China Mobile, 1 Unicom, 2 Telecom). */
  carrier(rng: Rng): number {
    return rng.weightedIndex(CARRIER_SHARE);
  }

  /** The /24s through which a carrier's phones in a place reach the internet. */
  cgnatPrefixes(place: Place, carrier: number): string[] {
    const key = `${place}:${carrier}`;
    let list = this.cgnat.get(key);
    if (!list) {
      const r = new Rng(`${this.seed}:cgnat:${key}`);
      const sixteens = ranges(place).cgnat[CARRIERS[carrier]];
      const n = carrier === 0 ? r.int(14, 24) : r.int(6, 12);
      list = Array.from({ length: n }, () => `${r.pick(sixteens)}.${r.int(0, 255)}`);
      this.cgnat.set(key, list);
    }
    return list;
  }

  /** One mobile-data session's public address (skewed: a few egress /24s carry most traffic). */
  mobile(rng: Rng, place: Place, carrier: number): string {
    const list = this.cgnatPrefixes(place, carrier);
    const i = Math.min(list.length - 1, Math.floor(list.length * rng.next() * rng.next() * 1.4));
    return `${list[i]}.${rng.int(1, 254)}`;
  }

  broadband(rng: Rng, place: Place): string {
    return `${rng.pick(ranges(place).broadband)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }

  /** An institution's NAT: `size` consecutive addresses of a business line. */
  nat(rng: Rng, place: Place, size: number): string[] {
    const base = `${rng.pick(ranges(place).business)}.${rng.int(0, 255)}`;
    const first = rng.int(2, 250 - size);
    return Array.from({ length: size }, (_, i) => `${base}.${first + i}`);
  }

  /** A hosting /24 (prefix without the last octet). */
  cloudPrefix(rng: Rng): string {
    return `${rng.pick(CLOUD)}.${rng.int(0, 255)}`;
  }

  /** A residential or mobile address anywhere in China, as a paid proxy pool sells them. */
  proxyExit(rng: Rng, henanShare = 0.35): string {
    const place: Place = rng.chance(henanShare) ? '郑州' : rng.pick(AWAY);
    return rng.chance(0.6) ? this.broadband(rng, place) : this.mobile(rng, place, this.carrier(rng));
  }
}
