import type { Person } from '../../crowd/person';
import { castVote, connect } from '../../crowd/person';
import { humanPicks } from '../../choices';
import { Office, cloud24 } from '../../networks/connections';
import { reactionDelay, whenAwake } from '../../rhythm';
import { MINUTE, wallClock, workdayFrom } from '../../time';
import { DailySources, candidateByRank, oneSource, type Family, type Scene } from '../kit';
import { copiedUA, specLibrary, androidUA } from './forgery';

/**
 * A county really mobilizes: the notice goes down from the county office to townships and villages,
 * and thousands of staff and residents with fresh accounts vote within the hour or two, most from
 * their offices' e-government exits. Someone uses the cover: in the same hour a script adds about a
 * thousand votes for the same candidate, one every few seconds like clockwork, from two rented
 * server /24s, with one or a few user-agent strings. The script is the attack; the crowd is honest.
 */
function build({ rng, ballot, population }: Scene): void {
  const cal = ballot.cal;
  const target = candidateByRank(rng, ballot, 3, 12);
  const city = ballot.cityOf[target];
  const id = ballot.candidates[target].id;
  const day = workdayFrom(cal, rng.int(1, 3));
  const notice = wallClock(cal, day, rng.uniform(9.25, 15));

  // The honest mobilization: government exits (a county one, the townships'), sized like a county's staff.
  const exits = Array.from({ length: rng.int(6, 14) }, () => Office.inCity(rng, city, rng.chance(0.7) ? 1 : 2));
  const exitWeights = exits.map((_, i) => 1 / (i + 1));
  const crowd = new DailySources(ballot, 'county-mobilization', 'legit', target);
  const size = rng.int(3000, 4500);
  const staff: Person[] = [];
  for (let i = 0; i < size; i++) {
    const p = population.person(rng, { city, profile: rng.chance(0.6) ? 'official' : 'general', office: exits[rng.weightedIndex(exitWeights)] });
    // Each level down the hierarchy relays the notice 8–25 minutes later.
    const level = rng.weightedIndex([0.35, 0.4, 0.25]);
    const t = whenAwake(rng, notice + level * rng.uniform(8, 25) * MINUTE + reactionDelay(rng, 9, 0.9), 20 * MINUTE);
    const picks = rng.chance(0.7) ? [id] : humanPicks(rng, ballot, target);
    castVote(ballot, crowd.at(t), p, t, picks, connect(rng, p, t));
    staff.push(p);
  }
  // The next working day's reminder brings a third of them back.
  const again = wallClock(cal, workdayFrom(cal, day + 1), rng.uniform(9, 16));
  for (const p of staff) {
    if (!rng.chance(0.33)) continue;
    const t = whenAwake(rng, again + reactionDelay(rng, 20, 1), 30 * MINUTE);
    castVote(ballot, crowd.at(t), p, t, [id], connect(rng, p, t));
  }

  // The script: under a third of the burst, started within the hour, machine-regular.
  const count = Math.min(1300, Math.max(800, Math.round(size * rng.uniform(0.2, 0.28))));
  const start = notice + rng.uniform(8, 40) * MINUTE;
  const period = (rng.uniform(50, 75) * MINUTE) / count;
  const nets = [cloud24(rng), cloud24(rng)];
  const hosts = nets.flatMap((net) => Array.from({ length: rng.int(3, 12) }, () => `${net}.${rng.int(2, 250)}`));
  const uas = rng.chance(0.5) ? [copiedUA(rng, 'young')] : specLibrary(rng, rng.int(2, 3)).map((s) => androidUA(s, 'WIFI'));
  const script = oneSource(ballot, 'script', 'attack', target);
  for (let i = 0; i < count; i++) {
    const at = Math.round(start + i * period * (1 + rng.uniform(-0.03, 0.03)));
    ballot.ledger.add({ at, accountId: ballot.ledger.newAccount(), candidateIds: [id], ip: rng.pick(hosts), userAgent: uas[i % uas.length], source: script });
  }
}

export const e01: Family = {
  id: 'E1',
  kind: 'attack',
  title: 'script-in-mobilization',
  description: 'County mobilization (3–4.5k real votes via gov NATs) hides a ~1k-vote clockwork script from 2 server /24s, 1–3 UAs, same hour',
  seeds: [1, 2, 3],
  build,
};
