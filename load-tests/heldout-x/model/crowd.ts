import { MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, XCandidate } from './ballot';
import type { Market } from './devices';
import type { Nat, Networks } from './networks';
import type { People, Person, PersonSpec } from './people';
import { CITIES, CITY_WEIGHT, type CityId, type Country } from './places';
import type { Rhythm, Segment } from './rhythm';

/**
 * The organic crowd of a volunteer vote, as I picture it. A volunteer is voted for by circles:
 * their team (who vote nearly every day after the team leader's daily check-in post), kin and
 * neighbours (households sharing a line; elders sometimes voted for by a grandchild on the
 * grandchild's phone), the people they helped, natives working in Fuzhou, Xiamen or other provinces,
 * the hometown's emigrants abroad, Xiamen's and Pingtan's Taiwanese for the cross-strait volunteers,
 * and the public who saw the official push. First votes follow the official push, one of the
 * team's forwards, or a chance look; return votes land at the voter's habit, after the team's
 * daily reminder, or anywhere in their day, and fade over the week except for a last-day call.
 */

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

export interface Crowd {
  /** The organic source (every family's cover votes go here too, unlabelled). */
  source: number;
  /** Organic attempts per candidate id (by the voter's main pick). */
  attempts: Map<string, number>;
  /** Each team's daily check-in post, minutes after midnight. */
  checkIn: Map<string, number>;
  /** Organic attempts per candidate per ballot day. */
  perDay: Map<string, number[]>;
  /** A voter's selection on a multi-choice ballot: their main pick plus extras (same city or popular). */
  selection(rng: Rng, main: XCandidate): string[];
  /** Average organic attempts per day for a candidate. */
  dailyOf(id: string): number;
}

type Circle = 'team' | 'kin' | 'helped' | 'migrant' | 'abroad' | 'taiwanese' | 'public';

/** Engagement: vote once, come back on some days, or vote nearly every day. */
interface Habit {
  p: number;
}

const ENGAGEMENT: Record<Circle, readonly [number, number, number]> = {
  // shares of once / some days / nearly daily
  team: [0.04, 0.18, 0.78],
  kin: [0.38, 0.4, 0.22],
  helped: [0.42, 0.4, 0.18],
  migrant: [0.45, 0.4, 0.15],
  abroad: [0.4, 0.45, 0.15],
  taiwanese: [0.42, 0.42, 0.16],
  public: [0.78, 0.2, 0.02],
};

function habit(rng: Rng, circle: Circle): Habit {
  const kind = rng.weightedIndex(ENGAGEMENT[circle]);
  if (kind === 0) return { p: 0 };
  if (kind === 1) return { p: rng.uniform(0.22, 0.6) };
  return { p: rng.uniform(0.8, 0.96) };
}

function circleMix(c: XCandidate): [Circle, number][] {
  const prof = c.profile;
  const abroad = prof.abroad ? (prof.circle === 'qiaoxiang' ? 0.15 : prof.circle === 'tulou' ? 0.07 : prof.circle === 'taiwan' ? 0 : 0.025) : 0;
  const taiwanese = prof.circle === 'taiwan' ? 0.3 : prof.abroad?.includes('TW') ? 0.015 : 0;
  const team = prof.circle === 'rescue' || prof.circle === 'fisher' ? 0.09 : 0.06;
  return [
    ['team', team],
    ['kin', Math.max(0.2, 0.47 - abroad - taiwanese)],
    ['helped', 0.14],
    ['migrant', prof.setting === 'urban' ? 0.06 : 0.13],
    ['abroad', abroad],
    ['taiwanese', taiwanese],
    ['public', 0.17],
  ];
}

/** Local segment of a supporter by where the volunteer comes from and what circle they are in. */
function localSegment(rng: Rng, c: XCandidate): { segment: Segment; market: Market } {
  const { setting, circle } = c.profile;
  if (circle === 'fisher' && rng.chance(0.45)) return { segment: 'fisher', market: 'fisher' };
  if (circle === 'campus' && rng.chance(0.55)) return { segment: 'student', market: 'student' };
  const r = rng.next();
  if (setting === 'urban') return r < 0.62 ? { segment: 'office', market: 'city' } : r < 0.82 ? { segment: 'elder', market: 'elder' } : { segment: 'town', market: 'city' };
  if (setting === 'county') return r < 0.55 ? { segment: 'town', market: 'county' } : r < 0.78 ? { segment: 'office', market: 'county' } : { segment: 'elder', market: 'elder' };
  return r < 0.55 ? { segment: 'village', market: 'village' } : r < 0.88 ? { segment: 'elder', market: 'elder' } : { segment: 'town', market: 'county' };
}

const OUTSIDE_PROVINCES = 6;

export function addOrganicCrowd(rng: Rng, world: World, attemptsTarget: number): Crowd {
  const { ballot, people, rhythm, ledger, net } = world;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const cands = ballot.candidates;
  const weights = cands.map((c) => c.pull);
  const days = rhythm.days;
  const opensAt = ballot.cal.opensAt;
  const closesAt = ballot.cal.closesAt;
  const lastDay = days - 1;

  // Offices per city: a person working in an office sits behind one of its NATs, so colleagues share.
  const offices = new Map<CityId, Nat[]>();
  const officeOf = (r: Rng, city: CityId): Nat => {
    let list = offices.get(city);
    if (!list) offices.set(city, (list = Array.from({ length: 40 }, (_, i) => net.nat(r, city, r.int(1, 3), `office-${city}-${i}`, r.chance(0.7) ? 'telecom' : 'unicom'))));
    return list[Math.min(list.length - 1, Math.floor(r.exponential(9)))];
  };

  // Each team's daily check-in and its forwards over the week (weighted to the first days and the last).
  const checkIn = new Map<string, number>();
  const moments = new Map<string, number[]>();
  const dayWeight = Array.from({ length: days }, (_, d) => (d === 0 ? 3 : d === 1 ? 2.2 : d === lastDay ? 2.4 : d === lastDay - 1 ? 1.5 : 1.1));
  for (const c of cands) {
    checkIn.set(c.id, rng.pick([7 * 60 + 30, 8 * 60, 8 * 60 + 30, 12 * 60 + 10, 19 * 60 + 30, 20 * 60, 21 * 60]) + rng.int(-10, 10));
    const list = [opensAt + rng.exponential(40 * MINUTE)];
    const k = rng.int(3, 8);
    for (let i = 0; i < k; i++) {
      const d = rng.weightedIndex(dayWeight);
      list.push(Math.max(opensAt + 5 * MINUTE, rhythm.timeOnDay(rng, d, 'town')));
    }
    moments.set(c.id, list);
  }

  const sameCity = new Map<string, XCandidate[]>();
  for (const c of cands) sameCity.set(c.city, [...(sameCity.get(c.city) ?? []), c]);
  const selection = (r: Rng, main: XCandidate): string[] => {
    if (ballot.maxChoices === 1) return [main.id];
    const k = r.chance(0.38) ? 1 : r.int(2, ballot.maxChoices);
    const out = [main.id];
    for (let tries = 0; out.length < k && tries < 40; tries++) {
      const pool = r.chance(0.5) ? (sameCity.get(main.city) ?? cands) : cands;
      const pick = pool[r.weightedIndex(pool.map((x) => x.pull))];
      if (!out.includes(pick.id)) out.push(pick.id);
    }
    return out;
  };

  const attempts = new Map<string, number>();
  const perDay = new Map<string, number[]>(cands.map((c) => [c.id, new Array<number>(days).fill(0)]));
  let total = 0;

  /** When a person first votes: right after the official push, after a team forward, or a chance look. */
  const firstVote = (r: Rng, c: XCandidate, circle: Circle, segment: Segment, shift: number): number => {
    const list = moments.get(c.id) ?? [opensAt];
    const u = r.next();
    const official = circle === 'public' ? 0.3 : 0.12;
    if (circle === 'team' || u < official) {
      const base = circle === 'team' ? list[0] : opensAt;
      return base + r.logNormal(circle === 'team' ? 25 : 55, 1.05) * MINUTE;
    }
    if (u < official + 0.5) {
      const m = list[r.int(0, list.length - 1)];
      return m + (r.chance(0.75) ? r.gamma(1.2, 22) : r.logNormal(150, 0.7)) * MINUTE;
    }
    // A chance look happens once the link is out: redraw a moment before the opening.
    let t = rhythm.timeOnDay(r, r.weightedIndex(dayWeight), segment, shift);
    for (let k = 0; k < 6 && t < opensAt; k++) t = rhythm.timeOnDay(r, r.weightedIndex(dayWeight), segment, shift);
    return Math.max(t, opensAt + r.exponential(90) * MINUTE);
  };

  /** A person's attempts over the week: the first vote, then returns. */
  const schedule = (r: Rng, c: XCandidate, circle: Circle, segment: Segment, shift: number): number[] => {
    const first = firstVote(r, c, circle, segment, shift);
    const h = habit(r, circle);
    const times = [first];
    const d0 = rhythm.dayOf(first);
    const habitMinute = ((((first - rhythm.dayStart(d0)) / MINUTE) % 1440) + 1440) % 1440;
    const reminder = checkIn.get(c.id) ?? 1200;
    const remindable = circle === 'team' || circle === 'kin' || circle === 'helped';
    for (let d = Math.max(0, d0 + 1); d < days; d++) {
      const p = h.p * Math.pow(0.95, d - d0) + (d === lastDay && h.p > 0 ? 0.15 : 0);
      if (!r.chance(Math.min(0.98, p))) continue;
      const u = r.next();
      if (u < 0.42) times.push(rhythm.habitOnDay(r, d, habitMinute, 40));
      else if (u < 0.72 && remindable) times.push(rhythm.dayStart(d) + reminder * MINUTE + r.logNormal(22, 0.9) * MINUTE);
      else times.push(rhythm.timeOnDay(r, d, segment, shift));
    }
    return times;
  };

  const record = (c: XCandidate, at: number) => {
    attempts.set(c.id, (attempts.get(c.id) ?? 0) + 1);
    const d = rhythm.dayOf(at);
    const row = perDay.get(c.id);
    if (row && d >= 0 && d < days) row[d]++;
    total++;
  };

  /** Casts a schedule; most voters keep their selection, some change the extras. */
  const castAll = (r: Rng, person: Person, c: XCandidate, times: readonly number[], withDevice?: Person) => {
    let picks = selection(r, c);
    for (const at of times) {
      // Once the ballot has closed the page says so: nobody gets as far as voting.
      if (at >= closesAt) continue;
      if (r.chance(0.2)) picks = selection(r, c);
      people.vote(r, person, at, picks, source, undefined, withDevice?.device);
      record(c, at);
      // A double tap on a slow page: the service refuses the second.
      if (r.chance(0.01)) people.vote(r, person, at + r.uniform(0.4, 3) * 1000, picks, source, undefined, withDevice?.device);
    }
  };

  const spawn = (r: Rng, c: XCandidate, circle: Circle) => {
    const prof = c.profile;
    if (circle === 'kin' || circle === 'helped') {
      // A household: its members share the line; elders are sometimes voted for on a younger member's phone.
      const size = 1 + r.weightedIndex([0.42, 0.3, 0.18, 0.1]);
      const carrier = people.carrier(r);
      const home = people.household(r, { city: prof.city, carrier });
      const headSeg = localSegment(r, c);
      const headSpec: PersonSpec = { city: prof.city, segment: headSeg.segment, market: headSeg.market, carrier, home };
      if (headSeg.segment === 'office' && r.chance(0.5)) headSpec.office = officeOf(r, prof.city);
      const head = people.make(r, headSpec);
      const headTimes = schedule(r, c, circle, head.segment, 0);
      castAll(r, head, c, headTimes);
      for (let i = 1; i < size; i++) {
        const seg = localSegment(r, c);
        const helped = seg.segment === 'elder' && r.chance(0.3);
        const member = people.make(r, { city: prof.city, segment: seg.segment, market: seg.market, carrier, home, device: helped ? head.device : undefined });
        if (helped || r.chance(0.35)) {
          // Together after the head: the same evening, a few minutes later (seconds when on the same phone).
          const times = headTimes.filter(() => r.chance(helped ? 0.9 : 0.8)).map((t) => t + (helped ? r.uniform(25, 200) * 1000 : r.uniform(1, 15) * MINUTE));
          if (times.length === 0) continue;
          for (const at of times) {
            if (at >= closesAt) continue;
            const conn = helped ? people.connection(r, head, at) : undefined;
            const picks = selection(r, c);
            people.vote(r, member, at, picks, source, conn);
            record(c, at);
          }
        } else castAll(r, member, c, schedule(r, c, circle, member.segment, 0));
      }
      return;
    }
    let spec: PersonSpec;
    let segment: Segment;
    if (circle === 'team') {
      const seg = localSegment(r, c);
      segment = seg.segment === 'elder' ? 'town' : seg.segment;
      spec = { city: prof.city, segment, market: seg.market };
      if (segment === 'office' && r.chance(0.4)) spec.office = officeOf(r, prof.city);
    } else if (circle === 'migrant') {
      if (r.chance(0.45)) {
        segment = 'office';
        spec = { city: prof.city, segment, market: 'city', outside: r.int(0, OUTSIDE_PROVINCES - 1) };
      } else {
        const city = r.pick<CityId>(['fuzhou', 'fuzhou', 'xiamen', 'xiamen', 'quanzhou']);
        segment = r.chance(0.8) ? 'office' : 'night';
        spec = { city, segment, market: 'city' };
        if (segment === 'office' && r.chance(0.5)) spec.office = officeOf(r, city);
      }
    } else if (circle === 'abroad') {
      const list = prof.abroad ?? ['MY'];
      const country = list[r.weightedIndex(list.map((_, i) => 1 / (1 + i)))] as Country;
      segment = r.chance(0.7) ? 'office' : 'town';
      const language = country === 'TW' ? 'zh_TW' : country === 'HK' ? 'zh_HK' : r.chance(0.72) ? 'zh_CN' : r.chance(0.5) ? 'zh_TW' : 'en';
      spec = { city: prof.city, segment, market: 'overseas', abroad: country, deviceOptions: { language } };
    } else if (circle === 'taiwanese') {
      segment = 'office';
      const home = r.chance(0.22) ? 'TW' : undefined;
      spec = { city: prof.city, segment, market: 'taiwanese', abroad: home, deviceOptions: { language: r.chance(0.85) ? 'zh_TW' : 'zh_CN' } };
      if (!home && r.chance(0.45)) spec.office = officeOf(r, prof.city);
    } else {
      const city = CITIES[r.weightedIndex(CITIES.map((x) => CITY_WEIGHT[x]))];
      const urban = city === 'fuzhou' || city === 'xiamen' || city === 'quanzhou';
      segment = urban ? (r.chance(0.75) ? 'office' : 'elder') : r.chance(0.6) ? 'town' : 'elder';
      spec = { city, segment, market: urban ? 'city' : 'county' };
    }
    const person = people.make(r, spec);
    castAll(r, person, c, schedule(r, c, circle, segment, person.shift));
  };

  const mixes = new Map(cands.map((c) => [c.id, circleMix(c)]));
  while (total < attemptsTarget) {
    const c = cands[rng.weightedIndex(weights)];
    const mix = mixes.get(c.id) ?? [];
    const circle = mix[rng.weightedIndex(mix.map((x) => x[1]))][0];
    spawn(rng, c, circle);
  }

  return {
    source,
    attempts,
    checkIn,
    perDay,
    selection,
    dailyOf: (id) => (attempts.get(id) ?? 0) / Math.max(1, days - 1),
  };
}
