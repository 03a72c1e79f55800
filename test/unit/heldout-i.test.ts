import { shanghaiMinuteOfDay } from '../../load-tests/heldout/calendar';
import { families, runs } from '../../load-tests/heldout-i/catalogue';
import { generate } from '../../load-tests/heldout-i/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'I', families, runs, threeSeeds: 'I1', twoSeeds: 'I2', generate, scale: SCALE, userAgent: /MicroMessenger\// });

describe('required shapes', () => {
  it('I1: the script is under a third of the burst, from two cloud /24s with one user agent', () => {
    const { votes, sources } = generate(runs({ family: 'I1', seed: 2 })[0], { crowdScale: 0.2 });
    expectScriptInMobilization({ votes, sources }, { minVotes: 0, userAgents: 1, prefixes: 2 });
  });

  it('I16: most check-ins land in the first five minutes of an Asia/Shanghai day', () => {
    const { votes, sources } = generate(runs({ family: 'I16', seed: 1 })[0], { crowdScale: 0.3 });
    const checkIns = votes.filter((v) => sources[v.source].kind === 'legit');
    const early = checkIns.filter((v) => shanghaiMinuteOfDay(v.at) < 5);
    expect(checkIns.length).toBeGreaterThan(100);
    expect(early.length / checkIns.length).toBeGreaterThan(0.7);
  });

  it('I5: every rack phone is the same model on the same WeChat build', () => {
    const { votes, sources } = generate(runs({ family: 'I5', seed: 1 })[0], { crowdScale: 0.2 });
    const rack = votes.filter((v) => sources[v.source].kind === 'attack');
    expect(rack.length).toBeGreaterThan(0);
    expect(new Set(rack.map((v) => v.userAgent.replace(/MMWEBID\/\d+ /, ''))).size).toBe(1);
  });
});
