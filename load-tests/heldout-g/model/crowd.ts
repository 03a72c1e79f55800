import { MINUTE, shanghaiMinuteOfDay } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import { Attention } from './attention';
import type { Ballot, GCandidate } from './ballot';
import type { Cohort } from './devices';
import type { VoteLedger } from './ledger';
import { MIGRANT_AREAS, hostingBlock, inBlock, newHome, staticAddress, type Area } from './networks';
import type { People, Person } from './people';
import type { Rhythm } from './rhythm';
import { choicesFor } from './selection';

/** An organic voter: whom they support and the days they voted (day → instant). */
export interface Fan {
  person: Person;
  picks: readonly string[];
  days: Map<number, number>;
}

export interface Crowd {
  /** Organic fans by the candidate they came for. */
  fans: Map<string, Fan[]>;
  /** Organic vote attempts per candidate (picks included). */
  votes: Map<string, number>;
  /** Candidates, most organic votes first. */
  ranked: GCandidate[];
}

export interface World {
  ballot: Ballot;
  ledger: VoteLedger;
  people: People;
  rhythm: Rhythm;
}

type Engagement = 'once' | 'sometimes' | 'daily';
const ENGAGEMENT: readonly Engagement[] = ['once', 'sometimes', 'daily'];

/**
 * The organic crowd: every candidate's home town votes for it, heavy-tailed in size. First votes
 * follow the launch push, the account's reminders, the town's own forwards into WeChat groups, and
 * the day's rhythm; some people come back daily at their habitual hour, households vote together
 * on the home Wi-Fi, a few live away in the factory towns, a few tap twice.
 */
export function addOrganicCrowd(rng: Rng, world: World, targetVotes: number): Crowd {
  const { ballot, ledger, people, rhythm } = world;
  const cands = ballot.candidates;
  const days = ballot.cal.dayCount;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const attention = new Attention(rng.fork('attention'), ballot, rhythm);
  const officeOf = officeLines();
  const fans = new Map<string, Fan[]>(cands.map((c) => [c.id, []]));
  const votes = new Map<string, number>(cands.map((c) => [c.id, 0]));
  let cast = 0;
  while (cast < targetVotes) {
    const ci = rng.weightedIndex(attention.weights);
    const cand = cands[ci];
    const area: Area = rng.chance(0.92) ? cand.area : rng.pick(MIGRANT_AREAS);
    const home = rng.chance(0.75) ? newHome(rng, area) : undefined;
    const size = home ? 1 + rng.weightedIndex([0.5, 0.3, 0.15, 0.05]) : 1;
    const firstDay = attention.firstDay(ci);
    let leadTimes: Map<number, number> | undefined;
    for (let m = 0; m < size; m++) {
      const cohort: Cohort = m === 0 ? (rng.chance(0.7) ? 'general' : 'young') : (['elder', 'general', 'young'] as const)[rng.weightedIndex([0.5, 0.3, 0.2])];
      const office = cohort === 'general' && rng.chance(0.15) ? officeOf(rng, area) : undefined;
      const person = people.person(rng, area, cohort, { home, office });
      const engagement = ENGAGEMENT[rng.weightedIndex([0.5, 0.32, 0.18])];
      const picks = choicesFor(rng, ballot, cand, attention.weights);
      const fan: Fan = { person, picks, days: new Map() };
      const start = m === 0 || rng.chance(0.4) ? firstDay : attention.firstDay(ci);
      let habit: number | undefined;
      for (let d = start; d < days; d++) {
        if (d > start) {
          const k = d - start;
          const p = engagement === 'once' ? 0 : engagement === 'sometimes' ? 0.28 : 0.88 * Math.pow(0.96, k);
          if (!rng.chance(Math.min(0.97, p * (attention.mobilizes(ci, d) ? 1.3 : 1)))) continue;
        }
        const lead = leadTimes?.get(d);
        let t: number;
        let viaHome = false;
        if (m > 0 && lead !== undefined && home && rng.chance(0.45)) {
          // "Grandma, vote too": the household votes together on the home Wi-Fi.
          t = lead + rng.exponential(4) * MINUTE;
          viaHome = rhythm.holds(t, d);
          if (!viaHome) t = attention.when(ci, d, d === start, habit);
        } else t = attention.when(ci, d, d === start, habit);
        if (!Number.isFinite(t)) continue;
        habit ??= shanghaiMinuteOfDay(t);
        const conn = viaHome ? people.viaHome(person, t) : people.connect(rng, person, t);
        // VPN "accelerators" and corporate tunnels put a few honest votes behind cloud addresses.
        const ip = rng.chance(0.0025) ? inBlock(hostingBlock(rng), rng.int(2, 250)) : conn.ip;
        const selection = rng.chance(0.1) && picks.length > 1 ? picks.slice(0, -1) : picks;
        ledger.cast({ at: t, accountId: person.account, candidateIds: selection, ip, userAgent: conn.userAgent, source });
        // Some tap again a little later and are told they already voted today.
        if (rng.chance(0.012)) ledger.cast({ at: t + rng.exponential(20) * MINUTE, accountId: person.account, candidateIds: selection, ip, userAgent: conn.userAgent, source });
        fan.days.set(d, t);
        cast++;
        for (const id of selection) votes.set(id, (votes.get(id) ?? 0) + 1);
      }
      if (m === 0) leadTimes = fan.days;
      fans.get(cand.id)?.push(fan);
    }
  }
  const ranked = [...cands].sort((a, b) => (votes.get(b.id) ?? 0) - (votes.get(a.id) ?? 0));
  return { fans, votes, ranked };
}

/**
 * Government offices, schools, hospitals and firms of each area: static lines shared by their
 * staff. New lines open until an area has a few hundred, after which staff land on existing ones.
 */
function officeLines(): (rng: Rng, area: Area) => string {
  const lines = new Map<string, string[]>();
  return (rng, area) => {
    let list = lines.get(area.name);
    if (!list) lines.set(area.name, (list = []));
    if (list.length < 300 && (list.length < 20 || rng.chance(0.3))) list.push(staticAddress(rng, area));
    return rng.pick(list);
  };
}
