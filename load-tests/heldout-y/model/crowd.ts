import { HOUR, MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, Officer, Region } from './ballot';
import type { Devices } from './devices';
import type { Networks } from './networks';
import { People, type Home, type Person } from './people';
import type { Life, Rhythm } from './rhythm';

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  net: Networks;
  devices: Devices;
  rhythm: Rhythm;
  people: People;
}

/** What families may ask of the organic crowd. */
export interface Crowd {
  /** Organic vote attempts a day for a candidate, averaged over the ballot's days. */
  daily(candidateId: string): number;
  /** Candidates by organic volume, largest first. */
  ranked(): Officer[];
}

type Circle = Life | 'away';
/** Who an officer's supporters are, by the kind of place the officer serves. */
const CIRCLES: Record<Region, Array<[Circle, number]>> = {
  metro: [['office', 34], ['town', 14], ['elder', 15], ['student', 10], ['police', 12], ['shift', 4], ['commuter', 3], ['away', 8]],
  county: [['town', 38], ['elder', 20], ['office', 11], ['police', 12], ['student', 5], ['shift', 4], ['away', 10]],
  rural: [['town', 32], ['elder', 30], ['police', 10], ['office', 4], ['student', 4], ['away', 20]],
  steel: [['shift', 30], ['town', 20], ['elder', 12], ['office', 11], ['police', 10], ['student', 3], ['away', 14]],
  port: [['shift', 26], ['town', 22], ['elder', 12], ['office', 14], ['police', 10], ['student', 6], ['away', 10]],
  commuter: [['commuter', 40], ['town', 14], ['elder', 14], ['office', 8], ['police', 10], ['student', 4], ['away', 10]],
  xiongan: [['town', 28], ['office', 22], ['shift', 14], ['elder', 14], ['police', 12], ['away', 10]],
};
const AWAY: Array<[string, number]> = [['beijing', 40], ['tianjin', 16], ['shandong', 10], ['henan', 8], ['shanxi', 5], ['neimenggu', 5], ['liaoning', 5], ['guangdong', 5], ['jiangsu', 6]];

/** Universities by city, for students' campus NATs. */
const CAMPUS_CITIES = new Set(['石家庄', '保定', '秦皇岛', '唐山', '邯郸', '廊坊', '张家口', '承德']);

/**
 * The organic vote: every officer's circles (colleagues, the people of the jurisdiction, family,
 * natives working elsewhere), each first drawn in by the provincial push, a forward in a group or
 * a chance look, then coming back on later days out of habit or after the group's reminder.
 */
export function addOrganicCrowd(rng: Rng, world: World, target: number): Crowd {
  const { ballot, ledger, net, rhythm, people } = world;
  const days = ballot.cal.dayCount;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const sumPull = ballot.candidates.reduce((n, c) => n + c.pull, 0);
  const attempts = new Map<string, number>();
  // Organisations' NATs per city: offices, campuses, mills and ports, each 1–4 addresses.
  const nats = new Map<string, string[][]>();
  const natOf = (city: string, kind: string): readonly string[] => {
    const key = `${city}:${kind}`;
    let list = nats.get(key);
    if (!list) nats.set(key, (list = Array.from({ length: kind === 'office' ? 30 : 4 }, () => net.nat(rng, rng.int(1, 4)))));
    return rng.pick(list);
  };
  const beijingOffices = Array.from({ length: 60 }, () => net.nat(rng, rng.int(1, 3), 'beijing'));
  const dayWeight = Array.from({ length: days }, (_, d) => (d === 0 ? 3 : d === 1 ? 2 : d === days - 1 ? 1.6 : 1));

  for (const officer of ballot.candidates) {
    const quota = (target * officer.pull) / sumPull;
    const city = officer.city;
    const circles = CIRCLES[officer.place.region];
    // The officer's own forward moments: the bureau's account, colleagues' groups, the town's groups.
    const forwards = Array.from({ length: rng.int(4, 10) }, () => {
      const d = rng.weightedIndex(dayWeight);
      return { at: rhythm.at(rng, 'town', d), size: rng.logNormal(1, 0.8) };
    });
    const fwWeights = forwards.map((f) => f.size);
    // The group's daily "have you voted today?" reminder.
    const reminderHour = rng.pick([7.5, 8, 12, 20, 20.5, 21]);
    let made = 0;
    while (made < quota) {
      const size = [1, 2, 3, 4][rng.weightedIndex([58, 26, 11, 5])];
      const circle = circles[rng.weightedIndex(circles.map((c) => c[1]))][0];
      const life: Life = circle === 'away' ? 'office' : circle;
      const away = circle === 'away' ? AWAY[rng.weightedIndex(AWAY.map((a) => a[1]))][0] : null;
      const home: Home | null = rng.chance(0.8) ? people.newHome(rng, city) : null;
      const nat = life === 'office' ? natOf(city, 'office') : life === 'student' ? natOf(CAMPUS_CITIES.has(city) ? city : '石家庄', 'campus') : life === 'shift' ? natOf(city, 'works') : null;
      const beijingNat = life === 'commuter' ? rng.pick(beijingOffices) : null;
      const household: Person[] = [];
      for (let i = 0; i < size; i++) {
        const l: Life = i === 0 ? life : rng.chance(0.5) ? 'elder' : life === 'police' ? 'town' : life;
        household.push(people.make(rng, { city, life: l, home, nat: l === life ? nat : null, beijingNat: l === life ? beijingNat : null, away }));
      }
      // One household in eight votes a parent's account on the child's phone, right after the child's vote.
      const sharedPhone = size > 1 && rng.chance(0.12);
      for (let i = 0; i < household.length; i++) {
        const p = household[i];
        if (sharedPhone && i === household.length - 1) break;
        const times = voteTimes(rng, world, p, forwards, fwWeights, reminderHour, days);
        for (const at of times) {
          const sel = people.selection(rng, officer.id);
          const w = people.where(rng, p, at);
          people.cast(rng, p, at, sel, source, w);
          made++;
          if (rng.chance(0.01)) people.cast(rng, p, at + rng.uniform(2_000, 25_000), sel, source, w);
          if (sharedPhone && i === 0 && rng.chance(0.85)) {
            const guest = household[household.length - 1];
            people.ledger.add({ at: Math.round(at + rng.uniform(20_000, 150_000)), accountId: guest.account, candidateIds: sel, ip: w.ip, userAgent: p.device.ua(w.net), source });
            made++;
          }
        }
      }
    }
    attempts.set(officer.id, made);
  }
  const ranked = [...ballot.candidates].sort((a, b) => (attempts.get(b.id) ?? 0) - (attempts.get(a.id) ?? 0));
  return { daily: (id) => (attempts.get(id) ?? 0) / days, ranked: () => ranked };
}

/** A supporter's vote times over the week: a first vote, then returns by habit or reminder. */
function voteTimes(
  rng: Rng,
  { ballot, rhythm }: World,
  p: Person,
  forwards: ReadonlyArray<{ at: number }>,
  fwWeights: readonly number[],
  reminderHour: number,
  days: number,
): number[] {
  const { opensAt, closesAt } = ballot.cal;
  const life = p.life;
  let first: number;
  const entry = rng.next();
  if (entry < (life === 'police' ? 0.45 : 0.2)) first = opensAt + rng.logNormal(35 * MINUTE, 1.0);
  else if (entry < 0.72) first = forwards[rng.weightedIndex(fwWeights)].at + rng.gamma(1.2, 25 * MINUTE);
  else first = rhythm.at(rng, life, rng.int(0, days - 1));
  if (first >= closesAt) return [];
  const out = [first];
  const firstDay = Math.floor((first - ballot.cal.firstMidnight) / (24 * HOUR));
  const kind = rng.next();
  let p0 = life === 'police' ? (kind < 0.6 ? rng.uniform(0.8, 0.95) : rng.uniform(0.3, 0.6)) : kind < 0.42 ? 0 : kind < 0.76 ? rng.uniform(0.25, 0.6) : rng.uniform(0.78, 0.95);
  const habit = rhythm.hour(rng, life, first) + rng.next();
  for (let d = firstDay + 1; d < days; d++) {
    p0 *= 0.96;
    if (!rng.chance(p0)) continue;
    const how = rng.next();
    let at: number;
    if (how < 0.5) at = rhythm.clock(d, habit + rng.normal(0, 0.6));
    else if (how < 0.78) at = rhythm.clock(d, reminderHour) + rng.gamma(1.1, 30 * MINUTE);
    else at = rhythm.at(rng, life, d);
    if (at >= opensAt && at < closesAt) out.push(at);
  }
  return out;
}
