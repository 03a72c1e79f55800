import { ballotCalendar, DAY, HOUR, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import { DEPARTMENTS, HAN_GIVEN, HAN_SURNAMES, HOSPITALS, KOREAN_GIVEN, KOREAN_SURNAMES, PREFECTURES, hospital, prefecture, type Hospital } from './places';

/** A nurse on the ballot: the ledger's candidate plus what the crowd model needs of her. */
export interface Nominee extends Candidate {
  hospital: Hospital;
  dept: string;
  /** Chaoxianzu herself (her circle then reaches families in South Korea). */
  korean: boolean;
  /** How much of the organic crowd she draws, relative to the others. */
  pull: number;
}

export interface Ballot {
  cal: BallotCalendar;
  candidates: Nominee[];
  seats: number;
  maxChoices: number;
  /** Ballot day index (0 = opening day) of 12 May, International Nurses Day. */
  nursesDay: number;
}

/** What a family may ask of the ballot: nurses from given hospitals, a choice count. */
export interface BallotShape {
  /** Nominees that must stand; a list of hospitals means one of them, drawn from the ballot's stream. */
  require?: ReadonlyArray<{ hospital: string | readonly string[]; dept?: string; korean?: boolean }>;
  /** Inclusive range for maxChoices; without it 55% single-choice, else 2-5. */
  maxChoices?: readonly [number, number];
}

const OPEN_HOURS = [9, 10, 10, 12, 17, 20];

function nurseName(rng: Rng, korean: boolean): string {
  if (korean) return rng.pick(KOREAN_SURNAMES) + rng.pick(KOREAN_GIVEN);
  return rng.pick(HAN_SURNAMES) + rng.pick(HAN_GIVEN);
}

/**
 * The provincial health commission's ballot: 26-38 nurses, 10-20 places, opening on a weekday
 * between 6 and 9 May 2025 (after the May Day holiday) so that 12 May falls inside the week.
 */
export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const day = rng.int(6, 9);
  const hour = rng.pick(OPEN_HOURS);
  const opensAt = Date.UTC(2025, 4, day, hour - 8, rng.pick([0, 0, 0, 30]));
  const cal = ballotCalendar(opensAt);
  const nursesDay = Math.floor((Date.UTC(2025, 4, 12) - 8 * HOUR - cal.firstMidnight) / DAY);

  const n = rng.int(26, 38);
  const picked: Array<{ h: Hospital; dept?: string; korean?: boolean }> = [];
  const count = new Map<string, number>();
  const take = (h: Hospital, dept?: string, korean?: boolean) => {
    picked.push({ h, dept, korean });
    count.set(h.key, (count.get(h.key) ?? 0) + 1);
  };
  for (const r of shape.require ?? []) take(hospital(typeof r.hospital === 'string' ? r.hospital : rng.pick(r.hospital)), r.dept, r.korean);
  const cap = (h: Hospital) => (h.size >= 2 ? 3 : h.size >= 0.9 ? 2 : 1);
  // Every prefecture nominates at least two nurses, Yanbian at least three.
  for (const p of PREFECTURES) {
    const need = p.key === 'YB' ? 3 : 2;
    const pool = HOSPITALS.filter((h) => h.pref === p.key);
    while (picked.filter((x) => x.h.pref === p.key).length < need) {
      const open = pool.filter((h) => (count.get(h.key) ?? 0) < cap(h));
      take(open[rng.weightedIndex(open.map((h) => h.size))]);
    }
  }
  while (picked.length < n) {
    const open = HOSPITALS.filter((h) => (count.get(h.key) ?? 0) < cap(h));
    take(open[rng.weightedIndex(open.map((h) => Math.pow(h.size, 0.8) * Math.sqrt(prefecture(h.pref).people)))]);
  }
  rng.shuffle(picked);

  const names = new Set<string>();
  const candidates: Nominee[] = picked.map(({ h, dept, korean }) => {
    const isKorean = korean ?? rng.chance(h.korean * 0.9);
    let name = nurseName(rng, isKorean);
    while (names.has(name)) name = nurseName(rng, isKorean);
    names.add(name);
    const d = dept ?? rng.pick(DEPARTMENTS);
    return {
      id: rng.uuid(),
      name: `${name}（${h.name} ${d}）`,
      city: prefecture(h.pref).name,
      hospital: h,
      dept: d,
      korean: isKorean,
      pull: rng.logNormal(1, 0.8) * Math.pow(h.size, 0.5),
    };
  });

  const seats = candidates.length >= 34 ? rng.pick([10, 15, 20]) : rng.pick([10, 10, 15]);
  let maxChoices: number;
  if (shape.maxChoices) maxChoices = rng.int(shape.maxChoices[0], shape.maxChoices[1]);
  else maxChoices = rng.chance(0.55) ? 1 : rng.int(2, 5);
  return { cal, candidates, seats, maxChoices: Math.min(maxChoices, seats), nursesDay };
}

/** The nominee a family asked for: the first from one of `keys` (in the department, if given). */
export function nomineeAt(ballot: Ballot, keys: string | readonly string[], dept?: string): Nominee {
  const list = typeof keys === 'string' ? [keys] : keys;
  const c = ballot.candidates.find((x) => list.includes(x.hospital.key) && (dept === undefined || x.dept === dept));
  if (!c) throw new Error(`no nominee from ${list.join('/')}`);
  return c;
}

/** Candidates ranked by pull, strongest first. */
export function byPull(ballot: Ballot): Nominee[] {
  return [...ballot.candidates].sort((a, b) => b.pull - a.pull);
}
