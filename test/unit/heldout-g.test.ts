import { families, runs } from '../../load-tests/heldout-g/catalogue';
import { generate } from '../../load-tests/heldout-g/generate';
import { describeHeldoutFamilies } from '../helpers/heldout-set-checks';

/** Small enough that all eighteen families generate in a few seconds. */
const SCALE = 0.03;

describe('set G catalogue', () => {
  it('holds at least 7 attack and 8 honest families, 2-3 seeds each, 30-45 runs', () => {
    expect(families.filter((f) => f.kind === 'attack').length).toBeGreaterThanOrEqual(7);
    expect(families.filter((f) => f.kind === 'legit').length).toBeGreaterThanOrEqual(8);
    expect(new Set(families.map((f) => f.id)).size).toBe(families.length);
    for (const f of families) expect(f.seeds.length).toBeGreaterThanOrEqual(2);
    for (const f of families) expect(f.seeds.length).toBeLessThanOrEqual(3);
    expect(runs().length).toBeGreaterThanOrEqual(30);
    expect(runs().length).toBeLessThanOrEqual(45);
  });

  it('narrows runs by family (any case) and seed', () => {
    expect(runs({ family: 'g13' }).map((r) => r.seed)).toEqual([1, 2, 3]);
    expect(runs({ seed: 3 }).every((r) => r.seed === 3)).toBe(true);
    expect(runs({ family: 'G3', seed: 3 })).toEqual([]);
    expect(runs().every((r) => r.split === 'holdout')).toBe(true);
  });
});

describeHeldoutFamilies({ families, runs, generate, scale: SCALE, userAgent: /MicroMessenger\// });

describe('required shapes', () => {
  it('G1: the script is under a third of the burst, from cloud /24s with at most three user agents', () => {
    const { votes, sources } = generate(runs({ family: 'G1', seed: 2 })[0], { crowdScale: 0.2 });
    const script = votes.filter((v) => sources[v.source].kind === 'attack');
    const burst = votes.filter((v) => sources[v.source].kind === 'legit').length + script.length;
    expect(script.length).toBeGreaterThan(0);
    expect(script.length).toBeLessThan(burst / 3);
    expect(new Set(script.map((v) => v.userAgent)).size).toBeLessThanOrEqual(3);
    expect(new Set(script.map((v) => v.ip.split('.').slice(0, 3).join('.'))).size).toBeLessThanOrEqual(3);
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
