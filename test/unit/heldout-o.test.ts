import { shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-o/catalogue';
import { generate } from '../../load-tests/heldout-o/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'O', families, runs, threeSeeds: 'O1', twoSeeds: 'O2', generate, scale: SCALE, userAgent: /MicroMessenger\// });

describe('required shapes', () => {
  it('O1: the script is under a third of the burst, from two cloud /24s with one user agent', () => {
    const { votes, sources } = generate(runs({ family: 'O1', seed: 2 })[0], { crowdScale: 0.2 });
    expectScriptInMobilization({ votes, sources }, { minVotes: 0, userAgents: 1, prefixes: 2 });
  });

  it('O2: each farm phone logs in to ~20 accounts, from a handful of addresses', () => {
    const { votes, sources } = generate(runs({ family: 'O2', seed: 1 })[0], { crowdScale: 0.2 });
    const farm = votes.filter((v) => sources[v.source].kind === 'attack');
    const perUa = new Map<string, Set<string>>();
    for (const v of farm) {
      const key = v.userAgent.replace(/NetType\/\S+/, '');
      perUa.set(key, (perUa.get(key) ?? new Set()).add(v.accountId));
    }
    expect(new Set(farm.map((v) => v.ip)).size).toBeLessThanOrEqual(5);
    for (const accounts of perUa.values()) expect(accounts.size).toBeGreaterThanOrEqual(15);
  });

  it('O9: the night shift votes between 22:00 and 06:00 on fresh accounts', () => {
    const { votes, sources } = generate(runs({ family: 'O9', seed: 1 })[0], { crowdScale: 0.2 });
    const night = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(night.length).toBeGreaterThan(100);
    expect(night.every((v) => shanghaiMinuteOfDay(v.at) >= 22 * 60 || shanghaiMinuteOfDay(v.at) < 6 * 60)).toBe(true);
    expect(new Set(night.map((v) => v.userAgent.replace(/ MMWEBID\/\d+| NetType\/\S+/g, ''))).size).toBeGreaterThan(10);
  });

  it('O11: every issued phone is the same model on the same WeChat build', () => {
    const { votes, sources } = generate(runs({ family: 'O11', seed: 1 })[0], { crowdScale: 0.2 });
    const staff = votes.filter((v) => sources[v.source].kind === 'legit');
    expect(staff.length).toBeGreaterThan(0);
    expect(new Set(staff.map((v) => (/NOH-AN00 .*MicroMessenger\/8\.0\.56/.exec(v.userAgent) ? 'same' : v.userAgent))).size).toBe(1);
  });
});
