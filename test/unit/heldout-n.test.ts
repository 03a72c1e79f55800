import { shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-n/catalogue';
import { generate } from '../../load-tests/heldout-n/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'N', families, runs, threeSeeds: 'N1', twoSeeds: 'N2', generate, scale: SCALE, userAgent: /MicroMessenger\/8\.0\.\d+/ });

const isNight = (at: number) => {
  const m = shanghaiMinuteOfDay(at);
  return m >= 22 * 60 || m < 6 * 60;
};

describe('required shapes', () => {
  it('N1: the script is under a third of the burst, from two cloud /24s with one user agent', () => {
    const { votes, sources } = generate(runs({ family: 'N1', seed: 2 })[0], { crowdScale: 0.2 });
    const script = expectScriptInMobilization({ votes, sources }, { minVotes: 100, userAgents: 1, prefixes: 2 });
    expect(new Set(script.map((v) => v.accountId)).size).toBe(script.length);
  });

  it('N2: each farm phone cycles about twenty accounts, all phones on at most five addresses', () => {
    const { votes, sources } = generate(runs({ family: 'N2', seed: 1 })[0], { crowdScale: 0.2 });
    const farm = votes.filter((v) => sources[v.source].kind === 'attack');
    const perPhone = new Map<string, Set<string>>();
    for (const v of farm) perPhone.set(v.userAgent, (perPhone.get(v.userAgent) ?? new Set()).add(v.accountId));
    expect(perPhone.size).toBeGreaterThanOrEqual(4);
    for (const accounts of perPhone.values()) {
      expect(accounts.size).toBeGreaterThanOrEqual(15);
      expect(accounts.size).toBeLessThanOrEqual(22);
    }
    expect(new Set(farm.map((v) => v.ip)).size).toBeLessThanOrEqual(5);
  });

  it('N9: at night the candidate gets about four times its daytime share, on many phone models', () => {
    const { votes, sources, labels } = generate(runs({ family: 'N9', seed: 1 })[0], { crowdScale: 0.3 });
    const id = labels.honestSurges[0].candidateId;
    const share = (night: boolean) => {
      const all = votes.filter((v) => isNight(v.at) === night);
      return all.filter((v) => v.candidateIds.includes(id)).length / all.length;
    };
    const ratio = share(true) / share(false);
    expect(ratio).toBeGreaterThan(2.5);
    expect(ratio).toBeLessThan(6);
    const workers = votes.filter((v) => sources[v.source].kind === 'legit');
    const models = new Set(workers.map((v) => /\(Linux; Android \d+; ([^ ]+)|iPhone OS ([\d_]+)/.exec(v.userAgent)?.slice(1).join('')));
    expect(models.size).toBeGreaterThan(15);
  });

  it('N11: every issued phone is the same model on the same WeChat build', () => {
    const { votes, sources } = generate(runs({ family: 'N11', seed: 1 })[0], { crowdScale: 0.2 });
    const staff = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(staff.length).toBeGreaterThan(50);
    expect(new Set(staff.map((v) => v.userAgent.replace(/MMWEBID\/\d+ /, '').replace(/NetType\/\w+/, ''))).size).toBe(1);
  });

  it('N7: the client and its three decoys are all labelled attacked', () => {
    const { labels } = generate(runs({ family: 'N7', seed: 1 })[0], { crowdScale: 0.2 });
    expect(labels.attacks.length).toBe(4);
    const [client, ...decoys] = [...labels.attacks].sort((a, b) => b.votes - a.votes);
    for (const d of decoys) expect(d.votes).toBeLessThan(client.votes);
  });

  it('N16: a household votes all its accounts from one phone and one address', () => {
    const { votes, sources } = generate(runs({ family: 'N16', seed: 1 })[0], { crowdScale: 0.2 });
    const homes = votes.filter((v) => sources[v.source].kind === 'legit');
    const byPhone = new Map<string, { ips: Set<string>; accounts: Set<string> }>();
    for (const v of homes) {
      const key = `${v.userAgent}|${v.ip}`;
      const h = byPhone.get(key) ?? { ips: new Set(), accounts: new Set() };
      h.accounts.add(v.accountId);
      byPhone.set(key, h);
    }
    const sizes = [...byPhone.values()].map((h) => h.accounts.size);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(3);
    expect(Math.max(...sizes)).toBeLessThanOrEqual(8);
  });

  it('N18: most check-ins land between 07:30 and 08:30', () => {
    const { votes, sources } = generate(runs({ family: 'N18', seed: 1 })[0], { crowdScale: 0.3 });
    const checkIns = votes.filter((v) => sources[v.source].kind === 'legit');
    const inTime = checkIns.filter((v) => shanghaiMinuteOfDay(v.at) >= 450 && shanghaiMinuteOfDay(v.at) < 510);
    expect(checkIns.length).toBeGreaterThan(100);
    expect(inTime.length / checkIns.length).toBeGreaterThan(0.95);
  });
});
