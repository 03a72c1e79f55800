import type { Rng } from '../../heldout/prng';
import type { Ballot } from '../ballot';
import { CITIES } from '../geography';
import { anyonePicks, humanPicks } from '../choices';
import type { Profile } from '../devices/handsets';
import { reactionDelay, whenAwake } from '../rhythm';
import { MINUTE, SECOND, ballotDay, lastDay, localHour, wallClock } from '../time';
import { candidateCampaign, generalCampaign, trickleTime, type Campaign } from './campaigns';
import { castVote, connect, type Person, type Population } from './person';

/**
 * The organic crowd: people who vote because they heard of the ballot, for the candidate of their
 * county, come back on some later days, and live ordinary lives around it (home WiFi at night, the
 * office in the day, cellular in between). Its messiness is on purpose: waves after each forward,
 * the same reminder hour bringing a candidate's people back, families behind one broadband line,
 * the odd second account on one phone, double taps the service refuses.
 */

/** Votes one person casts on average; sizes the crowd from a vote target (measured, see README). */
const VOTES_PER_PERSON = 2.12;
/** Share of people with no candidate of their own. */
const UNATTACHED = 0.12;
const PROFILES: readonly Profile[] = ['general', 'young', 'elder', 'parent', 'official', 'worker'];
const PROFILE_SHARE = [0.52, 0.16, 0.14, 0.1, 0.05, 0.03];

/** How often a person comes back: half never, a few every day. */
function returnChance(rng: Rng): number {
  const r = rng.next();
  return r < 0.5 ? 0 : r < 0.8 ? 0.35 : r < 0.95 ? 0.75 : 0.95;
}

interface Voter {
  person: Person;
  primary: number;
  picks: string[];
  /** A second account on the same phone (a spouse's, a parent's) that votes right after. */
  partner?: Person;
}

export function addOrganic(rng: Rng, ballot: Ballot, population: Population, targetVotes: number): void {
  const source = ballot.ledger.source({ name: 'organic', kind: 'organic' });
  const n = ballot.candidates.length;
  const campaigns = ballot.candidates.map((_, c) => candidateCampaign(rng.fork(`campaign-${c}`), ballot));
  const general = generalCampaign(rng.fork('general'), ballot);
  const total = ballot.popularity.reduce((a, b) => a + b, 0);
  const communityWeights = [...ballot.popularity.map((p) => (p / total) * (1 - UNATTACHED)), UNATTACHED];
  const people = Math.round(targetVotes / VOTES_PER_PERSON);

  const vote = (v: Voter, at: number, picks: readonly string[]): void => {
    const conn = connect(rng, v.person, at);
    castVote(ballot, source, v.person, at, picks, conn);
    // A double tap on a slow network: the service refuses the second one.
    if (rng.chance(0.015)) castVote(ballot, source, v.person, at + rng.uniform(3, 600) * SECOND, picks, conn);
    if (v.partner && rng.chance(0.8)) castVote(ballot, source, v.partner, at + rng.uniform(40, 240) * SECOND, picks, conn);
  };

  for (let i = 0; i < people; i++) {
    const community = rng.weightedIndex(communityWeights);
    const attached = community < n;
    const campaign: Campaign = attached ? campaigns[community] : general;
    const city = attached && rng.chance(0.85) ? ballot.cityOf[community] : rng.weightedIndex(CITIES.map((c) => c.people));
    const person = population.person(rng, { city, profile: PROFILES[rng.weightedIndex(PROFILE_SHARE)] });
    const picks = attached ? humanPicks(rng, ballot, community) : anyonePicks(rng, ballot);
    const primary = ballot.candidates.findIndex((c) => c.id === picks[0]);
    const partner = rng.chance(0.025) ? population.person(rng, { city, profile: 'elder', handset: person.handset, home: person.home ?? null, office: null, cell: person.cell }) : undefined;
    const voter: Voter = { person, primary, picks, partner };

    const first = firstVisit(rng, ballot, campaign, person.chrono);
    if (!(first < ballot.cal.closesAt)) continue;
    vote(voter, first, picks);

    // Later days: a habit hour near the first vote, or the candidate's reminder that day.
    const keepComing = returnChance(rng);
    const habit = localHour(first);
    const firstDay = ballotDay(ballot.cal, first);
    for (let d = firstDay + 1; d <= lastDay(ballot.cal) && keepComing > 0; d++) {
      if (!rng.chance(keepComing * Math.pow(0.94, d - firstDay - 1))) continue;
      const reminder = campaign.reminders[d];
      const t =
        reminder !== undefined && rng.chance(0.45)
          ? whenAwake(rng, reminder + reactionDelay(rng, 18), 30 * MINUTE, person.chrono)
          : whenAwake(rng, wallClock(ballot.cal, d, habit + rng.normal(0, 0.9)), 30 * MINUTE, person.chrono);
      if (t >= ballot.cal.closesAt) break;
      vote(voter, t, rng.chance(0.85) ? picks : humanPicks(rng, ballot, voter.primary));
    }
  }
}

/** When a person first votes: after one of the campaign's messages, or on their own some day. */
function firstVisit(rng: Rng, ballot: Ballot, campaign: Campaign, chrono: number): number {
  const weights = [...campaign.exposures.map((e) => e.weight), campaign.trickle];
  const k = rng.weightedIndex(weights);
  if (k === campaign.exposures.length) return trickleTime(rng, ballot, chrono);
  const e = campaign.exposures[k];
  return whenAwake(rng, e.at + reactionDelay(rng, e.medianMin, e.sigma), 40 * MINUTE, chrono);
}
