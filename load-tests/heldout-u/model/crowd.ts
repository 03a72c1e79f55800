import { MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import { prefectureOf, type Ballot, type Teacher } from './ballot';
import type { Segment } from './devices';
import type { Networks, Region } from './networks';
import type { Household, People, Person, Workplace } from './people';
import type { Life, Rhythm } from './rhythm';

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

/** What the organic crowd left behind for the families to size and place themselves on. */
export interface Crowd {
  /** Organic vote attempts per candidate id. */
  attempts: ReadonlyMap<string, number>;
  /** Candidates by organic attempts, most first. */
  ranked: readonly Teacher[];
  /** Organic attempts per ballot day for a candidate. */
  daily(id: string): number;
}

/**
 * Who backs a rural teacher, as shares of a community (each candidate's mix is perturbed):
 * pupils' parents in the township, grandparents raising left-behind children, villagers,
 * colleagues in the county's schools, natives working away, former pupils in cities, students.
 */
type Kind = 'parent' | 'grandparent' | 'villager' | 'colleague' | 'migrant' | 'alumnus' | 'student';
const SHARES: Record<Kind, number> = { parent: 0.33, grandparent: 0.14, villager: 0.14, colleague: 0.1, migrant: 0.14, alumnus: 0.09, student: 0.06 };
const KINDS = Object.keys(SHARES) as Kind[];

/** Where natives work (Harbin first; then Beijing, Dalian, Tianjin, Shandong, the Yangtze delta, Guangdong). */
const AWAY: ReadonlyArray<[Region, number]> = [['哈尔滨市', 34], ['北京', 14], ['辽宁', 12], ['天津', 8], ['山东', 8], ['江苏', 6], ['浙江', 5], ['上海', 4], ['广东', 5], ['吉林', 4]];
const CITY: ReadonlyArray<[Region, number]> = [['哈尔滨市', 45], ['北京', 15], ['辽宁', 10], ['上海', 8], ['广东', 8], ['江苏', 6], ['天津', 4], ['山东', 4]];
/** Harbin's big campuses, each behind a few NAT exits. */
const CAMPUSES = ['hit', 'heu', 'hlju', 'neau', 'hrbmu'];

const pickWeighted = (rng: Rng, list: ReadonlyArray<[Region, number]>): Region => list[rng.weightedIndex(list.map((x) => x[1]))][0];

interface Community {
  teacher: Teacher;
  region: Region;
  shares: number[];
  /** Minute of day at which the class groups and the school's staff group get the daily reminder. */
  reminder: number;
  /** Forwarding moments (group chats, Moments posts) and how many each reaches. */
  forwards: Array<{ at: number; reach: number }>;
  lastHousehold?: Household;
}

/** Day weights for a chance first look: the opening day, then a slow week, then the last-day appeals. */
function casualDay(rng: Rng, days: number): number {
  const w = Array.from({ length: days }, (_, d) => (d === 0 ? 1.5 : d === days - 1 ? 1.3 : d === 1 ? 1.2 : 1 - 0.03 * d));
  return rng.weightedIndex(w);
}

function community(rng: Rng, world: World, teacher: Teacher): Community {
  const { rhythm } = world;
  const shares = KINDS.map((k) => SHARES[k] * rng.logNormal(1, 0.35));
  // Winter term: the reminder follows dismissal (15:40–16:30) or the homework hour (19:00–20:30).
  const reminder = rng.chance(0.4) ? rng.uniform(15 * 60 + 40, 16 * 60 + 30) : rng.uniform(19 * 60, 20 * 60 + 30);
  const forwards: Community['forwards'] = [];
  const n = rng.int(5, 11);
  for (let i = 0; i < n; i++) {
    const d = i === 0 ? 0 : rng.weightedIndex(Array.from({ length: rhythm.days }, (_, k) => (k === 0 ? 3 : k === 1 ? 2 : k === rhythm.days - 1 ? 1.4 : 1)));
    const at = rhythm.inDay(rng, 'parent', d);
    if (Number.isFinite(at)) forwards.push({ at, reach: rng.logNormal(1, 0.7) * (i === 0 ? 2 : 1) });
  }
  return { teacher, region: prefectureOf(teacher), shares, reminder, forwards };
}

function lifeOf(kind: Kind): { life: Life; segment: Segment } {
  switch (kind) {
    case 'parent':
      return { life: 'parent', segment: 'rural' };
    case 'grandparent':
      return { life: 'elder', segment: 'elder' };
    case 'villager':
      return { life: 'village', segment: 'rural' };
    case 'colleague':
      return { life: 'teacher', segment: 'rural' };
    case 'migrant':
      return { life: 'migrant', segment: 'budget' };
    case 'alumnus':
      return { life: 'urban', segment: 'urban' };
    case 'student':
      return { life: 'student', segment: 'student' };
    default: {
      const never: never = kind;
      throw new Error(`unknown kind ${String(never)}`);
    }
  }
}

function makeSupporter(rng: Rng, world: World, c: Community, kind: Kind): Person {
  const { people, net, ballot } = world;
  const { life, segment } = lifeOf(kind);
  const local = kind === 'parent' || kind === 'grandparent' || kind === 'villager' || kind === 'colleague' || (kind === 'student' && ballot.term === 'break');
  if (local) {
    let home: Household | number = kind === 'grandparent' ? 0.45 : kind === 'colleague' ? 0.6 : 0.4;
    // Three generations under one roof share the broadband line.
    if (c.lastHousehold && kind !== 'colleague' && rng.chance(0.3)) home = c.lastHousehold;
    let work: Workplace | undefined;
    if (kind === 'colleague') work = { exits: net.natExits(`edu:${c.teacher.county}`, c.region, 2), from: 7 * 60 + 30, to: 16 * 60 + 30, weekends: false, p: 0.7 };
    const p = people.make(rng, { life, segment, region: c.region, home, work, wifiAtHome: kind === 'grandparent' ? 0.9 : undefined });
    if (p.home) c.lastHousehold = p.home;
    return p;
  }
  if (kind === 'student') {
    const campus = rng.pick(CAMPUSES);
    const work: Workplace = { exits: net.natExits(`campus:${campus}`, '哈尔滨市', 4), from: 0, to: 24 * 60, weekends: true, p: 0.75 };
    return people.make(rng, { life, segment, region: '哈尔滨市', home: 0, work });
  }
  const region = pickWeighted(rng, kind === 'migrant' ? AWAY : CITY);
  return people.make(rng, { life, segment, region, home: kind === 'migrant' ? 0.3 : 0.6 });
}

/** First look at the ballot: the account's push, a forward in some group, or a chance look. */
function firstVote(rng: Rng, world: World, c: Community, p: Person): number {
  const { rhythm, ballot } = world;
  const r = rng.next();
  if (r < 0.12) return rhythm.pickUp(rng, p.life, ballot.cal.opensAt + rng.logNormal(40, 1) * MINUTE);
  if (r < 0.66 && c.forwards.length > 0) {
    const f = c.forwards[rng.weightedIndex(c.forwards.map((x) => x.reach))];
    return rhythm.pickUp(rng, p.life, f.at + rng.gamma(1.3, 17) * MINUTE);
  }
  return rhythm.inDay(rng, p.life, casualDay(rng, rhythm.days));
}

/** A supporter's votes: a first one, then return visits at habit, after the daily reminder, or whenever. */
function supporterVotes(rng: Rng, world: World, c: Community, p: Person, source: number): number {
  const { rhythm, people, ballot } = world;
  const { opensAt, closesAt } = ballot.cal;
  const first = firstVote(rng, world, c, p);
  if (!(first >= opensAt && first < closesAt)) return 0;
  let n = 0;
  const cast = (t: number) => {
    const picks = people.choices(rng, c.teacher);
    people.vote(rng, p, t, picks, source);
    n++;
    if (rng.chance(0.008)) people.doubleTap(rng, p, t, picks, source);
  };
  cast(first);
  const r = rng.next();
  const daily = r < 0.36 ? 0 : r < 0.72 ? rng.uniform(0.2, 0.55) : rng.uniform(0.75, 0.96);
  const d0 = rhythm.dayOf(first);
  for (let d = d0 + 1; d < rhythm.days && daily > 0; d++) {
    if (!rng.chance(daily * Math.pow(0.93, d - d0))) continue;
    const mode = rng.next();
    let t: number;
    if (mode < 0.45) t = people.around(rng, d, p.habit, 35);
    else if (mode < 0.75) t = rhythm.pickUp(rng, p.life, people.around(rng, d, c.reminder, 6) + rng.gamma(1.2, 18) * MINUTE);
    else t = rhythm.inDay(rng, p.life, d);
    if (t >= opensAt && t < closesAt && rhythm.dayOf(t) === d) cast(t);
  }
  return n;
}

/**
 * The organic crowd: `attempts` vote attempts shared among the candidates by their pull, each
 * candidate's from its own community of supporters.
 */
export function addOrganicCrowd(rng: Rng, world: World, attempts: number): Crowd {
  const { ballot, ledger } = world;
  const sources = new Map(KINDS.map((k) => [k, ledger.source({ name: `organic:${k}`, kind: 'organic' })]));
  const total = ballot.candidates.reduce((s, t) => s + t.pull, 0);
  const counts = new Map<string, number>();
  for (const teacher of ballot.candidates) {
    const r = rng.fork(teacher.id);
    const c = community(r, world, teacher);
    const quota = Math.max(20, Math.round((attempts * teacher.pull) / total));
    let n = 0;
    while (n < quota) {
      const kind = KINDS[r.weightedIndex(c.shares)];
      const p = makeSupporter(r, world, c, kind);
      n += supporterVotes(r, world, c, p, sources.get(kind) ?? 0);
    }
    counts.set(teacher.id, n);
  }
  const ranked = [...ballot.candidates].sort((a, b) => (counts.get(b.id) ?? 0) - (counts.get(a.id) ?? 0));
  const days = (ballot.cal.closesAt - ballot.cal.opensAt) / (24 * 60 * MINUTE);
  return { attempts: counts, ranked, daily: (id) => (counts.get(id) ?? 0) / days };
}
