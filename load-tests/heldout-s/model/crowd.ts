import { DAY, MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, Doctor } from './ballot';
import type { Segment } from './devices';
import type { Networks, Region } from './networks';
import type { Household, People, Person } from './people';
import type { Rhythm, Routine } from './rhythm';

/** Everything a run shares: the ballot, its ledger, its people, networks and clock. */
export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

/** What families may ask of the organic crowd. */
export interface Crowd {
  source: number;
  /** Organic attempts backing a doctor per ballot day, on average. */
  daily(doctor: Doctor): number;
}

const GUANGDONG: readonly Region[] = ['Dongguan', 'Dongguan', 'Shenzhen', 'Foshan', 'Foshan', 'Guangzhou'];

/** Who a supporter is, given the doctor's county: a villager, an elder, a young local, a worker in Guangdong, staff, a student. */
function segmentFor(rng: Rng, doctor: Doctor): { segment: Segment; routine: Routine } {
  if (rng.chance(doctor.county.migrantShare)) return { segment: 'migrant', routine: rng.chance(0.75) ? 'factory' : 'office' };
  const r = rng.next();
  if (r < 0.45) return { segment: 'village', routine: 'farmer' };
  if (r < 0.62) return { segment: 'elder', routine: 'elder' };
  if (r < 0.85) return { segment: 'young', routine: 'townsfolk' };
  if (r < 0.93) return { segment: 'official', routine: 'office' };
  return { segment: 'student', routine: 'student' };
}

/** The moments a doctor's patients and relatives forward the vote into village and clan groups. */
function groupPushes(rng: Rng, world: World): number[] {
  const { rhythm } = world;
  const first = rhythm.cal.opensAt + rng.logNormal(50 * MINUTE, 0.7);
  const more = Array.from({ length: rng.int(3, 8) }, () => rhythm.at(rng, rng.int(0, rhythm.days - 1), 'townsfolk'));
  return [first, ...more].sort((a, b) => a - b);
}

/**
 * The organic crowd: each doctor's supporters find the vote through the official push, a forward
 * in a village group, or by chance; then some come back on later days, near their own habitual
 * hour or after the next forward. Stops once `attempts` votes (accepted or not) were tried.
 */
export function addOrganicCrowd(rng: Rng, world: World, attempts: number): Crowd {
  const { ballot, ledger, people, rhythm } = world;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const pushes = new Map(ballot.candidates.map((c) => [c.id, groupPushes(rng, world)]));
  const households = new Map<string, Household[]>();
  const backing = new Map<string, number>();
  const weights = ballot.candidates.map((c) => c.pull);
  let tried = 0;

  const vote = (p: Person, doctor: Doctor, at: number) => {
    people.cast(rng, p, at, doctor, source);
    backing.set(doctor.id, (backing.get(doctor.id) ?? 0) + 1);
    tried++;
    if (rng.chance(0.01)) people.cast(rng, p, at + rng.uniform(800, 4000), doctor, source);
  };

  while (tried < attempts) {
    const doctor = ballot.candidates[rng.weightedIndex(weights)];
    const who = segmentFor(rng, doctor);
    const region: Region = who.segment === 'migrant' ? rng.pick(GUANGDONG) : who.segment === 'student' && rng.chance(0.6) ? rng.pick<Region>(['Nanning', 'Guilin', 'Baise']) : doctor.county.prefecture;
    const home = homeFor(rng, people, households, doctor, region, who.segment);
    const p = people.make(rng, { ...who, region, home }, doctor);
    const first = firstVote(rng, world, pushes.get(doctor.id) ?? [], who.routine);
    vote(p, doctor, first);

    const loyalty = rng.next();
    let keen = loyalty < 0.45 ? 0 : loyalty < 0.8 ? rng.uniform(0.25, 0.6) : rng.uniform(0.8, 0.95);
    const firstDay = Math.floor((first - rhythm.cal.firstMidnight) / DAY);
    const habit = (first - rhythm.cal.firstMidnight) % DAY;
    for (let d = firstDay + 1; d < rhythm.days && keen > 0; d++, keen *= 0.95) {
      if (!rng.chance(keen)) continue;
      const todays = (pushes.get(doctor.id) ?? []).filter((t) => Math.floor((t - rhythm.cal.firstMidnight) / DAY) === d);
      const r = rng.next();
      const at =
        r < 0.5 ? rhythm.clock(d, 0) + habit + rng.normal(0, 40 * MINUTE) : r < 0.75 && todays.length > 0 ? rng.pick(todays) + rng.gamma(1.3, 20 * MINUTE) : rhythm.at(rng, d, who.routine);
      vote(p, doctor, at);
    }
  }
  return { source, daily: (doctor) => (backing.get(doctor.id) ?? 0) / rhythm.days };
}

/** Families share their broadband: two in five of a doctor's village supporters join a household already voting. */
function homeFor(rng: Rng, people: People, households: Map<string, Household[]>, doctor: Doctor, region: Region, segment: Segment): Household | null {
  if (segment === 'migrant') return rng.chance(0.5) ? people.household(rng, region) : null;
  const list = households.get(doctor.id) ?? [];
  if (region === doctor.county.prefecture && list.length > 0 && rng.chance(0.4)) return rng.pick(list);
  if (rng.chance(segment === 'elder' ? 0.45 : 0.75)) {
    const h = people.household(rng, region);
    list.push(h);
    households.set(doctor.id, list);
    return h;
  }
  return null;
}

/** The first vote: the official push (a quarter), a group forward (over half), or a chance look some day. */
function firstVote(rng: Rng, world: World, pushes: readonly number[], routine: Routine): number {
  const { rhythm } = world;
  const r = rng.next();
  if (r < 0.25) return rhythm.cal.opensAt + rng.logNormal(35 * MINUTE, 1.0);
  if (r < 0.8 && pushes.length > 0) {
    // Earlier forwards reach more people: the first group wave is the largest.
    const i = rng.weightedIndex(pushes.map((_, k) => 1 / (k + 1)));
    return pushes[i] + rng.gamma(1.2, 25 * MINUTE);
  }
  const days = Array.from({ length: rhythm.days }, (_, d) => (d === 0 ? 2.5 : d === rhythm.days - 1 ? 1.6 : 1 / (1 + 0.15 * d)));
  return rhythm.at(rng, rng.weightedIndex(days), routine);
}
