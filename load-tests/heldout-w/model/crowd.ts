import { MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, Nominee } from './ballot';
import { pcDevice, type Device, type Profile } from './devices';
import type { Away, Networks, Region } from './networks';
import { PREFECTURES, type PrefectureKey } from './places';
import { favourites, delay, selection, type People, type Person, type Where } from './people';
import { CURVES, SHIFT_CURVES, onDuty, rotaShift, type Curve, type Rhythm, type Shift } from './rhythm';

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

/** What the families may read of the organic crowd to size themselves on it. */
export interface Crowd {
  attempts: number;
  /** Organic attempts per candidate per ballot day. */
  perDay: Map<string, number[]>;
  /** Organic attempts per candidate per Shanghai hour of day, summed over the ballot. */
  perHour: Map<string, number[]>;
  /** A candidate's organic attempts on an average full day. */
  dailyMean(id: string): number;
  /** A candidate's organic attempts per hour over the hours [from, to) of an average day. */
  hourlyRate(id: string, from: number, to: number): number;
}

type Role = 'colleague' | 'patient' | 'circle' | 'public';

/** Per nominee: when her hospital reposts, when her circles forward, when her ward is reminded. */
interface Plan {
  repost: number;
  forwards: Array<{ at: number; w: number }>;
  reminder: number;
  staffExits: string[];
  patientExits: string[];
}

const AWAY_WEIGHTS: Array<[Away, number]> = [['LN', 0.25], ['BJ', 0.2], ['SD', 0.15], ['HL', 0.1], ['TJ', 0.08], ['SH', 0.07], ['GD', 0.1], ['HI', 0.05]];

export function awayRegion(rng: Rng): Away {
  return AWAY_WEIGHTS[rng.weightedIndex(AWAY_WEIGHTS.map((x) => x[1]))][0];
}

/** A Jilin prefecture by population, `home` weighted `boost` times more. */
export function jilinRegion(rng: Rng, home?: PrefectureKey, boost = 1): PrefectureKey {
  const w = PREFECTURES.map((p) => p.people * (p.key === home ? boost : 1));
  return PREFECTURES[rng.weightedIndex(w)].key;
}

/** The everyday curve of a person living in a region. */
export function curveFor(region: Region, profile: Profile): Curve {
  if (region === 'KR' || region === 'JP') return CURVES.korea;
  if (profile === 'elderly') return CURVES.elderly;
  if (profile === 'young') return CURVES.young;
  if (region === 'CC' || region === 'JL') return CURVES.city;
  if (region.length === 2 && ['LN', 'BJ', 'HL', 'SD', 'TJ', 'SH', 'GD', 'HI'].includes(region)) return CURVES.away;
  return CURVES.town;
}

/** Staff Wi-Fi exits of a hospital (1-3 addresses by size) and its patient Wi-Fi (1-2). */
export function hospitalExits(net: Networks, n: Nominee): { staff: string[]; patient: string[] } {
  const h = n.hospital;
  const staff = net.exits(`staff:${h.key}`, h.size >= 2 ? 3 : h.size >= 0.8 ? 2 : 1, h.pref, 'unicom');
  const patient = net.exits(`patient:${h.key}`, h.size >= 1.2 ? 2 : 1, h.pref, h.size >= 1 ? 'telecom' : 'unicom');
  return { staff, patient };
}

const CHANNELS: Record<Role, Record<'push' | 'hospital' | 'forward' | 'nursesDay' | 'browse', number>> = {
  colleague: { push: 0.15, hospital: 0.35, forward: 0.15, nursesDay: 0.12, browse: 0.23 },
  patient: { push: 0.15, hospital: 0.25, forward: 0.25, nursesDay: 0.05, browse: 0.3 },
  circle: { push: 0.15, hospital: 0.05, forward: 0.45, nursesDay: 0.05, browse: 0.3 },
  public: { push: 0.4, hospital: 0.05, forward: 0.2, nursesDay: 0.05, browse: 0.3 },
};

interface Voter {
  p: Person;
  role: Role;
  curve: Curve;
  /** Rota offset for ward nurses, 'D' for day staff; undefined for everyone else. */
  shift?: number | 'D';
  pc?: Device;
  /** Inpatient (or accompanying family) until this ballot day. */
  wardUntil?: number;
  extras: string[];
}

function shiftOn(v: Voter, d: number): Shift {
  if (v.shift === undefined) return 'off';
  return v.shift === 'D' ? 'D' : rotaShift(v.shift, d);
}

/**
 * The organic crowd: for each vote attempt budgeted, people who back a nurse because they work
 * with her (on rotating shifts), were nursed by her (patients and the families who sat with
 * them), know her (family, classmates, hometown, relatives in Korea), or read the article.
 */
export function addOrganicCrowd(rng: Rng, world: World, attempts: number): Crowd {
  const { ballot, people, net, rhythm, ledger } = world;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const days = rhythm.openDays();
  const perDay = new Map<string, number[]>(ballot.candidates.map((c) => [c.id, Array<number>(rhythm.days).fill(0)]));
  const perHour = new Map<string, number[]>(ballot.candidates.map((c) => [c.id, Array<number>(24).fill(0)]));

  const plans = new Map<string, Plan>();
  for (const c of ballot.candidates) {
    const repostDay = Math.min(days[days.length - 1], days[0] + rng.int(0, 2));
    const repost = rhythm.at(repostDay, rng.pick([500, 730, 1060, 1230]) + rng.int(-10, 25));
    const forwards = Array.from({ length: rng.int(3, 8) }, () => {
      const d = rhythm.pickDay(rng);
      return { at: rhythm.sample(rng, d, CURVES.town), w: rng.gamma(1.2, 1) };
    });
    const { staff, patient } = hospitalExits(net, c);
    plans.set(c.id, { repost, forwards, reminder: rng.pick([470, 490, 720, 1230, 1260]), staffExits: staff, patientExits: patient });
  }

  const pulls = ballot.candidates.map((c) => c.pull);
  let spent = 0;
  let lastLine: { c: string; p: Person } | undefined;

  const record = (c: string, at: number) => {
    const d = rhythm.dayOf(at);
    const day = perDay.get(c);
    if (day && d >= 0 && d < day.length) day[d]++;
    const hour = Math.floor(rhythm.minuteOf(at) / 60);
    const hours = perHour.get(c);
    if (hours && hour >= 0 && hour < 24) hours[hour]++;
    spent++;
  };

  while (spent < attempts) {
    const c = ballot.candidates[rng.weightedIndex(pulls)];
    const plan = plans.get(c.id) as Plan;
    const h = c.hospital;
    const roleW: Record<Role, number> =
      h.kind === 'township' || h.kind === 'community'
        ? { colleague: 0.1, patient: 0.5, circle: 0.2, public: 0.2 }
        : { colleague: 0.26 * Math.min(1.4, Math.sqrt(h.size)), patient: 0.34, circle: 0.18, public: 0.2 };
    const roles = Object.keys(roleW) as Role[];
    const role = roles[rng.weightedIndex(roles.map((r) => roleW[r]))];

    let region: Region;
    let profile: Profile;
    let lang = 'zh_CN';
    switch (role) {
      case 'colleague':
        region = h.pref;
        profile = rng.chance(0.45) ? 'young' : 'adult';
        break;
      case 'patient':
        region = rng.chance(0.85) ? h.pref : jilinRegion(rng);
        profile = rng.chance(0.55) ? 'elderly' : 'adult';
        break;
      case 'circle':
        region = rng.chance(0.5) ? h.pref : rng.chance(0.7) ? jilinRegion(rng) : awayRegion(rng);
        profile = rng.pick<Profile>(['young', 'adult', 'adult', 'elderly']);
        break;
      case 'public':
        region = jilinRegion(rng, h.pref, 3);
        profile = rng.pick<Profile>(['young', 'adult', 'adult', 'elderly']);
        break;
      default: {
        const never: never = role;
        throw new Error(String(never));
      }
    }
    // Chaoxianzu families: some of the circle works in South Korea, some read WeChat in Korean.
    const korean = role !== 'colleague' && region === 'YB' && rng.chance(role === 'circle' && c.korean ? 0.8 : h.korean);
    if (korean) {
      if (rng.chance(role === 'circle' ? 0.3 : 0.12)) {
        region = rng.chance(0.93) ? 'KR' : 'JP';
        profile = 'korea';
        if (rng.chance(0.45)) lang = 'ko';
      } else if (rng.chance(0.22)) lang = 'ko';
    }

    const county = region.length === 2 && !['CC', 'JL'].includes(region);
    const share = lastLine && lastLine.c === c.id && lastLine.p.region === region && lastLine.p.line && role !== 'colleague' && rng.chance(0.3);
    const p = people.make(rng, {
      region,
      profile,
      lang,
      line: share ? lastLine?.p.line : undefined,
      lineChance: region === 'KR' ? 0.75 : county ? 0.65 : 0.8,
      work: role === 'colleague' ? plan.staffExits : undefined,
    });
    lastLine = { c: c.id, p };
    const v: Voter = { p, role, curve: curveFor(region, profile), extras: favourites(rng, ballot, c.id) };
    if (role === 'colleague') {
      v.shift = rng.chance(0.6) ? rng.int(0, 7) : 'D';
      if (rng.chance(0.1)) v.pc = pcDevice(rng);
    }
    if (role === 'patient' && rng.chance(0.25)) v.wardUntil = days[0] + rng.int(0, 4);

    // First vote.
    const ch = CHANNELS[role];
    const keys = Object.keys(ch) as Array<keyof typeof ch>;
    const channel = keys[rng.weightedIndex(keys.map((k) => ch[k]))];
    let t0: number;
    switch (channel) {
      case 'push':
        t0 = ballot.cal.opensAt + delay(rng, 45, 1.1);
        break;
      case 'hospital':
        t0 = plan.repost + delay(rng, 35, 1.1);
        break;
      case 'forward': {
        const f = plan.forwards[rng.weightedIndex(plan.forwards.map((x) => x.w))];
        t0 = f.at + rng.gamma(1.3, 25) * MINUTE;
        break;
      }
      case 'nursesDay':
        t0 = rhythm.at(ballot.nursesDay, 570 + rng.int(0, 60)) + delay(rng, 50, 1);
        break;
      case 'browse': {
        const d = rhythm.pickDay(rng, days.map((x, i) => (i === 0 ? 1.4 : i === days.length - 1 ? 1.3 : 1)));
        t0 = rhythm.sample(rng, d, v.shift !== undefined ? SHIFT_CURVES[shiftOn(v, d)] : v.curve);
        break;
      }
      default: {
        const never: never = channel;
        throw new Error(String(never));
      }
    }
    // Night-time prompts wait for the morning: few act on a forward at three a.m.
    const m0 = rhythm.minuteOf(t0);
    if (m0 < 300 && v.shift === undefined && rng.chance(0.75)) t0 = rhythm.at(rhythm.dayOf(t0), 360 + rng.int(0, 180));

    const votes: number[] = [t0];
    const d0 = rhythm.dayOf(t0);
    const loyal = role === 'colleague' ? [0.25, 0.4, 0.35] : [0.42, 0.36, 0.22];
    const kind = rng.weightedIndex(loyal);
    const p0 = kind === 0 ? 0 : kind === 1 ? rng.uniform(0.2, 0.6) : rng.uniform(0.8, 0.96);
    const habit = rhythm.minuteOf(t0);
    for (let d = d0 + 1; d < rhythm.days; d++) {
      const boost = d === ballot.nursesDay ? 1.15 : 1;
      if (!rng.chance(Math.min(0.98, p0 * Math.pow(0.96, d - d0 - 1) * boost))) continue;
      const r = rng.next();
      let at: number;
      if (v.shift !== undefined && r < 0.5) at = rhythm.sample(rng, d, SHIFT_CURVES[shiftOn(v, d)]);
      else if (r < 0.75) at = rhythm.at(d, Math.max(0, Math.min(1439, habit + rng.normal(0, 40))));
      else if (r < 0.9) at = rhythm.at(d, plan.reminder) + rng.exponential(18) * MINUTE;
      else at = rhythm.sample(rng, d, v.curve);
      votes.push(at);
    }

    const choice = selection(ballot, c, v.extras);
    for (const at of votes) {
      const where = whereFor(rng, world, v, plan, at);
      people.vote(rng, p, at, choice, source, where, where === 'work' && v.pc && rng.chance(0.35) ? v.pc : p.device);
      record(c.id, at);
      if (rng.chance(0.01)) {
        people.vote(rng, p, at + rng.int(2, 20) * 1000, choice, source, where);
        record(c.id, at);
      }
    }
  }

  const fullDays = days.filter((d) => {
    const [s, e] = rhythm.range(d);
    return e - s >= 23 * 60 * MINUTE;
  });
  return {
    attempts: spent,
    perDay,
    perHour,
    dailyMean(id) {
      const row = perDay.get(id) ?? [];
      return fullDays.reduce((n, d) => n + (row[d] ?? 0), 0) / Math.max(1, fullDays.length);
    },
    hourlyRate(id, from, to) {
      const row = perHour.get(id) ?? [];
      let n = 0;
      for (let hh = from; hh < to; hh++) n += row[hh % 24];
      return n / Math.max(1, to - from) / Math.max(1, days.length - 1);
    },
  };
}

function whereFor(rng: Rng, world: World, v: Voter, plan: Plan, at: number): Where {
  const { rhythm, people } = world;
  const d = rhythm.dayOf(at);
  const hour = Math.floor(rhythm.minuteOf(at) / 60);
  if (v.shift !== undefined && onDuty(shiftOn(v, d), hour, rhythm.isRest(d))) return rng.chance(0.65) ? 'work' : 'mobile';
  if (v.wardUntil !== undefined && d <= v.wardUntil && hour >= 7 && hour < 21 && rng.chance(0.55)) return { ip: rng.pick(plan.patientExits), net: 'WIFI' };
  return people.everyday(rng, v.p, at);
}
