import { shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-l/catalogue';
import { generate } from '../../load-tests/heldout-l/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'L', families, runs, threeSeeds: 'L1', twoSeeds: 'L2', generate, scale: SCALE, userAgent: /MicroMessenger\// });

const sliceOf = (family: string, seed: number, scale: number, kind: 'attack' | 'legit') => {
  const { votes, sources } = generate(runs({ family, seed })[0], { crowdScale: scale });
  return { votes, mine: votes.filter((v) => sources[v.source].kind === kind), sources };
};

describe('required shapes', () => {
  it('L1: the script is under a third of the burst, from two hosting /24s with one user agent', () => {
    const { votes, sources } = generate(runs({ family: 'L1', seed: 2 })[0], { crowdScale: 0.2 });
    const script = expectScriptInMobilization({ votes, sources }, { minVotes: 100, userAgents: 1, prefixes: 2 });
    // Machine pace: consecutive script votes within 7-12 s of each other.
    const gaps = script.slice(1).map((v, i) => v.at - script[i].at);
    expect(gaps.every((g) => g > 7000 && g < 12000)).toBe(true);
  });

  it('L2: each farm phone is a distinct genuine UA carrying ~20 accounts over a handful of IPs', () => {
    const { mine } = sliceOf('L2', 1, 0.3, 'attack');
    const byUa = new Map<string, Set<string>>();
    for (const v of mine) byUa.set(v.userAgent.replace(/NetType\/\S+/, ''), (byUa.get(v.userAgent.replace(/NetType\/\S+/, '')) ?? new Set()).add(v.accountId));
    expect(byUa.size).toBeGreaterThanOrEqual(8);
    for (const accounts of byUa.values()) expect(accounts.size).toBeGreaterThanOrEqual(18);
    const perDay = new Map<string, Set<string>>();
    for (const v of mine) perDay.set(String(Math.floor((v.at + 8 * 3600_000) / 86_400_000)), (perDay.get(String(Math.floor((v.at + 8 * 3600_000) / 86_400_000))) ?? new Set()).add(v.ip));
    for (const ips of perDay.values()) expect(ips.size).toBeLessThanOrEqual(5);
  });

  it('L9: the night shift votes mostly between 22:00 and 06:00, several times the daytime rate', () => {
    const { mine, votes, sources } = sliceOf('L9', 1, 0.3, 'legit');
    expect(mine.length).toBeGreaterThan(200);
    const night = mine.filter((v) => shanghaiMinuteOfDay(v.at) >= 22 * 60 || shanghaiMinuteOfDay(v.at) < 6 * 60);
    expect(night.length).toBe(mine.length);
    const target = sources[mine[0].source].candidateId ?? '';
    const organicDay = votes.filter((v) => sources[v.source].kind === 'organic' && v.candidateIds.includes(target) && shanghaiMinuteOfDay(v.at) >= 8 * 60 && shanghaiMinuteOfDay(v.at) < 22 * 60);
    // per hour: night surge over 8 h a night vs organic daytime over 14 h a day
    expect(mine.length / 8).toBeGreaterThan((2 * organicDay.length) / 14);
    expect(new Set(mine.map((v) => v.userAgent.split(' Build/')[0])).size).toBeGreaterThan(10);
  });

  it('L11: every staff phone is the same model on the same WeChat build', () => {
    const { mine } = sliceOf('L11', 1, 0.3, 'legit');
    expect(mine.length).toBeGreaterThan(100);
    expect(new Set(mine.map((v) => /MicroMessenger\/\S+/.exec(v.userAgent)?.[0] + (/; (\S+) Build/.exec(v.userAgent)?.[1] ?? ''))).size).toBe(1);
  });

  it('L6: the client and three decoys are all labelled attacked', () => {
    const { labels } = generate(runs({ family: 'L6', seed: 1 })[0], { crowdScale: 0.2 });
    expect(new Set(labels.attacks.map((a) => a.candidateId)).size).toBe(4);
  });
});
