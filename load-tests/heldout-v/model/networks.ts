/**
 * Addresses a vote can come from. Mobile data leaves through carrier-grade NAT: per carrier and
 * city a limited set of egress /24s, each with a few dozen busy addresses, so strangers share them
 * and one phone changes address between votes. Home broadband is one address per household (Zhejiang
 * Telecom's fibre mostly), occasionally redialled. Depots, offices, government and stations sit
 * behind small fixed NATs. Pools are derived from a hash of their key, so they do not depend on the
 * order in which voters ask for them.
 */
import { Rng } from '../../heldout/prng';
import { ABROAD, HOSTING, cityById, provinceById, type Carrier, type Place } from './places';

function blocksOf(place: Place, carrier: Carrier): readonly string[] {
  switch (place.kind) {
    case 'zhejiang':
      return cityById(place.city).blocks[carrier];
    case 'province':
      return provinceById(place.province).blocks[carrier];
    case 'abroad':
      return ABROAD[place.country].blocks;
    default: {
      const never: never = place;
      throw new Error(`unknown place ${JSON.stringify(never)}`);
    }
  }
}

export function placeKey(p: Place): string {
  return p.kind === 'zhejiang' ? p.city : p.kind === 'province' ? p.province : p.country;
}

interface Pool {
  prefixes: string[];
  weights: number[];
  hosts: number[][];
}

export class Networks {
  private readonly base: number;
  private readonly pools = new Map<string, Pool>();

  constructor(rng: Rng) {
    this.base = rng.uint32();
  }

  private pool(place: Place, carrier: Carrier): Pool {
    const key = `${placeKey(place)}:${carrier}`;
    let p = this.pools.get(key);
    if (p) return p;
    const r = new Rng(`${this.base}:cgnat:${key}`);
    const blocks = blocksOf(place, carrier);
    const big = place.kind === 'province' ? 1.6 : place.kind === 'abroad' ? 0.6 : 1;
    const n = Math.max(3, Math.round((carrier === 'mobile' ? 22 : carrier === 'telecom' ? 12 : 8) * big));
    const prefixes: string[] = [];
    const seen = new Set<string>();
    while (prefixes.length < n) {
      const pre = `${r.pick(blocks)}.${r.int(0, 255)}`;
      if (!seen.has(pre)) {
        seen.add(pre);
        prefixes.push(pre);
      }
    }
    // A few egress ranges carry most of the traffic.
    const weights = prefixes.map((_, i) => 1 / Math.pow(i + 1, 0.7));
    const hosts = prefixes.map(() => Array.from({ length: r.int(16, 40) }, () => r.int(2, 253)));
    p = { prefixes, weights, hosts };
    this.pools.set(key, p);
    return p;
  }

  /** A carrier-grade NAT egress address for a phone on mobile data in `place`. */
  mobile(rng: Rng, place: Place, carrier: Carrier): string {
    const p = this.pool(place, carrier);
    const i = rng.weightedIndex(p.weights);
    return `${p.prefixes[i]}.${rng.pick(p.hosts[i])}`;
  }

  /** A household's broadband address (dynamic, in its carrier's city ranges). */
  broadband(rng: Rng, place: Place, carrier: Carrier): string {
    return `${rng.pick(blocksOf(place, carrier))}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
  }

  /** The next address after a redial: same carrier, same city, usually the same /16. */
  redial(rng: Rng, ip: string): string {
    const [a, b] = ip.split('.');
    return `${a}.${b}.${rng.int(0, 255)}.${rng.int(2, 254)}`;
  }

  /** A fixed business line of `size` consecutive addresses (an enterprise or government NAT). */
  fixedLine(rng: Rng, place: Place, carrier: Carrier, size = 1): string[] {
    const pre = `${rng.pick(blocksOf(place, carrier))}.${rng.int(0, 255)}`;
    const first = rng.int(2, 254 - size);
    return Array.from({ length: size }, (_, i) => `${pre}.${first + i}`);
  }

  /** A /24 in a hosting provider's ranges ("a.b.c"). */
  hosting24(rng: Rng, provider?: string): string {
    const h = provider ? (HOSTING.find((x) => x.name === provider) ?? HOSTING[0]) : rng.pick(HOSTING);
    return `${rng.pick(h.blocks)}.${rng.int(0, 255)}`;
  }
}

/** Which carrier a phone's SIM is with, and which carrier a household's fibre is with. */
export function simCarrier(rng: Rng): Carrier {
  const r = rng.next();
  return r < 0.58 ? 'mobile' : r < 0.82 ? 'telecom' : 'unicom';
}

export function fibreCarrier(rng: Rng, place: Place): Carrier {
  const r = rng.next();
  if (place.kind === 'zhejiang') return r < 0.55 ? 'telecom' : r < 0.85 ? 'mobile' : 'unicom';
  return r < 0.45 ? 'telecom' : r < 0.8 ? 'mobile' : 'unicom';
}
