import type { Rng } from '../../heldout/prng';
import type { PrefectureKey } from './places';

export type Carrier = 'mobile' | 'unicom' | 'telecom';
/** Elsewhere in China where Jilin people work, and abroad. */
export type Away = 'LN' | 'BJ' | 'HL' | 'SD' | 'TJ' | 'SH' | 'GD' | 'HI';
export type Region = PrefectureKey | Away | 'KR' | 'JP';
export type Cloud = 'aliyun' | 'tencent' | 'huawei' | 'baidu' | 'ucloud' | 'aws-seoul' | 'vultr-seoul';

/**
 * Address blocks (first two octets) as I remember the carriers' allocations in the northeast;
 * the generator only needs them plausible and stable. Jilin's fixed broadband is mostly Unicom
 * (the old Netcom north), mobile data mostly China Mobile.
 */
const JILIN: Record<Carrier, readonly string[]> = {
  unicom: ['139.206', '139.207', '139.208', '139.209', '139.210', '139.211', '139.212', '139.213', '139.214', '139.215', '175.16', '175.17', '175.18', '175.19', '175.20', '175.21', '175.22', '175.23', '222.161', '222.162', '222.163', '222.168', '222.169', '125.32', '125.33', '221.8', '221.9'],
  mobile: ['111.26', '111.27', '36.48', '36.49', '112.42', '117.136', '223.100', '223.101'],
  telecom: ['58.244', '58.245', '219.149', '219.150', '202.111', '61.161'],
};

const AWAY: Record<Away | 'KR' | 'JP', { mobile: readonly string[]; fixed: readonly string[] }> = {
  LN: { mobile: ['223.102', '111.32', '112.40'], fixed: ['113.224', '113.225', '175.160', '175.168'] },
  BJ: { mobile: ['111.196', '111.197', '223.72'], fixed: ['123.112', '123.113', '123.118', '114.242'] },
  HL: { mobile: ['111.40', '111.41', '223.97'], fixed: ['113.0', '113.4', '1.188', '1.189'] },
  SD: { mobile: ['223.104', '120.192', '39.71'], fixed: ['112.224', '112.225', '27.192', '60.208'] },
  TJ: { mobile: ['111.161', '117.11'], fixed: ['117.8', '60.24', '111.163'] },
  SH: { mobile: ['117.135', '223.104'], fixed: ['101.80', '116.224', '180.160'] },
  GD: { mobile: ['120.229', '120.230', '112.96'], fixed: ['113.88', '14.16', '119.123'] },
  HI: { mobile: ['223.198', '117.180'], fixed: ['124.225', '59.50'] },
  // SK Telecom, KT and LG U+ mobile; KT, SK Broadband and LG U+ home lines.
  KR: { mobile: ['223.38', '223.39', '223.62', '39.7', '110.70', '175.223', '106.101', '106.102', '117.111'], fixed: ['121.134', '211.36', '220.72', '175.113', '1.224', '125.128', '112.214', '118.45'] },
  JP: { mobile: ['126.208', '126.33', '106.128'], fixed: ['153.156', '60.66', '220.100'] },
};

const CLOUDS: Record<Cloud, readonly string[]> = {
  aliyun: ['47.92', '47.93', '47.94', '47.95', '47.96', '47.98', '47.99', '47.100', '47.101', '47.102', '47.104', '47.105', '47.108', '47.110', '47.111', '47.113', '47.115', '47.116', '47.118', '8.130', '8.131', '8.134', '8.136', '8.140', '8.142', '8.146', '39.96', '39.98', '39.101', '39.103', '39.105', '39.107', '120.24', '120.25', '120.26', '120.27', '101.132'],
  tencent: ['81.68', '81.69', '81.70', '81.71', '82.156', '82.157', '101.33', '101.34', '101.35', '101.42', '101.43', '106.52', '106.53', '106.54', '106.55', '111.229', '111.230', '111.231', '119.29', '124.220', '124.221', '124.222', '124.223', '129.204', '129.211', '150.158'],
  huawei: ['1.92', '1.94', '60.204', '94.74', '116.63', '116.204', '116.205', '119.3', '121.36', '121.37', '123.60', '124.70', '124.71', '139.9', '159.138'],
  baidu: ['106.12', '106.13', '180.76'],
  ucloud: ['106.75', '117.50'],
  'aws-seoul': ['3.34', '3.35', '3.36', '3.37', '3.38', '3.39', '13.124', '13.125', '13.209', '15.164', '15.165', '43.200', '43.201', '52.78', '52.79', '54.180'],
  'vultr-seoul': ['141.164', '158.247', '64.176'],
};

/** Market shares in Jilin: mobile data, and home broadband. */
const MOBILE_SHARE: Record<Carrier, number> = { mobile: 0.52, unicom: 0.3, telecom: 0.18 };
const FIXED_SHARE: Record<Carrier, number> = { unicom: 0.55, telecom: 0.22, mobile: 0.23 };
const CARRIERS: readonly Carrier[] = ['mobile', 'unicom', 'telecom'];

function isJilin(r: Region): r is PrefectureKey {
  return r.length === 2 && !(r in AWAY);
}

/** A tiny integer hash, so a line's address in an epoch needs no shared stream. */
function mix(a: number, b: number): number {
  let h = Math.imul(a ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(b + 0x27d4eb2f, 0xc2b2ae35);
  h ^= h >>> 15;
  h = Math.imul(h, 0x2c1b3c6d);
  h ^= h >>> 12;
  return h >>> 0;
}

/** A household's broadband line: one address at a time, a new one when the modem redials. */
export interface Line {
  region: Region;
  carrier: Carrier;
  /** The /16s the line's addresses come from, with this prefecture's third-octet band. */
  blocks: readonly string[];
  band: number;
  seed: number;
  /** Address epoch per ballot day (redials move it on). */
  epochs: readonly number[];
}

export function lineAddress(line: Line, day: number): string {
  const e = line.epochs[Math.max(0, Math.min(line.epochs.length - 1, day))];
  const h = mix(line.seed, e);
  const block = line.blocks[h % line.blocks.length];
  const third = line.band * 32 + ((h >>> 8) % 32);
  return `${block}.${third}.${2 + ((h >>> 16) % 252)}`;
}

/**
 * Who is on which address. Mobile data leaves through carrier CGNAT: per region and carrier a
 * limited, skewed set of egress /24s that strangers share. Home lines hold one address until they
 * redial. Institutions (hospital staff Wi-Fi, patient Wi-Fi, government, campus) leave through a
 * few consecutive addresses of one /24, allocated once per name.
 */
export class Networks {
  private readonly cgnat = new Map<string, { prefixes: string[]; weights: number[] }>();
  private readonly bands = new Map<string, number>();
  private readonly exitsByName = new Map<string, string[]>();
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  private fresh24(blocks: readonly string[]): string {
    for (;;) {
      const p = `${this.rng.pick(blocks)}.${this.rng.int(0, 255)}`;
      if (!this.used.has(p)) {
        this.used.add(p);
        return p;
      }
    }
  }

  private mobileBlocks(region: Region, carrier: Carrier): readonly string[] {
    if (isJilin(region)) return JILIN[carrier];
    return AWAY[region].mobile;
  }

  private fixedBlocks(region: Region, carrier: Carrier): readonly string[] {
    if (isJilin(region)) return JILIN[carrier === 'mobile' ? 'mobile' : carrier];
    return AWAY[region].fixed;
  }

  /** The CGNAT egress /24s of a region's carrier, with their (Zipf-like) shares. */
  pool(region: Region, carrier: Carrier): { prefixes: string[]; weights: number[] } {
    const key = `${region}:${carrier}`;
    let p = this.cgnat.get(key);
    if (!p) {
      const big = region === 'CC' ? 2 : isJilin(region) ? 1 : 1.5;
      const n = Math.round((carrier === 'mobile' ? 14 : carrier === 'unicom' ? 9 : 6) * big);
      const prefixes = Array.from({ length: n }, () => this.fresh24(this.mobileBlocks(region, carrier)));
      p = { prefixes, weights: prefixes.map((_, i) => 1 / Math.pow(i + 1, 0.7)) };
      this.cgnat.set(key, p);
    }
    return p;
  }

  mobileCarrier(rng: Rng): Carrier {
    return CARRIERS[rng.weightedIndex(CARRIERS.map((c) => MOBILE_SHARE[c]))];
  }

  fixedCarrier(rng: Rng): Carrier {
    return CARRIERS[rng.weightedIndex(CARRIERS.map((c) => FIXED_SHARE[c]))];
  }

  /** One mobile-data address: a CGNAT egress of the region's carrier. */
  mobile(rng: Rng, region: Region, carrier: Carrier): string {
    const p = this.pool(region, carrier);
    return `${p.prefixes[rng.weightedIndex(p.weights)]}.${rng.int(1, 254)}`;
  }

  /** A new household line in a region; `redial` is the chance per day that its address changes. */
  line(rng: Rng, region: Region, carrier: Carrier = this.fixedCarrier(rng), redial = 0.15, days = 9): Line {
    const key = `${region}:${carrier}`;
    let band = this.bands.get(key);
    if (band === undefined) this.bands.set(key, (band = this.rng.int(0, 7)));
    const epochs: number[] = [];
    let e = 0;
    for (let d = 0; d < days; d++) {
      if (d > 0 && rng.chance(redial)) e++;
      epochs.push(e);
    }
    return { region, carrier, blocks: this.fixedBlocks(region, carrier), band, seed: rng.uint32(), epochs };
  }

  /** `count` consecutive addresses of one /24, the same every time `name` is asked for. */
  exits(name: string, count: number, region: Region = 'CC', carrier: Carrier = 'unicom'): string[] {
    let e = this.exitsByName.get(name);
    if (!e) {
      const prefix = this.fresh24(this.fixedBlocks(region, carrier));
      const first = this.rng.int(2, 250 - count);
      e = Array.from({ length: count }, (_, i) => `${prefix}.${first + i}`);
      this.exitsByName.set(name, e);
    }
    return e;
  }

  /** A /24 of a hosting provider, never handed out before in this ballot. */
  cloud24(provider: Cloud): string {
    return this.fresh24(CLOUDS[provider]);
  }

  /** A campus address block on CERNET (China Education and Research Network) in Jilin. */
  campus(name: string, count: number): string[] {
    let e = this.exitsByName.get(name);
    if (!e) {
      const prefix = this.fresh24(['202.198', '210.47', '59.72', '202.98']);
      const first = this.rng.int(2, 250 - count);
      e = Array.from({ length: count }, (_, i) => `${prefix}.${first + i}`);
      this.exitsByName.set(name, e);
    }
    return e;
  }

  /** A residential-proxy exit anywhere in China's home broadband (what proxy vendors resell). */
  residentialProxy(rng: Rng): string {
    const regions: Region[] = ['LN', 'BJ', 'HL', 'SD', 'TJ', 'SH', 'GD', 'HI', 'CC', 'JL'];
    const extra = ['221.13', '222.88', '27.38', '123.160', '182.120', '117.80', '36.57', '58.48', '183.156', '115.204', '171.8', '106.18', '125.86', '114.105'];
    const blocks = rng.chance(0.45) ? extra : this.fixedBlocks(rng.pick(regions), 'unicom');
    return `${rng.pick(blocks)}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
  }
}
