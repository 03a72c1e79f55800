import type { Rng } from '../../heldout/prng';

export type Carrier = 'mobile' | 'unicom' | 'telecom';

/** First two octets of each carrier's Shandong blocks (mobile data and broadband come out of the same ones). */
const SHANDONG: Record<Carrier, readonly string[]> = {
  mobile: ['120.192', '120.199', '120.211', '120.220', '39.64', '39.71', '39.78', '39.88', '223.96', '223.99', '111.14', '111.17'],
  unicom: ['60.208', '60.212', '60.215', '119.176', '119.180', '119.186', '112.224', '112.232', '112.240', '123.128', '123.133', '221.0', '124.128'],
  telecom: ['219.146', '219.147', '222.173', '222.175', '58.56', '58.57'],
};

/** Where Shandong people work away from home, with each province's big carrier blocks. */
const PROVINCES: Record<string, readonly string[]> = {
  北京: ['123.112', '123.118', '114.240', '114.248', '111.192'],
  天津: ['60.24', '60.28', '117.8', '117.13'],
  上海: ['180.152', '180.160', '101.80', '101.87', '117.135'],
  江苏: ['180.96', '180.110', '49.64', '49.77', '112.2'],
  浙江: ['115.192', '115.205', '122.224', '122.235'],
  广东: ['113.64', '113.90', '183.0', '183.14', '120.230'],
  河北: ['121.16', '121.28', '27.184', '106.114'],
  河南: ['171.8', '171.14', '115.48', '123.52'],
};

/** Cloud ranges a script rents from: Alibaba Cloud (Qingdao, Beijing), Tencent Cloud, Huawei Cloud. */
const CLOUD = ['47.104', '47.94', '39.105', '120.27', '8.140', '118.190', '81.68', '43.138', '49.232', '175.178', '121.36', '124.70'];

const host = (rng: Rng) => rng.int(2, 253);

/**
 * Addresses as Shandong voters reach the service: mobile data through carrier CGNAT (a limited set
 * of /24s per carrier and city, so strangers share addresses), home broadband lines, and the NATs
 * of offices, depots and campuses.
 */
export class Networks {
  private readonly pools = new Map<string, string[]>();
  private readonly used = new Set<string>();

  constructor(private readonly rng: Rng) {}

  private fresh24(first: readonly string[]): string {
    for (;;) {
      const p = `${this.rng.pick(first)}.${this.rng.int(0, 255)}`;
      if (!this.used.has(p)) {
        this.used.add(p);
        return p;
      }
    }
  }

  /** The CGNAT /24s a carrier's mobile data leaves from in a city (China Mobile has most). */
  private pool(carrier: Carrier, city: string): string[] {
    const key = `${carrier}:${city}`;
    let pool = this.pools.get(key);
    if (!pool) {
      const size = carrier === 'mobile' ? 22 : carrier === 'unicom' ? 12 : 5;
      pool = Array.from({ length: size }, () => this.fresh24(SHANDONG[carrier]));
      this.pools.set(key, pool);
    }
    return pool;
  }

  mobileCarrier(rng: Rng): Carrier {
    return (['mobile', 'unicom', 'telecom'] as const)[rng.weightedIndex([58, 28, 14])];
  }

  /** One mobile-data request in a Shandong city; skewed towards the pool's first gateways. */
  mobile(rng: Rng, city: string, carrier: Carrier = this.mobileCarrier(rng)): string {
    const pool = this.pool(carrier, city);
    const i = Math.min(pool.length - 1, Math.floor(rng.exponential(pool.length / 3)));
    return `${pool[i]}.${host(rng)}`;
  }

  /** A home broadband line's address for a while (Unicom leads fixed lines in Shandong). */
  broadband(rng: Rng): string {
    const carrier = (['unicom', 'mobile', 'telecom'] as const)[rng.weightedIndex([48, 34, 18])];
    return `${rng.pick(SHANDONG[carrier])}.${rng.int(0, 255)}.${host(rng)}`;
  }

  /** Someone working in another province: their carrier's address there. */
  elsewhere(rng: Rng, province: string = rng.pick(Object.keys(PROVINCES))): string {
    return `${rng.pick(PROVINCES[province])}.${rng.int(0, 255)}.${host(rng)}`;
  }

  /** An office, depot or campus exit: `count` consecutive addresses of one fixed-line /24. */
  nat(count: number): string[] {
    const p = this.fresh24(SHANDONG.unicom.concat(SHANDONG.telecom));
    const first = this.rng.int(2, 250 - count);
    return Array.from({ length: count }, (_, i) => `${p}.${first + i}`);
  }

  /** A rented cloud /24 ("47.104.81"): scripts take a few addresses in it. */
  cloud24(): string {
    return this.fresh24(CLOUD);
  }

  /** A residential proxy exit: a home line somewhere in China, 40% in Shandong. */
  proxyExit(rng: Rng): string {
    return rng.chance(0.4) ? this.broadband(rng) : this.elsewhere(rng);
  }
}

export const cloudHost = (rng: Rng, prefix: string) => `${prefix}.${host(rng)}`;
