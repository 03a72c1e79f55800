import type { Rng } from '../../heldout/prng';
import { CELL_CARRIER_SHARE, CLOUD_16, ELSEWHERE, ELSEWHERE_CELL_V6, HOME_CARRIER_SHARE, JX_BROADBAND_16, JX_CELL_V4, JX_CELL_V6, JX_HOME_V6, type Block24s, type Carrier, type Province } from './address-plan';

/** Addresses as the service sees them: one IPv4 or IPv6 string per request. */

export function pickCarrier(rng: Rng, shares: readonly [Carrier, number][] = CELL_CARRIER_SHARE): Carrier {
  return shares[rng.weightedIndex(shares.map((s) => s[1]))][0];
}

export const homeCarrier = (rng: Rng): Carrier => pickCarrier(rng, HOME_CARRIER_SHARE);

/** A host in a /16, never .0 or .255. */
export function hostIn16(rng: Rng, prefix16: string): string {
  return `${prefix16}.${rng.int(0, 255)}.${rng.int(1, 254)}`;
}

/** A /24 ("a.b.c") drawn from block lists. */
export function block24(rng: Rng, blocks: readonly Block24s[]): string {
  const b = rng.pick(blocks);
  return `${b.prefix16}.${rng.int(b.third[0], b.third[1])}`;
}

const group = (rng: Rng): string => rng.int(1, 0xffff).toString(16);

/** An IPv6 address: `base` (two groups), a random /48 and /64, and a random interface id. */
export function v6Address(rng: Rng, prefix64: string): string {
  return `${prefix64}:${group(rng)}:${group(rng)}:${group(rng)}:${group(rng)}`;
}

export function v6Prefix64(rng: Rng, base: string): string {
  return `${base}:${group(rng)}:${group(rng)}`;
}

/** Each city's broadband comes from its own few /16s of each carrier. */
export function cityBroadband16(city: number, carrier: Carrier): readonly string[] {
  const all = JX_BROADBAND_16[carrier];
  const per = carrier === 'ct' ? 3 : 1;
  return Array.from({ length: per }, (_, k) => all[(city * per + k) % all.length]);
}

/**
 * A home broadband line shared by a household. Telecom and Unicom lines get a public IPv4 by PPPoE
 * that changes when the modem redials (every day or two); Mobile's cheap lines sit behind the
 * carrier's NAT and leave through a small pool per city, shared by many homes. About a third of
 * homes reach the service over IPv6, with a /64 that also changes on redial.
 */
export class Household {
  private day = -1;
  private v4 = '';
  private prefix = '';

  constructor(
    readonly city: number,
    readonly carrier: Carrier,
    readonly ipv6: boolean,
  ) {}

  address(rng: Rng, day: number): string {
    if (day !== this.day) {
      if (this.day < 0 || rng.chance(0.45)) this.redial(rng);
      this.day = day;
    }
    return this.ipv6 ? v6Address(rng, this.prefix) : this.v4;
  }

  private redial(rng: Rng): void {
    const blocks = cityBroadband16(this.city, this.carrier);
    if (this.carrier === 'cmcc') {
      // Carrier NAT: four /24s per city for every Mobile home line in it.
      const blk = rng.pick(blocks);
      this.v4 = `${blk}.${(this.city * 4 + rng.int(0, 3)) % 256}.${rng.int(1, 254)}`;
    } else this.v4 = hostIn16(rng, rng.pick(blocks));
    this.prefix = v6Prefix64(rng, rng.pick(JX_HOME_V6[this.carrier]));
  }
}

/** A workplace's internet exit: one to a few static addresses on a business line in one /24. */
export class Office {
  constructor(readonly ips: readonly string[]) {}

  address(rng: Rng): string {
    return this.ips.length === 1 ? this.ips[0] : rng.pick(this.ips);
  }

  static inCity(rng: Rng, city: number, count: number): Office {
    const net = `${rng.pick(cityBroadband16(city, rng.chance(0.8) ? 'ct' : 'cu'))}.${rng.int(0, 255)}`;
    const first = rng.int(2, 200);
    return new Office(Array.from({ length: count }, (_, i) => `${net}.${first + i * rng.int(1, 3)}`));
  }
}

/**
 * A phone's cellular data. IPv4 leaves through the carrier's CGNAT pool (a different public address
 * per connection, shared with thousands); with IPv6 (most phones, most of the time) the phone gets a
 * /64 per data session, kept for hours, and a fresh interface id.
 */
export class CellLine {
  private day = -1;
  private prefix = '';

  constructor(
    readonly carrier: Carrier,
    readonly ipv6: boolean,
    private readonly v4Blocks: readonly Block24s[] = JX_CELL_V4[carrier],
    private readonly v6Bases: readonly string[] = JX_CELL_V6[carrier],
  ) {}

  address(rng: Rng, day: number): string {
    if (this.ipv6 && rng.chance(0.9)) {
      if (day !== this.day || rng.chance(0.25)) {
        this.prefix = v6Prefix64(rng, rng.pick(this.v6Bases));
        this.day = day;
      }
      return v6Address(rng, this.prefix);
    }
    return `${block24(rng, this.v4Blocks)}.${rng.int(1, 254)}`;
  }

  /** A line roaming in another province: its traffic leaves through that province's CGNAT. */
  static elsewhere(rng: Rng, province: Province): CellLine {
    const carrier = pickCarrier(rng);
    return new CellLine(carrier, rng.chance(0.55), province.cellular, ELSEWHERE_CELL_V6[carrier]);
  }
}

export function pickProvince(rng: Rng): Province {
  return ELSEWHERE[rng.weightedIndex(ELSEWHERE.map((p) => p.weight))];
}

/** A /24 in a cloud provider's range ("a.b.c"), where scripts rent their servers. */
export function cloud24(rng: Rng, provider = rng.pick(Object.keys(CLOUD_16))): string {
  return `${rng.pick(CLOUD_16[provider])}.${rng.int(0, 255)}`;
}
