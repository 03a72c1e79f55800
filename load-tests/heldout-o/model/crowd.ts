import { DAY, MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, OCandidate } from './ballot';
import type { Networks, Region } from './networks';
import type { People, Person } from './people';
import type { Profile, Rhythm } from './rhythm';

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

export interface Crowd {
  source: number;
  /** Organic vote attempts per candidate over the week. */
  votes: Map<string, number>;
  /** Organic attempts per day for a candidate (mean over the ballot's days). */
  daily(candidateId: string): number;
}

/**
 * The honest background: each candidate's supporters (residents, natives working in Guangdong,
 * Zhejiang and Fujian, a few in Nanchang offices or elsewhere) find the ballot through the push,
 * a group forward or by chance, and some come back day after day.
 */
export function addOrganicCrowd(rng: Rng, world: World, attempts: number): Crowd {
  const { ballot, people, ledger, rhythm } = world;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const cal = ballot.cal;
  const days = cal.dayCount;
  const totalPull = ballot.candidates.reduce((s, c) => s + c.pull, 0);
  const forwards = new Map<string, number[]>();
  for (const c of ballot.candidates) {
    const n = rng.int(4, 10);
    forwards.set(c.id, Array.from({ length: n }, () => cal.opensAt + rng.next() * (cal.closesAt - cal.opensAt - 2 * 3600_000)));
  }
  const votes = new Map<string, number>();
  let made = 0;
  while (made < attempts) {
    const c = ballot.candidates[rng.weightedIndex(ballot.candidates.map((x) => x.pull))];
    const p = supporter(rng, world, c);
    const first = firstVote(rng, rhythm, ballot, forwards.get(c.id)!, p.profile);
    const habit = first;
    const style = rng.next();
    const pReturn = style < 0.45 ? 0 : style < 0.8 ? rng.uniform(0.25, 0.6) : rng.uniform(0.8, 0.96);
    const d0 = Math.floor((first - cal.firstMidnight) / DAY);
    const times = [first];
    let p1 = pReturn;
    for (let d = d0 + 1; d < days; d++) {
      if (!rng.chance(p1)) continue;
      p1 *= 0.95;
      const t = rng.chance(0.5) ? habit + (d - d0) * DAY + rng.normal(0, 40 * MINUTE) : rhythm.timeOnDay(rng, p.profile, d);
      times.push(t);
    }
    if (rng.chance(0.012)) times.push(first + rng.uniform(800, 4000));
    const sel = people.selection(rng, c.id);
    for (const t of times) {
      people.vote(rng, p, t, rng.chance(0.7) ? sel : people.selection(rng, c.id), source);
      made++;
    }
    votes.set(c.id, (votes.get(c.id) ?? 0) + times.length);
  }
  void totalPull;
  return { source, votes, daily: (id) => (votes.get(id) ?? 0) / 7 };
}

function supporter(rng: Rng, world: World, c: OCandidate): Person {
  const r = rng.next();
  let region: Region = 'jiangxi';
  let place = c.county;
  let profile: Profile = 'town';
  let segment: 'town' | 'budget' | 'city' | 'elder' = rng.chance(0.15) ? 'elder' : 'town';
  if (r < 0.2) {
    region = rng.pick(['guangdong', 'guangdong', 'zhejiang', 'fujian'] as const);
    place = rng.pick(['Dongguan', 'Shenzhen', 'Foshan', 'Ningbo', 'Yiwu', 'Jinjiang', 'Xiamen']);
    profile = rng.chance(0.7) ? 'migrant' : 'office';
    segment = rng.chance(0.7) ? 'budget' : 'city';
  } else if (r < 0.27) {
    place = 'Nanchang';
    profile = 'office';
    segment = 'city';
  } else if (r < 0.31) {
    region = 'china';
    place = rng.pick(['Shanghai', 'Wuhan', 'Changsha', 'Hangzhou', 'Beijing']);
    profile = 'office';
    segment = 'city';
  }
  return world.people.person(rng, { region, place, segment, profile, homeShare: region === 'jiangxi' ? 0.7 : 0.5 });
}

function firstVote(rng: Rng, rhythm: Rhythm, ballot: Ballot, forwards: number[], profile: Profile): number {
  const cal = ballot.cal;
  const r = rng.next();
  if (r < 0.28) return cal.opensAt + rng.logNormal(50 * MINUTE, 1.1);
  if (r < 0.62) return rng.pick(forwards) + rng.gamma(1.3, 35 * MINUTE);
  const w = Array.from({ length: cal.dayCount }, (_, d) => (d === 0 ? 2.2 : d === cal.dayCount - 2 ? 1.8 : 1));
  return rhythm.timeOnDay(rng, profile, rng.weightedIndex(w));
}
