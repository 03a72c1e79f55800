/**
 * The organic crowd: how a courier vote really fills up. Each courier's supporters are the
 * customers on his route (residents, office staff, merchants, factory workers, the elderly of a
 * village route, students), his colleagues across the company's depots, his family (mostly back in
 * his home province) and the public who follow the postal administration's account.
 *
 * A supporter's first vote follows something posted: the account's push at opening, the company's
 * push in its staff groups, the courier's own forwards to his customer groups, his wife's forward
 * to the family group, or just a chance look on some day. Then they come back or not: four in ten
 * vote once, a third now and then, a fifth nearly every day, each fading a little, at their habitual
 * minute, after the courier's daily reminder in his groups, or whenever.
 */
import { MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import { Rng } from '../../heldout/prng';
import type { Ballot, CompanyId, Courier, Route } from './ballot';
import type { Mix } from './devices';
import { placeKey, type Networks } from './networks';
import { CITIES, PROVINCES, type AbroadId, type CityId, type Place } from './places';
import type { People, Person } from './people';
import type { Rhythm, Segment } from './rhythm';

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  net: Networks;
  rhythm: Rhythm;
  people: People;
}

type Role = 'colleague' | 'customer' | 'family' | 'public';

interface Profile {
  role: Role;
  segment: Segment;
  mix?: Mix;
  weight: number;
}

const P = (role: Role, segment: Segment, weight: number, mix?: Mix): Profile => ({ role, segment, weight, mix });

const ROUTE_MIX: Record<Route, Profile[]> = {
  residential: [P('customer', 'urban', 40), P('customer', 'elder', 10), P('customer', 'merchant', 4), P('colleague', 'courier', 16), P('family', 'rural', 14), P('public', 'urban', 16)],
  office: [P('customer', 'urban', 52), P('colleague', 'courier', 16), P('family', 'rural', 12), P('public', 'urban', 20)],
  market: [P('customer', 'merchant', 38), P('customer', 'foreign', 2), P('customer', 'urban', 12), P('colleague', 'courier', 16), P('family', 'rural', 13), P('public', 'urban', 19)],
  industrial: [P('customer', 'worker', 34), P('customer', 'urban', 12), P('colleague', 'courier', 18), P('family', 'rural', 16), P('public', 'urban', 20)],
  rural: [P('customer', 'elder', 22), P('customer', 'rural', 26), P('colleague', 'courier', 14), P('family', 'rural', 14), P('public', 'urban', 24)],
  campus: [P('customer', 'student', 48), P('customer', 'urban', 10), P('colleague', 'courier', 14), P('family', 'rural', 12), P('public', 'urban', 16)],
};

/** What was posted for one courier: his forwards, his daily reminders, his family's forward. */
export interface CandidatePlan {
  courier: Courier;
  forwards: number[];
  forwardWeights: number[];
  /** Per ballot day, the moment of his reminder in his groups (NaN: none that day). */
  reminders: number[];
  familyForward: number;
  /** Minute of day he usually posts. */
  postMinute: number;
}

export interface Crowd {
  source: number;
  plans: Map<string, CandidatePlan>;
  officialPushes: number[];
  companyPushes: Map<CompanyId, number[]>;
  /** Organic attempts at this scale, and the share of them each candidate drew. */
  attempts: number;
  shares: Map<string, number>;
  /** A depot's line (company, city): `i` picks one of the city's depots. */
  depot(company: CompanyId, city: CityId, i: number): string;
  /** The candidates a supporter of `c` selects in one vote (with extra picks on a multi-choice ballot). */
  selection(rng: Rng, c: Courier, colleague?: boolean): string[];
}

function cityPlace(city: CityId): Place {
  return { kind: 'zhejiang', city };
}

function randomCity(rng: Rng): CityId {
  return CITIES[rng.weightedIndex(CITIES.map((c) => c.weight))].id;
}

function randomProvince(rng: Rng): Place {
  return { kind: 'province', province: PROVINCES[rng.weightedIndex(PROVINCES.map((p) => p.reach))].id };
}

export function addOrganicCrowd(rng: Rng, world: World, attempts: number): Crowd {
  const { ballot, rhythm, people, ledger, net } = world;
  const cal = ballot.cal;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const days = rhythm.days;
  const lastDay = days - 1;

  // What the account and the companies post.
  const officialPushes = [cal.opensAt];
  if (rng.chance(0.6)) officialPushes.push(rhythm.at(rng.int(3, 4), 20, rng.int(0, 30)));
  officialPushes.push(Math.min(cal.closesAt - 3 * 60 * MINUTE, rhythm.at(lastDay - 1, 20, 0)));
  const companyPushes = new Map<CompanyId, number[]>();
  for (const id of ['sf', 'jd', 'zto', 'yto', 'sto', 'yunda', 'ems'] as CompanyId[]) {
    const d = rng.chance(0.5) ? 0 : 1;
    const [h, m] = rng.pick([
      [8, 0],
      [12, 30],
      [19, 30],
      [20, 30],
    ] as const);
    let first = rhythm.at(d, h, m + rng.int(-10, 20));
    if (first < cal.opensAt) first = rhythm.at(d + 1, h, m + rng.int(-10, 20));
    const pushes = [first];
    if (rng.chance(0.6)) pushes.push(rhythm.at(rng.int(3, 5), 8, rng.int(0, 40)));
    companyPushes.set(id, pushes);
  }

  const plans = new Map<string, CandidatePlan>();
  for (const c of ballot.candidates) {
    const postMinute = rng.pick([6 * 60 + 50, 7 * 60 + 20, 12 * 60 + 30, 20 * 60 + 40, 21 * 60 + 30, 22 * 60 + 10]) + rng.int(-20, 20);
    const forwards = [rhythm.reaction(rng, cal.opensAt, 'courier', 35, 0.8)];
    const k = rng.int(2, 6);
    for (let i = 0; i < k; i++) {
      const d = rng.weightedIndex(Array.from({ length: days }, (_, j) => (j === 0 ? 1.4 : j === lastDay || j === lastDay - 1 ? 1.3 : 1)));
      forwards.push(rhythm.onDay(rng, d, 'courier'));
    }
    const fw = forwards.filter(Number.isFinite).sort((a, b) => a - b);
    const forwardWeights = fw.map((t, i) => (i === 0 ? 3 : 1 / Math.sqrt(i)) * (rhythm.dayOf(t) >= lastDay - 1 ? 1.5 : 1));
    const reminders = Array.from({ length: days }, (_, d) => (d > 0 && rng.chance(0.6) ? rhythm.nearMinute(rng, d, postMinute, 20) : NaN));
    let familyForward = rhythm.at(0, 20, rng.int(0, 150));
    if (familyForward < cal.opensAt + 20 * MINUTE) familyForward = rhythm.at(1, 20, rng.int(0, 150));
    plans.set(c.id, { courier: c, forwards: fw, forwardWeights, reminders, familyForward, postMinute });
  }

  // Depots: each company has a few dozen outlets in a city, each on one fibre line.
  const depotBase = rng.uint32();
  const depotLines = new Map<string, string[]>();
  const depot = (company: CompanyId, city: CityId, i: number): string => {
    const key = `${company}:${city}`;
    let lines = depotLines.get(key);
    if (!lines) {
      const r = new Rng(`${depotBase}:depot:${key}`);
      const n = Math.max(6, Math.round(CITIES.find((x) => x.id === city)!.weight * r.int(8, 16)));
      lines = Array.from({ length: n }, () => net.fixedLine(r, cityPlace(city), r.chance(0.7) ? 'telecom' : 'mobile')[0]);
      depotLines.set(key, lines);
    }
    return lines[Math.abs(i) % lines.length];
  };

  const pullTotal = ballot.candidates.reduce((n, c) => n + c.pull, 0);
  const multi = ballot.maxChoices > 1;
  const selection = (r: Rng, c: Courier, colleague = false): string[] => {
    if (!multi || !r.chance(0.55)) return [c.id];
    const extra = Math.min(ballot.maxChoices - 1, 1 + Math.floor(r.exponential(0.9)));
    const picked = new Set([c.id]);
    const weights = ballot.candidates.map((o) => (o.id === c.id ? 0 : o.pull * (colleague && o.company === c.company ? 5 : 1) * (o.cityId === c.cityId ? 2 : 1)));
    for (let i = 0; i < extra; i++) {
      const j = r.weightedIndex(weights);
      picked.add(ballot.candidates[j].id);
      weights[j] = 0;
    }
    const out = [...picked];
    if (r.chance(0.35)) r.shuffle(out);
    return out;
  };

  const shares = new Map<string, number>();
  for (const c of ballot.candidates) shares.set(c.id, c.pull / pullTotal);

  const dayWeights = Array.from({ length: days }, (_, d) => (d === 0 ? 1.5 : d === lastDay ? 1.3 : d === lastDay - 1 ? 1.3 : 1));

  for (const c of ballot.candidates) {
    const plan = plans.get(c.id)!;
    const target = attempts * (shares.get(c.id) ?? 0);
    const mix = ROUTE_MIX[c.route];
    const abroadFamily = c.cityId === 'lishui' || c.cityId === 'wenzhou' ? 0.07 : 0.01;
    const offices = c.route === 'office' ? Array.from({ length: rng.int(8, 20) }, () => net.fixedLine(rng, cityPlace(c.cityId), rng.chance(0.6) ? 'telecom' : 'unicom')[0]) : [];
    let emitted = 0;
    let lastHome: Person['home'];
    while (emitted < target) {
      const prof = mix[rng.weightedIndex(mix.map((m) => m.weight))];
      // Who, where.
      let place: Place = cityPlace(c.cityId);
      let segment: Segment = prof.segment;
      let work: string | undefined;
      let home: boolean | Person['home'] = rng.chance(0.72);
      let lang = 'zh_CN';
      if (prof.role === 'colleague') {
        const city = rng.chance(0.8) ? c.cityId : randomCity(rng);
        place = cityPlace(city);
        work = depot(c.company, city, rng.int(0, 1000));
        home = rng.chance(0.45);
      } else if (prof.role === 'family') {
        if (rng.chance(abroadFamily)) {
          place = { kind: 'abroad', country: (['italy', 'spain', 'france', 'netherlands'] as AbroadId[])[rng.weightedIndex([4, 2.5, 1.5, 0.6])] };
          segment = 'abroad';
        } else if (c.hometown.kind !== 'zhejiang' && rng.chance(0.75)) {
          place = c.hometown;
          segment = rng.chance(0.3) ? 'elder' : 'rural';
        } else {
          segment = rng.chance(0.5) ? 'worker' : 'urban';
        }
        home = rng.chance(0.55);
      } else if (prof.role === 'public') {
        const r = rng.next();
        place = r < 0.5 ? cityPlace(c.cityId) : r < 0.9 ? cityPlace(randomCity(rng)) : randomProvince(rng);
      } else {
        if (segment === 'urban' && offices.length > 0 && rng.chance(0.7)) work = rng.pick(offices);
        if (segment === 'merchant' && rng.chance(0.6)) work = net.broadband(rng, place, 'telecom');
        if (segment === 'foreign') lang = rng.pick(['en', 'en', 'en', 'ru', 'ar', 'fr']);
      }
      if (home === true && lastHome && placeKey(lastHome.place) === placeKey(place) && rng.chance(0.22)) home = lastHome;
      const p = people.create(rng, { segment, mix: prof.mix, place, home, work, lang });
      if (p.home) lastHome = p.home;

      // First vote.
      let first: number;
      const u = rng.next();
      const trig = (): number => {
        switch (prof.role) {
          case 'colleague':
            if (u < 0.45) return rhythm.reaction(rng, rng.pick(companyPushes.get(c.company)!), segment, 25, 1.2);
            if (u < 0.75) return rhythm.reaction(rng, plan.forwards[rng.weightedIndex(plan.forwardWeights)], segment, 20, 1.3);
            break;
          case 'customer':
            if (u < 0.55) return rhythm.reaction(rng, plan.forwards[rng.weightedIndex(plan.forwardWeights)], segment, 20, 1.3);
            if (u < 0.65) return rhythm.reaction(rng, rng.pick(officialPushes), segment, 50, 1.3);
            break;
          case 'family':
            if (u < 0.6) return rhythm.reaction(rng, plan.familyForward, segment, 30, 1.4);
            if (u < 0.75) return rhythm.reaction(rng, plan.forwards[rng.weightedIndex(plan.forwardWeights)], segment, 20, 1.3);
            break;
          case 'public':
            if (u < 0.45) return rhythm.reaction(rng, officialPushes[rng.weightedIndex(officialPushes.map((_, i) => (i === 0 ? 3 : 1)))], segment, 50, 1.3);
            break;
        }
        return rhythm.onDay(rng, rng.weightedIndex(dayWeights), segment);
      };
      first = trig();
      if (!(first >= cal.opensAt)) first = rhythm.onDay(rng, rng.weightedIndex(dayWeights), segment);
      if (!Number.isFinite(first) || first >= cal.closesAt) {
        emitted += 0.5;
        continue;
      }
      const sel = selection(rng, c, prof.role === 'colleague');
      people.vote(rng, source, p, first, sel);
      if (rng.chance(0.01)) people.doubleTap(rng, source, p, first, sel);
      emitted++;

      // Coming back.
      const v = rng.next();
      const r0 = v < 0.44 ? 0.04 : v < 0.78 ? rng.uniform(0.2, 0.6) : rng.uniform(0.75, 0.97);
      const d0 = rhythm.dayOf(first);
      for (let d = d0 + 1; d < days; d++) {
        const pr = Math.min(0.98, r0 * Math.pow(0.93, d - d0 - 1) * (d === lastDay ? 1.2 : 1));
        if (!rng.chance(pr)) continue;
        const w = rng.next();
        let at: number;
        if (w < 0.45) at = rhythm.nearMinute(rng, d, p.habit, 35);
        else if (w < 0.7 && Number.isFinite(plan.reminders[d])) at = rhythm.reaction(rng, plan.reminders[d], segment, 15, 1.0);
        else at = rhythm.onDay(rng, d, segment);
        if (!Number.isFinite(at) || rhythm.dayOf(at) !== d) continue;
        const s = selection(rng, c, prof.role === 'colleague');
        people.vote(rng, source, p, at, s);
        if (rng.chance(0.01)) people.doubleTap(rng, source, p, at, s);
        emitted++;
      }
    }
  }

  return { source, plans, officialPushes, companyPushes, attempts, shares, depot, selection };
}
