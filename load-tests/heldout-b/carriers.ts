/**
 * China's access networks as this set models them, one fixed "world" for every ledger (the
 * province's networks do not change between ballots):
 * - mobile data leaves through carrier-grade NAT: each (region, carrier) has a pool of egress /24s
 *   and every new data session gets some address in it, so strangers in one city share /24s and
 *   one phone changes address between sessions; a share of phones is on IPv6 (a fresh /64 per
 *   session inside the carrier's regional prefix);
 * - home broadband is PPPoE with a public address per household, re-dialled every few days;
 * - workplaces, government offices and campuses leave through a few fixed addresses;
 * - data centres (cloud, IDC) have their own ranges, which real phones almost never use.
 */
import { Rng } from '../heldout/prng';
import { REGIONS, type Region } from './regions';

export type Carrier = 'cmcc' | 'chinanet' | 'unicom';
export const CARRIERS: readonly Carrier[] = ['cmcc', 'chinanet', 'unicom'];
/** Mobile subscriptions and home broadband lines by carrier in Jiangxi (roughly). */
export const MOBILE_SHARE: Record<Carrier, number> = { cmcc: 0.56, chinanet: 0.28, unicom: 0.16 };
export const BROADBAND_SHARE: Record<Carrier, number> = { cmcc: 0.42, chinanet: 0.47, unicom: 0.11 };

// First octets each carrier's ranges are drawn from (mobile CGNAT, fixed-line).
const MOBILE_FIRST: Record<Carrier, number[]> = { cmcc: [223, 112, 117, 39, 120], chinanet: [106, 27, 113, 117, 171], unicom: [112, 111, 58, 157, 116] };
const FIXED_FIRST: Record<Carrier, number[]> = { cmcc: [36, 183, 117, 120, 223], chinanet: [59, 182, 117, 218, 106, 222], unicom: [118, 58, 113, 125, 221] };
const V6_PREFIX: Record<Carrier, string> = { cmcc: '2409:89', chinanet: '240e:3', unicom: '2408:84' };

interface Access {
  mobile24: string[];
  v6Prefix: string;
  broadband16: string[];
  business16: string;
}

export class World {
  private readonly access = new Map<string, Access>();
  private readonly used16 = new Set<string>();
  readonly cloud16: string[];
  readonly idc16: string[];

  constructor() {
    const rng = new Rng('heldout-b:world');
    for (const r of REGIONS) {
      const big = r.inJiangxi ? r.population / 200 : r.population / 6;
      for (const c of CARRIERS) {
        const mobileHome = this.fresh16(rng, MOBILE_FIRST[c]);
        const n24 = Math.round(6 + 10 * Math.min(3, big) * MOBILE_SHARE[c] * 2);
        const thirds = rng.shuffle(Array.from({ length: 256 }, (_, i) => i)).slice(0, n24);
        this.access.set(`${r.id}/${c}`, {
          mobile24: thirds.map((t) => `${mobileHome}.${t}`),
          v6Prefix: `${V6_PREFIX[c]}${rng.hex(2)}:${rng.hex(1)}`,
          broadband16: Array.from({ length: 2 + Math.round(Math.min(4, big)) }, () => this.fresh16(rng, FIXED_FIRST[c])),
          business16: this.fresh16(rng, FIXED_FIRST[c]),
        });
      }
    }
    // Alibaba / Tencent / Huawei cloud style ranges, and provincial IDC ranges.
    this.cloud16 = Array.from({ length: 24 }, () => this.fresh16(rng, [47, 39, 8, 43, 49, 101, 119, 121, 124, 1]));
    this.idc16 = Array.from({ length: 12 }, () => this.fresh16(rng, [218, 61, 222, 183, 150, 154]));
  }

  private fresh16(rng: Rng, firsts: number[]): string {
    for (;;) {
      const s = `${rng.pick(firsts)}.${rng.int(1, 254)}`;
      if (!this.used16.has(s)) {
        this.used16.add(s);
        return s;
      }
    }
  }

  private get(r: Region, c: Carrier): Access {
    const a = this.access.get(`${r.id}/${c}`);
    if (!a) throw new Error(`no access for ${r.id}/${c}`);
    return a;
  }

  /** The egress of one mobile data session. */
  mobileAddress(rng: Rng, r: Region, c: Carrier, v6: boolean): string {
    const a = this.get(r, c);
    if (v6) return `${a.v6Prefix}${rng.hex(1)}:${rng.hex(4)}:${h4(rng)}:${h4(rng)}:${h4(rng)}:${h4(rng)}`;
    return `${rng.pick(a.mobile24)}.${rng.int(1, 254)}`;
  }

  /** The mobile egress /24s of a region and carrier (a modem pool lives inside them). */
  mobile24s(r: Region, c: Carrier): readonly string[] {
    return this.get(r, c).mobile24;
  }

  /** A household's public address after a PPPoE dial. */
  broadbandAddress(rng: Rng, r: Region, c: Carrier): string {
    return `${rng.pick(this.get(r, c).broadband16)}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
  }

  /** Fixed addresses of a workplace's dedicated line: `n` consecutive addresses in one /24. */
  businessAddresses(rng: Rng, r: Region, c: Carrier, n: number): string[] {
    const base = `${this.get(r, c).business16}.${rng.int(0, 255)}`;
    const first = rng.int(2, 250 - n);
    return Array.from({ length: n }, (_, i) => `${base}.${first + i}`);
  }

  /** A data-centre /24 (cloud when `cloud`, otherwise a provincial IDC). */
  datacentre24(rng: Rng, cloud: boolean): string {
    return `${rng.pick(cloud ? this.cloud16 : this.idc16)}.${rng.int(0, 255)}`;
  }
}

function h4(rng: Rng): string {
  return rng.uint32().toString(16).slice(-4).replace(/^0+(?=.)/, '');
}

export function drawCarrier(rng: Rng, share: Record<Carrier, number>): Carrier {
  return CARRIERS[rng.weightedIndex(CARRIERS.map((c) => share[c]))];
}
