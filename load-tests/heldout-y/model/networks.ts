import { Rng } from '../../heldout/prng';

export type Carrier = 'mobile' | 'unicom' | 'telecom';

/**
 * Address blocks from my own knowledge of Chinese allocations (/16s, not checked against a
 * registry): Hebei's three carriers, Beijing's, a few other provinces' home broadband, and the
 * cloud and IDC ranges scripts and cloud phones come from.
 */
const HEBEI: Record<Carrier, string[]> = {
  unicom: ['60.1', '60.2', '60.6', '60.7', '60.10', '121.17', '121.18', '121.22', '221.192', '221.193', '221.194', '27.128', '27.129', '110.228', '110.229', '110.230', '110.249', '110.254', '61.182'],
  telecom: ['222.222', '222.223', '106.8', '106.115', '106.117', '123.180', '123.181', '123.182', '124.236', '124.238', '124.239', '219.148', '218.11', '218.12'],
  mobile: ['111.62', '111.63', '120.243', '223.104', '39.144', '36.98', '120.240', '183.196', '183.197', '117.136'],
};
const BEIJING: Record<Carrier, string[]> = {
  unicom: ['123.112', '123.113', '123.114', '123.117', '123.118', '114.242', '114.243', '114.244', '114.246', '114.247', '114.249', '114.252', '114.253', '61.48', '61.49', '61.51', '125.33', '125.34', '106.39', '221.216', '221.218', '221.220', '221.222'],
  mobile: ['111.192', '111.193', '111.194', '111.196', '111.197', '111.199', '223.70', '223.71', '223.72', '39.155', '112.17', '117.128', '36.110', '36.112', '120.244', '120.245'],
  telecom: ['106.120', '106.121', '219.142', '219.143', '222.128', '222.129', '222.130', '222.131', '180.149', '106.37'],
};
/** Home broadband elsewhere in China: where proxy exits and far relatives are. */
export const PROVINCES: Record<string, string[]> = {
  henan: ['171.8', '171.9', '171.10', '171.11', '115.60', '42.224', '42.227', '42.231', '123.52', '1.192', '1.193'],
  shandong: ['27.192', '27.196', '27.201', '27.210', '119.176', '60.208', '60.211', '60.215', '112.224', '112.232', '124.128'],
  tianjin: ['117.8', '117.9', '117.12', '60.24', '60.25', '60.28', '111.161', '111.163', '125.36', '221.196'],
  shanxi: ['60.220', '60.221', '118.74', '118.79', '221.204', '222.31', '183.185', '223.11'],
  sichuan: ['118.112', '118.113', '118.116', '171.208', '171.213', '171.221', '125.69', '182.138', '182.150'],
  guangdong: ['113.64', '113.77', '113.87', '113.100', '113.110', '14.16', '14.19', '183.6', '183.17', '183.37', '59.33', '59.40'],
  jiangsu: ['114.216', '114.221', '114.229', '180.98', '180.102', '180.115', '49.67', '49.77', '49.86'],
  liaoning: ['175.160', '175.166', '175.170', '119.112', '119.119', '59.46', '123.184', '123.188'],
  hubei: ['27.16', '27.20', '27.25', '111.172', '111.175', '59.172', '59.175', '219.140'],
  zhejiang: ['115.192', '115.196', '115.205', '122.224', '122.233', '183.128', '183.141', '60.186'],
  neimenggu: ['110.16', '110.17', '1.24', '1.26', '116.112', '116.114', '222.74'],
};
export const CLOUD: Record<string, string[]> = {
  aliyun: ['47.92', '47.93', '47.94', '47.95', '47.104', '47.105', '39.96', '39.97', '39.98', '39.99', '39.100', '39.101', '39.105', '39.106', '39.107', '8.130', '8.131', '8.140', '8.141', '121.40', '121.41', '101.200', '112.124', '120.24', '120.25', '120.27', '120.55', '120.76', '120.77', '120.78'],
  tencent: ['42.192', '42.193', '49.232', '49.233', '49.234', '81.68', '81.69', '81.70', '81.71', '101.42', '101.43', '106.52', '106.53', '106.54', '106.55', '111.229', '111.230', '119.45', '119.91', '121.4', '122.51', '124.220', '124.221', '124.222', '124.223', '129.211', '134.175', '139.155', '150.158', '175.24', '175.178', '1.116', '1.117', '43.138', '43.139', '43.143'],
  huawei: ['121.36', '121.37', '124.70', '114.116', '116.204', '116.205', '119.3', '122.112', '139.9', '139.159', '1.94'],
  ucloud: ['106.75', '117.50', '113.31'],
  /** Provincial telecom IDCs that rent racks to cloud-phone services. */
  idc: ['218.93', '122.228', '115.231', '61.160', '180.97', '183.131', '183.136', '222.186', '117.21', '122.224'],
};

/** A /24 as "a.b.c". */
export type Prefix = string;

/** The addresses people's votes come from; a city's carrier blocks are fixed (seeded by name, not by run). */
export class Networks {
  private readonly cgnat = new Map<string, { blocks: Prefix[]; weights: number[] }>();
  private readonly broadband = new Map<string, Prefix[]>();
  private nextNat = 0;

  constructor(private readonly rng: Rng) {}

  /** A city's mobile-data egress: a limited set of CGNAT /24s per carrier (China Mobile the most), skewed. */
  private cgnatOf(region: string, city: string, carrier: Carrier): { blocks: Prefix[]; weights: number[] } {
    const key = `${region}:${city}:${carrier}`;
    let pool = this.cgnat.get(key);
    if (!pool) {
      const r = new Rng(`cgnat:${key}`);
      const base = (region === 'beijing' ? BEIJING : HEBEI)[carrier];
      const n = carrier === 'mobile' ? r.int(18, 30) : r.int(8, 16);
      const blocks = Array.from({ length: n }, () => `${r.pick(base)}.${r.int(0, 255)}`);
      pool = { blocks, weights: blocks.map((_, i) => 1 / Math.pow(i + 1, 0.8)) };
      this.cgnat.set(key, pool);
    }
    return pool;
  }

  mobile(rng: Rng, city: string, carrier: Carrier): string {
    const pool = this.cgnatOf('hebei', city, carrier);
    return `${pool.blocks[rng.weightedIndex(pool.weights)]}.${rng.int(1, 254)}`;
  }

  beijingMobile(rng: Rng, carrier: Carrier): string {
    const pool = this.cgnatOf('beijing', 'beijing', carrier);
    return `${pool.blocks[rng.weightedIndex(pool.weights)]}.${rng.int(1, 254)}`;
  }

  /** A household's broadband address in a Hebei city (dynamic: redialled now and then). */
  home(rng: Rng, city: string): string {
    let blocks = this.broadband.get(city);
    if (!blocks) {
      const r = new Rng(`broadband:${city}`);
      blocks = Array.from({ length: 120 }, () => {
        const c = r.weightedIndex([55, 25, 20]);
        return `${r.pick(HEBEI[(['unicom', 'telecom', 'mobile'] as const)[c]])}.${r.int(0, 255)}`;
      });
      this.broadband.set(city, blocks);
    }
    return `${rng.pick(blocks)}.${rng.int(2, 253)}`;
  }

  /** A home address somewhere else in China (or in Beijing). */
  homeIn(rng: Rng, province: string): string {
    const base = province === 'beijing' ? BEIJING.unicom.concat(BEIJING.telecom) : PROVINCES[province];
    return `${rng.pick(base)}.${rng.int(0, 255)}.${rng.int(2, 253)}`;
  }

  /** An organisation's NAT: `n` consecutive addresses in one block of a Hebei (or Beijing) carrier. */
  nat(rng: Rng, n: number, where: 'hebei' | 'beijing' = 'hebei'): string[] {
    this.nextNat++;
    const base = where === 'beijing' ? BEIJING.unicom.concat(BEIJING.telecom) : HEBEI.unicom.concat(HEBEI.telecom);
    const block = `${rng.pick(base)}.${rng.int(0, 255)}`;
    const first = rng.int(2, 250 - n);
    return Array.from({ length: n }, (_, i) => `${block}.${first + i}`);
  }

  /** `n` distinct /24s of one or more cloud providers. */
  cloudPrefixes(rng: Rng, n: number, providers: readonly string[]): Prefix[] {
    const out = new Set<Prefix>();
    while (out.size < n) out.add(`${rng.pick(CLOUD[rng.pick(providers)])}.${rng.int(0, 255)}`);
    return [...out];
  }

  /** Another province's mobile data (roughly: its broadband ranges stand in for its carriers). */
  elsewhere(rng: Rng): string {
    return this.homeIn(rng, rng.pick(Object.keys(PROVINCES)));
  }

  /** Random numbers for a family's own draws that must not move the crowd's. */
  stream(label: string): Rng {
    return this.rng.fork(label);
  }
}
