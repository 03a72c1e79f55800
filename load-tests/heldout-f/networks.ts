import type { Rng } from '../heldout/prng';

/**
 * Where votes come from, as the service sees the client address. Jiangxi has three carriers; home
 * broadband is a household's own dynamic IPv4 that is re-dialled every few days (China Mobile's is
 * NAT444: many homes share a small pool), often IPv6 as well; phone data goes through carrier
 * CGNAT pools per city or, more and more, IPv6 with a new prefix per attach. Offices and
 * government buildings sit behind one or a few fixed addresses. Prefixes are plausible for their
 * carrier, not a registry extract.
 */

export type Carrier = 'ct' | 'cmcc' | 'cu';

export interface Addr {
  ip: string;
  wifi: boolean;
}

export interface Home {
  carrier: Carrier;
  city: number;
  /** Days between PPPoE re-dials. */
  redial: number;
  v6: string | null;
  addresses: Map<number, string>;
}

/** A fixed egress: office, school, hospital, government extranet. Most traffic leaves by the first. */
export interface Nat {
  ips: string[];
}

const BROADBAND: Record<Carrier, string[]> = {
  ct: ['117.40', '117.41', '117.43', '59.52', '59.53', '59.55', '59.62', '59.63', '182.96', '182.98', '218.64', '218.65', '218.87', '220.175', '220.176', '220.177', '222.204', '106.225', '106.226', '171.34'],
  cmcc: ['223.84', '223.85', '223.86', '223.87', '39.162', '39.163', '120.203'],
  cu: ['118.212', '118.239', '113.194'],
};
const MOBILE_V4: Record<Carrier, string[]> = {
  ct: ['117.44', '117.45', '182.100', '182.101'],
  cmcc: ['223.104', '117.136', '39.144', '39.149', '112.51'],
  cu: ['112.97', '112.98'],
};
const MOBILE_V6: Record<Carrier, string> = { ct: '240e:37', cmcc: '2409:895', cu: '2408:843' };
const HOME_V6: Record<Carrier, string> = { ct: '240e:3b', cmcc: '2409:8a5', cu: '2408:824' };
const CARRIER_SHARE: Record<Carrier, number> = { cmcc: 0.55, ct: 0.33, cu: 0.12 };
const CARRIERS = Object.keys(CARRIER_SHARE) as Carrier[];

/** Other provinces' residential broadband (Guangdong, Zhejiang, Fujian, Hunan, Henan, Shanghai): migrants and proxies. */
const OUT_OF_PROVINCE = ['113.108', '113.111', '183.37', '14.145', '116.22', '120.229', '183.232', '223.73', '115.192', '60.186', '125.118', '112.10', '117.28', '36.248', '110.52', '175.0', '171.8', '222.137', '27.38', '101.86', '58.33', '114.86'];
const OUT_OF_PROVINCE_MOBILE = ['223.104', '117.136', '112.97', '39.144', '111.55', '223.160'];

/** Cloud and hosting ranges (Alibaba, Tencent, Huawei Cloud and smaller hosts). */
const HOSTING = ['47.98', '47.100', '47.104', '47.106', '47.113', '8.134', '8.136', '8.142', '39.101', '39.105', '120.78', '121.40', '101.37', '49.232', '49.233', '81.68', '82.156', '106.52', '111.229', '118.89', '129.211', '150.158', '175.178', '110.41', '121.36', '124.70', '139.9', '114.115', '103.45', '154.8'];

const h16 = (rng: Rng): string => rng.uint32().toString(16).slice(-4).replace(/^0+(?=.)/, '');
const octet = (rng: Rng, lo = 1, hi = 254): number => rng.int(lo, hi);

export function randomV6(rng: Rng, prefix: string): string {
  // A /64 prefix the carrier hands out, then a privacy interface id: both differ per session.
  return `${prefix}${rng.int(0, 15).toString(16)}:${h16(rng)}:${h16(rng)}:${h16(rng)}:${h16(rng)}:${h16(rng)}:${h16(rng)}`;
}

export class Networks {
  /** Per city and carrier, the few /24s its phone CGNAT pools publish from. */
  private readonly mobilePools: Record<Carrier, string[][]>;
  /** China Mobile home broadband: a county-sized NAT444 pool per city. */
  private readonly nat444: string[][];

  constructor(rng: Rng, readonly cities = 12) {
    const pools = (c: Carrier): string[][] => Array.from({ length: cities }, () => Array.from({ length: rng.int(3, 6) }, () => `${rng.pick(MOBILE_V4[c])}.${octet(rng)}`));
    this.mobilePools = { ct: pools('ct'), cmcc: pools('cmcc'), cu: pools('cu') };
    this.nat444 = Array.from({ length: cities }, () => Array.from({ length: rng.int(40, 90) }, () => `${rng.pick(BROADBAND.cmcc)}.${octet(rng)}.${octet(rng)}`));
  }

  carrier(rng: Rng): Carrier {
    return CARRIERS[rng.weightedIndex(CARRIERS.map((c) => CARRIER_SHARE[c]))];
  }

  /** Phone data: IPv6 more than half the time, else an address from the city's CGNAT pool. */
  mobile(rng: Rng, city: number, carrier: Carrier): Addr {
    if (rng.chance(carrier === 'cu' ? 0.4 : 0.58)) return { ip: randomV6(rng, MOBILE_V6[carrier]), wifi: false };
    return { ip: `${rng.pick(this.mobilePools[carrier][city % this.cities])}.${octet(rng)}`, wifi: false };
  }

  newHome(rng: Rng, city: number, carrier = this.carrier(rng)): Home {
    const v6 = rng.chance(0.45) ? `${HOME_V6[carrier]}${rng.int(0, 15).toString(16)}:${h16(rng)}:${h16(rng)}:${h16(rng)}:` : null;
    return { carrier, city, redial: rng.int(1, 7), v6, addresses: new Map() };
  }

  /** The household's address on a ballot day: a re-dial gives a new IPv4; IPv6 keeps the home /64. */
  home(rng: Rng, home: Home, day: number): Addr {
    if (home.v6 && rng.chance(0.6)) return { ip: `${home.v6}${h16(rng)}:${h16(rng)}:${h16(rng)}:${h16(rng)}`, wifi: true };
    const epoch = Math.floor(day / home.redial);
    let ip = home.addresses.get(epoch);
    if (ip === undefined) {
      ip = home.carrier === 'cmcc' ? rng.pick(this.nat444[home.city % this.cities]) : `${rng.pick(BROADBAND[home.carrier])}.${octet(rng)}.${octet(rng)}`;
      home.addresses.set(epoch, ip);
    }
    return { ip, wifi: true };
  }

  /** An office or public building: one to `max` consecutive fixed addresses on a business line. */
  nat(rng: Rng, max = 2): Nat {
    const base = `${rng.pick(rng.chance(0.7) ? BROADBAND.ct : BROADBAND.cu)}.${octet(rng)}`;
    const first = octet(rng, 2, 240);
    return { ips: Array.from({ length: rng.int(1, max) }, (_, i) => `${base}.${first + i}`) };
  }

  natAddr(rng: Rng, nat: Nat): Addr {
    return { ip: rng.chance(0.7) ? nat.ips[0] : rng.pick(nat.ips), wifi: true };
  }

  /** A home line in another province (migrant workers, proxy exits). */
  outOfProvince(rng: Rng): Addr {
    if (rng.chance(0.35)) return { ip: `${rng.pick(OUT_OF_PROVINCE_MOBILE)}.${octet(rng)}.${octet(rng)}`, wifi: false };
    return { ip: `${rng.pick(OUT_OF_PROVINCE)}.${octet(rng)}.${octet(rng)}`, wifi: true };
  }

  /** A hosting /24, as "a.b.c". */
  hostingBlock(rng: Rng): string {
    return `${rng.pick(HOSTING)}.${octet(rng)}`;
  }

  /** A residential address anywhere in China, Jiangxi included: what a proxy pool exits from. */
  anyResidential(rng: Rng): Addr {
    if (rng.chance(0.3)) return this.home(rng, this.newHome(rng, rng.int(0, this.cities - 1)), 0);
    return this.outOfProvince(rng);
  }
}
