import type { Rng } from '../../heldout/prng';
import { CITIES, type CityId, type Country } from './places';

/**
 * Where votes come from on the wire. Mobile data leaves through carrier CGNAT: each carrier has a
 * limited, skewed set of egress /24s per city, so strangers in one city share addresses all day.
 * Home broadband is one address per household (redialled now and then). Offices, schools and
 * hospitals sit behind NATs of one to a few consecutive addresses. The blocks are written from memory
 * of how Fujian's carriers are numbered; only their consistency within a run matters.
 */

export type Carrier = 'mobile' | 'telecom' | 'unicom';

/** /16s per carrier used for Fujian home broadband and fixed lines. */
const BROADBAND: Record<Carrier, readonly string[]> = {
  telecom: ['27.148', '27.149', '27.150', '27.151', '59.56', '59.57', '59.58', '59.60', '110.80', '110.83', '110.85', '110.87', '117.25', '117.26', '117.28', '117.30', '120.33', '120.35', '120.36', '120.38', '120.40', '121.204', '121.205', '121.207', '125.77', '218.5', '218.6', '218.85', '218.86', '220.160', '220.161', '220.162', '222.76', '222.77', '222.78', '222.79'],
  unicom: ['58.22', '58.23', '112.111', '175.42', '175.43', '218.66', '218.67', '220.250', '36.250', '36.251'],
  mobile: ['112.5', '112.47', '183.250', '183.251', '183.252', '183.253', '120.41', '211.97'],
};

/** /16s the carriers' 4G/5G CGNAT egress comes from in Fujian. */
const MOBILE_DATA: Record<Carrier, readonly string[]> = {
  mobile: ['223.104', '117.136', '112.48', '112.49', '112.50', '39.144', '39.145'],
  telecom: ['27.154', '27.155', '36.249', '117.27', '182.85'],
  unicom: ['27.156', '27.157', '112.112', '175.44'],
};

/** Other provinces: where Fujianese work (the first six: Guangdong, Shanghai, Zhejiang, Jiangsu, Beijing, Jiangxi), then Sichuan and Henan. */
const OUTSIDE: readonly { province: string; mobile: readonly string[]; home: readonly string[] }[] = [
  { province: 'guangdong', mobile: ['223.104', '120.229', '112.97'], home: ['113.88', '14.153', '183.14', '119.123', '116.24'] },
  { province: 'shanghai', mobile: ['117.136', '223.104', '39.144'], home: ['101.80', '116.224', '180.168', '58.34'] },
  { province: 'zhejiang', mobile: ['223.104', '39.170', '112.17'], home: ['115.192', '60.186', '125.118', '183.157'] },
  { province: 'jiangsu', mobile: ['223.104', '117.136', '112.2'], home: ['180.108', '49.65', '114.222', '58.213'] },
  { province: 'beijing', mobile: ['111.196', '223.104'], home: ['123.112', '114.242', '106.39'] },
  { province: 'jiangxi', mobile: ['223.104', '39.164'], home: ['182.106', '59.52', '117.40'] },
  // Inland provinces the fishing fleets' hired crews come from.
  { province: 'sichuan', mobile: ['223.104', '117.136', '39.128'], home: ['171.214', '118.112', '182.138'] },
  { province: 'henan', mobile: ['223.104', '39.149', '117.136'], home: ['1.192', '171.8', '42.236'] },
];

/** Abroad: mobile and home ISPs per country (the hometowns' emigrants, and Taiwanese back home). */
const ABROAD: Record<Country, { mobile: readonly string[]; home: readonly string[] }> = {
  ID: { mobile: ['114.124', '114.125', '182.1', '110.136'], home: ['36.68', '36.72', '36.80', '180.244', '180.248'] },
  MY: { mobile: ['115.164', '115.165', '175.143', '113.210'], home: ['175.136', '175.138', '175.139', '60.48', '60.50', '60.52'] },
  SG: { mobile: ['111.65', '101.127', '116.86'], home: ['116.14', '116.15', '58.182', '58.183', '118.200'] },
  PH: { mobile: ['49.145', '49.146', '49.150', '110.54'], home: ['112.198', '112.200', '119.93', '136.158'] },
  TH: { mobile: ['1.46', '1.47', '49.228', '49.230'], home: ['171.96', '171.98', '171.100', '184.22'] },
  US: { mobile: ['172.56', '172.58', '174.192', '166.171'], home: ['72.69', '108.29', '24.193', '67.243', '100.2', '173.52'] },
  JP: { mobile: ['126.33', '126.34', '106.154', '49.98'], home: ['153.156', '126.117', '60.119', '219.110'] },
  TW: { mobile: ['39.8', '39.10', '39.12', '27.52', '49.216'], home: ['1.160', '1.163', '1.169', '114.24', '114.36', '36.224', '36.231', '220.135'] },
  HK: { mobile: ['223.16', '42.2', '112.118'], home: ['112.119', '218.102', '14.0', '58.152'] },
};

/** Hosting ranges a stuffing vendor rents from (mainland clouds, Fujian IDCs, Singapore/KL clouds). */
export const HOSTING: Record<'aliyun' | 'tencent' | 'huawei' | 'fujianIdc' | 'sgCloud' | 'myCloud', readonly string[]> = {
  aliyun: ['47.96', '47.98', '47.100', '47.104', '47.110', '47.113', '120.24', '120.25', '39.96', '39.98', '39.105', '8.134', '8.136'],
  tencent: ['119.29', '129.204', '129.211', '49.232', '49.234', '43.138', '43.139', '43.142', '159.75', '81.68', '82.156', '101.33', '106.52', '150.158'],
  huawei: ['121.36', '121.37', '124.70', '124.71', '139.9', '110.41', '116.205'],
  fujianIdc: ['27.148', '36.248', '110.80', '117.27', '120.41', '218.85'],
  sgCloud: ['8.219', '8.222', '47.74', '43.134', '43.156', '128.199', '139.59', '157.245', '159.89', '13.212', '18.139', '52.74', '54.169', '45.32', '139.180'],
  myCloud: ['103.6', '103.18', '103.28', '110.4', '202.75'],
};

export type Hosting = keyof typeof HOSTING;

const cityIndex = (city: CityId): number => CITIES.indexOf(city);

/** The city's own slice of a /16: each city uses a band of 25 third octets, so its /24s never mix. */
function cityPrefix(block: string, city: CityId, offset: number): string {
  return `${block}.${cityIndex(city) * 25 + (offset % 25)}`;
}

export interface Nat {
  label: string;
  addresses: readonly string[];
}

export class Networks {
  private readonly cgnat = new Map<string, { prefixes: string[]; weights: number[] }>();
  private readonly takenNat = new Set<string>();

  constructor(private readonly rng: Rng) {
    for (const city of CITIES) {
      for (const carrier of ['mobile', 'telecom', 'unicom'] as const) {
        // China Mobile carries most phones and has the widest pools; a city's pool is skewed (Zipf-like).
        const count = carrier === 'mobile' ? this.rng.int(14, 26) : this.rng.int(6, 13);
        const blocks = MOBILE_DATA[carrier];
        const prefixes = new Set<string>();
        while (prefixes.size < count) prefixes.add(cityPrefix(this.rng.pick(blocks), city, this.rng.int(0, 24)));
        const list = [...prefixes];
        this.cgnat.set(`${city}:${carrier}`, { prefixes: list, weights: list.map((_, i) => 1 / (1 + i * 0.45)) });
      }
    }
  }

  /** The CGNAT egress /24s of a carrier in a city (for tests and for families that work a few cells). */
  mobilePrefixes(city: CityId, carrier: Carrier): readonly string[] {
    return this.cgnat.get(`${city}:${carrier}`)?.prefixes ?? [];
  }

  /** An address a phone on mobile data gets for one session: a weighted egress /24, any host. */
  mobileIp(rng: Rng, city: CityId, carrier: Carrier): string {
    const pool = this.cgnat.get(`${city}:${carrier}`);
    if (!pool) throw new Error(`no pool ${city}:${carrier}`);
    return `${pool.prefixes[rng.weightedIndex(pool.weights)]}.${rng.int(1, 254)}`;
  }

  /** A household's broadband address in a city. */
  broadbandIp(rng: Rng, city: CityId, carrier: Carrier): string {
    const blocks = BROADBAND[carrier];
    const i = cityIndex(city);
    // Each city holds a handful of the carrier's /16s, the way provinces split blocks by city.
    const block = blocks[(i * 3 + rng.int(0, 2)) % blocks.length];
    return `${cityPrefix(block, city, rng.int(0, 24))}.${rng.int(2, 254)}`;
  }

  /**
   * `size` consecutive addresses on a fixed line in the city (an office, a government extranet exit,
   * a school, a village line); never handed out twice in a run.
   */
  nat(rng: Rng, city: CityId, size: number, label: string, carrier: Carrier = 'telecom'): Nat {
    for (;;) {
      const blocks = BROADBAND[carrier];
      const block = blocks[(cityIndex(city) * 3 + rng.int(0, 2)) % blocks.length];
      const prefix = cityPrefix(block, city, rng.int(0, 24));
      const start = rng.int(2, 250 - size);
      const addresses = Array.from({ length: size }, (_, k) => `${prefix}.${start + k}`);
      if (addresses.some((a) => this.takenNat.has(a))) continue;
      for (const a of addresses) this.takenNat.add(a);
      return { label, addresses };
    }
  }

  /** A Fujianese working in another province: mobile or home there. */
  outsideIp(rng: Rng, province: number, kind: 'mobile' | 'home'): string {
    const o = OUTSIDE[province % OUTSIDE.length];
    const blocks = kind === 'mobile' ? o.mobile : o.home;
    return `${rng.pick(blocks)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }

  static readonly outsideProvinces = OUTSIDE.length;

  abroadIp(rng: Rng, country: Country, kind: 'mobile' | 'home'): string {
    const blocks = ABROAD[country][kind];
    return `${rng.pick(blocks)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
  }

  /** `count` /24s in one hosting provider's ranges, drawn for an attack. */
  hostingPrefixes(rng: Rng, provider: Hosting, count: number): string[] {
    const out = new Set<string>();
    while (out.size < count) out.add(`${rng.pick(HOSTING[provider])}.${rng.int(0, 255)}`);
    return [...out];
  }
}
