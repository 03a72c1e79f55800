import { HOUR, isWeekend, shanghaiDayNumber } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot } from './ballot';
import type { Device, Devices, NetType, Segment } from './devices';
import type { Carrier, Networks } from './networks';
import type { Life, Rhythm } from './rhythm';

/** A household's broadband line: one address, redialled on some days. */
export interface Home {
  ip: string;
  day: number;
}

export interface Person {
  account: string;
  /** Hebei city whose mobile network the person is on. */
  city: string;
  life: Life;
  device: Device;
  carrier: Carrier;
  home: Home | null;
  /** The office, campus, mill or camp NAT the person is behind at work or in the dorm. */
  nat: readonly string[] | null;
  /** For Beijing commuters: the Beijing office's exits. */
  beijingNat: readonly string[] | null;
  /** Province of a supporter who lives outside Hebei (relatives in Beijing, Tianjin, Henan …). */
  away: string | null;
  /** Share of at-home votes made on the home Wi-Fi rather than mobile data. */
  wifi: number;
}

export interface PersonSpec {
  city: string;
  life: Life;
  segment?: Segment;
  device?: Device;
  home?: Home | null;
  nat?: readonly string[] | null;
  beijingNat?: readonly string[] | null;
  away?: string | null;
  carrier?: Carrier;
  wifi?: number;
}

const SEGMENT: Record<Life, Segment> = { office: 'urban', town: 'urban', elder: 'elder', student: 'young', shift: 'budget', commuter: 'urban', police: 'urban' };

/** Makes people and casts their votes: the address and user agent follow where they are at that hour. */
export class People {
  private pulls: number[] | undefined;

  constructor(
    readonly ledger: LedgerBuilder,
    readonly ballot: Ballot,
    readonly net: Networks,
    readonly devices: Devices,
    readonly rhythm: Rhythm,
  ) {}

  newHome(rng: Rng, city: string): Home {
    return { ip: this.net.home(rng, city), day: -1 };
  }

  make(rng: Rng, spec: PersonSpec): Person {
    const segment = spec.segment ?? SEGMENT[spec.life];
    return {
      account: this.ledger.newAccount(),
      city: spec.city,
      life: spec.life,
      device: spec.device ?? this.devices.random(rng, segment),
      carrier: spec.carrier ?? (['mobile', 'unicom', 'telecom'] as const)[rng.weightedIndex([56, 30, 14])],
      home: spec.home === undefined ? (rng.chance(0.78) ? this.newHome(rng, spec.city) : null) : spec.home,
      nat: spec.nat ?? null,
      beijingNat: spec.beijingNat ?? null,
      away: spec.away ?? null,
      wifi: spec.wifi ?? (spec.life === 'police' ? 0.3 : spec.life === 'elder' ? 0.8 : 0.6),
    };
  }

  private homeIp(rng: Rng, p: Person, at: number): string | null {
    const h = p.home;
    if (!h) return null;
    const day = shanghaiDayNumber(at);
    if (h.day !== day) {
      if (h.day >= 0 && rng.chance(0.15)) h.ip = this.net.home(rng, p.city);
      h.day = day;
    }
    return h.ip;
  }

  /** Where the person's phone is connected at `at`. */
  where(rng: Rng, p: Person, at: number): { ip: string; net: NetType } {
    const cell = (): { ip: string; net: NetType } => ({ ip: this.net.mobile(rng, p.city, p.carrier), net: p.device.model.fiveG && rng.chance(0.55) ? '5G' : '4G' });
    const wifi = (ip: string | null): { ip: string; net: NetType } => (ip ? { ip, net: 'WIFI' } : cell());
    if (p.away) return rng.chance(0.6) ? wifi(this.net.homeIn(rng, p.away)) : { ip: this.net.homeIn(rng, p.away), net: '4G' };
    const hour = (((at + 8 * HOUR) % (24 * HOUR)) / HOUR);
    const workday = !isWeekend(at);
    switch (p.life) {
      case 'office':
        if (workday && hour >= 8.5 && hour < 17.5 && p.nat && rng.chance(0.8)) return wifi(rng.pick(p.nat));
        break;
      case 'student':
        if (p.nat && rng.chance(0.7)) return wifi(rng.pick(p.nat));
        return cell();
      case 'shift':
        if (p.nat && rng.chance(0.4)) return wifi(rng.pick(p.nat));
        break;
      case 'commuter':
        if (workday && hour >= 8.5 && hour < 18) {
          const r = rng.next();
          if (r < 0.55 && p.beijingNat) return wifi(rng.pick(p.beijingNat));
          if (r < 0.78) return { ip: this.net.beijingMobile(rng, p.carrier), net: '4G' };
          return cell();
        }
        if (workday && ((hour >= 5.5 && hour < 8.5) || (hour >= 18 && hour < 20.5))) return rng.chance(0.5) ? cell() : { ip: this.net.beijingMobile(rng, p.carrier), net: '4G' };
        break;
      default:
        break;
    }
    return rng.chance(p.wifi) ? wifi(this.homeIp(rng, p, at)) : cell();
  }

  /** Adds one vote attempt by `p` at `at` (the ledger later drops what the service would refuse). */
  cast(rng: Rng, p: Person, at: number, candidateIds: readonly string[], source: number, where?: { ip: string; net: NetType }): void {
    const w = where ?? this.where(rng, p, at);
    this.ledger.add({ at: Math.round(at), accountId: p.account, candidateIds, ip: w.ip, userAgent: p.device.ua(w.net), source });
  }

  /** The officer plus, on a multi-choice ballot, sometimes a few others the voter also likes. */
  selection(rng: Rng, candidateId: string, extraChance = 0.45): readonly string[] {
    const { maxChoices, candidates } = this.ballot;
    if (maxChoices === 1 || !rng.chance(extraChance)) return [candidateId];
    const out = [candidateId];
    const want = rng.int(2, maxChoices);
    for (let i = 0; i < 12 && out.length < want; i++) {
      const c = candidates[rng.weightedIndex((this.pulls ??= candidates.map((x) => x.pull)))].id;
      if (!out.includes(c)) out.push(c);
    }
    return out;
  }
}
