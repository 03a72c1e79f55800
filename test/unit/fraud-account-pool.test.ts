import { findAccountPools } from '../../src/fraud/account-pool';
import { detect } from '../../src/fraud/detector';
import { buildIndex } from '../../src/fraud/ledger-index';
import { DEFAULT_OPTIONS } from '../../src/fraud/options';
import type { VoteEvent } from '../../src/fraud/types';
import { voteLogOf } from '../../src/fraud/vote-log';
import { simulate } from '../../src/sim/scenarios';
import { ANDROID, DAY, IPHONE, MODELS, rng, type VoteLike } from '../helpers/ledger-fixtures';

const T0 = Date.parse('2024-06-02T16:00:00Z'); // 2024-06-03 00:00 Asia/Shanghai
const DAYS = 6;
const CANDIDATES = 20;
const HOUR = 3_600_000;

let serial = 0;
interface Account {
  id: string;
  ua: string;
  ip: string;
}
const account = (u: () => number): Account => {
  const k = serial++;
  const ua = u() < 0.6 ? ANDROID(MODELS[Math.floor(u() * MODELS.length)], 300_000 + k) : IPHONE(['17_5_1', '16_6', '17_4_1'][Math.floor(u() * 3)]);
  return { id: `acct${k}`, ua, ip: `117.${Math.floor(u() * 60)}.${Math.floor(u() * 250)}.${1 + Math.floor(u() * 250)}` };
};
/** A vote at a random daytime minute (08:00–23:00 Shanghai) of day `d`. */
const vote = (u: () => number, a: Account, d: number, picks: string[]): VoteLike => ({
  at: T0 + d * DAY + 8 * HOUR + Math.floor(u() * 15 * HOUR),
  accountId: a.id,
  candidateIds: picks,
  ip: a.ip,
  userAgent: a.ua,
});

/** Candidate k draws in proportion to 1 / (k + 1). */
const popular = (u: () => number): string => {
  const w = Array.from({ length: CANDIDATES }, (_, k) => 1 / (k + 1));
  let r = u() * w.reduce((s, x) => s + x, 0);
  for (let k = 0; k < CANDIDATES; k++) if ((r -= w[k]) < 0) return `c${k}`;
  return `c${CANDIDATES - 1}`;
};

/**
 * An honest crowd: 3,000 loyal voters (their candidate most days) and 800 who vote on three days
 * or more and pick anew each time, in proportion to the candidates' draw.
 */
function crowd(u: () => number): VoteLike[] {
  const out: VoteLike[] = [];
  for (let i = 0; i < 3000; i++) {
    const a = account(u);
    const mine = popular(u);
    for (let d = 0; d < DAYS; d++) if (u() < 0.5) out.push(vote(u, a, d, [mine]));
  }
  for (let i = 0; i < 800; i++) {
    const a = account(u);
    for (let d = 0; d < DAYS; d++) if (u() < 0.7) out.push(vote(u, a, d, [popular(u)]));
  }
  return out;
}

/** `size` accounts on every day from day 1: the client (c9) with `clientShare`, else one of c12, c15, c18. */
function pool(u: () => number, size: number, clientShare = 0.6): VoteLike[] {
  const out: VoteLike[] = [];
  for (let i = 0; i < size; i++) {
    const a = account(u);
    for (let d = 1; d < DAYS; d++) {
      if (u() < 0.15) continue;
      out.push(vote(u, a, d, [u() < clientShare ? 'c9' : ['c12', 'c15', 'c18'][Math.floor(u() * 3)]]));
    }
  }
  return out;
}

const events = (v: VoteLike[]): VoteEvent[] => v.sort((a, b) => a.at - b.at);
const options = { menuSize: DEFAULT_OPTIONS.poolMenuSize, minMembers: DEFAULT_OPTIONS.poolMinMembers, minRatio: DEFAULT_OPTIONS.poolMinRatio, large: { minMembers: DEFAULT_OPTIONS.poolLargeMinMembers, minRatio: DEFAULT_OPTIONS.poolLargeMinRatio }, minShare: DEFAULT_OPTIONS.poolMinShare, minVotes: 20 };
/** The pools these tests build on a 20-candidate ballot stand about 120 times the null with about
 * 150 members; which candidates a pool flags and how its keys hold are tested at a bar of 100. */
const structure = { ...options, minRatio: 100 };
const poolsIn = (v: VoteLike[], o = options) => {
  const index = buildIndex(voteLogOf(events(v)));
  return findAccountPools(index, o).map((p) => ({ ...p, menu: p.menu.map((c) => index.candidates[c]), flagged: p.flagged.map((c) => index.candidates[c]).sort() }));
};

describe('account pools with decoys', () => {
  it('flags the client and its decoys: 400 accounts wandering among the same four candidates', () => {
    const u = rng(11);
    const v = [...crowd(u), ...pool(u, 400)];
    const [found, ...more] = poolsIn(v, structure);
    expect(more).toEqual([]);
    expect(found.flagged).toEqual(['c12', 'c15', 'c18', 'c9']);
    expect(found.members).toBeGreaterThan(100);
    expect(found.members).toBeGreaterThan(structure.minRatio * found.expected);
    const flags = detect(events(v), { poolMinRatio: structure.minRatio }).filter((f) => f.rule === 'account-pool');
    expect(flags.map((f) => f.candidateId).sort()).toEqual(['c12', 'c15', 'c18', 'c9']);
    expect(flags.map((f) => f.burstKey).sort()).toEqual(['c12', 'c15', 'c18', 'c9'].map((c) => `account-pool:${c}`));
  });

  it('holds a large pool to the lower bar: 300 times the null, or 100 with enough members', () => {
    const u = rng(11); // the first test's crowd and pool: about 150 members at about 120 times
    const v = [...crowd(u), ...pool(u, 400)];
    expect(poolsIn(v)).toEqual([]);
    expect(poolsIn(v, { ...options, large: { minMembers: 100, minRatio: 100 } }).map((p) => p.flagged)).toEqual([['c12', 'c15', 'c18', 'c9']]);
    expect(poolsIn(v, { ...options, large: { minMembers: 200, minRatio: 100 } })).toEqual([]);
  });

  it('keeps one key per candidate while the pool grows, so a rerun never raises it again', () => {
    // Accounts that first voted for the client before the pool's first day join it only once they
    // have voted three times: the day the pool's votes start moves back, its flags' keys must not.
    const u = rng(11); // the first test's crowd and pool, found as there
    const late: VoteLike[] = [];
    for (let i = 0; i < 40; i++) {
      const a = account(u);
      late.push(vote(u, a, 0, ['c9']), vote(u, a, 5, ['c12']), vote(u, a, 6, ['c15']));
    }
    const v = events([...crowd(u), ...pool(u, 400), ...late]);
    const keysOf = (votes: VoteEvent[]) => detect(votes, { poolMinRatio: structure.minRatio }).filter((f) => f.rule === 'account-pool').map((f) => `${f.burstKey} from ${f.windowStart.toISOString()}`).sort();
    const [before, after] = [keysOf(v.filter((e) => e.at < T0 + 6 * DAY)), keysOf(v)];
    expect(before.length).toBe(4);
    expect(before.map((k) => k.split(' ')[0])).toEqual(after.map((k) => k.split(' ')[0]));
    expect(before).not.toEqual(after); // the pool's votes for the client did start earlier
  });

  it('flags only the client when the others are only ever ticked beside it (cover, not stuffing)', () => {
    const u = rng(16);
    const cover: VoteLike[] = [];
    for (let i = 0; i < 400; i++) {
      const a = account(u);
      for (let d = 1; d < DAYS; d++) {
        if (u() < 0.15) continue;
        cover.push(vote(u, a, d, ['c9', ['c12', 'c15', 'c18'][Math.floor(u() * 3)]]));
      }
    }
    // Which candidates are flagged, not how strong the pool is: the bar is lowered to 20 times the
    // null, as the client's every vote makes the menu's share of this small ballot large.
    const [found] = poolsIn([...crowd(u), ...cover], { ...options, minRatio: 20 });
    expect(found.menu).toEqual(expect.arrayContaining(['c9', 'c12', 'c15', 'c18']));
    expect(found.flagged).toEqual(['c9']);
  });

  it('leaves an honest crowd alone, loyal voters and voters who pick anew across the ballot', () => {
    const u = rng(12);
    expect(poolsIn(crowd(u))).toEqual([]);
  });

  it('does not count a group that keeps one set of candidates, adding one now and then', () => {
    // A county's residents tick their three towns every day and a fourth on some days: two
    // selections each, however many of them, inside a menu the ballot's share cannot explain.
    const u = rng(13);
    const county: VoteLike[] = [];
    for (let i = 0; i < 150; i++) {
      const a = account(u);
      for (let d = 0; d < DAYS; d++) if (u() < 0.8) county.push(vote(u, a, d, u() < 0.7 ? ['c11', 'c14', 'c17'] : ['c11', 'c14', 'c17', 'c19']));
    }
    expect(poolsIn([...crowd(u), ...county])).toEqual([]);
  });

  it('does not count wanderers inside a menu that holds most of the ballot\'s votes', () => {
    // Voters who pick anew among the favourites stay inside the favourites' menu by chance alone.
    const u = rng(14);
    const favourites: VoteLike[] = [];
    for (let i = 0; i < 3000; i++) {
      const a = account(u);
      for (let d = 0; d < DAYS; d++) if (u() < 0.7) favourites.push(vote(u, a, d, [`c${Math.floor(u() * u() * 6)}`]));
    }
    expect(poolsIn([...crowd(u), ...favourites])).toEqual([]);
  });

  it('leaves villagers alone who add their prefecture\'s other nominees anew each day (set U\'s villages: up to 150 times the null)', () => {
    // Each villager always picks their own candidate and, on most days, one or two of the five
    // other nominees of their prefecture, new ones each day: inside one menu of six, day after day.
    const u = rng(17);
    const village: VoteLike[] = [];
    const locals = ['c13', 'c14', 'c16', 'c17', 'c19'];
    for (let i = 0; i < 200; i++) {
      const a = account(u);
      const own = locals[i % 5];
      const others = ['c15', ...locals.filter((c) => c !== own)];
      for (let d = 0; d < DAYS; d++) {
        if (u() < 0.1) continue;
        const pick = others.filter(() => u() < 0.5).slice(0, 2);
        village.push(vote(u, a, d, [own, ...pick]));
      }
    }
    const v = [...crowd(u), ...village];
    expect(poolsIn(v)).toEqual([]);
    expect(detect(events(v)).filter((f) => f.rule === 'account-pool')).toEqual([]);
    // They are a menu's wanderers all the same, tens of times the null: the bar is what spares them.
    expect(poolsIn(v, { ...structure, minRatio: 20 }).map((p) => p.members)).toEqual([expect.any(Number)]);
  });

  it('leaves a simulated crowd whose multi-choice voters pick anew within their region alone (a hundred times the null, not twenty)', () => {
    // The simulator's organic crowd, newspaper-surge seed 3: 675 wanderers inside one regional
    // menu against 29.5 predicted, 23 times the null; the pools of sets H–K stand 48 to thousands of times.
    const index = buildIndex(voteLogOf(events([...simulate('newspaper-surge', 3, { votes: 220_000 }).votes])));
    expect(findAccountPools(index, options)).toEqual([]);
    // 675 wanderers, over the large pool's 500: the lower bar of 100 still holds them off.
    expect(findAccountPools(index, { ...options, minRatio: 20, large: { minMembers: 500, minRatio: 20 } }).length).toBeGreaterThan(0);
  }, 120_000);

  it('needs a hundred wanderers: a pool of 150 accounts, a third of them wandering, is left to the other rules', () => {
    const u = rng(15);
    const v = [...crowd(u), ...pool(u, 150)];
    expect(poolsIn(v, structure)).toEqual([]);
    expect(poolsIn(v, { ...structure, minMembers: 40 }).map((p) => p.flagged)).toEqual([['c12', 'c15', 'c18', 'c9']]);
  });
});
