import { detect } from '../../src/fraud/detector';
import { ANDROID, DAY, honestCrowd, MODELS, rng, type VoteLike } from '../helpers/ledger-fixtures';

const T0 = Date.parse('2024-06-02T16:00:00Z'); // 2024-06-03 00:00 Asia/Shanghai
const HOUR = 3_600_000;
const DAYS = 6;
const CANDIDATES = 12;
const ANDROID_10 = 'QKQ1.191222.002'; // a build of Android 10: consistent in itself

const crowd = (seed: number) => honestCrowd({ start: T0, days: DAYS, votes: 30_000, candidates: CANDIDATES, seed });

/**
 * Cloud phones cloned from one image: `instances` of them, each spoofing one of `models` on the
 * image's Android 10, one aged account each, every evening from day 1 at a random moment between
 * 20:00 and 23:30, for `client`, each vote ticking a random other candidate half the time.
 */
function fleet(u: () => number, instances: number, models: string[], client = 'c7'): VoteLike[] {
  const out: VoteLike[] = [];
  for (let i = 0; i < instances; i++) {
    const ua = ANDROID(models[i % models.length], 700_000 + i, ANDROID_10, '10');
    const ip = `45.117.${40 + (i % 8)}.${2 + Math.floor(u() * 250)}`;
    for (let d = 1; d < DAYS; d++) {
      if (u() < 0.06) continue;
      const picks = [client];
      if (u() < 0.5) picks.push(`c${Math.floor(u() * CANDIDATES)}`);
      out.push({ at: T0 + d * DAY + 20 * HOUR + Math.floor(u() * 3.5 * HOUR), accountId: `cloud${i}`, candidateIds: [...new Set(picks)], ip, userAgent: ua });
    }
  }
  return out;
}

const flagsOf = (votes: VoteLike[]) => detect([...votes].sort((a, b) => a.at - b.at)).filter((f) => f.rule === 'forged-clients');

describe('forged strings across the ballot', () => {
  it('flags the client of a cloud-phone fleet that spoofs five popular models on one old Android, and not its cover picks', () => {
    const u = rng(21);
    const flags = flagsOf([...crowd(21), ...fleet(u, 150, MODELS.slice(0, 5))]);
    expect(flags.map((f) => f.candidateId)).toEqual(['c7']);
    const [flag] = flags;
    expect(flag.burstKey).toBe('forged-clients:c7');
    expect(flag.evidence).toMatchObject({ accounts: 150, pairs: 5 });
    expect(flag.observed).toBeGreaterThan(600);
  });

  it('leaves an employer\'s phones kept on one old version alone: one pair, however many accounts', () => {
    const u = rng(22);
    expect(flagsOf([...crowd(22), ...fleet(u, 300, [MODELS[2]])])).toEqual([]);
  });

  it('needs several pairs, none holding half the accounts: two models are not enough', () => {
    const u = rng(23);
    expect(flagsOf([...crowd(23), ...fleet(u, 300, MODELS.slice(0, 2))])).toEqual([]);
  });

  it('needs forty accounts: a small batch of odd phones is left to the other rules', () => {
    const u = rng(24);
    expect(flagsOf([...crowd(24), ...fleet(u, 30, MODELS.slice(0, 5))])).toEqual([]);
  });

  it('says nothing on an honest crowd whose phones run the versions their makers shipped', () => {
    expect(flagsOf(crowd(25))).toEqual([]);
  });
});
