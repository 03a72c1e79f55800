import type { Rng } from '../heldout/prng';
import type { Ballot } from './ballot';
import { marketDevice, type Device, type NetType, type Owner } from './devices';
import type { Addr, Carrier, Home, Nat } from './networks';
import { dayOf, hourOf, weekend } from './time';

/**
 * A real voter: one WeChat account on one phone, a home line (or none), maybe a workplace NAT,
 * a carrier for phone data, a county they care about, and how likely they are to come back.
 */
export interface Person {
  account: string;
  device: Device;
  owner: Owner;
  city: number;
  carrier: Carrier;
  home: Home | null;
  office: Nat | null;
  favourite: number;
  choice: string[];
  /** Chance of voting again on a later day (decays a little each day). */
  loyalty: number;
  /** Wall-clock hour this person tends to open WeChat at. */
  habitHour: number;
}

export interface PersonOptions {
  favourite?: number;
  city?: number;
  owner?: Owner;
  device?: Device;
  home?: Home | null;
  office?: Nat | null;
  loyalty?: number;
  habitHour?: number;
  account?: string;
}

function owner(rng: Rng): Owner {
  const r = rng.next();
  return r < 0.22 ? 'elder' : r < 0.72 ? 'adult' : 'young';
}

export function makePerson(rng: Rng, b: Ballot, o: PersonOptions = {}): Person {
  const favourite = o.favourite ?? rng.weightedIndex(b.popularity);
  const city = o.city ?? (rng.chance(0.8) ? b.cityOf[favourite] : rng.int(0, b.nets.cities - 1));
  const who = o.owner ?? owner(rng);
  const carrier = o.home?.carrier ?? b.nets.carrier(rng);
  return {
    account: o.account ?? b.ledger.newAccount(),
    device: o.device ?? marketDevice(rng, who),
    owner: who,
    city,
    carrier,
    home: o.home !== undefined ? o.home : rng.chance(0.82) ? b.nets.newHome(rng, city, carrier) : null,
    office: o.office !== undefined ? o.office : who !== 'elder' && rng.chance(0.3) ? b.nets.nat(rng, 3) : null,
    favourite,
    choice: choiceFor(rng, b, favourite),
    loyalty: o.loyalty ?? (rng.chance(0.38) ? 0 : rng.uniform(0.25, 0.92)),
    habitHour: o.habitHour ?? rng.pick([7.5, 8.5, 12.3, 12.8, 18, 19.5, 20.5, 21, 21.5, 22.5, 23.2]) + rng.normal(0, 0.5),
  };
}

/**
 * An honest ballot: the favourite plus, where the ballot allows several, a few others the person
 * has heard of (nearby counties count more). Many people tick only one box even when allowed more.
 */
export function choiceFor(rng: Rng, b: Ballot, favourite: number, width?: number): string[] {
  let k = width ?? 1;
  if (width === undefined && b.maxChoices > 1) {
    const r = rng.next();
    k = r < 0.42 ? 1 : r < 0.64 ? 2 : r < 0.78 ? 3 : r < 0.86 ? rng.int(2, b.maxChoices) : b.maxChoices;
  }
  k = Math.min(k, b.maxChoices, b.candidates.length);
  const picked = new Set([favourite]);
  const weights = b.popularity.map((p, i) => p * (b.cityOf[i] === b.cityOf[favourite] ? 3 : 1));
  while (picked.size < k) picked.add(rng.weightedIndex(weights));
  // The page lists candidates in a fixed order and submits the ticked boxes in that order.
  return [...picked].sort((x, y) => x - y).map((i) => b.candidates[i].id);
}

/** The network a person is on at an instant: the office by day, home Wi-Fi evenings, else phone data. */
export function placeOf(rng: Rng, b: Ballot, p: Person, at: number): Addr {
  const h = hourOf(at);
  const rest = weekend(at);
  if (p.office && !rest && ((h >= 8.5 && h < 12) || (h >= 14 && h < 18)) && rng.chance(0.7)) return b.nets.natAddr(rng, p.office);
  const atHome = h >= 18.5 || h < 7.5 || (rest && rng.chance(0.55));
  if (p.home && (atHome ? rng.chance(0.82) : rng.chance(0.2))) return b.nets.home(rng, p.home, dayOf(b.cal, at));
  return b.nets.mobile(rng, p.city, p.carrier);
}

export function netType(rng: Rng, device: Device, addr: Addr): NetType {
  if (addr.wifi) return 'WIFI';
  return device.fiveG && rng.chance(0.62) ? '5G' : '4G';
}

/** Adds one vote by a person; the network is where they are unless the caller says otherwise. */
export function castBy(rng: Rng, b: Ballot, p: Person, at: number, source: number, addr?: Addr, choice?: readonly string[]): void {
  const where = addr ?? placeOf(rng, b, p, at);
  b.ledger.add({ at: Math.round(at), accountId: p.account, candidateIds: choice ?? p.choice, ip: where.ip, userAgent: p.device.ua[netType(rng, p.device, where)], source });
}
