import { HOUR, MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import { selection, type Ballot, type Place } from './ballot';
import type { FixedNat, Networks } from './networks';
import { Household, regionProfile, type People, type Person, type Where } from './people';
import type { Profile, Rhythm } from './rhythm';

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

export interface Crowd {
  /** Organic vote attempts per candidate. */
  attempts: Map<string, number>;
  total: number;
}

/** Where natives of a place who left home work: the Pearl River Delta's three big job markets. */
const JOB_CITIES = ['深圳市', '广州市', '东莞市', '佛山市', '惠州市'];

interface Campaign {
  /** Group forwards: moments a county's or town's WeChat groups pass the article along, with their pull. */
  forwards: { at: number; weight: number }[];
  /** Per ballot day, the hour the local groups post their daily reminder ("今天投票了吗"). */
  reminders: number[];
}

/**
 * The organic crowd. Each candidate's supporters are mostly its own residents, plus natives working
 * in the Delta's job cities, a few Hong Kong commuters and family abroad. A supporter first votes
 * after the official push, a group forward or a chance look; some stop there, others come back on
 * later days around their usual time or when the group reminds them. Families share a broadband
 * line; office workers and dorm dwellers sit behind NATs they share with strangers.
 */
export function addOrganicCrowd(rng: Rng, world: World, attempts: number): Crowd {
  const { ballot, people, rhythm, net } = world;
  const source = world.ledger.source({ name: 'organic', kind: 'organic' });
  const campaigns = new Map<string, Campaign>();
  for (const c of ballot.candidates) {
    const place = ballot.place.get(c.id) as Place;
    const { profile } = regionProfile(place.region, rng);
    const forwards = Array.from({ length: rng.int(3, 9) }, () => {
      const d = rng.weightedIndex(Array.from({ length: rhythm.days }, (_, i) => (i === 0 ? 2 : i === rhythm.days - 1 ? 1.3 : 1)));
      return { at: rhythm.inDay(rng, d, profile, 7, 23), weight: rng.logNormal(1, 0.8) };
    }).filter((f) => Number.isFinite(f.at));
    const reminders = Array.from({ length: rhythm.days }, () => rng.pick([7.5, 8, 8.5, 12, 12.5, 19.5, 20, 21, 21.5]) + rng.uniform(-0.2, 0.2));
    campaigns.set(c.id, { forwards, reminders });
  }
  const offices = new Map<string, FixedNat[]>();
  const dorms = new Map<string, FixedNat[]>();
  const shared = (pool: Map<string, FixedNat[]>, city: string, size: number, exits: () => number): FixedNat => {
    let list = pool.get(city);
    if (!list) pool.set(city, (list = []));
    if (list.length < size || rng.chance(0.05)) list.push(net.nat(rng, exits()));
    return rng.pick(list);
  };
  const pulls = ballot.candidates.map((c) => ballot.pull.get(c.id) ?? 1);
  const counts = new Map<string, number>(ballot.candidates.map((c) => [c.id, 0]));
  const lastHousehold = new Map<string, Household>();
  let total = 0;

  while (total < attempts) {
    const cand = ballot.candidates[rng.weightedIndex(pulls)];
    const place = ballot.place.get(cand.id) as Place;
    const campaign = campaigns.get(cand.id) as Campaign;
    const roll = rng.next();
    const abroadShare = place.region === 'pearl' ? 0.04 : place.region === 'chaoshan' ? 0.02 : 0.005;
    const hkShare = place.region === 'west' || place.region === 'north' ? 0.01 : 0.04;
    let where: Where = 'gd';
    let city = place.city;
    let { profile, segment } = regionProfile(place.region, rng);
    if (roll < abroadShare) where = 'abroad';
    else if (roll < abroadShare + hkShare) where = 'hk';
    else if (roll < abroadShare + hkShare + 0.03) where = 'cn';
    else if (roll < 0.3 && place.region !== 'metro') {
      city = rng.pick(JOB_CITIES);
      ({ profile, segment } = rng.chance(0.55) ? { profile: 'factory' as Profile, segment: 'budget' as const } : { profile: 'metro' as Profile, segment: 'metro' as const });
    }
    if (where === 'hk') ({ profile, segment } = { profile: 'hk', segment: 'hk' });
    if (where === 'abroad') profile = 'abroad';
    const family = where === 'gd' && city === place.city ? lastHousehold.get(cand.id) : undefined;
    const person: Person = people.make(rng, {
      where,
      profile,
      segment,
      city,
      household: family && rng.chance(0.3) ? family : undefined,
      work: where === 'gd' && profile === 'metro' && rng.chance(0.45) ? shared(offices, city, 40, () => rng.int(1, 4)) : undefined,
      dorm: where === 'gd' && profile === 'factory' && rng.chance(0.45) ? shared(dorms, city, 25, () => rng.int(1, 3)) : undefined,
    });
    if (where === 'gd' && city === place.city) lastHousehold.set(cand.id, person.household);

    // First vote: the official push, a group forward, or a chance look on some day.
    const how = rng.next();
    let first: number;
    if (how < 0.28) first = ballot.cal.opensAt + rng.logNormal(40 * MINUTE, 1.1);
    else if (how < 0.68 && campaign.forwards.length > 0) {
      const f = campaign.forwards[rng.weightedIndex(campaign.forwards.map((x) => x.weight))];
      first = f.at + rng.gamma(0.8, 40 * MINUTE);
    } else {
      const d = rng.weightedIndex(Array.from({ length: rhythm.days }, (_, i) => [1.2, 1, 0.8, 0.7, 0.65, 0.65, 0.8, 0.9][i] ?? 0.6));
      first = rhythm.inDay(rng, d, profile);
    }
    if (!Number.isFinite(first) || first >= ballot.cal.closesAt) continue;
    const picks = selection(rng, ballot, cand.id);
    const cast = (at: number): void => {
      people.vote(rng, person, at, picks.length > 1 && rng.chance(0.3) ? selection(rng, ballot, cand.id) : picks, source);
      total++;
      counts.set(cand.id, (counts.get(cand.id) ?? 0) + 1);
      // A double tap or a reload: the service refuses the second one.
      if (rng.chance(0.012)) people.vote(rng, person, at + rng.int(2_000, 90_000), picks, source);
    };
    cast(first);

    // Return voting: a loyal few every day, most a few times, many never.
    const kind = rng.next();
    let p = kind < 0.42 ? 0 : kind < 0.78 ? rng.uniform(0.25, 0.65) : rng.uniform(0.8, 0.97);
    const habit = rhythm.clock(first);
    for (let d = rhythm.dayOf(first) + 1; d < rhythm.days && p > 0; d++) {
      if (!rng.chance(p)) continue;
      p *= 0.94;
      const r = rng.next();
      let at: number;
      if (r < 0.5) at = rhythm.at(d, Math.min(23.95, Math.max(0.05, habit + rng.normal(0, 0.8))));
      else if (r < 0.8 && where === 'gd') at = rhythm.at(d, campaign.reminders[d]) + rng.gamma(0.7, 25 * MINUTE);
      else at = rhythm.inDay(rng, d, profile);
      if (Number.isFinite(at) && at < ballot.cal.closesAt && at >= ballot.cal.opensAt) cast(at);
    }
  }
  return { attempts: counts, total };
}

/** The organic attempts per hour a candidate draws on average (for families that size on it). */
export function hourlyRate(ballot: Ballot, crowd: Crowd, candidateId: string): number {
  return (crowd.attempts.get(candidateId) ?? 0) / ((ballot.cal.closesAt - ballot.cal.opensAt) / HOUR);
}
