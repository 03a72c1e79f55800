import type { Rng } from './prng';

/**
 * Where votes come from. Home broadband has a public IP per household; mobile data goes through
 * carrier-grade NAT, so thousands of honest phones share a few hundred carrier IPs; some phones
 * use IPv6 with a /64 of their own; offices and government buildings put their staff behind one NAT.
 */
const HOME_RANGES = ['59.52', '59.53', '59.62', '59.63', '117.40', '117.41', '117.43', '182.84', '182.85', '182.96', '171.34', '171.35', '106.5', '110.80', '218.64', '218.65', '125.65', '111.72', '61.131', '220.175'];
const CARRIERS: Array<{ name: string; v4: string[]; v6: string }> = [
  { name: 'cmcc', v4: ['223.104', '117.136', '39.144', '111.20'], v6: '2409:8a28' },
  { name: 'unicom', v4: ['112.97', '58.20', '113.57'], v6: '2408:8456' },
  { name: 'telecom', v4: ['106.40', '117.44', '223.73'], v6: '240e:3b5' },
];
const CARRIER_W = [55, 25, 20];

export interface NetworkWorld {
  homeIp(): string;
  /** A carrier-NAT public IP (carrier 0..2): each new mobile session draws one from the pool. */
  cgnatIp(carrier: number): string;
  carrier(): number;
  /** A phone's own IPv6 /64 prefix on its carrier. */
  v6Prefix(carrier: number): string;
  officeIp(): string;
}

export function makeNetworkWorld(rng: Rng, scale = 1): NetworkWorld {
  const cgnat = CARRIERS.map((c) => {
    const pool: string[] = [];
    const prefixes = Math.max(4, Math.round(10 * Math.sqrt(scale)));
    for (let p = 0; p < prefixes; p++) {
      const base = `${rng.pick(c.v4)}.${rng.int(0, 255)}`;
      const hosts = rng.int(6, 16);
      for (let h = 0; h < hosts; h++) pool.push(`${base}.${rng.int(1, 254)}`);
    }
    return pool;
  });
  const offices: string[] = [];
  for (let i = 0; i < Math.max(50, Math.round(600 * scale)); i++) offices.push(`${rng.pick(HOME_RANGES)}.${rng.int(0, 255)}.${rng.int(1, 254)}`);
  const homes: string[] = [];
  return {
    homeIp() {
      // Families share their broadband line.
      if (homes.length > 0 && rng.chance(0.25)) return rng.pick(homes);
      const ip = `${rng.pick(HOME_RANGES)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
      homes.push(ip);
      return ip;
    },
    cgnatIp(carrier) {
      return rng.pick(cgnat[carrier]);
    },
    carrier() {
      return rng.weighted(CARRIER_W);
    },
    v6Prefix(carrier) {
      return `${CARRIERS[carrier].v6}:${rng.hex(4)}:${rng.hex(4)}`;
    },
    officeIp() {
      // Offices are few and large: a Zipf-ish draw makes some of them big shared NATs.
      return offices[Math.floor(offices.length * rng.next() ** 2)];
    },
  };
}

export function v6Address(rng: Rng, prefix: string): string {
  return `${prefix}:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}:${rng.hex(4)}`;
}

/** Datacenter / proxy addresses anywhere in China's address space. */
export function randomPublicIp(rng: Rng): string {
  return `${rng.pick([1, 14, 27, 36, 39, 42, 49, 58, 60, 101, 106, 110, 111, 112, 113, 114, 115, 116, 119, 120, 121, 122, 123, 124, 125, 175, 180, 182, 183, 202, 210, 211, 218, 219, 220, 221, 222, 223])}.${rng.int(0, 255)}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}
