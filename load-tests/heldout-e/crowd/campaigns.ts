import type { Rng } from '../../heldout/prng';
import type { Ballot } from '../ballot';
import { PEAK_ACTIVITY, activity } from '../rhythm';
import { DAY, HOUR, MINUTE, lastDay, wallClock } from '../time';

/** A moment that sends people to the ballot: the province's push, a forward in a county's groups. */
export interface Exposure {
  at: number;
  weight: number;
  /** Median minutes from the message to a vote, and the spread of that delay (log-normal). */
  medianMin: number;
  sigma: number;
}

/** How people hear of one candidate's vote, and when that candidate's backers remind them. */
export interface Campaign {
  exposures: Exposure[];
  /** Weight of people who drift in on their own over the week (Moments, word of mouth). */
  trickle: number;
  /** Per ballot day, when a reminder went round the candidate's groups (undefined: none that day). */
  reminders: (number | undefined)[];
}

/** Share of first-time voters per ballot day when they drift in on their own: most in the first days. */
const TRICKLE_BY_DAY = [0.28, 0.18, 0.14, 0.12, 0.1, 0.08, 0.07, 0.03];

function inWindow(ballot: Ballot, t: number): number {
  return Math.min(Math.max(t, ballot.cal.opensAt), ballot.cal.closesAt - HOUR);
}

/** The province's own push at opening, which every community sees. */
function provincialPush(rng: Rng, ballot: Ballot, weight: number): Exposure {
  return { at: ballot.cal.opensAt + rng.uniform(0, 5) * MINUTE, weight, medianMin: 35, sigma: 1.3 };
}

export function candidateCampaign(rng: Rng, ballot: Ballot): Campaign {
  const exposures = [provincialPush(rng, ballot, 0.3)];
  // Each candidate's county forwards the article into its groups once or a few times, early in the week.
  const forwards = 1 + rng.poisson(1.2);
  for (let i = 0; i < forwards; i++) {
    const day = rng.weightedIndex([0.35, 0.25, 0.15, 0.1, 0.07, 0.05, 0.03]);
    exposures.push({ at: inWindow(ballot, wallClock(ballot.cal, day, rng.uniform(7.5, 22.5))), weight: rng.logNormal(0.25, 0.6), medianMin: rng.uniform(6, 30), sigma: rng.uniform(0.8, 1.2) });
  }
  // Some backers make a last-chance push the evening before the ballot closes.
  if (rng.chance(0.45)) exposures.push({ at: inWindow(ballot, wallClock(ballot.cal, lastDay(ballot.cal) - 1, rng.uniform(18, 21.5))), weight: 0.08, medianMin: 15, sigma: 1 });
  const reminders: (number | undefined)[] = [];
  for (let d = 0; d <= lastDay(ballot.cal); d++) {
    const t = wallClock(ballot.cal, d, rng.uniform(7.5, 21.5));
    reminders.push(d > 0 && rng.chance(0.55) && t < ballot.cal.closesAt ? t : undefined);
  }
  return { exposures, trickle: 0.3, reminders };
}

/** People with no candidate of their own see only the province's push or drift in. */
export function generalCampaign(rng: Rng, ballot: Ballot): Campaign {
  return { exposures: [provincialPush(rng, ballot, 0.45)], trickle: 0.55, reminders: [] };
}

/** An instant when someone drifting in opens the article: a ballot day, then an hour as busy as phones are. */
export function trickleTime(rng: Rng, ballot: Ballot, chrono: number): number {
  const day = rng.weightedIndex(TRICKLE_BY_DAY.slice(0, lastDay(ballot.cal) + 1));
  const start = wallClock(ballot.cal, day, 0);
  for (;;) {
    const t = start + rng.next() * DAY;
    if (rng.next() * PEAK_ACTIVITY < activity(t, chrono)) return t;
  }
}
