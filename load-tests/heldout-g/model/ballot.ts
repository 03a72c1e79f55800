import { ballotCalendar, DAY, MINUTE, type BallotCalendar } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import { guizhouArea, type Area } from './networks';
import { GUIZHOU_PLACES } from './places';

export interface GCandidate {
  id: string;
  name: string;
  city: string;
  county: string;
  /** Where its residents connect from. */
  area: Area;
}

export type Category = 'county' | 'township';

export interface Ballot {
  title: string;
  category: Category;
  seats: number;
  maxChoices: number;
  cal: BallotCalendar;
  candidates: GCandidate[];
  /** When the provincial account pushes the article to its followers: the launch wave. */
  pushAt: number;
  /** Follow-up articles ("投票进行中", "即将截止"). */
  reminders: number[];
}

/** Shape overrides a family may ask for. */
export interface BallotShape {
  category?: Category;
  maxChoices?: number;
}

const SHANGHAI_OFFSET_H = 8;

/**
 * A Guizhou demonstration ballot between November and mid-December 2023: county ballots of 16–24
 * candidates or township ballots of 38–60, single choice or a few choices per vote, opened at
 * office hours mostly, sometimes at noon, in the evening or at midnight.
 */
export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const category: Category = shape.category ?? (rng.chance(0.35) ? 'county' : 'township');
  const county = category === 'county';
  const count = county ? rng.int(16, 24) : rng.int(38, 60);
  const seats = county ? Math.round(count * rng.uniform(0.45, 0.6)) : Math.round(count * rng.uniform(0.55, 0.7));
  const maxChoices = shape.maxChoices ?? (rng.chance(0.6) ? 1 : county ? 3 : 5);

  const places = county
    ? GUIZHOU_PLACES.map((p) => ({ city: p.city, county: p.county, name: p.county }))
    : GUIZHOU_PLACES.flatMap((p) => p.towns.map((t) => ({ city: p.city, county: p.county, name: `${p.county}${t}` })));
  const chosen = rng.shuffle([...places]).slice(0, count);
  const candidates = chosen.map((p) => ({ id: rng.uuid(), name: p.name, city: p.city, county: p.county, area: guizhouArea(p.city) }));

  const dayOffset = rng.int(0, 35);
  const hour = rng.pick([9, 10, 10, 10, 12, 15, 18, 0]);
  const minute = rng.pick([0, 0, 30]);
  const opensAt = Date.UTC(2023, 10, 6 + dayOffset, hour - SHANGHAI_OFFSET_H, minute);
  const cal = ballotCalendar(opensAt, 7);
  const localMinute = (at: number) => Math.floor((at - cal.firstMidnight) / MINUTE) % 1440;

  // A midnight or evening opening waits for the next morning's push.
  const pushAt = hour >= 7 && hour <= 21 ? opensAt + rng.int(0, 15) * MINUTE : cal.firstMidnight + (hour >= 22 ? DAY : 0) + (8 * 60 + 30) * MINUTE;
  const midweek = cal.firstMidnight + rng.int(2, 4) * DAY + rng.pick([12 * 60 + 5, 20 * 60 + 30]) * MINUTE;
  const closingDay = Math.floor((cal.closesAt - 1 - cal.firstMidnight) / DAY);
  const finalDay = localMinute(cal.closesAt) >= 12 * 60 ? closingDay : closingDay - 1;
  const final = cal.firstMidnight + finalDay * DAY + 9 * 60 * MINUTE;
  const title = `2023年贵州省${county ? '县（市、区）' : '乡镇（街道）'}示范创建网络投票`;
  return { title, category, seats, maxChoices, cal, candidates, pushAt, reminders: [midweek, final].filter((t) => t > pushAt && t < cal.closesAt) };
}
