import { HOUR, MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, Nominee } from './ballot';
import type { Market } from './devices';
import type { Networks } from './networks';
import type { People, Person } from './people';
import { CURVES, type Curve, type Rhythm } from './rhythm';

/** What every family builds on. */
export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

/** The organic crowd as families see it: how much each candidate gets on its own. */
export interface Crowd {
  /** Organic votes a candidate gets in an average hour between 08:00 and 22:00. */
  dayHourly(candidateId: string): number;
  /** Organic votes a candidate gets on an average day. */
  daily(candidateId: string): number;
}

interface Supporter {
  person: Person;
  candidate: Nominee;
  curve: Curve;
  habit: number;
  /** Chance of voting again on each later day. */
  loyalty: number;
}

function marketOf(rng: Rng, c: Nominee): { market: Market; curve: Curve } {
  const r = rng.next();
  if (r < 0.1) return { market: 'town', curve: 'sanitation' };
  if (c.rural) return r < 0.7 ? { market: 'town', curve: 'town' } : r < 0.9 ? { market: 'elder', curve: 'elder' } : { market: 'city', curve: 'office' };
  return r < 0.7 ? { market: 'city', curve: 'office' } : r < 0.85 ? { market: 'elder', curve: 'elder' } : { market: 'town', curve: 'town' };
}

/**
 * The organic crowd: each nominee's colleagues, neighbours and relatives. A first vote follows the
 * opening push, one of the candidate's group forwards, or a chance look on some day; then some
 * vote once, some now and then, some nearly every day near their own habitual time.
 */
export function addOrganicCrowd(rng: Rng, w: World, attempts: number): Crowd {
  const { ballot, ledger, people, rhythm } = w;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const pulls = ballot.candidates.map((c) => c.pull);
  const days = rhythm.days;
  const forwards = new Map(ballot.candidates.map((c) => [c.id, Array.from({ length: rng.int(3, 8) }, () => rhythm.at(rng, rng.int(0, days - 1), c.rural ? 'town' : 'office'))]));
  let made = 0;
  const vote = (s: Supporter, at: number) => {
    people.cast(rng, s.person, at, people.picks(rng, s.candidate.id), source);
    made++;
    // A double tap the service refuses.
    if (rng.chance(0.01)) people.cast(rng, s.person, at + rng.uniform(1, 20) * 1000, [s.candidate.id], source);
  };
  while (made < attempts) {
    const candidate = ballot.candidates[rng.weightedIndex(pulls)];
    const { market, curve } = marketOf(rng, candidate);
    const away = candidate.rural && rng.chance(0.08) ? rng.pick(['北京', '天津', '上海', '江苏', '浙江', '广东']) : undefined;
    const person = people.make(rng, candidate.city, { market, away });
    const household = [person];
    if (person.home && rng.chance(0.3)) household.push(people.relative(rng, person, rng.chance(0.5) ? 'elder' : market));
    for (const p of household) {
      const kind = rng.weightedIndex([45, 35, 20]);
      const s: Supporter = { person: p, candidate, curve, habit: rng.weightedIndex(CURVES[curve]) * 60 + rng.int(0, 59), loyalty: [0, rng.uniform(0.25, 0.6), rng.uniform(0.8, 0.95)][kind] };
      const how = rng.next();
      let first: number;
      if (how < 0.25) first = ballot.cal.opensAt + rng.logNormal(35, 1) * MINUTE;
      else if (how < 0.7) first = rng.pick(forwards.get(candidate.id) ?? [0]) + rng.gamma(1.3, 25) * MINUTE;
      else first = rhythm.at(rng, Math.min(days - 1, Math.floor(rng.next() ** 1.4 * days)), curve);
      vote(s, first);
      const firstDay = Math.floor((first - rhythm.midnight(0)) / (24 * HOUR));
      for (let d = firstDay + 1; d < days; d++) {
        if (!rng.chance(s.loyalty * (1 - 0.04 * (d - firstDay)))) continue;
        vote(s, rng.chance(0.55) ? rhythm.near(rng, d, s.habit, 25) : rhythm.at(rng, d, curve));
      }
    }
  }
  return crowdView(w, source);
}

function crowdView(w: World, source: number): Crowd {
  const perCandidate = new Map<string, { all: number; day: number }>();
  for (const v of w.ledger.added()) {
    if (v.source !== source) continue;
    const h = Math.floor(((v.at + 8 * HOUR) % (24 * HOUR)) / HOUR);
    for (const id of v.candidateIds) {
      const e = perCandidate.get(id) ?? { all: 0, day: 0 };
      e.all++;
      if (h >= 8 && h < 22) e.day++;
      perCandidate.set(id, e);
    }
  }
  const days = (w.ballot.cal.closesAt - w.ballot.cal.opensAt) / (24 * HOUR);
  return {
    dayHourly: (id) => (perCandidate.get(id)?.day ?? 0) / (days * 14),
    daily: (id) => (perCandidate.get(id)?.all ?? 0) / days,
  };
}
