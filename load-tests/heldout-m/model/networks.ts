import type { Rng } from '../../heldout/prng';

export type Carrier = 'cmcc' | 'telecom' | 'unicom';

/**
 * Where Anhui's voters' packets come from. First two octets only: the /24s inside them are drawn
 * per run. Anhui Telecom carries most home broadband; China Mobile most phones.
 */
const ANHUI_MOBILE: Record<Carrier, readonly string[]> = {
  cmcc: ['39.144', '39.145', '39.148', '112.26', '112.27', '112.28', '112.29', '120.243', '223.104', '117.136'],
  telecom: ['36.60', '36.61', '36.62', '36.63', '223.240', '106.33'],
  unicom: ['112.96', '112.97', '112.122', '112.123', '58.243'],
};
const ANHUI_BROADBAND: Record<Carrier, readonly string[]> = {
  cmcc: ['120.209', '120.210', '112.30', '112.31'],
  telecom: ['114.96', '114.97', '114.98', '114.99', '114.100', '114.101', '114.102', '117.64', '117.65', '117.66', '117.67', '117.68', '117.69', '117.70', '117.71', '183.160', '183.162', '183.164', '183.166', '60.166', '60.167', '220.178', '220.179', '36.32', '36.33', '36.57', '61.190'],
  unicom: ['58.242', '112.132', '153.101', '221.130'],
};
/** Anhui's e-government extranet and public institutions sit on a few Telecom blocks. */
const GOV_BLOCKS = ['218.22', '218.23', '61.191', '220.180', '202.102'];

/** Other provinces where Anhui's migrants live, by carrier kind. */
export type Province = 'shanghai' | 'jiangsu' | 'zhejiang' | 'guangdong' | 'beijing' | 'other';
const ELSEWHERE_MOBILE: Record<Province, readonly string[]> = {
  shanghai: ['117.135', '223.104', '39.144', '112.64', '112.65'],
  jiangsu: ['112.2', '112.3', '112.20', '39.144', '223.104', '114.221'],
  zhejiang: ['112.10', '112.17', '223.104', '39.144', '36.17', '115.197'],
  guangdong: ['120.229', '120.230', '223.104', '39.144', '112.96'],
  beijing: ['111.196', '223.72', '39.144', '114.253'],
  other: ['223.104', '39.144', '39.149', '117.136', '112.224', '27.38'],
};
const ELSEWHERE_BROADBAND: Record<Province, readonly string[]> = {
  shanghai: ['101.80', '101.81', '180.158', '180.159', '116.224', '58.34'],
  jiangsu: ['114.222', '117.88', '180.110', '49.77', '121.229', '58.213'],
  zhejiang: ['115.192', '60.186', '122.224', '125.118', '183.128', '115.236'],
  guangdong: ['113.104', '183.6', '14.150', '119.123', '113.87'],
  beijing: ['123.112', '114.242', '124.64', '106.39'],
  other: ['171.8', '113.57', '27.17', '222.90', '182.140', '171.43'],
};
/** Public clouds and IDCs: Alibaba, Tencent, Huawei, UCloud, Baidu, and domestic IDC resellers. */
const HOSTING = ['47.96', '47.98', '47.100', '47.103', '47.104', '47.110', '47.116', '47.120', '8.136', '8.140', '39.101', '39.105', '120.55', '121.40', '43.138', '43.142', '1.14', '1.15', '81.68', '101.34', '124.221', '175.178', '124.70', '121.36', '1.94', '106.75', '180.76', '117.50', '114.55'];
/** Cloud-phone and IDC resellers' ranges (provincial IDCs on Telecom and Unicom). */
const IDC = ['106.225', '117.57', '221.229', '122.228', '218.93', '58.218', '183.131', '42.81'];
/** Abroad: US, Japan, Singapore, Korea, Australia. */
const ABROAD = ['73.15', '98.207', '24.6', '126.73', '153.156', '116.14', '175.156', '121.166', '1.144', '203.219'];

function octet(rng: Rng, lo = 1, hi = 254): number {
  return rng.int(lo, hi);
}

/** A /24 prefix ("a.b.c") inside one of the given /16s. */
function prefix24(rng: Rng, blocks: readonly string[]): string {
  return `${rng.pick(blocks)}.${octet(rng, 0, 255)}`;
}

/**
 * The address pools of one run. A carrier's CGNAT egress for a city is a limited, skewed set of
 * /24s, so strangers on the same carrier in the same city share addresses all day.
 */
export class Networks {
  private readonly cgnat = new Map<string, { prefixes: string[]; weights: number[] }>();

  constructor(private readonly rng: Rng) {}

  private pool(key: string, blocks: readonly string[], size: number): { prefixes: string[]; weights: number[] } {
    let p = this.cgnat.get(key);
    if (!p) {
      // A city's egress comes out of one or two of the carrier's blocks.
      const own = this.rng.shuffle([...blocks]).slice(0, Math.min(blocks.length, this.rng.int(1, 2)));
      const prefixes = Array.from({ length: size }, () => prefix24(this.rng, own));
      const weights = prefixes.map(() => this.rng.gamma(0.8, 1));
      this.cgnat.set(key, (p = { prefixes, weights }));
    }
    return p;
  }

  /** A phone's address on mobile data in an Anhui city: a CGNAT egress, shared with strangers. */
  mobile(rng: Rng, carrier: Carrier, city: string): string {
    const p = this.pool(`m:${carrier}:${city}`, ANHUI_MOBILE[carrier], carrier === 'cmcc' ? 24 : 12);
    return `${p.prefixes[rng.weightedIndex(p.weights)]}.${octet(rng)}`;
  }

  /** A mobile address in another province (the migrant in Suzhou, the relative in Shanghai). */
  mobileElsewhere(rng: Rng, province: Province): string {
    const p = this.pool(`e:${province}`, ELSEWHERE_MOBILE[province], 40);
    return `${p.prefixes[rng.weightedIndex(p.weights)]}.${octet(rng)}`;
  }

  /** A household's broadband line in an Anhui city: Telecom 65%, Unicom 17%, Mobile 18%. */
  broadband(rng: Rng, city: string): string {
    const carrier: Carrier = rng.chance(0.65) ? 'telecom' : rng.chance(0.5) ? 'cmcc' : 'unicom';
    const p = this.pool(`b:${carrier}:${city}`, ANHUI_BROADBAND[carrier], 180);
    return `${rng.pick(p.prefixes)}.${octet(rng)}`;
  }

  /** A home line or dormitory line in another province. */
  broadbandElsewhere(rng: Rng, province: Province): string {
    return `${prefix24(rng, ELSEWHERE_BROADBAND[province])}.${octet(rng)}`;
  }

  /** A NAT of `size` consecutive addresses: a county government, a school, a hospital, an employer. */
  nat(rng: Rng, kind: 'gov' | 'edu' | 'hospital' | 'enterprise', size = 1): string[] {
    const base =
      kind === 'gov' || kind === 'edu' ? prefix24(rng, GOV_BLOCKS) : prefix24(rng, ANHUI_BROADBAND.telecom.concat(ANHUI_BROADBAND.unicom));
    const first = octet(rng, 2, 250 - size);
    return Array.from({ length: size }, (_, i) => `${base}.${first + i}`);
  }

  /** A /24 in a public cloud. */
  hosting24(rng: Rng): string {
    return prefix24(rng, HOSTING);
  }

  /** A /24 at a domestic IDC that rents cloud phones and servers. */
  idc24(rng: Rng): string {
    return prefix24(rng, IDC);
  }

  abroad(rng: Rng): string {
    return `${prefix24(rng, ABROAD)}.${octet(rng)}`;
  }
}
