import { shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-y/catalogue';
import { generate } from '../../load-tests/heldout-y/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'Y', families, runs, threeSeeds: 'Y1', twoSeeds: 'Y2', generate, scale: SCALE, userAgent: /MicroMessenger\// });

describe('required shapes', () => {
  it('Y1: the script is under a third of the burst, from two cloud /24s with at most two user agents', () => {
    const { votes, sources } = generate(runs({ family: 'Y1', seed: 2 })[0], { crowdScale: 0.2 });
    const script = expectScriptInMobilization({ votes, sources }, { minVotes: 20, userAgents: 2, prefixes: 2 });
    const gaps = script.slice(1).map((v, i) => v.at - script[i].at);
    expect(Math.max(...gaps) / Math.min(...gaps)).toBeLessThan(1.5);
  });

  it('Y5: each farm phone (one user agent) logs in to 17-23 accounts, a few addresses in all', () => {
    const { votes, sources } = generate(runs({ family: 'Y5', seed: 1 })[0], { crowdScale: 0.3 });
    const farm = votes.filter((v) => sources[v.source].kind === 'attack');
    const perPhone = new Map<string, Set<string>>();
    for (const v of farm) perPhone.set(v.userAgent, (perPhone.get(v.userAgent) ?? new Set()).add(v.accountId));
    for (const accounts of perPhone.values()) expect(accounts.size).toBeGreaterThanOrEqual(17);
    expect(new Set(farm.map((v) => v.ip)).size).toBeLessThanOrEqual(15);
  });

  it("Y9: at night the mill-area officer takes several times the share of the ballot's votes it takes by day", () => {
    const { votes, sources } = generate(runs({ family: 'Y9', seed: 1 })[0], { crowdScale: 0.3 });
    const officer = votes.find((v) => sources[v.source].kind === 'legit')?.candidateIds[0] ?? '';
    const share = (inWindow: (minute: number) => boolean) => {
      const all = votes.filter((v) => inWindow(shanghaiMinuteOfDay(v.at)));
      return all.filter((v) => v.candidateIds.includes(officer)).length / all.length;
    };
    expect(share((m) => m < 360)).toBeGreaterThan(3 * share((m) => m >= 480 && m < 1200));
  });

  it('Y11: every issued phone reports the same model and WeChat build', () => {
    const { votes, sources } = generate(runs({ family: 'Y11', seed: 1 })[0], { crowdScale: 0.3 });
    const staff = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(staff.length).toBeGreaterThan(100);
    expect(new Set(staff.map((v) => v.userAgent.replace(/MMWEBID\/\d+ /, '').replace(/NetType\/\w+/, ''))).size).toBe(1);
  });
});
