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

/**
 * An emulator studio's drip: a fresh account and a freshly made device for every vote, models the
 * crowd does not have (so no pair can be checked against it) on Android 9, an x86 build for
 * `x86Share` of them, through `exits` home-broadband addresses, 30 votes an hour from 10:00 to
 * 23:00 on days 1–5.
 */
function emulators(u: () => number, x86Share: number): VoteLike[] {
  const models = ['ASUS_I005DA', 'SM-N9760', 'V1938T', 'PCLM10', 'SM-G9810'];
  const out: VoteLike[] = [];
  let k = 0;
  for (let d = 1; d < DAYS; d++) {
    for (let h = 10; h < 23; h++) {
      for (let i = 0; i < 30; i++, k++) {
        const ua = ANDROID(models[k % models.length], 800_000 + k, 'PQ3A.190801.002', '9');
        out.push({ at: T0 + d * DAY + h * HOUR + Math.floor(u() * HOUR), accountId: `emu${k}`, candidateIds: ['c7'], ip: `183.${10 + Math.floor(u() * 40)}.${Math.floor(u() * 250)}.${1 + Math.floor(u() * 250)}`, userAgent: u() < x86Share ? ua.replace('ABI/arm64', 'ABI/x86_64') : ua });
      }
    }
  }
  return out;
}

/** The same crowd as an export that rebuilt its strings: every Android build id names Android 14, whatever the version. */
const rebuilt = (votes: VoteLike[]): VoteLike[] => votes.map((v) => ({ ...v, userAgent: v.userAgent.replace(/Build\/[^;)]+/, 'Build/UKQ1.230804.001') }));

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

  it('flags an emulator studio by its x86 builds, whatever models it claims', () => {
    const u = rng(26);
    const flags = flagsOf([...crowd(26), ...emulators(u, 0.4)]);
    expect(flags.map((f) => f.candidateId)).toEqual(['c7']);
    expect(flags[0].evidence).toMatchObject({ pairs: 5 });
  });

  it('cannot check the same studio\'s strings without their x86 builds: models the crowd does not have are never forged', () => {
    const u = rng(27);
    expect(flagsOf([...crowd(27), ...emulators(u, 0)])).toEqual([]);
  });

  it('still flags the studio by its x86 builds when the crowd\'s own strings turn the other checks off', () => {
    const u = rng(28);
    const flags = flagsOf([...rebuilt(crowd(28)), ...emulators(u, 0.4)]);
    expect(flags.map((f) => f.candidateId)).toEqual(['c7']);
  });

  it('judges no pair when the crowd\'s own strings are not phones\' own: a fleet without x86 builds is not flagged there', () => {
    const u = rng(29);
    expect(flagsOf([...rebuilt(crowd(29)), ...fleet(u, 150, MODELS.slice(0, 5))])).toEqual([]);
    expect(flagsOf(rebuilt(crowd(29)))).toEqual([]);
  });

  it('says nothing on an honest crowd whose phones run the versions their makers shipped', () => {
    expect(flagsOf(crowd(25))).toEqual([]);
  });
});
