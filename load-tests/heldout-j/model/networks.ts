import type { Rng } from '../../heldout/prng';

/**
 * Where votes come from, as addresses. Blocks are written from memory of who announces what (Henan
 * Unicom, the old Netcom, dominates fixed broadband; Henan Telecom and Mobile share the rest; mobile
 * data leaves through carrier-grade NAT shared by many phones at once; cloud hosts sit in the
 * big providers' ranges). They are plausible, not audited.
 */
export type Block = readonly [base: string, bits: number];

const HENAN_BROADBAND: readonly Block[] = [
  ['123.52.0.0', 14], ['125.40.0.0', 13], ['42.224.0.0', 12], ['182.112.0.0', 12], ['115.48.0.0', 12], // Unicom
  ['1.192.0.0', 13], ['171.8.0.0', 13], ['222.136.0.0', 13], // Telecom
  ['120.194.0.0', 15], ['223.88.0.0', 14], // Mobile broadband (often shared public addresses)
];
const HENAN_CELL: readonly Block[] = [
  ['39.144.0.0', 14], ['223.104.104.0', 21], ['117.136.88.0', 21], // Mobile CGNAT
  ['112.96.160.0', 19], ['61.158.128.0', 18], // Unicom mobile data
  ['106.61.0.0', 18], // Telecom mobile data
];
/** Elsewhere in China, where Henan's migrant workers live. */
export const OTHER_PROVINCES: Record<string, readonly Block[]> = {
  guangdong: [['113.64.0.0', 11], ['14.16.0.0', 12], ['183.0.0.0', 12]],
  zhejiang: [['115.192.0.0', 11], ['60.176.0.0', 12]],
  beijing: [['123.112.0.0', 12], ['114.240.0.0', 12]],
  jiangsu: [['180.96.0.0', 11], ['49.64.0.0', 11]],
  shanghai: [['116.224.0.0', 12], ['101.80.0.0', 13]],
  shandong: [['27.192.0.0', 11], ['144.0.0.0', 14]],
  sichuan: [['171.208.0.0', 12], ['182.144.0.0', 13]],
};
/** Cloud and IDC ranges: Alibaba, Tencent, Huawei Cloud, UCloud, a Henan IDC. */
export const HOSTING: readonly Block[] = [
  ['47.92.0.0', 14], ['47.104.0.0', 13], ['49.232.0.0', 14], ['81.70.0.0', 16], ['121.36.0.0', 14],
  ['124.70.0.0', 15], ['106.75.0.0', 16], ['111.7.64.0', 18], ['101.35.0.0', 16],
];

function toInt(ip: string): number {
  return ip.split('.').reduce((n, part) => n * 256 + Number(part), 0);
}
function toIp(n: number): string {
  return `${(n >>> 24) & 255}.${(n >>> 16) & 255}.${(n >>> 8) & 255}.${n & 255}`;
}

/** A host address in a block (never .0 or .255 of its /24). */
export function addressIn(rng: Rng, [base, bits]: Block): string {
  const size = 2 ** (32 - bits);
  for (;;) {
    const n = toInt(base) + Math.floor(rng.next() * size);
    const last = n & 255;
    if (last !== 0 && last !== 255) return toIp(n);
  }
}

/** A /24 in one of the blocks, as a block of its own. */
export function slash24(rng: Rng, blocks: readonly Block[]): Block {
  const a = addressIn(rng, rng.pick(blocks));
  return [`${a.split('.').slice(0, 3).join('.')}.0`, 24];
}

/**
 * The province's networks for one ballot. Each city has its own carrier NAT pool (a few hundred
 * public addresses, the busiest shared by many phones at once) and its own broadband blocks.
 */
export class Networks {
  private readonly cellPools: string[][] = [];
  private readonly broadband: Block[][] = [];

  constructor(private readonly rng: Rng, cities: number) {
    for (let c = 0; c < cities; c++) {
      const pool: string[] = [];
      const size = rng.int(180, 600);
      const blocks = [rng.pick(HENAN_CELL), rng.pick(HENAN_CELL)];
      for (let i = 0; i < size; i++) pool.push(addressIn(rng, rng.pick(blocks)));
      this.cellPools.push(pool);
      this.broadband.push([slash16(rng, HENAN_BROADBAND), slash16(rng, HENAN_BROADBAND), slash16(rng, HENAN_BROADBAND)]);
    }
  }

  /** A phone on mobile data in a city: a carrier NAT address, busy ones more often. */
  cell(rng: Rng, city: number): string {
    const pool = this.cellPools[city];
    // Squaring a uniform draw favours the front of the pool: a few gateway addresses carry most phones.
    const u = rng.next();
    return pool[Math.floor(u * u * pool.length)];
  }

  /** A fresh home broadband address in a city (a household keeps it for a few days). */
  home(rng: Rng, city: number): string {
    return addressIn(rng, rng.pick(this.broadband[city]));
  }

  /** A few fixed addresses (an office, a government network exit, a village committee). */
  fixed(rng: Rng, city: number, count: number): string[] {
    const block = rng.pick(this.broadband[city]);
    return Array.from({ length: count }, () => addressIn(rng, block));
  }

  /** A residential address elsewhere in China. */
  elsewhere(rng: Rng, province: keyof typeof OTHER_PROVINCES): string {
    return addressIn(rng, rng.pick(OTHER_PROVINCES[province]));
  }

  /** A residential address anywhere in Henan (proxy exits, dial-up VPS). */
  anyHenanHome(rng: Rng): string {
    return addressIn(rng, rng.pick(HENAN_BROADBAND));
  }
}

function slash16(rng: Rng, blocks: readonly Block[]): Block {
  const a = addressIn(rng, rng.pick(blocks));
  return [`${a.split('.').slice(0, 2).join('.')}.0.0`, 16];
}
