import type { Rng } from '../../heldout/prng';

/**
 * Where votes come from on the wire. Mobile data in China leaves through carrier CGNAT: a city's
 * subscribers of one carrier share a limited set of egress /24s, so unrelated people meet on the
 * same address all day. Home broadband is one address per household (redialled now and then);
 * offices, schools, factory dormitories and government networks sit behind a handful of NAT
 * addresses. The /16s below are the carriers' Guangdong (and other) ranges as published in
 * regional allocation tables, approximately.
 */
export type Carrier = 'cm' | 'cu' | 'ct';

const GD_MOBILE: Record<Carrier, readonly string[]> = {
  cm: ['120.229', '120.230', '120.231', '120.235', '120.236', '223.104', '117.136', '183.232', '183.236', '183.240'],
  cu: ['112.96', '112.97', '163.177', '27.38', '58.250'],
  ct: ['14.17', '14.18', '14.19', '113.108', '113.116', '183.6', '183.27'],
};
const GD_BROADBAND: Record<Carrier, readonly string[]> = {
  cm: ['120.234', '120.237', '120.239', '223.73', '223.74', '183.237', '39.144'],
  cu: ['58.248', '58.252', '58.253', '221.4', '221.5', '210.21', '112.94'],
  ct: ['14.20', '14.23', '14.29', '113.65', '113.68', '113.74', '113.87', '113.91', '113.97', '113.104', '116.21', '116.23', '183.12', '183.14', '183.37', '59.33', '59.36', '59.41', '219.133', '219.134', '125.92', '125.94', '121.8', '121.12', '61.140', '61.144'],
};
/** Other provinces' broadband and mobile ranges: natives working away, task-platform workers, proxy exits. */
const CN_OTHER: readonly string[] = [
  '113.218', '113.240', '175.0', '175.8', '222.240', '171.104', '171.108', '180.136', '117.40', '117.44', '182.96', '182.104', '171.208', '171.216', '125.70', '123.52', '123.149',
  '27.16', '27.24', '111.181', '36.32', '36.57', '117.64', '106.122', '114.222', '121.35', '60.176', '183.160', '115.192', '124.64', '39.128', '39.149', '223.88', '112.10', '125.118',
  '58.20', '218.76', '221.192', '110.184', '182.148', '42.48', '61.158', '49.77', '220.202', '110.52', '111.26', '36.106', '117.152',
];
const HK_MOBILE: readonly string[] = ['1.64', '1.65', '42.2', '119.236', '119.237', '223.119', '223.197', '27.109'];
const HK_BROADBAND: readonly string[] = ['219.76', '219.77', '219.79', '112.118', '112.119', '112.120', '42.3', '58.152', '218.102', '14.0'];
/** Hosting and IDC ranges of the big clouds' South China regions. */
const HOSTING: readonly string[] = ['47.106', '47.107', '47.112', '47.115', '8.134', '8.135', '120.78', '120.79', '119.91', '81.71', '43.139', '106.52', '106.55', '121.37', '124.71', '139.159', '119.23'];
/** Overseas Chinese homes: US, Canada, Malaysia, Thailand, Australia, Singapore. */
const ABROAD: readonly string[] = ['73.162', '24.6', '98.207', '71.198', '174.205', '99.231', '142.113', '24.114', '175.139', '175.141', '115.164', '49.229', '101.180', '1.145', '118.200', '116.87'];

export interface IpSource {
  next(rng: Rng): string;
}

/** A few fixed addresses (an office NAT, a dorm's exits, a farm's modems): picked at random each time. */
export class FixedNat implements IpSource {
  constructor(readonly addresses: readonly string[]) {}
  next(rng: Rng): string {
    return rng.pick(this.addresses);
  }
}

function host(rng: Rng): number {
  return rng.int(2, 253);
}

/** A /24 prefix `a.b.c` inside one of the /16s. */
function block(rng: Rng, sixteens: readonly string[]): string {
  return `${rng.pick(sixteens)}.${rng.int(0, 255)}`;
}

export class Networks {
  /** CGNAT egress /24s per (carrier, city), built on first use from the network's own stream. */
  private readonly cgnat = new Map<string, string[]>();
  private readonly hk: string[];

  constructor(private readonly rng: Rng) {
    this.hk = Array.from({ length: 30 }, () => block(rng, HK_MOBILE));
  }

  /** A carrier subscriber's share: China Mobile dominates mobile data in Guangdong. */
  carrier(r: Rng): Carrier {
    return (['cm', 'cu', 'ct'] as const)[r.weightedIndex([0.58, 0.2, 0.22])];
  }

  /** A mobile-data address in a Guangdong city: one of that carrier's egress /24s there. */
  mobile(r: Rng, carrier: Carrier, city: string, dense = false): string {
    const key = `${carrier}:${city}`;
    let blocks = this.cgnat.get(key);
    if (!blocks) {
      const n = dense ? 60 : carrier === 'cm' ? 28 : 14;
      blocks = Array.from({ length: n }, () => block(this.rng, GD_MOBILE[carrier]));
      this.cgnat.set(key, blocks);
    }
    return `${blocks[Math.min(blocks.length - 1, Math.floor(blocks.length * r.next() * r.next() * 1.6))]}.${host(r)}`;
  }

  /** A household's broadband address in Guangdong. */
  broadband(r: Rng, carrier: Carrier): string {
    return `${block(r, GD_BROADBAND[carrier])}.${host(r)}`;
  }

  /** An address somewhere else in mainland China (broadband or mobile). */
  elsewhere(r: Rng): string {
    return `${block(r, CN_OTHER)}.${host(r)}`;
  }

  hkMobile(r: Rng): string {
    return `${r.pick(this.hk)}.${host(r)}`;
  }

  hkBroadband(r: Rng): string {
    return `${block(r, HK_BROADBAND)}.${host(r)}`;
  }

  abroad(r: Rng): string {
    return `${block(r, ABROAD)}.${host(r)}`;
  }

  /** `n` NAT exits of one organisation: consecutive addresses in one broadband /24, as leased lines come. */
  nat(r: Rng, n: number, carrier: Carrier = 'ct'): FixedNat {
    const prefix = block(r, GD_BROADBAND[carrier]);
    const first = r.int(2, 250 - n);
    return new FixedNat(Array.from({ length: n }, (_, i) => `${prefix}.${first + i}`));
  }

  /** `n` hosting /24 prefixes (`a.b.c`) in South China clouds. */
  hostingBlocks(r: Rng, n: number): string[] {
    return Array.from({ length: n }, () => block(r, HOSTING));
  }
}
