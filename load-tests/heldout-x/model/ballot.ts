import { ballotCalendar, HOUR, type BallotCalendar } from '../../heldout/calendar';
import type { Candidate } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import { CITY_NAMES, PROFILES, profileByKey, type Profile } from './places';

/**
 * The province's civilization office opens a 7-day "最美志愿者" vote on its WeChat account, either in
 * the run-up to Lei Feng Day (5 March) or to International Volunteer Day (5 December), 2025. It
 * names 10–20 volunteers out of 30–40; a voter may pick one, or up to 3, 5 or 10.
 */

export interface BallotShape {
  /** Profiles the family needs on the ballot. */
  need?: readonly string[];
  /** Force the number of picks a vote may make. */
  maxChoices?: number;
  /** A floor on some profiles' pull (a team the family needs to be well known). */
  minPull?: Readonly<Record<string, number>>;
}

export interface XCandidate extends Candidate {
  profile: Profile;
  /** How strongly the volunteer's networks turn out (log-normal, median 1). */
  pull: number;
}

export interface Ballot {
  title: string;
  cal: BallotCalendar;
  candidates: XCandidate[];
  seats: number;
  maxChoices: number;
}

const OPENINGS: readonly { month: number; days: readonly number[] }[] = [
  { month: 1, days: [24, 25, 26, 27, 28] }, // late February, for Lei Feng Day
  { month: 10, days: [24, 25, 26, 27, 28] }, // late November, for Volunteer Day
];
const OPEN_HOURS = [9, 10, 12, 15, 17.5, 20];

export function makeBallot(rng: Rng, shape: BallotShape = {}): Ballot {
  const count = rng.int(30, 40);
  const need = (shape.need ?? []).map(profileByKey);
  const rest = rng.shuffle(PROFILES.filter((x) => !need.includes(x)));
  const chosen = rng.shuffle([...need, ...rest.slice(0, count - need.length)]);
  const candidates: XCandidate[] = chosen.map((profile) => ({
    id: rng.uuid(),
    name: `${profile.person}（${profile.county}·${profile.team}）`,
    city: CITY_NAMES[profile.city],
    profile,
    pull: Math.max(shape.minPull?.[profile.key] ?? 0, rng.logNormal(1, 0.8)),
  }));
  const seats = rng.pick([10, 12, 15, 20]);
  const maxChoices = shape.maxChoices ?? Math.min(seats, [1, 1, 1, 1, 3, 3, 5, 5, 10][rng.int(0, 8)]);
  const opening = rng.pick(OPENINGS);
  const day = rng.pick(opening.days);
  const hour = rng.pick(OPEN_HOURS);
  const opensAt = Date.UTC(2025, opening.month, day, 0, 0) + (hour - 8) * HOUR;
  return {
    title: `2025年福建省“最美志愿者”网络投票`,
    cal: ballotCalendar(opensAt),
    candidates,
    seats,
    maxChoices,
  };
}

export function candidateByProfile(ballot: Ballot, key: string): XCandidate {
  const c = ballot.candidates.find((x) => x.profile.key === key);
  if (!c) throw new Error(`profile ${key} is not on the ballot`);
  return c;
}

/** Candidates by pull, strongest first. */
export function byPull(ballot: Ballot): XCandidate[] {
  return [...ballot.candidates].sort((a, b) => b.pull - a.pull);
}
