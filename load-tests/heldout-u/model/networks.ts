import { Rng } from '../../heldout/prng';
import { HLJ_CITIES, type Province } from './places';

/**
 * Where votes come from on the wire. My own approximate address plan (/16 blocks per province and
 * carrier, from memory; not a geolocation database): what matters is that the same city's mobile
 * users share a limited set of carrier-grade NAT /24s, that households keep one broadband address
 * for days, that offices and schools sit behind one or a few NAT exits, and that hosting ranges,
 * proxy exits and foreign carriers look like what they are.
 *
 * Pools are drawn lazily but from a stream keyed by their name, so the order in which families ask
 * for them never changes an address.
 */
export type Carrier = 'mobile' | 'unicom' | 'telecom';
export type Region = string;

/** '1.56-63' is 1.56.0.0/16 … 1.63.0.0/16. */
function expand(blocks: readonly string[]): string[] {
  const out: string[] = [];
  for (const b of blocks) {
    const [a, range] = b.split('.');
    const [lo, hi] = range.split('-').map(Number);
    for (let x = lo; x <= (hi ?? lo); x++) out.push(`${a}.${x}`);
  }
  return out;
}

type Plan = Record<Carrier, readonly string[]>;

// prettier-ignore
const PLANS: Record<'黑龙江' | Province, Plan> = {
  黑龙江: { unicom: ['1.56-63', '113.0-7', '221.208-212'], mobile: ['111.40-43', '112.100-103', '183.216-217'], telecom: ['219.147', '222.170-171', '61.158'] },
  北京: { unicom: ['123.112-123', '114.242-243', '61.148-149'], mobile: ['111.192-199', '39.155-156'], telecom: ['106.120-121', '220.181', '106.37-38'] },
  天津: { unicom: ['117.8-15', '60.24-25'], mobile: ['111.160-163'], telecom: ['221.196-198', '221.238'] },
  辽宁: { unicom: ['175.160-167', '218.60-61', '60.16-23'], mobile: ['223.100-103', '112.38-39'], telecom: ['59.46-47', '124.93-95'] },
  吉林: { unicom: ['175.16-23', '139.208-210'], mobile: ['111.26-27', '36.48-49'], telecom: ['222.168-169'] },
  河北: { unicom: ['27.128-130', '60.1-10'], mobile: ['111.62-63', '120.4-7'], telecom: ['106.114-117', '121.16-19'] },
  山东: { unicom: ['27.192-199', '60.208-215', '119.176-177'], mobile: ['120.192-199', '120.220-221', '223.96-99'], telecom: ['58.56-59', '222.173-175'] },
  河南: { unicom: ['42.224-239', '115.48-63', '123.4-7'], mobile: ['39.128-143', '111.7-15', '223.88-91'], telecom: ['171.8-15', '182.96-99'] },
  江苏: { unicom: ['58.240-241', '221.224-231'], mobile: ['112.0-7', '112.20-25', '36.148-159'], telecom: ['180.96-111', '49.64-79', '114.216-239'] },
  浙江: { unicom: ['60.12-13', '101.68-71'], mobile: ['112.10-17', '223.92-95'], telecom: ['115.192-239', '60.176-191'] },
  上海: { unicom: ['112.64-65', '140.206-207'], mobile: ['117.128-135', '223.104-105'], telecom: ['101.80-95', '180.152-175'] },
  广东: { unicom: ['58.248-255', '112.88-95'], mobile: ['120.224-239', '223.72-75', '112.96-99'], telecom: ['113.64-127', '14.16-31'] },
  海南: { unicom: ['221.11'], mobile: ['183.5-6', '221.182'], telecom: ['124.66-67', '124.225-226', '59.50-51'] },
  四川: { unicom: ['119.4-7', '118.112-115'], mobile: ['183.220-231', '223.85-87'], telecom: ['171.208-223', '182.128-143'] },
  安徽: { unicom: ['112.122-123', '58.243'], mobile: ['36.56-63', '223.240-243'], telecom: ['114.96-103', '60.166-175'] },
  湖南: { unicom: ['58.20-21', '110.52-53'], mobile: ['223.144-151'], telecom: ['175.0-15', '222.240-247'] },
  广西: { unicom: ['116.1-2', '221.7'], mobile: ['223.84', '117.140-143'], telecom: ['171.104-111', '113.12-17'] },
};

/** Mobile IPv6 /32s per carrier (roughly what Chinese carriers hand phones); the next 16 bits follow the region. */
const V6: Record<Carrier, readonly string[]> = { mobile: ['2409:8a0c', '2409:8954', '2409:891f'], unicom: ['2408:8432', '2408:8207', '2408:8471'], telecom: ['240e:3b0', '240e:468', '240e:39e'] };

/** Hosting ranges: Alibaba Cloud, Tencent Cloud, Huawei Cloud, and north-China IDC racks. */
const HOSTING: Record<'aliyun' | 'tencent' | 'huawei' | 'idc', readonly string[]> = {
  aliyun: ['47.92-95', '47.104-105', '39.96-108', '8.130-147'],
  tencent: ['49.232-235', '111.229-231', '81.68-71', '150.158'],
  huawei: ['121.36-37', '124.70-71', '139.9'],
  idc: ['110.242', '103.45', '45.116'],
};

/** Russian carriers, for Chinese traders and workers across the Amur and the Ussuri. */
const RUSSIA: Record<'mts' | 'megafon' | 'beeline' | 'rostelecom', readonly string[]> = {
  mts: ['213.87', '91.193'],
  megafon: ['31.173', '83.149'],
  beeline: ['176.59', '85.26'],
  rostelecom: ['95.188', '94.41'],
};

/** Every /16 of the plan with its owner, so a test can check that no two owners share one. */
export function addressPlanOwners(): Array<[string, string]> {
  const out: Array<[string, string]> = [];
  for (const [region, plan] of Object.entries(PLANS)) for (const [carrier, blocks] of Object.entries(plan)) for (const b of expand(blocks)) out.push([b, `${region}:${carrier}`]);
  for (const [provider, blocks] of Object.entries(HOSTING)) for (const b of expand(blocks)) out.push([b, `hosting:${provider}`]);
  for (const [carrier, blocks] of Object.entries(RUSSIA)) for (const b of expand(blocks)) out.push([b, `ru:${carrier}`]);
  return out;
}

export const CARRIER_SHARE: Record<Carrier, number> = { mobile: 0.47, unicom: 0.36, telecom: 0.17 };

function planOf(region: Region): Plan {
  if (HLJ_CITIES.includes(region)) return PLANS.黑龙江;
  const p = PLANS[region as Province];
  if (!p) throw new Error(`no address plan for ${region}`);
  return p;
}

export class Networks {
  private readonly base: string;
  private readonly pools = new Map<string, string[]>();

  constructor(rng: Rng) {
    this.base = `${rng.uint32()}`;
  }

  /** A stream of its own for a named pool, so pools do not depend on the order they are asked for. */
  private keyed(name: string): Rng {
    return new Rng(`${this.base}:${name}`);
  }

  private pool(name: string, draw: (r: Rng) => string[]): string[] {
    let p = this.pools.get(name);
    if (!p) this.pools.set(name, (p = draw(this.keyed(name))));
    return p;
  }

  /** /24 prefixes ("a.b.c") drawn from /16 blocks. */
  private prefixes(r: Rng, blocks: readonly string[], n: number): string[] {
    const sixteens = expand(blocks);
    const out = new Set<string>();
    while (out.size < n) out.add(`${r.pick(sixteens)}.${r.int(0, 255)}`);
    return [...out];
  }

  carrier(rng: Rng): Carrier {
    return (['mobile', 'unicom', 'telecom'] as const)[rng.weightedIndex([CARRIER_SHARE.mobile, CARRIER_SHARE.unicom, CARRIER_SHARE.telecom])];
  }

  /**
   * A phone's address on mobile data in a region: a host in one of the carrier's CGNAT /24s
   * there (Mobile has the most; a prefecture gets 10–24, a province 30–60), so strangers share.
   */
  mobileV4(rng: Rng, region: Region, carrier: Carrier): string {
    const hlj = HLJ_CITIES.includes(region);
    const pool = this.pool(`cgnat:${region}:${carrier}`, (r) => {
      const n = (hlj ? r.int(10, 18) : r.int(30, 48)) + (carrier === 'mobile' ? r.int(2, 6) : 0);
      return this.prefixes(r, planOf(region)[carrier], n);
    });
    // Traffic is skewed over a pool: a few exits carry most of it.
    const i = Math.min(pool.length - 1, Math.floor(pool.length * Math.pow(rng.next(), 1.6)));
    return `${pool[i]}.${rng.int(1, 254)}`;
  }

  /** A phone's IPv6 address on mobile data: the region's /48 of the carrier, a random /64 and interface id. */
  mobileV6(rng: Rng, region: Region, carrier: Carrier): string {
    const [p32] = this.pool(`v6:${region}:${carrier}`, (r) => [`${r.pick(V6[carrier])}:${r.int(0x100, 0xfff).toString(16)}`]);
    const g = () => rng.int(0, 0xffff).toString(16);
    return `${p32}:${g()}:${g()}:${g()}:${g()}:${g()}`;
  }

  /** A household broadband line's address: one of the region's 8–30 broadband /24s (changes when the modem redials). */
  broadband(rng: Rng, region: Region, carrier: Carrier): string {
    const pool = this.pool(`bb:${region}:${carrier}`, (r) => this.prefixes(r, planOf(region)[carrier], r.int(8, 30)));
    return `${rng.pick(pool)}.${rng.int(2, 253)}`;
  }

  /** `n` consecutive NAT exits of one institution (government extranet, school network, hospital, enterprise). */
  natExits(name: string, region: Region, n: number): string[] {
    return this.pool(`nat:${name}`, (r) => {
      const carrier: Carrier = r.chance(0.6) ? 'telecom' : 'unicom';
      const [prefix] = this.prefixes(r, planOf(region)[carrier], 1);
      const first = r.int(2, 250 - n);
      return Array.from({ length: n }, (_, i) => `${prefix}.${first + i}`);
    });
  }

  /** One /24 in a hosting provider's range (a vendor's rented servers). */
  hostingPrefix(name: string, provider: keyof typeof HOSTING): string {
    return this.pool(`host:${name}`, (r) => this.prefixes(r, HOSTING[provider], 1))[0];
  }

  /** A rotating residential-proxy exit: some household's broadband line in the region. */
  residentialExit(rng: Rng, region: Region): string {
    const carrier: Carrier = rng.chance(0.55) ? 'telecom' : rng.chance(0.6) ? 'unicom' : 'mobile';
    const sixteens = expand(planOf(region)[carrier]);
    return `${rng.pick(sixteens)}.${rng.int(0, 255)}.${rng.int(2, 253)}`;
  }

  /** A Russian carrier address (mobile data in the Far East, or a trading mall's line). */
  russian(rng: Rng, carrier: keyof typeof RUSSIA): string {
    const pool = this.pool(`ru:${carrier}`, (r) => this.prefixes(r, RUSSIA[carrier], carrier === 'rostelecom' ? 6 : 20));
    return `${rng.pick(pool)}.${rng.int(1, 254)}`;
  }

  /** Fixed addresses in one Russian range (a mall's or a dormitory's line). */
  russianExits(name: string, carrier: keyof typeof RUSSIA, n: number): string[] {
    return this.pool(`ru-nat:${name}`, (r) => {
      const [prefix] = this.prefixes(r, RUSSIA[carrier], 1);
      const first = r.int(2, 250 - n);
      return Array.from({ length: n }, (_, i) => `${prefix}.${first + i}`);
    });
  }
}
