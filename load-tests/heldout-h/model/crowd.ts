import type { Rng } from '../../heldout/prng';
import type { HCandidate } from './ballot';
import type { Age } from './devices';
import type { Household, People, Voter, World } from './people';
import { MINUTE, HOUR, type Life } from './rhythm';

/**
 * The organic crowd. Nobody votes on a demonstration ballot unprompted: each candidate's county
 * pushes the article into its work groups and village groups (a launch push within hours of the
 * opening, an evening push to the villages), some keep reminding people every day, the diligent
 * make a last push on the final day. People read a push when they next pick up the phone; family
 * members often vote together at home; some come back every day at about the same time, most vote
 * once or twice. Followers of the provincial account vote after its own push, for whoever they
 * like. Each candidate's supporters are mostly its own county's people, then natives living in
 * Lanzhou, migrants elsewhere in China (Xinjiang first), and a few abroad.
 */
export interface Wave {
  at: number;
  /** Share of the candidate's new voters this push brings. */
  reach: number;
  /** How strongly it brings back earlier voters that day (0..1). */
  pull: number;
  medianMin: number;
  sigma: number;
}

export interface Campaign {
  candidate: HCandidate;
  strength: number;
  diligence: number;
  waves: Wave[];
  /** The reminder of each ballot day, if the county sent one. */
  reminders: (Wave | undefined)[];
}

export interface Crowd {
  campaigns: Campaign[];
  /** Organic voters by candidate (their first choice), for families that bring them back. */
  voters: Voter[][];
  /** Organic vote attempts added. */
  attempts: number;
  source: number;
}

function campaign(rng: Rng, world: World, candidate: HCandidate): Campaign {
  const { rhythm, ballot } = world;
  const c = candidate.place;
  const sizeFactor = ballot.category === 'county' ? Math.sqrt(c.pop / 30) : Math.pow(c.pop / 30, 0.25);
  const strength = rng.logNormal(1, 0.75) * sizeFactor;
  const diligence = rng.uniform(0.15, 1);
  const open = ballot.cal.opensAt;
  const waves: Wave[] = [];
  const reminders: (Wave | undefined)[] = Array.from({ length: rhythm.days }, () => undefined);
  // The launch push: when the county propaganda office has read the provincial article.
  const launch = rhythm.whenSeen(rng, 'office', open + rng.logNormal(100, 0.9) * MINUTE, 0);
  waves.push({ at: launch, reach: rng.uniform(0.25, 0.45), pull: 0, medianMin: rng.uniform(12, 40), sigma: rng.uniform(0.9, 1.3) });
  // The village groups get it in the evening.
  const firstEvening = rhythm.at(rhythm.dayOf(launch), rng.uniform(19.5, 21.5) * 60);
  if (firstEvening > launch) waves.push({ at: firstEvening, reach: rng.uniform(0.08, 0.2), pull: 0, medianMin: rng.uniform(10, 30), sigma: 1.1 });
  for (let d = rhythm.dayOf(launch) + 1; d < rhythm.days; d++) {
    if (!rng.chance(diligence)) continue;
    const slot = rng.weightedIndex([0.45, 0.2, 0.35]);
    const minute = [rng.uniform(8.6, 9.7), rng.uniform(12, 12.7), rng.uniform(20, 21.7)][slot] * 60;
    const at = rhythm.at(d, minute);
    if (!rhythm.inWindow(at)) continue;
    const w: Wave = { at, reach: 0.22 * Math.pow(0.72, d) * rng.uniform(0.5, 1.5), pull: rng.uniform(0.25, 0.7), medianMin: rng.uniform(10, 35), sigma: rng.uniform(0.9, 1.3) };
    waves.push(w);
    reminders[d] = w;
  }
  const last = rhythm.dayOf(ballot.cal.closesAt - 1);
  if (diligence > 0.6 && rng.chance(0.5)) {
    const at = Math.min(ballot.cal.closesAt - 2 * HOUR, rhythm.at(last, rng.uniform(8.6, 10) * 60));
    if (at > ballot.cal.opensAt) {
      const w: Wave = { at, reach: rng.uniform(0.04, 0.1), pull: 0.8, medianMin: 20, sigma: 1.1 };
      waves.push(w);
      reminders[rhythm.dayOf(at)] = w;
    }
  }
  const total = waves.reduce((n, w) => n + w.reach, 0);
  for (const w of waves) w.reach /= total;
  waves.sort((a, b) => a.at - b.at);
  return { candidate, strength, diligence, waves, reminders };
}

/** When a pushed message turns into a vote: a reading delay, then whenever the reader is free. */
function afterPush(rng: Rng, world: World, w: Wave, life: Life, shiftMin: number): number {
  return world.rhythm.whenSeen(rng, life, w.at + rng.logNormal(w.medianMin, w.sigma) * MINUTE, shiftMin);
}

function ages(rng: Rng, size: number): Age[] {
  const first: Age = rng.chance(0.22) ? 'youth' : rng.chance(0.12) ? 'elder' : 'adult';
  const out: Age[] = [first];
  for (let i = 1; i < size; i++) out.push(rng.chance(0.3) ? 'elder' : rng.chance(0.35) ? 'youth' : 'adult');
  return out;
}

/**
 * A voter's attempts from their first vote on: on each later day they come back with their
 * loyalty (fading), more likely when their county sent a reminder; at the reminder or at their
 * habitual time. Hui men pray at the mosque on Friday around 13:30 and vote after.
 */
export function votingDays(rng: Rng, world: World, v: Voter, first: number, reminders: readonly (Wave | undefined)[]): number[] {
  const { rhythm, ballot } = world;
  const out: number[] = [];
  const friday = (t: number) => {
    if (!v.hh.muslim || !v.male || v.age === 'youth') return t;
    const d = new Date(t + 8 * HOUR);
    const mm = d.getUTCHours() * 60 + d.getUTCMinutes();
    return d.getUTCDay() === 5 && mm >= 780 && mm < 870 ? t + (870 - mm + rng.uniform(5, 40)) * MINUTE : t;
  };
  const t0 = friday(first);
  if (!rhythm.inWindow(t0)) return out;
  out.push(t0);
  // Now and then a double tap or a second try later that day: the service refuses it.
  if (rng.chance(0.012)) out.push(t0 + rng.uniform(20, 3600) * 1000);
  const d0 = rhythm.dayOf(t0);
  let p = v.loyalty;
  for (let d = d0 + 1; d < rhythm.days; d++) {
    const r = reminders[d];
    const chance = r ? p + (1 - p) * r.pull * 0.25 : p;
    p *= 0.9;
    if (!rng.chance(chance)) continue;
    let t: number;
    if (r && rng.chance(0.5)) t = rhythm.whenSeen(rng, v.life, r.at + rng.logNormal(22, 1) * MINUTE, v.hh.shiftMin);
    else {
      const mm = (((v.habit + rng.normal(0, v.habitSd)) % 1440) + 1440) % 1440;
      t = rhythm.whenSeen(rng, v.life, rhythm.at(d, mm), v.hh.shiftMin);
    }
    t = friday(t);
    if (t >= ballot.cal.closesAt) break;
    if (rhythm.dayOf(t) === d) out.push(t);
  }
  return out;
}

/** Adds about `attempts` organic vote attempts. */
export function addOrganicCrowd(rng: Rng, world: World, attempts: number): Crowd {
  const { ballot, ledger, people, rhythm } = world;
  const campaigns = ballot.candidates.map((c) => campaign(rng.fork(`campaign:${c.index}`), world, c));
  people.popularity = campaigns.map((c) => Math.pow(c.strength, 0.8));
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const voters: Voter[][] = ballot.candidates.map(() => []);
  const strengthW = campaigns.map((c) => c.strength);
  // The provincial account's own pushes: the opening article, a mid-week reminder, a last call.
  const open = ballot.cal.opensAt;
  const accountPushes: Wave[] = [
    { at: open, reach: 0.6, pull: 0, medianMin: 35, sigma: 1.3 },
    { at: rhythm.at(3, 18 * 60), reach: 0.25, pull: 0, medianMin: 40, sigma: 1.2 },
    { at: Math.max(open, rhythm.at(rhythm.dayOf(ballot.cal.closesAt - 1), 12 * 60) - 24 * HOUR), reach: 0.15, pull: 0, medianMin: 40, sigma: 1.2 },
  ].filter((w) => rhythm.inWindow(w.at));
  const h = rng.fork('households');
  let added = 0;
  while (added < attempts) {
    const follower = h.chance(0.12);
    const choice = follower ? h.weightedIndex(people.popularity) : h.weightedIndex(strengthW);
    const camp = campaigns[choice];
    const hh = follower ? people.household(h, h.chance(0.4) ? people.lanzhou(h) : people.anyCounty(h)) : supporterHousehold(h, people, camp.candidate);
    const size = [1, 2, 3, 4, 5][h.weightedIndex([0.42, 0.3, 0.16, 0.08, 0.04])];
    const wave = follower ? accountPushes[h.weightedIndex(accountPushes.map((w) => w.reach))] : camp.waves[h.weightedIndex(camp.waves.map((w) => w.reach))];
    const together = h.chance(0.5);
    let lead = 0;
    for (const [i, age] of ages(h, size).entries()) {
      const v = people.voter(h, hh, age, choice);
      let first: number;
      if (i > 0 && together) first = lead + h.exponential(3) * MINUTE;
      else first = afterPush(h, world, wave, v.life, hh.shiftMin);
      if (i === 0) lead = first;
      const times = votingDays(h, world, v, first, follower ? [] : camp.reminders);
      for (const t of times) people.cast(h, v, t, source);
      added += times.length;
      voters[choice].push(v);
    }
  }
  return { campaigns, voters, attempts: added, source };
}

/** Where a candidate's supporter lives: mostly its own county, then Lanzhou, then further away. */
function supporterHousehold(rng: Rng, people: People, c: HCandidate): Household {
  const place = c.place;
  const abroad = place.muslim > 0.4 ? 0.03 : 0.008;
  const r = rng.next();
  if (r < 0.63) return people.household(rng, place);
  if (r < 0.76) return people.household(rng, people.lanzhou(rng), 'city');
  if (r < 0.81) return people.household(rng, people.anyCounty(rng));
  if (r < 1 - abroad) return people.migrantHousehold(rng, people.province(rng, 'migrants'), place);
  return people.abroadHousehold(rng, people.abroad(rng), place);
}
