import { families, runs } from '../../load-tests/heldout-h/catalogue';
import { generate } from '../../load-tests/heldout-h/generate';
import { describeHeldoutSet, expectScriptInMobilization } from '../helpers/heldout-set-checks';

/** Small enough that all nineteen families generate in a few seconds. */
const SCALE = 0.03;

describeHeldoutSet({ name: 'H', families, runs, threeSeeds: 'H2', twoSeeds: 'H9', generate, scale: SCALE, userAgent: /MicroMessenger\/8\.0\.\d+.*NetType\/(WIFI|4G|5G) Language\/\w+/ });

describe('required shapes', () => {
  it('H1: the script is under a third of the burst, from two cloud /24s with one user agent, at a fixed pace', () => {
    const { votes, sources } = generate(runs({ family: 'H1', seed: 2 })[0], { crowdScale: 0.2 });
    const script = expectScriptInMobilization({ votes, sources }, { minVotes: 50, userAgents: 1, prefixes: 2 });
    const session = script.filter((v) => v.source === script[0].source);
    const gaps = session.slice(1).map((v, i) => v.at - session[i].at);
    expect(Math.max(...gaps) - Math.min(...gaps)).toBeLessThanOrEqual(1000);
  });

  it('H5: each round of the rack lands within ten seconds, every phone the same model and WeChat build', () => {
    const { votes, sources } = generate(runs({ family: 'H5', seed: 1 })[0], { crowdScale: 0.2 });
    const rack = votes.filter((v) => sources[v.source].kind === 'attack');
    expect(rack.length).toBeGreaterThan(0);
    // Strip the per-install MMWEBID: what is left is one string.
    expect(new Set(rack.map((v) => v.userAgent.replace(/MMWEBID\/\d+ /, ''))).size).toBe(1);
    let rounds = 0;
    for (let i = 0; i < rack.length; ) {
      let j = i;
      while (j + 1 < rack.length && rack[j + 1].at - rack[j].at < 60_000) j++;
      expect(rack[j].at - rack[i].at).toBeLessThanOrEqual(10_000);
      rounds++;
      i = j + 1;
    }
    expect(rounds).toBeGreaterThanOrEqual(8);
  });

  it('H9: every night the city candidate takes about four times its daytime share', () => {
    const { votes, labels } = generate(runs({ family: 'H9', seed: 1 })[0], { crowdScale: 0.3 });
    const id = labels.honestSurges[0].candidateId;
    const share = (pick: (hour: number) => boolean) => {
      const sel = votes.filter((v) => pick(new Date(v.at + 8 * 3_600_000).getUTCHours()));
      return sel.filter((v) => v.candidateIds.includes(id)).length / sel.length;
    };
    const ratio = share((h) => h >= 23 || h < 5) / share((h) => h >= 8 && h < 20);
    expect(ratio).toBeGreaterThan(3);
    expect(ratio).toBeLessThan(5);
  });
});
