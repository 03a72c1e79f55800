import { type BallotModel, MIN_MS, type Voter } from './ballot-model';

const JOIN_DAY_W = [3, 1.5, 1.2, 1, 0.9, 0.8, 0.7, 0.3];

export interface OrganicVoter {
  voter: Voter;
  retention: number;
}

/**
 * Honest background traffic: voters join over the week (most on the opening day, when the article
 * first goes out), come back on later days with their own retention, often around their habitual
 * time of day, and vote from their own phones over home Wi-Fi, office Wi-Fi or mobile data.
 */
export function addOrganic(b: BallotModel, targetVotes: number): OrganicVoter[] {
  const rng = b.rng;
  const voters: OrganicVoter[] = [];
  const days = b.days;
  const start = b.votes.length;
  while (b.votes.length - start < targetVotes) {
    const voter = b.newVoter();
    const retention = 0.08 + 0.8 * rng.next() ** 1.3;
    const join = Math.min(days - 1, rng.weighted(JOIN_DAY_W));
    // A habitual voter votes around the same time of day (minutes after local midnight).
    const habit = rng.chance(0.6) ? (rng.weighted(b.hourWeights) + rng.next()) * 60 : null;
    voters.push({ voter, retention });
    for (let d = join; d < days; d++) {
      if (d > join && !rng.chance(retention)) continue;
      let t: number | null;
      if (d === 0 && d === join && rng.chance(0.45)) {
        // The launch push: the article reaches the followers right after opening.
        t = b.opensAt + rng.exp(50 * MIN_MS);
      } else if (habit !== null && rng.chance(0.7)) {
        t = b.dayStart(d) + habit * MIN_MS + rng.normal(0, 35 * MIN_MS);
        if (b.dayIndex(t) !== d) t = b.timeOnDay(d);
      } else {
        t = b.timeOnDay(d);
      }
      if (t !== null) b.castAs(voter, t);
    }
  }
  return voters;
}
