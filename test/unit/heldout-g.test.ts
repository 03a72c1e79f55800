import { families, runs } from '../../load-tests/heldout-g/catalogue';
import { generate } from '../../load-tests/heldout-g/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'G', families, runs, threeSeeds: 'G13', twoSeeds: 'G3', generate, scale: SCALE, userAgent: /MicroMessenger\// });

describe('required shapes', () => {
  it('G1: the script is under a third of the burst, from cloud /24s with at most three user agents', () => {
    const { votes, sources } = generate(runs({ family: 'G1', seed: 2 })[0], { crowdScale: 0.2 });
    expectScriptInMobilization({ votes, sources }, { minVotes: 0, userAgents: 3, prefixes: 3 });
  });

  it('G13: helpers vote for several towns, up to 50 accounts in one sitting on one phone', () => {
    const { labels, votes, sources } = generate(runs({ family: 'G13', seed: 1 })[0], { crowdScale: 0.5 });
    expect(new Set(labels.honestSurges.map((p) => p.candidateId)).size).toBeGreaterThanOrEqual(3);
    const sittings = labels.honestSurges.flatMap((p) => p.windows.map((w) => w.votes));
    expect(Math.max(...sittings)).toBeLessThanOrEqual(50);
    expect(Math.min(...sittings)).toBeLessThan(10);
    for (let s = 0; s < sources.length; s++) {
      if (sources[s].kind !== 'legit') continue;
      expect(new Set(votes.filter((v) => v.source === s).map((v) => v.userAgent)).size).toBeLessThanOrEqual(1);
    }
  });
});
