import type { Rng } from '../../heldout/prng';
import type { Prefecture } from './ballot';

export type Carrier = 'mobile' | 'telecom' | 'unicom' | 'broadnet';
/** Where a phone is: a Guangxi prefecture, or a Guangdong city where Guangxi people work. */
export type Region = Prefecture | 'Dongguan' | 'Shenzhen' | 'Foshan' | 'Guangzhou';
export type Link = 'wifi' | 'mobile';

export interface Address {
  ip: string;
  link: Link;
}

/** First two octets of each carrier's ranges, Guangxi and Guangdong (from memory of allocation maps). */
const GUANGXI: Record<Carrier, readonly string[]> = {
  mobile: ['111.58', '111.59', '117.140', '117.141', '117.142', '117.143', '120.228', '223.104', '183.14', '36.136'],
  telecom: ['113.12', '113.13', '113.14', '113.15', '116.252', '116.253', '171.104', '171.105', '171.106', '171.108', '180.136', '180.137', '180.140', '222.216', '222.217', '219.159'],
  unicom: ['121.31', '221.7', '58.59', '116.9'],
  broadnet: ['106.58', '101.246'],
};
const GUANGDONG: Record<Carrier, readonly string[]> = {
  mobile: ['120.229', '120.230', '120.231', '112.96', '112.97', '183.233', '183.236', '223.104', '117.136'],
  telecom: ['113.87', '113.88', '113.90', '113.116', '14.16', '14.17', '14.23', '183.6', '183.37', '59.41'],
  unicom: ['58.248', '58.249', '112.94', '163.177', '221.4'],
  broadnet: ['106.59'],
};
const GUANGDONG_CITIES = new Set<Region>(['Dongguan', 'Shenzhen', 'Foshan', 'Guangzhou']);

/** Carrier shares of Guangxi phone plans and of home broadband lines (mobile's cheap rural bundles). */
const PHONE_SHARE: Array<[Carrier, number]> = [['mobile', 0.6], ['telecom', 0.22], ['unicom', 0.16], ['broadnet', 0.02]];
const BROADBAND_SHARE: Array<[Carrier, number]> = [['telecom', 0.5], ['mobile', 0.38], ['unicom', 0.1], ['broadnet', 0.02]];

/** Other provinces' home broadband, as residential proxy exits and paid voters see it. */
const OTHER_PROVINCES: readonly string[] = ['123.52', '115.56', '182.118', '27.38', '60.166', '222.73', '1.192', '114.222', '117.80', '125.118', '61.158', '36.27', '218.28', '113.200', '171.216', '223.85', '39.144', '110.184'];

/** Cloud ranges a script rents: Aliyun Shenzhen/Hangzhou, Tencent Cloud Guangzhou, Huawei Cloud, UCloud. */
export const HOSTING: readonly string[] = ['47.106', '47.112', '39.108', '120.79', '119.29', '129.204', '134.175', '175.178', '121.37', '124.70', '139.9', '106.75', '81.71', '43.139'];

const third = (rng: Rng) => rng.int(0, 255);
const host = (rng: Rng) => rng.int(2, 253);

/**
 * The address plan of one ballot. Mobile data leaves through carrier CGNAT: per carrier and region
 * a fixed list of egress /24s, the first few busiest, so strangers in one town share addresses.
 * Home broadband is one address per household that the carrier changes on some days.
 */
export class Networks {
  private readonly cgnat = new Map<string, string[]>();

  constructor(private readonly rng: Rng) {}

  carrier(rng: Rng): Carrier {
    return PHONE_SHARE[rng.weightedIndex(PHONE_SHARE.map((c) => c[1]))][0];
  }

  private plan(region: Region): Record<Carrier, readonly string[]> {
    return GUANGDONG_CITIES.has(region) ? GUANGDONG : GUANGXI;
  }

  /** The /24s a carrier's mobile data leaves from in a region (drawn once per ballot). */
  private egress(carrier: Carrier, region: Region): string[] {
    const key = `${carrier}:${region}`;
    let list = this.cgnat.get(key);
    if (!list) {
      const firsts = this.plan(region)[carrier];
      const size = carrier === 'mobile' ? 24 : carrier === 'broadnet' ? 3 : 10;
      list = Array.from({ length: size }, () => `${this.rng.pick(firsts)}.${third(this.rng)}`);
      this.cgnat.set(key, list);
    }
    return list;
  }

  /** One mobile-data address: busy egress /24s are picked more often (Zipf-like). */
  mobile(rng: Rng, carrier: Carrier, region: Region): Address {
    const list = this.egress(carrier, region);
    const i = Math.min(list.length - 1, Math.floor(list.length * rng.next() ** 2.2));
    return { ip: `${list[i]}.${host(rng)}`, link: 'mobile' };
  }

  /** A home broadband line's address for a while (carriers reassign it every few days). */
  broadband(rng: Rng, region: Region): Address {
    const carrier = BROADBAND_SHARE[rng.weightedIndex(BROADBAND_SHARE.map((c) => c[1]))][0];
    return { ip: `${rng.pick(this.plan(region)[carrier])}.${third(rng)}.${host(rng)}`, link: 'wifi' };
  }

  /** `count` consecutive public addresses of an office, campus or dormitory NAT. */
  nat(rng: Rng, region: Region, count: number, carrier: Carrier = 'telecom'): string[] {
    const base = `${rng.pick(this.plan(region)[carrier])}.${third(rng)}`;
    const first = rng.int(2, 250 - count);
    return Array.from({ length: count }, (_, i) => `${base}.${first + i}`);
  }

  /** `count` consecutive exits of a Guangxi university on the education network (CERNET). */
  campus(rng: Rng, count: number): string[] {
    const base = `${rng.pick(['202.193', '210.36', '222.216'])}.${third(rng)}`;
    const first = rng.int(2, 250 - count);
    return Array.from({ length: count }, (_, i) => `${base}.${first + i}`);
  }

  /** A home broadband address somewhere else in China. */
  elsewhere(rng: Rng): Address {
    return { ip: `${rng.pick(OTHER_PROVINCES)}.${third(rng)}.${host(rng)}`, link: rng.chance(0.7) ? 'wifi' : 'mobile' };
  }

  /** A rented cloud /24 ("a.b.c"). */
  hostingPrefix(rng: Rng): string {
    return `${rng.pick(HOSTING)}.${third(rng)}`;
  }
}
