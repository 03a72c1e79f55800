import type { Rng } from '../heldout/prng';

/**
 * Where votes come from on the wire. Mobile carriers put whole cities behind CGNAT, so one public
 * IPv4 is shared by many strangers and changes between a person's sessions; home broadband keeps an
 * address for days (PPPoE redials); offices and campuses sit behind one or two fixed NAT addresses;
 * IPv6 (heavily used by WeChat on Chinese carriers) gives each session its own address.
 */

export type Carrier = 'cmcc' | 'telecom' | 'unicom';

/** Plausible public prefixes (first two octets) per carrier: mobile CGNAT and fixed broadband. */
const MOBILE: Record<Carrier, string[]> = {
  cmcc: ['223.104', '117.136', '39.144', '39.149', '111.55', '120.204'],
  telecom: ['106.41', '106.86', '223.74', '180.137', '117.44'],
  unicom: ['112.96', '112.97', '157.255', '42.49', '110.53'],
};
const BROADBAND: Record<Carrier, string[]> = {
  telecom: ['117.40', '117.41', '117.43', '182.96', '182.98', '182.105', '59.52', '59.55', '59.62', '222.204', '218.65', '218.87'],
  cmcc: ['223.84', '223.85', '223.86', '39.162', '39.163', '120.203', '111.74'],
  unicom: ['118.212', '118.213', '220.177', '218.64', '113.194'],
};
/** Broadband prefixes of other provinces (Guangdong, Zhejiang, Fujian, Shanghai, Jiangsu, Hunan, Henan…). */
export const ELSEWHERE = ['113.88', '14.17', '183.14', '116.23', '60.186', '115.204', '112.10', '36.248', '117.30', '58.246', '180.111', '49.77', '222.94', '175.9', '171.11', '1.193', '123.161', '222.182', '114.222', '36.22', '27.38', '113.246', '101.80', '124.236'];
const V6_MOBILE: Record<Carrier, string> = { cmcc: '2409:895', telecom: '240e:46', unicom: '2408:844' };
const V6_HOME: Record<Carrier, string> = { cmcc: '2409:8a2', telecom: '240e:3b', unicom: '2408:827' };
/** Chinese clouds: Aliyun, Tencent Cloud, Huawei Cloud, a few IDC ranges. */
export const HOSTING = ['47.98', '47.101', '47.113', '47.116', '43.138', '43.139', '119.29', '81.68', '101.35', '124.71', '121.37', '139.9', '106.14', '120.79', '42.193', '123.57'];

const hx = (rng: Rng, lo: number, hi: number): string => rng.int(lo, hi).toString(16);
const octet = (rng: Rng): number => rng.int(1, 254);

/** A public-address pool: a few hundred to a few thousand addresses, drawn with a skew. */
export class Pool {
  readonly ips: string[] = [];
  constructor(rng: Rng, prefixes: readonly string[], size: number) {
    const blocks = Math.max(1, Math.ceil(size / 64));
    for (let b = 0; b < blocks; b++) {
      const base = `${rng.pick(prefixes)}.${rng.int(0, 255)}`;
      const start = rng.int(1, 190);
      for (let i = 0; i < 64 && this.ips.length < size; i++) this.ips.push(`${base}.${start + i}`);
    }
  }
  /** Square of a uniform: the busiest CGNAT addresses carry several times the average load. */
  draw(rng: Rng): string {
    const u = rng.next();
    return this.ips[Math.floor(u * u * this.ips.length)];
  }
}

/** One IPv4 address inside a prefix. */
export const addressIn = (rng: Rng, prefix: string): string => `${prefix}.${rng.int(0, 255)}.${octet(rng)}`;
/** A /24 inside a prefix: `a.b.c`. */
export const block24 = (rng: Rng, prefix: string): string => `${prefix}.${rng.int(0, 255)}`;
export const inBlock = (rng: Rng, block: string): string => `${block}.${octet(rng)}`;

export const broadbandIp = (rng: Rng, carrier: Carrier): string => addressIn(rng, rng.pick(BROADBAND[carrier]));
export const elsewhereIp = (rng: Rng): string => addressIn(rng, rng.pick(ELSEWHERE));

/** A session's IPv6 address: carrier prefix, a /64 for the session, a random interface id. */
export function v6(rng: Rng, carrier: Carrier, mobile: boolean, prefix64?: string): string {
  const p = prefix64 ?? v6Prefix(rng, carrier, mobile);
  return `${p}:${hx(rng, 0, 0xffff)}:${hx(rng, 0, 0xffff)}:${hx(rng, 0, 0xffff)}:${hx(rng, 1, 0xffff)}`;
}
/** The /64 a home router hands out (kept for days), as its first four groups. */
export function v6Prefix(rng: Rng, carrier: Carrier, mobile: boolean): string {
  const head = mobile ? V6_MOBILE[carrier] : V6_HOME[carrier];
  return `${head}${hx(rng, 0, 15)}:${hx(rng, 0x1000, 0xffff)}:${hx(rng, 0, 0xffff)}:${hx(rng, 0, 0xffff)}`;
}

/** Mobile CGNAT pools of one region, per carrier; a city's pool is a few hundred to two thousand addresses. */
export class CarrierPools {
  private readonly pools = new Map<string, Pool>();
  constructor(private readonly rng: Rng) {}
  pool(carrier: Carrier, region: string, size = 1200): Pool {
    const key = `${carrier}:${region}`;
    let p = this.pools.get(key);
    if (!p) this.pools.set(key, (p = new Pool(this.rng.fork(key), region === 'elsewhere' ? ELSEWHERE : MOBILE[carrier], size)));
    return p;
  }
}

export const pickCarrier = (rng: Rng, mobile: boolean): Carrier => {
  const r = rng.next();
  if (mobile) return r < 0.62 ? 'cmcc' : r < 0.81 ? 'telecom' : 'unicom';
  return r < 0.46 ? 'telecom' : r < 0.82 ? 'cmcc' : 'unicom';
};
