import { DAY, HOUR, MINUTE, ballotCalendar, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import { COUNTIES, GIVEN_NAMES, SURNAMES, VILLAGES, type County, type PlaceTag } from './places';

/**
 * The ballot: Heilongjiang's education department runs "最美乡村教师" on its official account in
 * winter, 24–36 nominated rural teachers (one per county at most), ten places, seven days.
 */
export interface Teacher extends Candidate {
  county: string;
  town: string;
  school: string;
  tags: readonly PlaceTag[];
  /** How many people this teacher's community can bring out, relative to others (log-normal). */
  pull: number;
}

export interface BallotShape {
  /** The family needs a teacher from such a county (a tag, or any of the named counties): it becomes `featured`. */
  include?: { tag?: PlaceTag; counties?: readonly string[] };
  /** 'school': the week falls in term (before mid-January); 'break': in the winter holiday. */
  term?: 'school' | 'break';
  singleChoice?: boolean;
}

export interface Ballot {
  title: string;
  cal: BallotCalendar;
  candidates: Teacher[];
  seats: number;
  maxChoices: number;
  term: 'school' | 'break';
  /** Minute of day at which the account pushed the article (and at which the ballot closes a week later). */
  opensMinute: number;
  /** The teacher a family asked for with `include`. */
  featured?: Teacher;
}

const SHANGHAI = 8 * HOUR;
/** The account pushes at one of these minutes of the day. */
const PUSH_MINUTES = [8 * 60 + 30, 9 * 60, 10 * 60, 12 * 60, 16 * 60 + 30, 19 * 60 + 30];

function openingDay(rng: Rng, term: 'school' | 'break'): number {
  // Term: Monday–Thursday weeks clear of New Year's Day (24 Nov–18 Dec 2025, 5–8 Jan 2026).
  // Holiday: any weekday 19–30 Jan 2026, after the schools close for winter.
  const spans = term === 'school' ? [[Date.UTC(2025, 10, 24), Date.UTC(2025, 11, 18)], [Date.UTC(2026, 0, 5), Date.UTC(2026, 0, 8)]] : [[Date.UTC(2026, 0, 19), Date.UTC(2026, 0, 30)]];
  const days: number[] = [];
  for (const [from, to] of spans)
    for (let t = from; t <= to; t += DAY) {
      const wd = new Date(t).getUTCDay();
      if (term === 'school' ? wd >= 1 && wd <= 4 : wd >= 1 && wd <= 5) days.push(t);
    }
  return rng.pick(days);
}

function schoolName(rng: Rng, county: County, town: string): string {
  const r = rng.next();
  if (r < 0.35) return `${county.county}${town}中心小学`;
  if (r < 0.6) return `${county.county}${town}中心学校`;
  if (r < 0.85) return `${county.county}${town}${rng.pick(VILLAGES)}村小学`;
  return `${county.county}${town}中学`;
}

export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const term = shape.term ?? (rng.chance(0.75) ? 'school' : 'break');
  const opensMinute = rng.pick(PUSH_MINUTES);
  const opensAt = openingDay(rng, term) - SHANGHAI + opensMinute * MINUTE;
  const n = rng.int(24, 36);

  const counties = rng.shuffle([...COUNTIES]);
  let featuredCounty: County | undefined;
  if (shape.include) {
    const { tag, counties: names } = shape.include;
    const eligible = counties.filter((x) => (tag !== undefined && x.tags.includes(tag)) || (names?.includes(x.county) ?? false));
    if (eligible.length === 0) throw new Error('no county fits the family');
    featuredCounty = eligible[0];
  }
  const chosen = featuredCounty ? [featuredCounty, ...counties.filter((x) => x !== featuredCounty).slice(0, n - 1)] : counties.slice(0, n);

  const names = new Set<string>();
  const candidates: Teacher[] = chosen.map((county) => {
    let name = '';
    do name = `${rng.pick(SURNAMES)}${rng.pick(GIVEN_NAMES)}`;
    while (names.has(name));
    names.add(name);
    const town = rng.pick(county.towns);
    return {
      id: rng.uuid(),
      name,
      city: `${county.city}${county.county}`,
      county: county.county,
      town,
      school: schoolName(rng, county, town),
      tags: county.tags,
      pull: rng.logNormal(1, 0.8),
    };
  });
  // A featured teacher is a mid-table one: a family's story should not ride on the favourite or the last.
  if (featuredCounty) candidates[0].pull = Math.min(2, Math.max(0.6, candidates[0].pull));
  // The account lists candidates by prefecture, not by nomination order.
  const ordered = rng.shuffle([...candidates]);

  const seats = rng.pick([8, 10, 10, 12]);
  const maxChoices = shape.singleChoice ? 1 : rng.pick([1, 1, 1, 1, 1, 3, 3, 5, 5]);
  return {
    title: '2025年度黑龙江省“最美乡村教师”网络投票',
    cal: ballotCalendar(opensAt),
    candidates: ordered,
    seats,
    maxChoices,
    term,
    opensMinute,
    featured: featuredCounty ? candidates[0] : undefined,
  };
}

/** The prefecture (network region) a teacher's community lives in. */
export function prefectureOf(t: Teacher): string {
  const county = COUNTIES.find((x) => x.county === t.county);
  if (!county) throw new Error(`unknown county ${t.county}`);
  return county.city;
}
