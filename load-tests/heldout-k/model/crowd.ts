import { MINUTE } from '../../heldout/calendar';
import type { LedgerBuilder } from '../../heldout/ledger';
import type { Rng } from '../../heldout/prng';
import type { Ballot, Region } from './ballot';
import type { Segment } from './devices';
import type { Networks } from './networks';
import type { People, Person } from './people';
import type { Life, Rhythm } from './rhythm';

export interface World {
  ballot: Ballot;
  ledger: LedgerBuilder;
  people: People;
  net: Networks;
  rhythm: Rhythm;
}

/** What families may size themselves on: organic vote attempts per candidate and per candidate-day. */
export interface Crowd {
  attempts: number[];
  perDay(candidate: number): number;
  source: number;
}

interface Origin {
  share: number;
  kind: 'local' | 'chengdu' | 'migrant' | 'elsewhere';
}

/** Who backs a place, by region: locals, its people in Chengdu, its migrants, anyone else. */
const ORIGINS: Record<Region, Origin[]> = {
  chengdu: [{ share: 0.92, kind: 'local' }, { share: 0.03, kind: 'migrant' }, { share: 0.05, kind: 'elsewhere' }],
  basin: [{ share: 0.67, kind: 'local' }, { share: 0.12, kind: 'chengdu' }, { share: 0.18, kind: 'migrant' }, { share: 0.03, kind: 'elsewhere' }],
  hills: [{ share: 0.58, kind: 'local' }, { share: 0.1, kind: 'chengdu' }, { share: 0.29, kind: 'migrant' }, { share: 0.03, kind: 'elsewhere' }],
  tibetan: [{ share: 0.78, kind: 'local' }, { share: 0.12, kind: 'chengdu' }, { share: 0.02, kind: 'migrant' }, { share: 0.08, kind: 'elsewhere' }],
  yi: [{ share: 0.58, kind: 'local' }, { share: 0.1, kind: 'chengdu' }, { share: 0.3, kind: 'migrant' }, { share: 0.02, kind: 'elsewhere' }],
  panxi: [{ share: 0.8, kind: 'local' }, { share: 0.1, kind: 'chengdu' }, { share: 0.05, kind: 'migrant' }, { share: 0.05, kind: 'elsewhere' }],
};

const LOCAL: Record<Region, { segment: Segment; life: Life; small: number }> = {
  chengdu: { segment: 'metro', life: 'chengdu', small: 0 },
  basin: { segment: 'town', life: 'town', small: 0.2 },
  hills: { segment: 'town', life: 'town', small: 0.45 },
  tibetan: { segment: 'mountain', life: 'highland', small: 0.6 },
  yi: { segment: 'mountain', life: 'yi', small: 0.55 },
  panxi: { segment: 'town', life: 'town', small: 0.15 },
};

/** Somebody organic who backs `candidate`. */
export function organicPerson(rng: Rng, w: World, candidate: number): Person {
  const place = w.ballot.places[candidate];
  const origins = ORIGINS[place.region];
  const kind = origins[rng.weightedIndex(origins.map((o) => o.share))].kind;
  const local = LOCAL[place.region];
  switch (kind) {
    case 'local':
      return w.people.make(rng, {
        candidate,
        segment: local.segment === 'metro' && rng.chance(0.3) ? 'town' : local.segment,
        area: w.people.areaOf(candidate),
        life: local.life,
        small: rng.chance(local.small),
        homeShare: place.region === 'chengdu' ? 0.75 : place.region === 'tibetan' || place.region === 'yi' ? 0.3 : 0.55,
      });
    case 'chengdu':
      return w.people.make(rng, { candidate, segment: 'metro', area: 'sichuan:成都市', life: 'chengdu', homeShare: 0.7 });
    case 'migrant': {
      const area = w.net.migrantArea(rng);
      return w.people.make(rng, { candidate, segment: 'migrant', area, life: area.startsWith('xinjiang') ? 'xinjiang' : 'factory', homeShare: 0.45 });
    }
    case 'elsewhere':
      return w.people.make(rng, { candidate, segment: 'metro', area: w.net.elsewhere(rng), life: 'chengdu', homeShare: 0.6 });
    default: {
      const never: never = kind;
      throw new Error(`unknown origin ${String(never)}`);
    }
  }
}

/**
 * The organic crowd: people back their place, first vote after the opening push, after one of
 * their WeChat groups' forwards, or on a chance look; then come back on some days, near their
 * habitual time or whenever. About 1% double-tap (the second is refused).
 */
export function addOrganicCrowd(rng: Rng, w: World, target: number): Crowd {
  const { ballot, ledger, people, rhythm } = w;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const n = ballot.candidates.length;
  const attempts = new Array<number>(n).fill(0);
  const lifeOf = (c: number) => LOCAL[ballot.places[c].region].life;
  // Each candidate's group forwards: a few moments over the week, mostly in the local evening.
  const forwards = ballot.places.map((_, c) =>
    Array.from({ length: rng.int(3, 8) }, () => {
      const d = rng.weightedIndex(Array.from({ length: rhythm.days }, (_, i) => (i === 0 ? 2 : i === rhythm.days - 1 ? 1.6 : 1)));
      return rhythm.timeOn(rng, lifeOf(c), d);
    }),
  );
  const dayWeights = Array.from({ length: rhythm.days }, (_, i) => (i === 0 ? 2.5 : i >= rhythm.days - 2 ? 1.6 : 1));
  let total = 0;
  while (total < target) {
    const c = rng.weightedIndex(ballot.pull);
    const p = organicPerson(rng, w, c);
    const r = rng.next();
    let first: number;
    if (r < 0.3) first = ballot.cal.opensAt + rng.logNormal(40 * MINUTE, 1.1);
    else if (r < 0.7) first = rng.pick(forwards[c]) + rng.gamma(1.3, 22 * MINUTE);
    else first = rhythm.timeOn(rng, p.life, rng.weightedIndex(dayWeights));
    const u = rng.next();
    const back = u < 0.45 ? 0 : u < 0.8 ? rng.uniform(0.2, 0.6) : rng.uniform(0.8, 0.95);
    const d0 = rhythm.dayOf(first);
    const votes = [first];
    for (let d = d0 + 1; d < rhythm.days; d++) {
      if (!rng.chance(back * (1 - 0.04 * (d - d0)))) continue;
      votes.push(rng.chance(0.5) ? people.habitOn(rng, first, d) : rhythm.timeOn(rng, p.life, d));
    }
    for (const at of votes) {
      people.vote(rng, p, at, source);
      if (rng.chance(0.01)) people.vote(rng, p, at + rng.uniform(1500, 9000), source);
    }
    attempts[c] += votes.length;
    total += votes.length;
  }
  return { attempts, perDay: (c) => attempts[c] / 7, source };
}
