import { DAY, HOUR } from '../../heldout/calendar';
import type { Rng } from '../../heldout/prng';
import { LEAGUE_IDS, type League, type ZCandidate } from './ballot';
import { after, type People, type Person, type Where, type World } from './people';
import type { Life } from './rhythm';

/**
 * The organic crowd: each candidate's circles (kin and gacha neighbours, work unit, league
 * media push, Mongolian-language groups, people from home who moved to Hohhot or Beijing), their
 * first votes after the opening push, a forward or by chance, and their return habits.
 */
export interface Crowd {
  /** Organic supporters per candidate id. */
  supporters: Map<string, Person[]>;
  /** Organic vote attempts per candidate id per day (for sizing attacks and surges). */
  daily: Map<string, number>;
  organic: number;
}

const PASTORAL: League[] = ['xilingol', 'hulunbuir', 'alxa', 'hinggan', 'tongliao', 'chifeng', 'bayannur', 'ulanqab'];
const INDUSTRIAL: League[] = ['ordos', 'wuhai', 'baotou'];

function lifeIn(rng: Rng, league: League): Life {
  const w: Record<Life, number> = PASTORAL.includes(league)
    ? { herder: 0.4, town: 0.33, office: 0.15, miner: 0.04, student: 0.06, beijing: 0, border: 0.02 }
    : INDUSTRIAL.includes(league)
      ? { herder: 0.12, town: 0.3, office: 0.2, miner: 0.3, student: 0.08, beijing: 0, border: 0 }
      : { herder: 0.05, town: 0.35, office: 0.38, miner: 0, student: 0.22, beijing: 0, border: 0 };
  if (league === 'xilingol' || league === 'hulunbuir') w.border = 0.06;
  const lives = Object.keys(w) as Life[];
  return lives[rng.weightedIndex(lives.map((l) => w[l]))];
}

/** Mongolian script users set WeChat to Chinese or English: WeChat has no Mongolian interface. */
function language(rng: Rng, where: Where): string {
  if (where === 'mongolia' || where === 'russia') return rng.chance(0.6) ? 'en' : 'zh_CN';
  return rng.chance(0.03) ? 'en' : 'zh_CN';
}

/** A supporter of candidate c: mostly from its league, some moved to Hohhot, Beijing or elsewhere. */
export function supporter(rng: Rng, people: People, c: ZCandidate): Person {
  const r = rng.next();
  let league = c.league;
  let life: Life;
  let where: Where = 'home';
  if (r < 0.72) life = lifeIn(rng, league);
  else if (r < 0.83) {
    league = 'hohhot';
    life = rng.chance(0.35) ? 'student' : rng.chance(0.6) ? 'office' : 'town';
  } else if (r < 0.9) {
    life = 'beijing';
    where = 'beijing';
  } else if (r < 0.95) {
    league = rng.pick(LEAGUE_IDS);
    life = lifeIn(rng, league);
  } else if (r < 0.97) {
    life = 'town';
    where = 'province';
  } else {
    life = 'border';
    league = rng.chance(0.6) ? 'xilingol' : 'hulunbuir';
    where = rng.chance(0.3) ? (league === 'xilingol' ? 'mongolia' : 'russia') : 'home';
  }
  return people.make(rng, { league, life, where, language: language(rng, where) });
}

/** How a person comes back: once, now and then, or nearly every day. */
function loyalty(rng: Rng): number {
  const r = rng.next();
  return r < 0.45 ? 0 : r < 0.8 ? rng.uniform(0.2, 0.55) : rng.uniform(0.75, 0.95);
}

export function addOrganicCrowd(rng: Rng, world: World, people: People, attempts: number): Crowd {
  const { ballot, ledger, rhythm } = world;
  const { cal, candidates } = ballot;
  const source = ledger.source({ name: 'organic', kind: 'organic' });
  const days = cal.dayCount;
  const crowd: Crowd = { supporters: new Map(), daily: new Map(), organic: 0 };
  // Each candidate's forward moments: the banner's media centre, gacha groups, the Mongolian-language groups.
  const forwards = new Map<string, number[]>();
  for (const c of candidates) {
    const n = rng.int(4, 10);
    forwards.set(
      c.id,
      Array.from({ length: n }, () => rhythm.timeOn(rng, 'town', Math.min(days - 1, Math.floor(rng.exponential(2.2))))),
    );
  }
  const weights = candidates.map((c) => c.pull);
  const dayWeights = Array.from({ length: days }, (_, d) => (d === 0 ? 2.5 : d === days - 1 ? 1.6 : 1.3 - d * 0.06));
  let made = 0;
  const cast = (p: Person, at: number, c: ZCandidate, partner: Person | null) => {
    people.vote(rng, p, at, c, source);
    made++;
    if (rng.chance(0.01)) people.vote(rng, p, at + rng.uniform(800, 5000), c, source); // a double tap, refused
    if (partner && rng.chance(0.85)) {
      people.vote(rng, partner, at + rng.uniform(25_000, 150_000), c, source);
      made++;
    }
  };
  while (made < attempts) {
    const c = candidates[rng.weightedIndex(weights)];
    const p = supporter(rng, people, c);
    const list = crowd.supporters.get(c.id) ?? [];
    list.push(p);
    crowd.supporters.set(c.id, list);
    const partner = rng.chance(p.life === 'herder' ? 0.3 : 0.12) ? people.household(p) : null;
    // Herders on weak signal: a day has coverage only when the herder rides to the ridge or the sumu.
    const signal = p.life === 'herder' && p.where === 'home' ? rng.uniform(0.3, 0.7) : 1;
    let first: number;
    const how = rng.next();
    if (how < 0.3) first = after(rng, cal.opensAt, 35, 0.9);
    else if (how < 0.75) first = after(rng, rng.pick(forwards.get(c.id) ?? [cal.opensAt]), 40, 1.1);
    else first = rhythm.timeOn(rng, p.life, rng.weightedIndex(dayWeights));
    let d = Math.floor((first - cal.firstMidnight) / DAY);
    if (signal < 1 && !rng.chance(signal)) {
      d += 1 + Math.floor(rng.exponential(1 / signal));
      first = rhythm.timeOn(rng, 'herder', d);
    }
    if (d >= days) continue;
    cast(p, first, c, partner);
    const loyal = loyalty(rng);
    for (let e = d + 1; e < days && loyal > 0; e++) {
      if (!rng.chance(loyal * 0.96 ** (e - d)) || !rng.chance(signal)) continue;
      const t = rng.chance(0.55) ? cal.firstMidnight + e * DAY + (p.habit + rng.normal(0, 0.6)) * HOUR : rhythm.timeOn(rng, p.life, e);
      cast(p, t, c, partner);
    }
  }
  for (const c of candidates) crowd.daily.set(c.id, 0);
  for (const v of ledger.added()) {
    if (v.source !== source) continue;
    const id = v.candidateIds[0];
    crowd.daily.set(id, (crowd.daily.get(id) ?? 0) + 1 / days);
  }
  crowd.organic = made;
  return crowd;
}
