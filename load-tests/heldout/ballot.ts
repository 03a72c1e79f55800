import { ballotCalendar, DAY, diurnal, HOUR, MinuteSampler, type BallotCalendar } from './calendar';
import { LedgerBuilder, type Candidate } from './ledger';
import { jiangxiCities, jiangxiPopulation } from './networks';
import type { Rng } from './prng';

/** One ballot being generated: its calendar, candidates, their pull, and the ledger it fills. */
export interface Ballot {
  cal: BallotCalendar;
  candidates: Candidate[];
  /** Pull of each candidate on a voter with no local tie. */
  popularity: number[];
  maxChoices: number;
  /** When the organic crowd votes: the day's rhythm plus the official account's pushes. */
  organicTime: MinuteSampler;
  ledger: LedgerBuilder;
  category: 'county' | 'township';
}

const syllables = ['安', '福', '宁', '都', '丰', '城', '昌', '江', '新', '乐', '平', '源', '兴', '瑞', '金', '山', '湖', '广', '德', '永', '修', '泰', '和', '峡', '铜', '鼓', '黎', '川', '崇', '仁', '余', '干', '婺', '弋', '阳', '万', '载', '上', '高', '靖', '分', '宜', '会', '昌', '寻', '乌', '石', '城', '遂', '川'];

function candidateName(rng: Rng, city: string, category: 'county' | 'township', used: Set<string>): string {
  for (;;) {
    const core = rng.pick(syllables) + rng.pick(syllables);
    const suffix = category === 'county' ? rng.pick(['县', '县', '区', '市']) : rng.pick(['镇', '镇', '乡', '街道']);
    const name = category === 'county' ? `${city}${core}${suffix}` : `${city}某县${core}${suffix}`;
    if (!used.has(name)) {
      used.add(name);
      return name;
    }
  }
}

export interface BallotShape {
  candidates?: number;
  /** Asia/Shanghai hour the ballot opens and the article is pushed. */
  openHour?: number;
}

export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const category = rng.chance(0.5) ? 'county' : 'township';
  const count = shape.candidates ?? (category === 'county' ? rng.int(15, 30) : rng.int(30, 60));
  // A date in 2026, at a Shanghai hour the office would publish.
  const openHour = shape.openHour ?? rng.pick([0, 8, 9, 10, 10, 15]);
  const dayOfYear = rng.int(60, 300);
  const opensAt = Date.UTC(2026, 0, 1) + dayOfYear * DAY + (openHour - 8) * HOUR;
  const cal = ballotCalendar(opensAt, 7);
  const used = new Set<string>();
  const candidates: Candidate[] = [];
  const popularity: number[] = [];
  for (let i = 0; i < count; i++) {
    const city = jiangxiCities[rng.weightedIndex(jiangxiPopulation)];
    candidates.push({ id: rng.uuid(), name: candidateName(rng, city, category, used), city });
    popularity.push(rng.logNormal(1, 0.85));
  }
  // The opening push, a mid-week reminder and a last-day reminder, each a decaying surge.
  const pushAt = opensAt + (openHour === 0 ? 8.5 * HOUR : 5 * 60_000);
  const pushes = [
    { at: pushAt, gain: rng.uniform(3, 6), tau: rng.uniform(1.2, 2.5) * HOUR },
    { at: opensAt + rng.int(2, 3) * DAY + rng.uniform(1, 10) * HOUR, gain: rng.uniform(0.8, 2), tau: 1.5 * HOUR },
    { at: opensAt + 6 * DAY + rng.uniform(-6, 6) * HOUR, gain: rng.uniform(0.8, 2.5), tau: 2 * HOUR },
  ];
  const organicTime = new MinuteSampler(cal, (t) => {
    let w = diurnal(t);
    for (const p of pushes) if (t >= p.at) w += 3 * p.gain * Math.exp(-(t - p.at) / p.tau);
    return w;
  });
  const maxChoices = rng.chance(0.7) ? 1 : rng.int(2, 5);
  return { cal, candidates, popularity, maxChoices, organicTime, ledger: new LedgerBuilder(rng.fork('accounts'), cal, candidates), category };
}

/** Cumulative popularity, over all candidates or one city's: drawn from once per vote, built once per ballot. */
const tables = new WeakMap<Ballot, Map<string, Float64Array>>();

function cumulativeFor(ballot: Ballot, city: string | undefined): Float64Array {
  let byCity = tables.get(ballot);
  if (!byCity) tables.set(ballot, (byCity = new Map()));
  const key = city ?? '';
  let table = byCity.get(key);
  if (!table) {
    const weights = ballot.candidates.map((c, i) => (city === undefined || c.city === city ? ballot.popularity[i] : 0));
    const usable = weights.some((w) => w > 0) ? weights : ballot.popularity;
    table = new Float64Array(usable.length);
    let sum = 0;
    usable.forEach((w, i) => (table![i] = sum += w));
    byCity.set(key, table);
  }
  return table;
}

/** A candidate index drawn by popularity, optionally among one city's candidates only (all of them if the city has none). */
export function popularCandidate(rng: Rng, ballot: Ballot, city?: string): number {
  const table = cumulativeFor(ballot, city);
  const target = rng.next() * table[table.length - 1];
  let lo = 0;
  let hi = table.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (table[mid] > target) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** The selection one voter sends: their choice first, then (multi-choice ballots) a few others by popularity. */
export function selection(rng: Rng, ballot: Ballot, first: number): string[] {
  const ids = [ballot.candidates[first].id];
  if (ballot.maxChoices === 1) return ids;
  const extra = rng.weightedIndex([5, 3, 2, 1, 1].slice(0, ballot.maxChoices));
  for (let k = 0; k < extra; k++) {
    const c = ballot.candidates[popularCandidate(rng, ballot)].id;
    if (!ids.includes(c)) ids.push(c);
  }
  return ids;
}

/** A candidate of middling pull, as an attacker would push (the favourite needs no help). */
export function midCandidate(rng: Rng, ballot: Ballot): number {
  const order = ballot.popularity.map((p, i) => [p, i] as const).sort((a, b) => b[0] - a[0]);
  const lo = Math.floor(order.length * 0.25);
  const hi = Math.floor(order.length * 0.8);
  return order[rng.int(lo, hi)][1];
}
