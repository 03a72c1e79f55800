/**
 * A genuine mobilization: a county's notice goes down the hierarchy (departments, township
 * governments, schools, hospitals), each unit forwards it in its work group, and staff vote within
 * minutes, most from the unit's office Wi-Fi behind a government NAT, the rest on mobile data.
 * Used by an attack (a script hides in it) and by a legitimate family.
 */
import type { Rng } from '../../heldout/prng';
import type { Contender } from '../ballot-setup';
import { MINUTE } from '../clock';
import { castAs, choices, makeResident, mobile, type Resident, type Scene } from '../residents';

export interface Mobilization {
  candidate: Contender;
  /** When the county's notice goes out. */
  start: number;
  people: number;
  /** How long units take to forward it: mean minutes. */
  forwardMeanMin: number;
  /** The government NATs; `natShare` of people vote through their unit's one. */
  nats: readonly string[];
  natShare: number;
  source: number;
}

export interface Mobilized {
  person: Resident;
  unitNat: string;
  at: number;
}

export function mobilize(rng: Rng, scene: Scene, m: Mobilization): Mobilized[] {
  const units = Array.from({ length: Math.max(8, Math.round(m.people / 60)) }, () => ({
    // County -> department or township -> section or village: half the units hear it second-hand.
    at: m.start + (rng.exponential(m.forwardMeanMin) + (rng.chance(0.5) ? rng.exponential(m.forwardMeanMin) : 0)) * MINUTE,
    nat: rng.pick(m.nats),
    size: rng.logNormal(1, 0.8),
  }));
  const weights = units.map((u) => u.size);
  const out: Mobilized[] = [];
  for (let i = 0; i < m.people; i++) {
    const unit = units[rng.weightedIndex(weights)];
    const person = makeResident(rng, scene, { hometown: m.candidate.home, lives: m.candidate.home, officeWifi: 0 });
    const t = unit.at + rng.logNormal(10, 1.1) * MINUTE;
    out.push({ person, unitNat: unit.nat, at: t });
    vote(rng, scene, m, { person, unitNat: unit.nat, at: t });
  }
  return out;
}

/** One mobilized person's vote: through the unit's NAT or on their own mobile data. */
export function vote(rng: Rng, scene: Scene, m: Mobilization, p: Mobilized): void {
  const conn = rng.chance(m.natShare) ? { ip: p.unitNat, net: 'WIFI' as const } : mobile(rng, scene, p.person);
  castAs(rng, scene, p.person, p.at, choices(rng, scene.ballot, m.candidate, 0.75), m.source, conn);
}
